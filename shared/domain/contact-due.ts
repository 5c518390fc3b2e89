// Dates of the monthly-contact routine (DOMAIN §3.3, §3.4, BR-04, BR-05, BR-07, BR-12). Pure; no I/O.
import { addMonths, daysInMonth, monthEnd, monthOf, monthRange, parseDate, shiftMonths } from './dates';
import { addWorkingDays, type WorkingCalendar } from './working-days';

/** §3.4 next_contact_date default: same day next month, clamped to the month end. */
export const defaultNextContactDate = (contactDate: string): string => shiftMonths(contactDate, 1);

/**
 * BR-12 unemployment duration: completed months from `from` (reg_date) to `to`. A month is complete when the
 * same day-of-month is reached, or the month's last day when that day does not exist (01-31 → 02-28 is 1).
 */
export function completedMonths(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a) throw new RangeError(`Invalid date: ${from}`);
  if (!b) throw new RangeError(`Invalid date: ${to}`);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  const reached = b.d >= a.d || b.d === daysInMonth(b.y, b.m);
  if (!reached) months--;
  return months;
}

/**
 * The latest start date with at least n completed months on `to`: completedMonths(from, to) ≥ n ⟺ from ≤ this.
 * Lets SQL test durations (BR-07, BR-09, BR-12, RPT-12 columns 3–4) as a plain date comparison.
 */
export function completedMonthsCutoff(to: string, n: number): string {
  const p = parseDate(to);
  if (!p) throw new RangeError(`Invalid date: ${to}`);
  if (p.d !== daysInMonth(p.y, p.m)) return shiftMonths(to, -n);
  // On a month's last day every start day of the month n months back has completed n months.
  return monthEnd(addMonths(monthOf(to), -n));
}

/** A registration's date range: active from reg_date to cancel_date inclusive (open-ended while active). */
export interface RegistrationSpan {
  regDate: string;
  cancelDate: string | null;
}

/** §3.4: a contact may be dated on any day the registration is active, the cancellation day included. */
export const isActiveOn = (r: RegistrationSpan, date: string): boolean =>
  r.regDate <= date && (r.cancelDate === null || date <= r.cancelDate);

/** BR-05: active at any time in the month — these registrations need a contact in it (RPT-12 column 8). */
export function isActiveInMonth(r: RegistrationSpan, month: string): boolean {
  const { start, end } = monthRange(month);
  return r.regDate <= end && (r.cancelDate === null || r.cancelDate >= start);
}

/** Still registered at the month end (期末登记失业人数, RPT-12 column 1; the work lists). */
export function isOpenAtMonthEnd(r: RegistrationSpan, month: string): boolean {
  const { end } = monthRange(month);
  return r.regDate <= end && (r.cancelDate === null || r.cancelDate > end);
}

/** The day the work lists of a month are judged on: the month end, or today while the month is running. */
export function asOfDate(month: string, today: string): string {
  const { end } = monthRange(month);
  return end < today ? end : today;
}

/** BR-04: the first proactive contact is due this many working days after registration (S10). */
export const FIRST_CONTACT_WORKING_DAYS = 5;

export function firstContactDueDate(
  regDate: string,
  workingDays = FIRST_CONTACT_WORKING_DAYS,
  calendar: WorkingCalendar = {},
): string {
  return addWorkingDays(regDate, workingDays, calendar);
}

/**
 * BR-07: a registration has lost contact on `asOf` when its last successful contact (or, with none, its
 * registration date) lies `months` or more completed months back (BR-12 month counting).
 */
export function lostContactCutoff(asOf: string, months: number): string {
  return completedMonthsCutoff(asOf, months);
}

export function hasLostContact(lastSuccessOrRegDate: string, asOf: string, months: number): boolean {
  return lastSuccessOrRegDate <= lostContactCutoff(asOf, months);
}
