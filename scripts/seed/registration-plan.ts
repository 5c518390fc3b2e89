// Plans one person's unemployment registration and its follow-up contacts for the demo county, following the
// rules the core applies (BR-03 working age, BR-04 first contact within days, BR-05 monthly contact, BR-07 lost
// contact → C11, BR-08 cancellation → employment status, BR-09 levels with the raise at 6 months, CFG-22
// minimums A 2 / B 1 / C 1). Contacts cover the 24 months before `today`. Pure: no database.
import { addMonths, monthOf, monthRange, shiftMonths } from '../../shared/domain/dates';
import { ageOn } from '../../shared/domain/age';
import { completedMonths, defaultNextContactDate } from '../../shared/domain/contact-due';
import { statusAfterCancel } from '../../shared/domain/registration-cancel';
import { statutoryRetirement, type RetirementCategory } from '../../shared/domain/retirement';
import type { ServiceLevel } from '../../shared/domain/service-level';
import { addDays, daysBetween } from '../../shared/domain/working-days';
import type { CancelReasonCode } from '../../shared/enums/registration-codes';
import type { Rng } from './rng';

interface PlanPerson {
  birthDate: string;
  retirementCategory: RetirementCategory;
  employmentStatus: string;
  isDifficult: 0 | 1;
  povertyStatus: string | null;
}

interface PlannedContact {
  date: string;
  method: string;
  result: string;
  found: string | null;
  employer: string | null;
  services: number;
  jobs: number | null;
  next: string;
  staff: string;
  suggestedLevel: ServiceLevel | null;
  /** The contact at which BR-09 raised the level to A. */
  raises: boolean;
}

export interface PlannedRegistration {
  regDate: string;
  cancelDate: string | null;
  cancelReason: CancelReasonCode | null;
  reason: string;
  receivesUi: 0 | 1;
  jobWish: string;
  needs: number;
  staff: string;
  firstLevel: ServiceLevel;
  finalLevel: ServiceLevel;
  contacts: PlannedContact[];
  personStatus: string;
}

const REASONS = [
  ['02', 55],
  ['01', 20],
  ['03', 10],
  ['04', 5],
  ['05', 2],
  ['06', 1],
  ['99', 7],
] as const;
const CANCEL = [
  ['C01', 40],
  ['C03', 20],
  ['C02', 10],
  ['C12', 10],
  ['C10', 5],
  ['C06', 4],
  ['C99', 5],
  ['C07', 2],
  ['C04', 2],
  ['C08', 1],
  ['C13', 1],
] as const;
const METHODS = [
  ['1', 70],
  ['2', 10],
  ['3', 10],
  ['4', 5],
  ['5', 5],
] as const;
const FAILED = [
  ['2', 70],
  ['3', 10],
  ['4', 20],
] as const;
const SERVICES = [
  [8, 30],
  [1, 25],
  [2, 15],
  [16, 10],
  [4, 5],
  [32, 5],
  [64, 5],
  [128, 3],
  [256, 2],
] as const; // bit masks of SV4, SV1, SV2 …
const EMPLOYERS = [
  '喀什某纺织有限公司',
  '疏附县某建筑公司',
  '某物流配送站',
  '县城某超市',
  '某农民专业合作社',
  '某电子厂',
  '某宾馆',
];
/** Share of registrations cancelled in each month (found work, moved …): a mean registration of about 4 years. */
const CANCEL_HAZARD = 0.02;
const FOUND: Partial<Record<CancelReasonCode, string>> = { C01: '21', C02: '23', C03: '22', C12: '21' };

/** Per month, the successful contacts of a level: A aims at 2 (CFG-22), B and C at 1; a few months are missed. */
const successes = (rng: Rng, level: ServiceLevel) =>
  level === 'A'
    ? rng.weighted([
        [2, 75],
        [1, 20],
        [0, 5],
      ] as const)
    : rng.weighted([
        [1, 85],
        [2, 5],
        [0, 10],
      ] as const);

function services(rng: Rng): number {
  let mask = 0;
  for (
    let i = rng.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const);
    i > 0;
    i--
  )
    mask |= rng.weighted(SERVICES);
  return mask;
}

/** A random day of [from, to] (inclusive). */
const dayIn = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));

/** null when the person cannot be registered on any date of the window (BR-03). */
export function planRegistration(
  rng: Rng,
  p: PlanPerson,
  today: string,
  staffPool: readonly string[],
  extraAttempts = 0,
): PlannedRegistration | null {
  if (p.employmentStatus === '50') return null;
  const regDate = addDays(today, -rng.int(0, 3 * 365));
  if (ageOn(p.birthDate, regDate) < 16 || regDate >= statutoryRetirement(p.birthDate, p.retirementCategory).date)
    return null;
  const windowStart = addDays(shiftMonths(today, -24), 1);
  const jobWish = rng.weighted([
    ['1', 85],
    ['2', 10],
    ['3', 5],
  ] as const);
  const needs = rng.chance(0.2) ? (rng.chance(0.5) ? 2 : 16) : 0; // SV2 / SV5
  const special = p.isDifficult === 1 || (p.povertyStatus !== null && p.povertyStatus !== '0');
  const firstLevel: ServiceLevel = special ? 'A' : jobWish === '1' && needs ? 'B' : 'C';
  const staff = rng.pick(staffPool);

  // Registrations end by a cancellation hazard of CANCEL_HAZARD a month; 6 % of persons stop answering at some point (BR-07).
  let cancelDate: string | null = null;
  let cancelReason: CancelReasonCode | null = null;
  for (let m = 1; !cancelDate && addDays(regDate, m * 30) <= today; m++) {
    if (rng.chance(CANCEL_HAZARD)) {
      cancelDate = addDays(regDate, m * 30 - rng.int(0, 29));
      cancelReason = rng.weighted(CANCEL);
    }
  }
  const goneFrom = rng.chance(0.06) ? dayIn(rng, regDate, today) : null;
  if (goneFrom && (!cancelDate || cancelDate > shiftMonths(goneFrom, 6))) {
    const c11 = addDays(shiftMonths(goneFrom, 6), rng.int(1, 40));
    [cancelDate, cancelReason] = c11 <= today && rng.chance(0.6) ? [c11, 'C11'] : [null, null];
  }
  const last = cancelDate ?? today;

  const contacts: PlannedContact[] = [];
  let level = firstLevel;
  const add = (date: string, ok: boolean, found = '10', employer: string | null = null) => {
    const suggested: ServiceLevel = special || completedMonths(regDate, date) >= 6 ? 'A' : firstLevel;
    const raises = ok && suggested === 'A' && level !== 'A';
    if (raises) level = 'A';
    const sv = ok ? services(rng) : 0;
    contacts.push({
      date,
      method: rng.weighted(METHODS),
      result: ok ? '1' : rng.weighted(FAILED),
      found: ok ? found : null,
      employer: ok ? employer : null,
      services: sv,
      jobs: sv & 1 ? rng.int(1, 5) : null,
      next: defaultNextContactDate(date),
      staff: rng.chance(0.9) ? staff : rng.pick(staffPool),
      suggestedLevel: ok ? (raises ? 'A' : suggested) : null,
      raises,
    });
  };
  for (
    let month = monthOf(regDate < windowStart ? windowStart : regDate);
    month <= monthOf(last);
    month = addMonths(month, 1)
  ) {
    const { start, end } = monthRange(month);
    const from = [start, regDate, windowStart].reduce((a, b) => (a > b ? a : b));
    const to = end < last ? end : last;
    if (from > to) continue;
    const gone = goneFrom !== null && to >= goneFrom; // nothing successful in the month they stopped answering
    const dates: [string, boolean][] = [];
    for (let i = gone ? 0 : successes(rng, level); i > 0; i--) dates.push([dayIn(rng, from, to), true]);
    for (let i = gone ? rng.int(1, 2) : rng.chance(0.12) ? 1 : 0; i > 0; i--) dates.push([dayIn(rng, from, to), false]);
    // Denser counties (the scale bench): more unanswered attempts; none drawn at 0, so the demo county is unchanged.
    if (extraAttempts > 0)
      for (let i = Math.floor(extraAttempts) + (rng.chance(extraAttempts % 1) ? 1 : 0); i > 0; i--)
        dates.push([dayIn(rng, from, to), false]);
    if (from === regDate && !gone) {
      const first = addDays(regDate, rng.int(1, 7)); // BR-04: first contact within days of registration
      dates.push([first <= to ? first : to, true]);
    }
    if (to === cancelDate && FOUND[cancelReason as CancelReasonCode]) dates.push([cancelDate, true]);
    dates.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [date, ok] of dates) {
      const atCancel = date === cancelDate && ok && FOUND[cancelReason as CancelReasonCode];
      if (atCancel) add(date, true, FOUND[cancelReason as CancelReasonCode], rng.pick(EMPLOYERS));
      else add(date, ok);
    }
  }
  return {
    regDate,
    cancelDate,
    cancelReason,
    reason: rng.weighted(REASONS),
    receivesUi: rng.chance(0.1) ? 1 : 0,
    jobWish,
    needs,
    staff,
    firstLevel,
    finalLevel: level,
    contacts,
    personStatus: cancelReason ? statusAfterCancel(cancelReason, '10') : '10',
  };
}
