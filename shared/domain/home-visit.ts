// BR-09 / CFG-22: a level-A (重点帮扶) registration needs at least one successful home visit (E12 method 3 入户走访)
// each calendar quarter. Display-only (the registration detail and the contact drawer); the monthly work lists and
// 首页 do not count it. Pure; no I/O.
import { CONTACT_SUCCESS } from '../enums/registration-codes';
import { daysInMonth, formatDate, parseDate } from './dates';

/** E12 联系方式 3 入户走访. */
export const HOME_VISIT_METHOD = '3';
/** CFG-22 default: one home visit per quarter for level A (the setting contacts.homeVisitsPerQuarter; 0 = 不要求). */
export const DEFAULT_HOME_VISITS_PER_QUARTER = 1;
export const HOME_VISITS_PER_QUARTER_KEY = 'contacts.homeVisitsPerQuarter';

/** The calendar quarter holding `date`: its first and last day. */
export function quarterOf(date: string): { start: string; end: string } {
  const p = parseDate(date);
  if (!p) throw new RangeError(`Invalid date: ${date}`);
  const first = p.m - ((p.m - 1) % 3);
  const last = first + 2;
  return { start: formatDate(p.y, first, 1), end: formatDate(p.y, last, daysInMonth(p.y, last)) };
}

export interface VisitContact {
  contactDate: string;
  method: string;
  result: string;
}

export interface HomeVisitState {
  /** Visits the setting asks for in the quarter (≥ 1 here: with 0 there is no state). */
  required: number;
  /** Successful home visits dated in the quarter up to asOf. */
  count: number;
  /** The latest of them, or null. */
  lastDate: string | null;
  /** Fewer than `required` so far. */
  due: boolean;
  quarterStart: string;
  quarterEnd: string;
}

/**
 * The home-visit state of the quarter holding `asOf`, or null when none is asked for: a level other than A, or a
 * county setting of 0. Only successful contacts by 入户走访 dated from the quarter's first day to asOf count.
 */
export function homeVisitDue(
  level: string,
  asOf: string,
  contacts: readonly VisitContact[],
  required = DEFAULT_HOME_VISITS_PER_QUARTER,
): HomeVisitState | null {
  if (level !== 'A' || required <= 0) return null;
  const { start, end } = quarterOf(asOf);
  const visits = contacts
    .filter(
      (c) =>
        c.method === HOME_VISIT_METHOD &&
        c.result === CONTACT_SUCCESS &&
        c.contactDate >= start &&
        c.contactDate <= asOf,
    )
    .map((c) => c.contactDate)
    .sort();
  return {
    required,
    count: visits.length,
    lastDate: visits.at(-1) ?? null,
    due: visits.length < required,
    quarterStart: start,
    quarterEnd: end,
  };
}
