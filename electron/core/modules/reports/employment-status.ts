// The dated employment records of a person as one JSON value read inside a report's own statement (one row per
// person, streamed), and the status on the report's date from them (shared/domain/employment-history.ts
// reportedStatusOn): RPT-01 当前就业状态 and RPT-02 col 18 read it the same way, so they agree by construction; the
// eligibility rules read the same records (recognitions/facts.ts employmentRecord) through the same function.
// The records: registrations (10 from reg_date), their cancellations (the reason's status, BR-08), successful
// contacts (the status found), internships (25 from the agreement start), placements (24 while on post; from the
// day after leaving, the status leaving gives: placements/person-flags.ts statusAfterLeaving), and the day the
// person row's status was last set — the latest persons.update audit row that changed 就业状态, else the row's
// updated_at (which any later edit moves on: a later day only keeps a hand-set status out of more past months).
// Stamps are UTC instants; the day is their local date (clock.ts localDate), so a change at 07:30 in UTC+8 is dated
// that day, not the UTC day before.
import { localDate } from '../../clock';
import { addDays } from '../../../../shared/domain/working-days';
import {
  reportedStatusOn,
  type EmploymentRecord,
  type StatusEvent,
} from '../../../../shared/domain/employment-history';
import { CANCEL_STATUS } from '../../../../shared/domain/registration-cancel';
import type { CancelReasonCode } from '../../../../shared/enums/registration-codes';
import { statusAfterLeaving } from '../placements/person-flags';

/** SQL: the records of person `person` (an SQL expression) whose row's updated_at is `updatedAt`, as JSON text. */
export const employmentRecordsSql = (person: string, updatedAt: string): string => `json_object(
  'e', (SELECT json_group_array(json_array(d, s)) FROM (
      SELECT g.reg_date AS d, '10' AS s, 0 AS k FROM registrations g WHERE g.person_id = ${person}
      UNION ALL SELECT g.cancel_date, 'C' || g.cancel_reason, 1 FROM registrations g
        WHERE g.person_id = ${person} AND g.cancel_date IS NOT NULL AND g.cancel_reason IS NOT NULL
      UNION ALL SELECT c.contact_date, c.employment_status_found, 2 FROM registrations g JOIN contacts c ON c.registration_id = g.id
        WHERE g.person_id = ${person} AND c.result = '1' AND c.employment_status_found IS NOT NULL
      UNION ALL SELECT i.agreement_start, '25', 3 FROM internships i WHERE i.person_id = ${person} AND i.deleted_at IS NULL
      ORDER BY 1, 3)),
  'p', (SELECT json_group_array(json_array(pl.start_date, pl.leave_date, pl.leave_reason, pl.id)) FROM placements pl
      WHERE pl.person_id = ${person} AND pl.deleted_at IS NULL),
  's', coalesce((SELECT max(a.at) FROM audit_log a WHERE a.entity = 'person' AND a.entity_id = ${person}
      AND a.channel = 'persons.update' AND a.summary LIKE '%就业状态%'), ${updatedAt}))`;

interface RecordsJson {
  e: [string, string][];
  p: [string, string | null, string | null, string][];
  s: string;
}

/**
 * The record employmentRecordsSql's JSON describes; `current` is the person row's status. `skipPlacement` leaves one
 * placement out (the one being checked or changed).
 */
export function reportedRecord(json: string, current: string, skipPlacement: string | null = null): EmploymentRecord {
  const j = JSON.parse(json) as RecordsJson;
  if (skipPlacement) j.p = j.p.filter((p) => p[3] !== skipPlacement);
  const events: StatusEvent[] = j.e.map(([date, s]) => ({
    date,
    status: s.length === 4 ? (CANCEL_STATUS[s.slice(1) as CancelReasonCode] ?? '99') : s,
  }));
  for (const [, leave, reason] of j.p)
    if (leave && reason) events.push({ date: addDays(leave, 1), status: statusAfterLeaving(reason) });
  const placements = j.p.map(([start, end]) => ({ start, end }));
  return { events, placements, current, currentSetOn: localDate(j.s) };
}

/** E09 status on `date` (capped at `today`) from a row's records JSON and status (reportedStatusOn). */
export const statusOnFromJson = (json: string, current: string, date: string, today: string): string =>
  reportedStatusOn(reportedRecord(json, current), date, today);
