// Valid resident ID numbers (VR-01): county prefix, a real birth date, sequence with the sex digit, check digit.
import { computeCheckDigit } from '../../shared/domain/id-number';
import { formatDate, daysInMonth } from '../../shared/domain/dates';
import type { Rng } from './rng';

/** A birth date on which the person is between minAge and maxAge (completed years) on `today`. */
export function birthDateForAge(rng: Rng, today: string, minAge: number, maxAge: number): string {
  const ty = Number(today.slice(0, 4));
  for (;;) {
    const y = ty - rng.int(minAge, maxAge + 1);
    const m = rng.int(1, 12);
    const d = rng.int(1, daysInMonth(y, m));
    const date = formatDate(y, m, d);
    const age = ty - y - (today.slice(5) < date.slice(5) ? 1 : 0);
    if (age >= minAge && age <= maxAge) return date;
  }
}

/** An 18-character ID for the 6-digit address code, birth date and sex; `taken` keeps them unique. */
export function idNumber(rng: Rng, county6: string, birthDate: string, sex: '1' | '2', taken: Set<string>): string {
  const birth = birthDate.replace(/-/g, '');
  for (;;) {
    const seq2 = String(rng.int(0, 99)).padStart(2, '0');
    let sexDigit = rng.int(0, 4) * 2; // even = female
    if (sex === '1') sexDigit += 1;
    const first17 = `${county6}${birth}${seq2}${sexDigit}`;
    const id = first17 + computeCheckDigit(first17);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '158',
  '159',
  '177',
  '180',
  '181',
  '186',
  '187',
  '188',
  '189',
  '199',
];

/** A mobile number (VR-04), mostly; a few Kashgar fixed lines (0998) as some households have. */
export function phoneNumber(rng: Rng): string {
  if (rng.chance(0.04)) return `0998-${rng.int(2000000, 8999999)}`;
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}
