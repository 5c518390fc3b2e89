// A code list of DOMAIN §4: codes as stored, Chinese labels as shown.

export interface CodeItem {
  readonly code: string;
  readonly label: string;
}

/** The code type of a list: the union of its codes. */
export type CodeOf<L extends readonly CodeItem[]> = L[number]['code'];

/** The codes of a list as a non-empty tuple, ready for z.enum(). */
export function codesOf<const L extends readonly CodeItem[]>(list: L): [CodeOf<L>, ...CodeOf<L>[]] {
  return list.map((i) => i.code) as [CodeOf<L>, ...CodeOf<L>[]];
}

/** A label lookup for one list: unknown or empty codes give ''. */
export function labelLookup(list: readonly CodeItem[]): (code: string | null | undefined) => string {
  const map = new Map(list.map((i) => [i.code, i.label]));
  return (code) => (code == null ? '' : (map.get(code) ?? ''));
}

/** What every screen and schema takes from one list: its codes (for z.enum) and its label lookup. */
export function codeList<const L extends readonly CodeItem[]>(list: L) {
  return { codes: codesOf(list), label: labelLookup(list) };
}
