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

export const RETENTION_KEY = 'archive.closedCaseYears';
const DEFAULT_YEARS = 5;

/** CFG-31 in force on `today` (1–50 years; the default when unset). */
export function retentionYears(db: Database.Database, today: string): number {
  const v = readSetting<number>(db, RETENTION_KEY, today);
  return Number.isInteger(v) && v! >= 1 && v! <= 50 ? v! : DEFAULT_YEARS;
}

/** Last activity before this day = past retention. */
export const retentionCutoff = (today: string, years: number) => shiftMonths(today, -12 * years);

const ENDED_MONTH = (month: string) => `date(${month} || '-01', '+1 month', '-1 day')`;

/** The persons past retention with their last activity, oldest first. Parameters: @cutoff. */
export const EXPIRED_SQL = `
WITH rostered AS MATERIALIZED (
  -- Read once from the roster rows (no index leads from a record to its roster row: a lookup per person scanned them
  -- all): per person, the last month of any roster naming them and whether a draft does.
  SELECT person_id, max(coalesce(s.month_to, s.month)) AS last_month, max(s.status = 'draft') AS on_draft FROM (
    SELECT pl.person_id, b.batch_id FROM subsidy_batch_items b JOIN attendance_months a ON a.id = b.attendance_id
      JOIN placements pl ON pl.id = a.placement_id
    UNION ALL SELECT i.person_id, b.batch_id FROM subsidy_batch_items b JOIN internship_allowances al ON al.id = b.allowance_id
      JOIN internships i ON i.id = al.internship_id
    UNION ALL SELECT e.person_id, b.batch_id FROM subsidy_batch_items b JOIN training_enrolments e ON e.id = b.enrolment_id
  ) JOIN subsidy_batches s ON s.id = batch_id GROUP BY person_id
),
closed AS (
  SELECT p.id, p.name, p.id_number, p.township_id, date(p.created_at, 'localtime') AS entered, max(
    coalesce((SELECT max(max(r.reg_date, coalesce(r.cancel_date, ''))) FROM registrations r WHERE r.person_id = p.id), ''),
    coalesce((SELECT max(c.contact_date) FROM registrations r JOIN contacts c ON c.registration_id = r.id
      WHERE r.person_id = p.id), ''),
    coalesce((SELECT max(s.change_date) FROM registrations r JOIN service_level_changes s ON s.registration_id = r.id
      WHERE r.person_id = p.id), ''),
    coalesce((SELECT max(max(pl.start_date, coalesce(pl.leave_date, ''))) FROM placements pl WHERE pl.person_id = p.id), ''),
    coalesce((SELECT max(${ENDED_MONTH('a.month')}) FROM placements pl JOIN attendance_months a ON a.placement_id = pl.id
      WHERE pl.person_id = p.id), ''),
    coalesce((SELECT max(max(i.agreement_start, coalesce(i.end_date, i.agreement_end))) FROM internships i
      WHERE i.person_id = p.id), ''),
    coalesce((SELECT max(${ENDED_MONTH('al.month')}) FROM internships i JOIN internship_allowances al ON al.internship_id = i.id
      WHERE i.person_id = p.id), ''),
    coalesce((SELECT max(max(coalesce(g.apply_date, ''), coalesce(g.recognition_date, ''), coalesce(g.refuse_date, ''),
      coalesce(g.exit_date, ''))) FROM recognitions g WHERE g.person_id = p.id), ''),
    coalesce((SELECT max(max(coalesce(e.enrol_date, ''), coalesce(k.end_date, ''), coalesce(e.cert_date, ''),
      coalesce(e.employed_date, ''))) FROM training_enrolments e JOIN training_classes k ON k.id = e.class_id
      WHERE e.person_id = p.id), ''),
    coalesce((SELECT max(coalesce(f.terminated_on, ${ENDED_MONTH('f.end_month')})) FROM flexible_subsidies f
      WHERE f.person_id = p.id AND f.deleted_at IS NULL), ''),
    coalesce(${ENDED_MONTH('ro.last_month')}, '')
  ) AS events
  FROM persons p LEFT JOIN rostered ro ON ro.person_id = p.id
  WHERE NOT EXISTS (SELECT 1 FROM registrations r WHERE r.person_id = p.id AND r.status = 'active')
    AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id AND pl.deleted_at IS NULL AND pl.leave_date IS NULL)
    AND NOT EXISTS (SELECT 1 FROM internships i WHERE i.person_id = p.id AND i.deleted_at IS NULL AND i.status = 'active')
    AND NOT EXISTS (SELECT 1 FROM recognitions g WHERE g.person_id = p.id AND g.status IN ('01', '02', '03'))
    AND coalesce(ro.on_draft, 0) = 0
)
SELECT c.id, c.name, c.id_number AS idNumber, t.name AS township,
  CASE WHEN c.events = '' THEN c.entered ELSE c.events END AS lastActivity
FROM closed c LEFT JOIN regions t ON t.id = c.township_id
WHERE (CASE WHEN c.events = '' THEN c.entered ELSE c.events END) < @cutoff
ORDER BY lastActivity, c.id`;

export interface ExpiredRow {
  id: string;
  name: string;
  idNumber: string;
  township: string | null;
  lastActivity: string;
}

export function expiredPersons(
  db: Database.Database,
  today: string,
): { years: number; cutoff: string; rows: ExpiredRow[] } {
  const years = retentionYears(db, today);
  const cutoff = retentionCutoff(today, years);
  return { years, cutoff, rows: prepared(db, EXPIRED_SQL).all({ cutoff }) as ExpiredRow[] };
}
