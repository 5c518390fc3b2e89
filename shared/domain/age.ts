// BR-01 Age (周岁): completed years between birth date and a given date.

import { isLeapYear, parseDate } from './dates';

/**
 * BR-01: completed years on `onDate` for a person born on `birthDate` (both 'YYYY-MM-DD').
 * The birthday has to be reached for the year to count; a 29 February birthday is
 * reached on 1 March in non-leap years.
 * Throws RangeError on invalid dates; returns a negative number if onDate precedes birthDate.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const b = parseDate(birthDate);
  const on = parseDate(onDate);
  if (!b) throw new RangeError(`Invalid birth date: ${birthDate}`);
  if (!on) throw new RangeError(`Invalid date: ${onDate}`);

  let bm = b.m;
  let bd = b.d;
  if (bm === 2 && bd === 29 && !isLeapYear(on.y)) {
    bm = 3;
    bd = 1;
  }
  const reached = on.m > bm || (on.m === bm && on.d >= bd);
  return on.y - b.y - (reached ? 0 : 1);
}
