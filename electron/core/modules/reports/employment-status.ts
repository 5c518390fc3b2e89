// The dated employment records of a person as one JSON value read inside a report's own statement (one row per
// person, streamed), and the status on the report's date from them (shared/domain/employment-history.ts
// reportedStatusOn): RPT-01 当前就业状态 and RPT-02 col 18 read it the same way, so they agree by construction; the
// eligibility rules read the same records (recognitions/facts.ts employmentRecord) through the same function.
// The records: registrations (10 from reg_date), their cancellations (the reason's status, BR-08), successful
// contacts (the status found), internships (25 from the agreement start; from the day after an ended one, 21 if the
// host kept the intern, else 10, as internships.end sets the row), placements (24 while on post; from the
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
import { EMPLOYED_STATUSES, isEmployedStatus } from '../../../../shared/domain/employment-history';
import type { CancelReasonCode } from '../../../../shared/enums/registration-codes';
import { LEAVE_REASON_CODES } from '../../../../shared/enums/post-codes';
import { statusAfterInternship } from '../internships/person-flags';
import { statusAfterLeaving } from '../placements/person-flags';

/** A successful contact (result 1 always holds the status found: a CHECK) of registration g, as date || E09. */
const latestContact = (bound: string) => `(SELECT c.contact_date || c.employment_status_found FROM contacts c
    WHERE c.registration_id = g.id AND c.result = '1'${bound} ORDER BY c.contact_date DESC LIMIT 1)`;

/**
 * SQL: the records of person `person` (an SQL expression) whose row's updated_at is `updatedAt`, as JSON text.
 * With `day` (an SQL expression: a report's date) they answer the status on that day only: of the contacts
 * (a person has one a month; reading them all made RPT-01/RPT-02 several times slower), per registration the latest
 * on or before it, and only the date of the latest after it, with the status '?' — a record after the day keeps a
 * hand-set status out of the day (employmentStatusOn dates it no earlier than the last record), so what that contact
 * found cannot decide the day. Each table is read once per person, unsorted (reportedRecord orders the events).
 */
export const employmentRecordsSql = (person: string, updatedAt: string, day: string | null = null): string => {
  const contacts = day
    ? `, ${latestContact(` AND c.contact_date <= ${day}`)}, (SELECT max(c.contact_date) || '?' FROM contacts c
        WHERE c.registration_id = g.id AND c.result = '1' AND c.contact_date > ${day})`
    : `, (SELECT json_group_array(c.contact_date || c.employment_status_found) FROM contacts c
        WHERE c.registration_id = g.id AND c.result = '1')`;
  return `json_object(
  'g', (SELECT json_group_array(json_array(g.reg_date, g.cancel_date, g.cancel_reason${contacts})) FROM registrations g
      WHERE g.person_id = ${person}),
  'i', (SELECT json_group_array(json_array(i.agreement_start, i.end_date, i.retained)) FROM internships i
      WHERE i.person_id = ${person} AND i.deleted_at IS NULL),
  'p', (SELECT json_group_array(json_array(pl.start_date, pl.leave_date, pl.leave_reason, pl.id)) FROM placements pl
      WHERE pl.person_id = ${person} AND pl.deleted_at IS NULL),
  's', coalesce((SELECT max(a.at) FROM audit_log a WHERE a.entity = 'person' AND a.entity_id = ${person}
      AND a.channel = 'persons.update' AND a.summary LIKE '%就业状态%'), ${updatedAt}))`;
};

const list = (codes: readonly string[]) => `(${codes.map((c) => `'${c}'`).join(', ')})`;
/** E11 reasons whose cancellation dates an employed status (CANCEL_STATUS). */
const EMPLOYED_REASONS = Object.entries(CANCEL_STATUS)
  .filter(([, status]) => isEmployedStatus(status))
  .map(([reason]) => reason);

/** E19 reasons whose leaving dates an employed status (statusAfterLeaving: other employment). */
const EMPLOYED_LEAVE_REASONS = LEAVE_REASON_CODES.filter((reason) => isEmployedStatus(statusAfterLeaving(reason)));

/**
 * SQL: whether the records of person `person` with row status `status` can give an employed status (E09 21–24) on
 * `day` (an SQL expression): the row's own status (a hand-set one, or the only knowledge without records), or a dated
 * record of employment — a placement covering the day (24) or left before it for other work (21), an internship kept
 * by its host and ended before it (21), a cancellation for employment or a contact that found employment dated on or
 * before it. A person without any of them is not employed on `day` (employmentStatusOn: a record dated later, a
 * placement left for another reason, a registration or an internship not kept never gives an employed status on it):
 * RPT-02 reads the records of the others only.
 */
export const mayBeEmployedSql = (
  person: string,
  status: string,
  day: string,
): string => `(${status} IN ${list(EMPLOYED_STATUSES)}
  OR EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = ${person} AND pl.deleted_at IS NULL AND pl.start_date <= ${day}
    AND (pl.leave_date IS NULL OR pl.leave_date >= ${day} OR pl.leave_reason IN ${list(EMPLOYED_LEAVE_REASONS)}))
  OR EXISTS (SELECT 1 FROM internships i WHERE i.person_id = ${person} AND i.deleted_at IS NULL AND i.retained = 1
    AND i.end_date < ${day})
  OR EXISTS (SELECT 1 FROM registrations g WHERE g.person_id = ${person}
    AND (g.cancel_reason IN ${list(EMPLOYED_REASONS)} AND g.cancel_date <= ${day}
      OR EXISTS (SELECT 1 FROM contacts c WHERE c.registration_id = g.id AND c.result = '1'
        AND c.employment_status_found IN ${list(EMPLOYED_STATUSES.filter((s) => s !== '24'))} AND c.contact_date <= ${day}))))`;

/**
 * SQL: whether person `person` is on a public-welfare post on `day` (a placement covering it): 24 on that day
 * whatever the other records say (employmentStatusOn), so its records need not be read.
 */
export const onPostSql = (person: string, day: string): string => `EXISTS (SELECT 1 FROM placements pl
    WHERE pl.person_id = ${person} AND pl.deleted_at IS NULL AND pl.start_date <= ${day}
      AND (pl.leave_date IS NULL OR pl.leave_date >= ${day}))`;

interface RecordsJson {
  /** Registrations: reg_date, cancel_date, cancel_reason, then contacts as date || status (a list without `day`). */
  g: [string, string | null, string | null, ...(string | string[] | null)[]][];
  /** Internships: agreement_start, end_date (null while running), retained (0/1). */
  i: [string, string | null, 0 | 1][];
  p: [string, string | null, string | null, string][];
  s: string;
}

/**
 * Events in the order employmentStatusOn breaks a tie of dates by (the later wins): registration, cancellation,
 * contact, internship start, internship end.
 */
const KIND = { registered: 0, cancelled: 1, contact: 2, internship: 3, internshipEnded: 4 } as const;

/**
 * The record employmentRecordsSql's JSON describes; `current` is the person row's status. `skipPlacement` leaves one
 * placement out (the one being checked or changed).
 */
export function reportedRecord(json: string, current: string, skipPlacement: string | null = null): EmploymentRecord {
  const j = JSON.parse(json) as RecordsJson;
  if (skipPlacement) j.p = j.p.filter((p) => p[3] !== skipPlacement);
  const kinds: (StatusEvent & { k: number })[] = [];
  const contact = (c: string) => kinds.push({ date: c.slice(0, 10), status: c.slice(10), k: KIND.contact });
  for (const [reg, cancel, reason, ...found] of j.g) {
    kinds.push({ date: reg, status: '10', k: KIND.registered });
    if (cancel && reason)
      kinds.push({ date: cancel, status: CANCEL_STATUS[reason as CancelReasonCode] ?? '99', k: KIND.cancelled });
    for (const c of found)
      if (Array.isArray(c)) c.forEach(contact);
      else if (c) contact(c);
  }
  for (const [start, end, retained] of j.i) {
    kinds.push({ date: start, status: '25', k: KIND.internship });
    // The day after the end, as a placement's leave: the intern was 见习中 on the end date itself.
    if (end) kinds.push({ date: addDays(end, 1), status: statusAfterInternship(retained), k: KIND.internshipEnded });
  }
  const events: StatusEvent[] = kinds.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.k - y.k));
  for (const [, leave, reason] of j.p)
    if (leave && reason) events.push({ date: addDays(leave, 1), status: statusAfterLeaving(reason) });
  const placements = j.p.map(([start, end]) => ({ start, end }));
  return { events, placements, current, currentSetOn: localDate(j.s) };
}

/**
 * E09 status on `date` (capped at `today`) from a row's records JSON and status (reportedStatusOn); records read with
 * a `day` answer that day only (employmentRecordsSql), which must be the same day.
 */
export const statusOnFromJson = (json: string, current: string, date: string, today: string): string =>
  reportedStatusOn(reportedRecord(json, current), date, today);
