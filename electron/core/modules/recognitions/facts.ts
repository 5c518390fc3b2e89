// The person's records as the pure rules of shared/domain need them (category-checks.ts PersonFacts,
// employment-history.ts, placement-eligibility.ts RecognitionSpan): registrations, dated employment evidence
// (registrations, their cancellations, successful contacts, placements, internships), SV1 referrals and
// household members. Read with cached statements; a person has few rows of each.
import type Database from 'better-sqlite3';
import type { PersonFacts } from '../../../../shared/domain/category-checks';
import type { EmploymentRecord, StatusEvent } from '../../../../shared/domain/employment-history';
import type { RecognitionSpan } from '../../../../shared/domain/placement-eligibility';
import { CANCEL_STATUS } from '../../../../shared/domain/registration-cancel';
import type { CancelReasonCode } from '../../../../shared/enums/registration-codes';
import { isUrbanCode } from '../../../../shared/enums/person-codes';
import { prepared } from '../../db/prepared';
import { householdOf, type PersonRow } from '../persons/queries';

const SV1 = 1;

/** Dated employment evidence; `skipPlacement` leaves one placement out (the one being checked). */
export function employmentRecord(
  db: Database.Database,
  personId: string,
  current: string,
  skipPlacement: string | null = null,
): EmploymentRecord {
  const events: StatusEvent[] = [];
  const regs = prepared(db, 'SELECT reg_date, cancel_date, cancel_reason FROM registrations WHERE person_id = ?').all(
    personId,
  ) as { reg_date: string; cancel_date: string | null; cancel_reason: string | null }[];
  for (const r of regs) {
    events.push({ date: r.reg_date, status: '10' });
    if (r.cancel_date && r.cancel_reason)
      events.push({ date: r.cancel_date, status: CANCEL_STATUS[r.cancel_reason as CancelReasonCode] ?? '99' });
  }
  const found = prepared(
    db,
    `SELECT c.contact_date AS date, c.employment_status_found AS status FROM contacts c
    JOIN registrations r ON r.id = c.registration_id WHERE r.person_id = ? AND c.result = '1' AND c.employment_status_found IS NOT NULL`,
  ).all(personId) as StatusEvent[];
  events.push(...found);
  const interns = prepared(
    db,
    'SELECT agreement_start AS date FROM internships WHERE person_id = ? AND deleted_at IS NULL',
  ).all(personId) as { date: string }[];
  for (const i of interns) events.push({ date: i.date, status: '25' });
  const placements = (
    prepared(db, 'SELECT id, start_date, leave_date FROM placements WHERE person_id = ? AND deleted_at IS NULL').all(
      personId,
    ) as { id: string; start_date: string; leave_date: string | null }[]
  )
    .filter((p) => p.id !== skipPlacement)
    .map((p) => ({ start: p.start_date, end: p.leave_date }));
  return { events, placements, current };
}

export function personFacts(db: Database.Database, p: PersonRow, skipPlacement: string | null = null): PersonFacts {
  const registrations = (
    prepared(db, 'SELECT reg_date, cancel_date FROM registrations WHERE person_id = ? ORDER BY reg_date').all(p.id) as {
      reg_date: string;
      cancel_date: string | null;
    }[]
  ).map((r) => ({ regDate: r.reg_date, cancelDate: r.cancel_date }));
  const referrals = prepared(
    db,
    `SELECT c.contact_date AS date FROM contacts c JOIN registrations r ON r.id = c.registration_id
    WHERE r.person_id = ? AND c.result = '1' AND (c.services & ${SV1}) <> 0`,
  ).all(p.id) as { date: string }[];
  return {
    sex: p.sex,
    birthDate: p.birth_date,
    education: p.education,
    disabilityType: p.disability_type,
    disabilityCertNo: p.disability_cert_no,
    dibao: p.dibao === 1,
    povertyStatus: p.poverty_status,
    registrations,
    employment: employmentRecord(db, p.id, p.employment_status, skipPlacement),
    referrals,
    household: householdOf(db, p.id),
    rural: ruralResident(db, p),
  };
}

/** 城乡属性 on the person, else the residence village's 城乡分类代码 (E05: 1xx 城镇, 2xx 乡村); null = unknown. */
function ruralResident(db: Database.Database, p: PersonRow): boolean | null {
  const code =
    p.urban_rural ??
    (prepared(db, 'SELECT urban_rural_code FROM regions WHERE id = ?').pluck().get(p.residence_region_id) as
      string | null | undefined) ??
    null;
  return code ? !isUrbanCode(code) : null;
}

/** The person's recognitions that were in force at some time (03, or 05 with its exit date). */
export function recognitionSpans(db: Database.Database, personId: string): RecognitionSpan[] {
  return (
    prepared(
      db,
      "SELECT categories, primary_category, recognition_date, exit_date FROM recognitions WHERE person_id = ? AND status IN ('03', '05')",
    ).all(personId) as {
      categories: string;
      primary_category: string;
      recognition_date: string | null;
      exit_date: string | null;
    }[]
  ).map((r) => ({
    categories: r.categories.split(','),
    primaryCategory: r.primary_category,
    recognitionDate: r.recognition_date,
    exitDate: r.exit_date,
  }));
}
