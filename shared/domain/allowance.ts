// BR-19 proration modes and BR-26/BR-27 internship months and monthly allowance. Pure: no I/O, integer fen.
//
// due = standard × factor, rounded half-up to the fen (0.01 yuan), factor by CFG-09 mode:
//   FULL_IF_ON_POST       1 if on post (in internship) ≥ 1 day in the month, else 0
//   PRORATE_DAYS_ON_POST  days on post ÷ calendar days of the month (default)
//   PRORATE_ATTENDANCE    attended days ÷ required days
// BR-27: the internship living allowance is the same rule with "days in internship" as days on post.
// BR-26: months are calendar months from agreement_start; an agreement of n months ends on termEnd(start, n).
import { addMonths, daysInMonth, monthOf, monthRange, parseDate, shiftMonths } from './dates';
import { addDays } from './working-days';

export type ProrationMode = 'FULL_IF_ON_POST' | 'PRORATE_DAYS_ON_POST' | 'PRORATE_ATTENDANCE';
export const PRORATION_MODES: readonly ProrationMode[] = [
  'FULL_IF_ON_POST',
  'PRORATE_DAYS_ON_POST',
  'PRORATE_ATTENDANCE',
];
/** CFG-09 default. */
export const DEFAULT_PRORATION_MODE: ProrationMode = 'PRORATE_DAYS_ON_POST';

export interface MonthPresence {
  /** Days on post (or in internship) within the month. */
  daysOn: number;
  /** Calendar days of the month. */
  calendarDays: number;
  /** PRORATE_ATTENDANCE only. */
  attendedDays?: number;
  requiredDays?: number;
}

/** BR-19 factor as an exact fraction { num, den }. */
export function prorationFactor(mode: ProrationMode, p: MonthPresence): { num: number; den: number } {
  if (p.daysOn <= 0) return { num: 0, den: 1 };
  if (mode === 'FULL_IF_ON_POST') return { num: 1, den: 1 };
  if (mode === 'PRORATE_DAYS_ON_POST') return { num: Math.min(p.daysOn, p.calendarDays), den: p.calendarDays };
  const required = p.requiredDays ?? 0;
  if (required <= 0) return { num: 0, den: 1 };
  return { num: Math.min(p.attendedDays ?? 0, required), den: required };
}

/** standardFen × num ÷ den rounded half-up to the fen, in integer arithmetic (no float drift). */
export function roundHalfUpFen(standardFen: number, num: number, den: number): number {
  if (!Number.isSafeInteger(standardFen) || standardFen < 0) throw new RangeError(`标准应为非负整数分：${standardFen}`);
  if (den <= 0) throw new RangeError('分母应大于0');
  return Math.floor((2 * standardFen * num + den) / (2 * den));
}

/** BR-19 / BR-27: the amount due for one month, in fen. */
export function monthlyDue(standardFen: number, mode: ProrationMode, p: MonthPresence): number {
  const f = prorationFactor(mode, p);
  return roundHalfUpFen(standardFen, f.num, f.den);
}

/** Days of `month` (YYYY-MM) that fall in [start, end] inclusive (end null = open). */
export function daysInSpan(month: string, start: string, end: string | null): number {
  const { start: first, end: last } = monthRange(month);
  const from = start > first ? start : first;
  const to = end !== null && end < last ? end : last;
  if (from > to) return 0;
  return Number(to.slice(8, 10)) - Number(from.slice(8, 10)) + 1;
}

/** BR-26: the last day of a term of n calendar months from `start` (2026-01-15 + 6 → 2026-07-14; 2026-01-31 + 1 → 2026-02-28). */
export function termEnd(start: string, months: number): string {
  const s = parseDate(start);
  if (!s) throw new RangeError(`Invalid date: ${start}`);
  const shifted = shiftMonths(start, months);
  // The day before the same day-of-month n months on (the month's last day when that day does not exist there).
  return Number(shifted.slice(8, 10)) < s.d ? shifted : addDays(shifted, -1);
}

/** BR-26: calendar months of [start, end], a started month counting whole (smallest n with termEnd(start, n) ≥ end). */
export function agreementMonths(start: string, end: string): number {
  if (end < start) return 0;
  let n = 1;
  while (termEnd(start, n) < end) n++;
  return n;
}

export interface MonthAllowance {
  month: string;
  days: number;
  calendarDays: number;
  dueFen: number;
}

/**
 * BR-27: the living allowance per month of an internship running [start, end] (end = actual end or planned end);
 * `standardFen` is one amount for every month or the month's standard (the minimum wage on its first day).
 */
export function internshipAllowances(
  standardFen: number | ((month: string) => number),
  start: string,
  end: string,
  mode: ProrationMode = DEFAULT_PRORATION_MODE,
): MonthAllowance[] {
  const out: MonthAllowance[] = [];
  for (let month = monthOf(start); month <= monthOf(end); month = addMonths(month, 1)) {
    const y = Number(month.slice(0, 4));
    const calendarDays = daysInMonth(y, Number(month.slice(5, 7)));
    const days = daysInSpan(month, start, end);
    // Internships have no attendance rows yet: PRORATE_ATTENDANCE falls back to days in internship ÷ calendar days.
    const presence: MonthPresence = { daysOn: days, calendarDays, attendedDays: days, requiredDays: calendarDays };
    const standard = typeof standardFen === 'number' ? standardFen : standardFen(month);
    out.push({ month, days, calendarDays, dueFen: monthlyDue(standard, mode, presence) });
  }
  return out;
}
