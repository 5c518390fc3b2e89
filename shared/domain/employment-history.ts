// BR-12 / BR-16 / BR-25 support: a person's employment status (E09) on a past date, from dated records.
// The person row holds only today's status; every eligibility check is judged on its own date (the application
// date, the placement basis date, the agreement start), so the status on that date is rebuilt from records that
// carry a date: registrations (unemployed from reg_date; the cancellation reason's status from cancel_date),
// contacts (the status found on the contact date), placements (24 while on a post; from the day after leaving, the
// status leaving gives), internships (25), and the person row's status from the day a clerk typed it. Without any
// dated record the current status is the only knowledge there is, so it is used for every date. The records are read
// in one place (electron/core/modules/reports/employment-status.ts) for the rules and the reports alike.

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
  /**
   * The day the person row's status was set (a hand change's audit row, else the row's updated_at), when known: the
   * row's status then counts as a dated fact (see employmentStatusOn). Without it the row is used only when there is
   * no dated record.
   */
  currentSetOn?: string;
}

const covers = (s: Span, date: string) => s.start <= date && (s.end === null || s.end >= date);

/**
 * E09 status on `date`, or null when the records cannot say (dated records exist, none on or before it). The one
 * definition of the status on a day: eligibility (BR-03/10/25/33 on their dates), RPT-01 and RPT-02 (reportedStatusOn).
 * - A placement covering the day is 24; else the latest dated event on or before it.
 * - The person row's status is a fact too when `currentSetOn` is known, it is not what the records give after the
 *   last of them, and it is not a running placement's or internship's flag (24/25): a clerk typed it (灵活就业 after a
 *   placement ended, 单位就业 while contacts found the person unemployed). It counts from the day it was set but
 *   never before the latest record it overrides (whoever typed it had that record before them), and holds from then
 *   on. So a status typed in December does not reach November, and one typed after the last record is the status of
 *   every later day.
 * - Without any dated record the row's status is all there is.
 */
export function employmentStatusOn(r: EmploymentRecord, date: string): string | null {
  if (r.events.length === 0 && r.placements.length === 0) return r.current;
  const typed = handSetEvent(r);
  return statusFromRecords(r, typed ? [...r.events, typed] : r.events, date);
}

function statusFromRecords(r: EmploymentRecord, events: readonly StatusEvent[], date: string): string | null {
  if (r.placements.some((s) => covers(s, date))) return '24';
  let best: StatusEvent | null = null;
  for (const e of events) if (e.date <= date && (!best || e.date >= best.date)) best = e;
  return best ? best.status : null;
}

/** E09 statuses the placement and internship modules set on the person row while one runs (not typed by hand). */
const FLAG_STATUSES: readonly string[] = ['24', '25'];

/** The person row's status as a dated event when it was typed by hand (employmentStatusOn), else null. */
function handSetEvent(r: EmploymentRecord): StatusEvent | null {
  if (r.currentSetOn === undefined || FLAG_STATUSES.includes(r.current)) return null;
  let latest = '';
  for (const d of [...r.events.map((e) => e.date), ...r.placements.map((p) => p.start)]) if (d > latest) latest = d;
  // What the records give after the last of them, or on the day the row was set if that is later.
  const since = latest > r.currentSetOn ? latest : r.currentSetOn;
  return statusFromRecords(r, r.events, since) === r.current ? null : { date: since, status: r.current };
}

/**
 * E09 codes that mean employed: 单位就业, 灵活就业, 自主创业, 公益性岗位安置 (not 25 见习, BR-28). One list for every rule
 * that asks whether a person is employed: VR-13, BR-12, the cancellation's status (BR-08) and the employment after
 * training a clerk records (BR-38).
 */
export const EMPLOYED_STATUSES = ['21', '22', '23', '24'] as const;

export const isEmployedStatus = (status: string | null): boolean =>
  status !== null && (EMPLOYED_STATUSES as readonly string[]).includes(status);

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

/**
 * §6.1 (RPT-01 当前就业状态, "status at as-of date") and §6.2 col 18 (RPT-02 期末未就业): the E09 status on `date`
 * (capped at `today`: a month still running is reported as of today) that both reports print and count —
 * employmentStatusOn, so the two agree with each other and with eligibility by construction. Dated records exist but
 * none by then: 10 失业 — the reports hold recognised persons, and recognition needs an unemployment registration
 * (BR-10); RPT-02 counted such a person as not employed already.
 */
export function reportedStatusOn(r: EmploymentRecord, date: string, today: string): string {
  return employmentStatusOn(r, date < today ? date : today) ?? '10';
}
