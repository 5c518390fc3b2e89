// 档案到期 (CFG-31 retention_years_closed_cases, DOMAIN §9.8: keep personal data only as long as needed, by default
// 5 years after the last payment or activity, then archive and purge). The one rule, in one statement:
//
// A person (soft-deleted ones too: their rows are still held) is PAST RETENTION on `today` when
//   1. the case is closed: no registration still open (status active), no placement on post (not deleted, no
//      leave date), no internship still running (status active, not deleted), no recognition pending or in force
//      (待初审 01, 公示中 02, 已认定 03 — 不予认定 04 and 已退出 05 are closed);
//   2. no draft subsidy roster names them (a post / social-insurance, internship-allowance or training-subsidy roster
//      row still to be reviewed: not yet a payment record, its rows read the person's records);
//   3. the LAST ACTIVITY of the case is before `cutoff` = today minus N years (N = the setting in force today; the
//      same day-of-month, clamped: exactly N years ago is not yet past). Last activity = the latest date among the
//      case's dated events: registration and cancellation dates, contact dates, service-level changes, placement
//      start and leave dates, the end of every attendance month, internship start and end (or agreed end), the end
//      of every allowance month, recognition application / recognition / refusal / exit dates, training enrolment,
//      class end, certificate and follow-up employment dates, the end of every 灵活就业社会保险补贴 period (its early end's
//      date, else the last day of its end month: a period still running is after any cutoff), and the last day of the
//      last month of any subsidy roster naming them (a 补发/扣回 roster of a later month too: DOMAIN §9.8 counts from the
//      last payment); a person without any dated event: the day the person was entered. Record edits (updated_at) are
//      not activity.
// A person on reviewed, reported or paid rosters is purged like any other: the roster rows stay, with what they print
// (purge.ts).
import type Database from 'better-sqlite3';
import { shiftMonths } from '../../../../shared/domain/dates';
import { prepared } from '../../db/prepared';
import { readSetting } from '../settings/queries';

const RETENTION_KEY = 'archive.closedCaseYears';
const DEFAULT_YEARS = 5;

/** CFG-31 in force on `today` (1–50 years; the default when unset). */
function retentionYears(db: Database.Database, today: string): number {
  const v = readSetting<number>(db, RETENTION_KEY, today);
  return Number.isInteger(v) && v! >= 1 && v! <= 50 ? v! : DEFAULT_YEARS;
}

/** Last activity before this day = past retention. */
const retentionCutoff = (today: string, years: number) => shiftMonths(today, -12 * years);

const ENDED_MONTH = (month: string) => `date(${month} || '-01', '+1 month', '-1 day')`;

/**
 * The persons past retention with their last activity, oldest first. Parameters: @cutoff.
 *
 * Each table is read once, not once per person (a dozen lookups per person took over a second at 100,000 persons):
 * the open cases are one list the persons are checked against, and every dated event goes into one list grouped by
 * person; only a registration looks up its own latest contact and service-level change (the newest entry of an
 * index: cheaper than reading every contact). tests/core/archive-expired-sql.test.ts holds the earlier statement,
 * one lookup per person, and checks this one returns the same rows in the same order.
 */
export const EXPIRED_SQL = `
WITH rostered AS MATERIALIZED (
  -- Per person: the last month of any roster naming them and whether a draft does.
  SELECT person_id, max(coalesce(s.month_to, s.month)) AS last_month, max(s.status = 'draft') AS on_draft FROM (
    SELECT pl.person_id, b.batch_id FROM subsidy_batch_items b JOIN attendance_months a ON a.id = b.attendance_id
      JOIN placements pl ON pl.id = a.placement_id
    UNION ALL SELECT i.person_id, b.batch_id FROM subsidy_batch_items b JOIN internship_allowances al ON al.id = b.allowance_id
      JOIN internships i ON i.id = al.internship_id
    UNION ALL SELECT e.person_id, b.batch_id FROM subsidy_batch_items b JOIN training_enrolments e ON e.id = b.enrolment_id
  ) JOIN subsidy_batches s ON s.id = batch_id GROUP BY person_id
),
open_case(person_id) AS (
  SELECT person_id FROM registrations WHERE status = 'active'
  UNION ALL SELECT person_id FROM placements WHERE deleted_at IS NULL AND leave_date IS NULL
  UNION ALL SELECT person_id FROM internships WHERE deleted_at IS NULL AND status = 'active'
  UNION ALL SELECT person_id FROM recognitions WHERE status IN ('01', '02', '03')
  UNION ALL SELECT person_id FROM rostered WHERE on_draft = 1
),
dated(person_id, d) AS (
  SELECT r.person_id, max(r.reg_date, coalesce(r.cancel_date, ''),
    coalesce((SELECT max(c.contact_date) FROM contacts c WHERE c.registration_id = r.id), ''),
    coalesce((SELECT max(s.change_date) FROM service_level_changes s WHERE s.registration_id = r.id), ''))
  FROM registrations r
  UNION ALL SELECT person_id, max(start_date, coalesce(leave_date, '')) FROM placements
  UNION ALL SELECT pl.person_id, ${ENDED_MONTH('a.month')} FROM attendance_months a
    JOIN placements pl ON pl.id = a.placement_id
  UNION ALL SELECT person_id, max(agreement_start, coalesce(end_date, agreement_end)) FROM internships
  UNION ALL SELECT i.person_id, ${ENDED_MONTH('al.month')} FROM internship_allowances al
    JOIN internships i ON i.id = al.internship_id
  UNION ALL SELECT person_id, max(coalesce(apply_date, ''), coalesce(recognition_date, ''), coalesce(refuse_date, ''),
    coalesce(exit_date, '')) FROM recognitions
  UNION ALL SELECT e.person_id, max(coalesce(e.enrol_date, ''), coalesce(k.end_date, ''), coalesce(e.cert_date, ''),
    coalesce(e.employed_date, '')) FROM training_enrolments e JOIN training_classes k ON k.id = e.class_id
  UNION ALL SELECT person_id, coalesce(terminated_on, ${ENDED_MONTH('end_month')}) FROM flexible_subsidies
    WHERE deleted_at IS NULL
  UNION ALL SELECT person_id, ${ENDED_MONTH('last_month')} FROM rostered
),
last_event AS (SELECT person_id, max(d) AS d FROM dated GROUP BY person_id),
closed AS (
  SELECT p.id, p.name, p.id_number, p.township_id,
    CASE WHEN l.d > '' THEN l.d ELSE date(p.created_at, 'localtime') END AS last_activity
  FROM persons p LEFT JOIN last_event l ON l.person_id = p.id
  WHERE p.id NOT IN (SELECT person_id FROM open_case)
    -- Without events, the entry day counts. Its local date is never more than a day before the UTC date the stored
    -- instant starts with (no time zone is a day or more behind UTC), so an instant whose UTC date is after the cutoff
    -- cannot be a local date before it: this plain text comparison spares the local-time conversion of every person
    -- entered lately. The test that decides is the one below.
    AND CASE WHEN l.d > '' THEN l.d < @cutoff ELSE substr(p.created_at, 1, 10) <= @cutoff END
)
SELECT c.id, c.name, c.id_number AS idNumber, t.name AS township, c.last_activity AS lastActivity
FROM closed c LEFT JOIN regions t ON t.id = c.township_id
WHERE c.last_activity < @cutoff
ORDER BY lastActivity, c.id`;

interface ExpiredRow {
  id: string;
  name: string;
  idNumber: string;
  township: string | null;
  lastActivity: string;
}

/**
 * The first @limit rows of EXPIRED_SQL in its order, each with the count of all rows (total): the list answers a
 * count and a page without handing every expired row to JavaScript. Parameters: @cutoff, @limit.
 */
export const EXPIRED_PAGE_SQL = `
SELECT x.*, count(*) OVER () AS total FROM (${EXPIRED_SQL}) x
ORDER BY x.lastActivity, x.id LIMIT @limit`;

/** The first `limit` persons past retention on `today` and how many there are in all (archive.list). */
export function expiredPage(
  db: Database.Database,
  today: string,
  limit: number,
): { years: number; cutoff: string; total: number; rows: ExpiredRow[] } {
  const years = retentionYears(db, today);
  const cutoff = retentionCutoff(today, years);
  const page = prepared(db, EXPIRED_PAGE_SQL).all({ cutoff, limit }) as (ExpiredRow & { total: number })[];
  const rows = page.map(({ total: _total, ...r }) => r);
  return { years, cutoff, total: page[0]?.total ?? 0, rows };
}

export function expiredPersons(
  db: Database.Database,
  today: string,
): { years: number; cutoff: string; rows: ExpiredRow[] } {
  const years = retentionYears(db, today);
  const cutoff = retentionCutoff(today, years);
  return { years, cutoff, rows: prepared(db, EXPIRED_SQL).all({ cutoff }) as ExpiredRow[] };
}
