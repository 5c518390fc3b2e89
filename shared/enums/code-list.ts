// A code list of DOMAIN §4: codes as stored, Chinese labels as shown.

export interface CodeItem {
  readonly code: string;
  readonly label: string;
}

/** The codes of a list as a non-empty tuple, ready for z.enum(). */
export function codesOf<const L extends readonly CodeItem[]>(list: L): [L[number]['code'], ...L[number]['code'][]] {
  return list.map((i) => i.code) as [L[number]['code'], ...L[number]['code'][]];
}

/** A label lookup for one list: unknown or empty codes give ''. */
export function labelLookup(list: readonly CodeItem[]): (code: string | null | undefined) => string {
  const map = new Map(list.map((i) => [i.code, i.label]));
  return (code) => (code == null ? '' : (map.get(code) ?? ''));
}
