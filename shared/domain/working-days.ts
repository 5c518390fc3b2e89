// Working days for deadlines counted in 工作日 (BR-04: first contact ≤ 5 working days after registration, S10).
// A working day is Monday–Friday, unless the calendar says otherwise: `holidays` are weekdays off (法定节假日),
// `workdays` are weekend days or statutory holidays worked (调休上班). Both lists come from the setting
// calendar.workingDays; with no setting the rule counts weekends only (the State Council holiday notice changes every
// year, so it is data).
import { formatDate, parseDate } from './dates';

export interface WorkingCalendar {
  /** Weekdays that are not working days (YYYY-MM-DD). */
  holidays?: readonly string[];
  /** Saturdays/Sundays, or statutory holidays, that are working days (YYYY-MM-DD); they win over `holidays`. */
  workdays?: readonly string[];
}

const DAY_MS = 86_400_000;

function toEpochDay(date: string): number {
  const p = parseDate(date);
  if (!p) throw new RangeError(`Invalid date: ${date}`);
  return Date.UTC(p.y, p.m - 1, p.d) / DAY_MS;
}

function fromEpochDay(day: number): string {
  const d = new Date(day * DAY_MS);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date n calendar days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(date: string): number {
  const dow = new Date(toEpochDay(date) * DAY_MS).getUTCDay();
  return dow === 0 ? 7 : dow;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar = {}): boolean {
  if (calendar.workdays?.includes(date)) return true;
  if (calendar.holidays?.includes(date)) return false;
  return weekday(date) <= 5;
}

/**
 * The n-th working day after `date` (the day itself does not count): registration on Friday 2026-11-06
 * with n = 5 → Friday 2026-11-13. n = 0 returns the date itself.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar = {}): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${n}`);
  let day = toEpochDay(date);
  for (let left = n; left > 0;) {
    day++;
    if (isWorkingDay(fromEpochDay(day), calendar)) left--;
  }
  return fromEpochDay(day);
}

/** Monday–Friday among the epoch days [a, b] (0 when b < a), without walking the days one by one. */
function weekdaysIn(a: number, b: number): number {
  if (b < a) return 0;
  const days = b - a + 1;
  let n = Math.floor(days / 7) * 5;
  // Epoch day 0 (1970-01-01) was a Thursday: (day + 3) % 7 is 0 on Monday … 6 on Sunday.
  for (let day = a + days - (days % 7); day <= b; day++) if (((day % 7) + 10) % 7 < 5) n++;
  return n;
}

/** Epoch day of a valid calendar date, or null (a malformed entry of the calendar setting matches no day). */
function epochDayOrNull(date: string): number | null {
  const p = parseDate(date);
  return p ? Date.UTC(p.y, p.m - 1, p.d) / DAY_MS : null;
}

/** The calendar's exceptions to Monday–Friday as epoch days, worked out once per calendar object. */
interface Exceptions {
  /** Weekdays off (holidays not also listed as workdays). */
  off: number[];
  /** Weekend days worked. */
  on: number[];
}
const exceptionsOf = new WeakMap<WorkingCalendar, Exceptions>();

function exceptions(calendar: WorkingCalendar): Exceptions {
  let e = exceptionsOf.get(calendar);
  if (!e) {
    const work = new Set((calendar.workdays ?? []).map(epochDayOrNull).filter((d): d is number => d !== null));
    const weekday = (d: number) => weekdaysIn(d, d) === 1;
    const off = new Set(
      (calendar.holidays ?? []).map(epochDayOrNull).filter((d): d is number => d !== null && !work.has(d)),
    );
    e = { off: [...off].filter(weekday), on: [...work].filter((d) => !weekday(d)) };
    exceptionsOf.set(calendar, e);
  }
  return e;
}

/** Working days among the epoch days [a, b] by the calendar (isWorkingDay counted in closed form). */
function workingDaysOf(a: number, b: number, calendar: WorkingCalendar): number {
  if (b < a) return 0;
  const e = exceptions(calendar);
  let n = weekdaysIn(a, b);
  for (const d of e.off) if (d >= a && d <= b) n--;
  for (const d of e.on) if (d >= a && d <= b) n++;
  return n;
}

/** Working days after `from` up to and including `to` (0 when to ≤ from). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar = {}): number {
  return workingDaysOf(toEpochDay(from) + 1, toEpochDay(to), calendar);
}

/** Working days of [from, to], both days included (0 when to < from). */
export function workingDaysFrom(from: string, to: string, calendar: WorkingCalendar = {}): number {
  return workingDaysOf(toEpochDay(from), toEpochDay(to), calendar);
}
