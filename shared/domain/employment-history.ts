// BR-12 / BR-16 / BR-25 support: a person's employment status (E09) on a past date, from dated records.
// The person row holds only today's status; every eligibility check is judged on its own date (the application
// date, the placement basis date, the agreement start), so the status on that date is rebuilt from records that
// carry a date: registrations (unemployed from reg_date; the cancellation reason's status from cancel_date),
// contacts (the status found on the contact date), placements (24 while on a post) and internships (25).
// Without any dated record the current status is the only knowledge there is, so it is used for every date.
import { EMPLOYED_STATUSES } from './registration-cancel';

export interface StatusEvent {
  date: string;
  status: string;
}

export interface Span {
  start: string;
  /** Inclusive; null = still open. */
  end: string | null;
}

export interface EmploymentRecord {
  /** Dated status evidence, any order. */
  events: readonly StatusEvent[];
  /** Placements on public-welfare posts (status 24 on every day of a span). */
  placements: readonly Span[];
  /** Today's status on the person row. */
  current: string;
}

const covers = (s: Span, date: string) => s.start <= date && (s.end === null || s.end >= date);

/** E09 status on `date`, or null when the records cannot say (dated records exist, none on or before it). */
export function employmentStatusOn(r: EmploymentRecord, date: string): string | null {
  if (r.placements.some((s) => covers(s, date))) return '24';
  let best: StatusEvent | null = null;
  for (const e of r.events) if (e.date <= date && (!best || e.date >= best.date)) best = e;
  if (best) return best.status;
  return r.events.length === 0 && r.placements.length === 0 ? r.current : null;
}

export const isEmployedStatus = (status: string | null): boolean =>
  status !== null && EMPLOYED_STATUSES.includes(status);

/**
 * The first record of employment (E09 21–24) in (from, to]: a placement overlapping the window or an event
 * dated in it. Null when the records show none.
 */
export function employmentBetween(r: EmploymentRecord, from: string, to: string): StatusEvent | null {
  const placed = r.placements
    .filter((s) => s.start <= to && (s.end === null || s.end > from))
    .sort((a, b) => a.start.localeCompare(b.start))[0];
  const found = r.events
    .filter((e) => e.date > from && e.date <= to && isEmployedStatus(e.status))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  const p = placed ? { date: placed.start > from ? placed.start : to, status: '24' } : null;
  if (!p) return found ?? null;
  if (!found) return p;
  return found.date <= p.date ? found : p;
}

/** E09 statuses the placement and internship modules set on the person row while one runs (not typed by hand). */
const FLAG_STATUSES: readonly string[] = ['24', '25'];

export interface ReportedRecord extends EmploymentRecord {
  /** The day the person row's status was last set: a hand change's audit row, else the row's updated_at. */
  currentSetOn: string;
}

/** The latest date on or before `day` on which a dated record begins something (an event or a placement start). */
function latestRecord(r: EmploymentRecord, day: string): string | null {
  let best: string | null = null;
  for (const d of [...r.events.map((e) => e.date), ...r.placements.map((p) => p.start)])
    if (d <= day && (best === null || d > best)) best = d;
  return best;
}

/**
 * §6.1 (RPT-01 当前就业状态, "status at as-of date") and §6.2 col 18 (RPT-02 期末未就业): the E09 status on `date`
 * (capped at `today`) that both reports print and count — one function, so the two agree by construction.
 * - The dated records as employmentStatusOn reads them (a placement covering the day is 24; else the latest dated
 *   event on or before it).
 * - The person row's status is a fact too when it is not what the records give today and not a running placement's
 *   or internship's flag (24/25): a clerk typed it (灵活就业 after a placement ended, 单位就业 while contacts found
 *   the person unemployed). It is dated the day it was set (`currentSetOn`) but never before the latest record it
 *   overrides (whoever typed it had that record before them), and holds from then on. So a status typed in December
 *   does not reach November's report, and one typed after the last record is today's status in every later month.
 * - Without any dated record the row's status is all there is (employmentStatusOn).
 * - Dated records exist but none by then: 10 失业 — the reports hold recognised persons, and recognition needs an
 *   unemployment registration (BR-10); RPT-02 counted such a person as not employed already.
 */
export function reportedStatusOn(r: ReportedRecord, date: string, today: string): string {
  const day = date < today ? date : today;
  if (r.events.length === 0 && r.placements.length === 0) return r.current;
  // What the records give after the last of them (a record may be dated after `today` when a past day is asked).
  const latest = latestRecord(r, '9999-12-31') as string;
  let events = r.events;
  if (employmentStatusOn(r, latest > today ? latest : today) !== r.current && !FLAG_STATUSES.includes(r.current))
    events = [...r.events, { date: latest > r.currentSetOn ? latest : r.currentSetOn, status: r.current }];
  return employmentStatusOn({ ...r, events }, day) ?? '10';
}
