/**
 * A code list (shared/enums) as the options of a select: the Chinese label shown, the code as the value (UI.md:
 * never show the codes); the values keep the list's code type. One copy for every screen's option lists.
 */
export const codeOptions = <C extends string>(list: readonly { readonly code: C; readonly label: string }[]) =>
  list.map((i) => ({ value: i.code, label: i.label }));
