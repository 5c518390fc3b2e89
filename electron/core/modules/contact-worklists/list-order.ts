// The work lists' order (sql.ts ORDER: SQLite's BINARY order of codes, staff, name, id) in JavaScript, for the
// lists kept in month-state.ts.

export type GroupBy = 'place' | 'staff';

/** The columns a list is ordered by (a month row's). */
interface Ordered {
  townshipCode: string;
  villageCode: string;
  responsibleStaff: string;
  name: string;
  registrationId: string;
}

/** A UTF-16 unit moved so that units compare in code point order (surrogates above U+E000–U+FFFF). */
const unit = (c: number) => (c >= 0xe000 ? c - 0x800 : c >= 0xd800 ? c + 0x2000 : c);

/** SQLite's BINARY order of two strings (UTF-8 bytes, i.e. code points); JavaScript's < compares UTF-16 units. */
export function binaryCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return unit(x) - unit(y);
  }
  return a.length - b.length;
}

/** The lists' orders (sql.ts ORDER). */
export const ORDERS: Record<GroupBy, (r: Ordered) => string[]> = {
  place: (r) => [r.townshipCode, r.villageCode, r.responsibleStaff, r.name, r.registrationId],
  staff: (r) => [r.responsibleStaff, r.townshipCode, r.villageCode, r.name, r.registrationId],
};

export function comparer(groupBy: GroupBy) {
  const keys = ORDERS[groupBy];
  return (a: Ordered, b: Ordered) => {
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) {
      const c = binaryCompare(ka[i], kb[i]);
      if (c !== 0) return c;
    }
    return 0;
  };
}

/** Where `r` goes in (or is found in) `members`: the first index whose row does not sort before it. */
export function lowerBound<T>(members: T[], r: T, cmp: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = members.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(members[mid], r) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
