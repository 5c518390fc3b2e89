// BR-06 (second half), the 待就业援助 work list (recognitionWorklists.assistanceDue, shared/contract/recognitions.ts):
// recognitions in force (03) whose person has had no employment assistance for recognition.assistanceMonths (3)
// completed months (shared/domain/employment-assistance.ts). With @cutoff the last day leaving those months to
// @today (completedMonthsCutoff), a recognition is listed when
//   - it was recognised on or before @cutoff (no date known, a 补录 of long ago: judged too), and
//   - no successful contact (E13 1) of the person, on any of their registrations, has SV7 among its services and is
//     dated after @cutoff and on or before @today, and
//   - no placement of the person (not deleted) was on post on a day after @cutoff: started on or before @today and not
//     left by then (leave_date, the last day on post, after @cutoff or none).
// An unsuccessful contact, another service, an internship or a training class is not employment assistance here.
// worklists.ts leaves out the recognitions on 应退出 (market employment, registration cancelled): those are to end.
// These are the SQL pieces (aliases r recognitions, p persons); worklists.ts pages and counts them like its other lists.
import type Database from 'better-sqlite3';
import type { AssistanceDueItem, RecognitionListItem } from '../../../../shared/contract/recognitions';
import { completedMonthsCutoff } from '../../../../shared/domain/contact-due';
import { daysBetween } from '../../../../shared/domain/working-days';
import { maskPhoneOrNull } from '../../../../shared/domain/masking';
import { serviceBit } from '../registrations/service-mask';
import { assistanceMonthsOn } from './config';
import type { ListRow } from './queries';

/** The person's contacts on any registration (alias k), dated on or before today. */
const CONTACTS = `registrations g JOIN contacts k ON k.registration_id = g.id
  WHERE g.person_id = r.person_id AND k.contact_date <= @today`;
/** … the successful ones that gave SV7 就业援助. */
const SV7_CONTACTS = `${CONTACTS} AND k.result = '1' AND (k.services & ${serviceBit('SV7')}) <> 0`;
/** The person's placements started by today (alias pl), and the last day on post of each (today while on post). */
const PLACEMENTS = `placements pl WHERE pl.person_id = r.person_id AND pl.deleted_at IS NULL AND pl.start_date <= @today`;
const POST_DAY = 'min(coalesce(pl.leave_date, @today), @today)';

const LAST_SV7 = `(SELECT max(k.contact_date) FROM ${SV7_CONTACTS})`;
const LAST_POST_DAY = `(SELECT max(${POST_DAY}) FROM ${PLACEMENTS})`;

export const ASSISTANCE_DUE = `r.status = '03' AND coalesce(r.recognition_date, '') <= @cutoff
  AND NOT EXISTS (SELECT 1 FROM ${SV7_CONTACTS} AND k.contact_date > @cutoff)
  AND NOT EXISTS (SELECT 1 FROM ${PLACEMENTS} AND ${POST_DAY} > @cutoff)`;

/** Longest without assistance first: the later of the recognition date and the last assistance, oldest first. */
export const ASSISTANCE_ORDER = `max(coalesce(r.recognition_date, ''), coalesce(${LAST_SV7}, ''), coalesce(${LAST_POST_DAY}, '')), r.id`;

/** The list's own columns (after LIST_COLUMNS). */
export const ASSISTANCE_COLUMNS = `(SELECT a.id FROM registrations a WHERE a.person_id = r.person_id AND a.status = 'active') AS active_registration_id,
  p.phone, ${LAST_SV7} AS last_sv7, ${LAST_POST_DAY} AS last_post_day,
  (SELECT max(k.contact_date) FROM ${CONTACTS}) AS last_contact`;

export interface AssistanceRow extends ListRow {
  active_registration_id: string | null;
  phone: string | null;
  last_sv7: string | null;
  last_post_day: string | null;
  last_contact: string | null;
}

/** The parameter the SQL above needs besides @today: the cutoff of the months in force today. */
export const assistanceParams = (db: Database.Database, today: string) => ({
  cutoff: completedMonthsCutoff(today, assistanceMonthsOn(db, today)),
});

/** A list row: the recognition's columns and the person's assistance. */
export function toAssistanceItem(r: AssistanceRow, base: RecognitionListItem, today: string): AssistanceDueItem {
  const since = [r.recognition_date, r.last_sv7, r.last_post_day].reduce<string | null>(
    (a, b) => (b && (!a || b > a) ? b : a),
    null,
  );
  return {
    ...base,
    registrationId: r.active_registration_id,
    phoneMasked: maskPhoneOrNull(r.phone),
    lastAssistanceServiceDate: r.last_sv7,
    lastPostDay: r.last_post_day,
    lastContactDate: r.last_contact,
    daysWithoutAssistance: since ? daysBetween(since, today) : null,
  };
}
