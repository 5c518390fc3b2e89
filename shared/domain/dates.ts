// Small, pure helpers on calendar strings used by the domain rules.
// Dates are 'YYYY-MM-DD', months are 'YYYY-MM'. No time zones, no Date objects:
// all arithmetic is done on integers so results never depend on the host clock or locale.
import { halfWidthDigits } from './text';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export interface YM {
  y: number;
  m: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month m (1–12) of year y. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parse 'YYYY-MM-DD' into numbers; null if the shape or the calendar date is invalid. */
export function parseDate(s: string): YMD | null {
  const match = DATE_RE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** True when s is a real calendar date in 'YYYY-MM-DD' form (e.g. 1990-02-30 is false). */
export function isValidDate(s: string): boolean {
  return parseDate(s) !== null;
}

/** Parse 'YYYY-MM'; null if invalid. */
export function parseMonth(s: string): YM | null {
  const match = MONTH_RE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  if (y < 1 || m < 1 || m > 12) return null;
  return { y, m };
}

export function isValidMonth(s: string): boolean {
  return parseMonth(s) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatDate(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/**
 * A month as a clerk reads it, in the common official form without leading zeros: 2026-03 → 2026年3月 (a date's month
 * for a YYYY-MM-DD). The one form for screens, core messages and workbook titles.
 */
export const chineseMonth = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** A date as a clerk reads it, in the same form: 2026-03-05 → 2026年3月5日. */
export const chineseDate = (date: string): string => `${chineseMonth(date)}${Number(date.slice(8, 10))}日`;

/** 'YYYY-MM-DD' → 'YYYY-MM'. Throws on an invalid date. */
export function monthOf(date: string): string {
  const p = parseDate(date);
  if (!p) throw new RangeError(`Invalid date: ${date}`);
  return formatMonth(p.y, p.m);
}

/** Month string shifted by n months (n may be negative). Throws on an invalid month. */
export function addMonths(month: string, n: number): string {
  const p = parseMonth(month);
  if (!p) throw new RangeError(`Invalid month: ${month}`);
  const index = p.y * 12 + (p.m - 1) + n;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** First and last day of a month 'YYYY-MM'. Throws on an invalid month. */
export function monthRange(month: string): { start: string; end: string } {
  const p = parseMonth(month);
  if (!p) throw new RangeError(`Invalid month: ${month}`);
  return { start: formatDate(p.y, p.m, 1), end: formatDate(p.y, p.m, daysInMonth(p.y, p.m)) };
}

/** The last day of a month 'YYYY-MM' ('2024-02' → '2024-02-29'). */
export const monthEnd = (month: string): string => monthRange(month).end;

/**
 * The same day-of-month n months later (n may be negative), clamped to that month's last day:
 * 2026-01-31 + 1 → 2026-02-28, 2024-01-31 + 1 → 2024-02-29, 2024-02-29 − 12 → 2023-02-28. Throws on an invalid date.
 */
export function shiftMonths(date: string, n: number): string {
  const p = parseDate(date);
  if (!p) throw new RangeError(`Invalid date: ${date}`);
  const index = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatDate(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** Signed number of months from fromMonth to toMonth ('2024-01' → '2024-03' = 2). */
export function monthsBetween(fromMonth: string, toMonth: string): number {
  const a = parseMonth(fromMonth);
  const b = parseMonth(toMonth);
  if (!a) throw new RangeError(`Invalid month: ${fromMonth}`);
  if (!b) throw new RangeError(`Invalid month: ${toMonth}`);
  return (b.y - a.y) * 12 + (b.m - a.m);
}

/** Lexicographic compare works for zero-padded ISO strings; returns -1, 0 or 1. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TYPED_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TYPED_SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * A date as a clerk types it in a form — 20260901, 2026/9/1, 2026.9.1, 2026年9月1日, full-width digits — as
 * 'YYYY-MM-DD'. Anything else comes back trimmed, as typed, for the schema to name the problem (it is not
 * checked here that the day exists).
 */
export function normaliseTypedDate(raw: string): string {
  const v = halfWidthDigits(raw.trim());
  const compact = TYPED_COMPACT.exec(v);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parts = TYPED_SEPARATED.exec(v);
  if (parts) return `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}`;
  return v;
}
