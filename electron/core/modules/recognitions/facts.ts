// The person's records as the pure rules of shared/domain need them (category-checks.ts PersonFacts,
// employment-history.ts, placement-eligibility.ts RecognitionSpan): registrations, dated employment evidence
// (registrations, their cancellations, successful contacts, placements, internships), SV1 referrals and
// household members. Read with cached statements; a person has few rows of each.
import type Database from 'better-sqlite3';
import type { PersonFacts } from '../../../../shared/domain/category-checks';
import type { EmploymentRecord } from '../../../../shared/domain/employment-history';
import type { RecognitionSpan } from '../../../../shared/domain/placement-eligibility';
import { isUrbanCode } from '../../../../shared/enums/person-codes';
import { prepared } from '../../db/prepared';
import { householdOf, type PersonRow } from '../persons/queries';
import { employmentRecordsSql, reportedRecord } from '../reports/employment-status';

const SV1 = 1;

/**
 * Dated employment evidence (reports/employment-status.ts, the records RPT-01/RPT-02 read: leaving a post and a status
 * typed on the person form are dated too); `skipPlacement` leaves one placement out (the one being checked).
 */
export function employmentRecord(
  db: Database.Database,
  personId: string,
  current: string,
  skipPlacement: string | null = null,
): EmploymentRecord {
  const json = prepared(db, `SELECT ${employmentRecordsSql('p.id', 'p.updated_at')} FROM persons p WHERE p.id = ?`)
    .pluck()
    .get(personId) as string | undefined;
  return json ? reportedRecord(json, current, skipPlacement) : { events: [], placements: [], current };
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
