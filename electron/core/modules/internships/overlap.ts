// VR-13 / BR-28 in both directions: an internship may not overlap a placement on a 公益性岗位, and a placement may
// not overlap an internship. The placements module calls assertNoInternshipFor from its VR-13 hook.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract';
import { prepared } from '../../db/prepared';
import { INTERNSHIP_PERIOD_END, internshipMeetsSql } from './period-sql';

const OPEN = '9999-12-31';

/** The person's live internship whose period [agreement_start, end_date or agreement_end] meets [start, end or open]. */
export function overlappingInternship(
  db: Database.Database,
  personId: string,
  start: string,
  end: string | null,
  selfId: string | null = null,
): { id: string; host_name: string; agreement_start: string; period_end: string } | undefined {
  // internshipMeetsSql('?', '?') takes the end of [start, end] first, then its start.
  return prepared(
    db,
    `SELECT i.id, e.name AS host_name, i.agreement_start, ${INTERNSHIP_PERIOD_END} AS period_end
    FROM internships i JOIN employers e ON e.id = i.host_id
    WHERE i.person_id = ? AND i.deleted_at IS NULL AND i.id IS NOT ? AND ${internshipMeetsSql('?', '?')}
    ORDER BY i.agreement_start LIMIT 1`,
  ).get(personId, selfId, end ?? OPEN, start) as
    { id: string; host_name: string; agreement_start: string; period_end: string } | undefined;
}

/** For placements (VR-13, BR-28): refuses a placement period that meets one of the person's internships. */
export function assertNoInternshipFor(
  db: Database.Database,
  personId: string,
  start: string,
  end: string | null,
): void {
  const clash = overlappingInternship(db, personId, start, end);
  if (!clash) return;
  const msg = `该人员 ${clash.agreement_start} 至 ${clash.period_end} 在“${clash.host_name}”参加就业见习，与本次安置时间重叠；见习期间不能安置到公益性岗位`;
  throw ruleViolation(msg, { startDate: msg }, { rule: 'VR-13', overridable: false, existingId: clash.id });
}
