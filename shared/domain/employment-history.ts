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
