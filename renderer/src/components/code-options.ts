/**
 * A code list (shared/enums) as the options of a select: the Chinese label shown, the code as the value (UI.md:
 * never show the codes); the values keep the list's code type. One copy for every screen's option lists.
 */
export const codeOptions = <C extends string>(list: readonly { readonly code: C; readonly label: string }[]) =>
  list.map((i) => ({ value: i.code, label: i.label }));

/** Keys with a table of their Chinese labels (roles, calendar day kinds, import kinds) as the options of a select. */
export const labelOptions = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>) =>
  keys.map((k) => ({ value: k, label: labels[k] }));
