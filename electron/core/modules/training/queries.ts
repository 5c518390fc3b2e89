// SQL of training classes and trainees (DOMAIN §11.1).
import type Database from 'better-sqlite3';
import type {
  CertificateCode,
  ClassStatusCode,
  TraineeCategoryCode,
  TrainingResultCode,
  TrainingTypeCode,
} from '../../../../shared/enums/training-codes';
import { prepared } from '../../db/prepared';

export interface ClassRow {
  id: string;
  code: string;
  provider_id: string;
  provider_name: string;
  occupation: string;
  occupation_reason: string | null;
  training_type: TrainingTypeCode;
  target_certificate: CertificateCode;
  start_date: string;
  end_date: string;
  hours: number;
  township_id: string;
  township_name: string;
  location: string;
  capacity: number;
  funding: string | null;
  status: ClassStatusCode;
  filed_date: string | null;
  opened_date: string | null;
  closed_date: string | null;
  cancel_reason: string | null;
  remark: string | null;
  enrolled: number;
}

export const CLASS_SELECT = `SELECT c.*, e.name AS provider_name, coalesce(t.name, '') AS township_name,
  (SELECT count(*) FROM training_enrolments x WHERE x.class_id = c.id) AS enrolled
  FROM training_classes c JOIN employers e ON e.id = c.provider_id LEFT JOIN regions t ON t.id = c.township_id`;

export function getClass(db: Database.Database, id: string): ClassRow | undefined {
  return prepared(db, `${CLASS_SELECT} WHERE c.id = ?`).get(id) as ClassRow | undefined;
}

export interface EnrolmentRow {
  id: string;
  class_id: string;
  person_id: string;
  person_name: string;
  id_number: string;
  category: TraineeCategoryCode;
  category_note: string | null;
  graduation_date: string | null;
  enrol_date: string;
  attended_hours: number | null;
  result: TrainingResultCode | null;
  cert_type: CertificateCode | null;
  cert_no: string | null;
  cert_date: string | null;
  standard_fen: number;
  subsidy_fen: number;
  living_fen: number;
  employed_date: string | null;
  employed_unit: string | null;
  employed_status: string | null;
  /** The ordinary 培训补贴 roster item, its roster's status and month. */
  item_id: string | null;
  batch_status: string | null;
  batch_month: string | null;
}

const ENROLMENT_SELECT = `SELECT te.*, pe.name AS person_name, pe.id_number, i.id AS item_id, b.status AS batch_status, b.month AS batch_month
  FROM training_enrolments te JOIN persons pe ON pe.id = te.person_id
  LEFT JOIN subsidy_batch_items i ON i.enrolment_id = te.id AND i.adjusts_item_id IS NULL
  LEFT JOIN subsidy_batches b ON b.id = i.batch_id`;

export function classEnrolments(db: Database.Database, classId: string): EnrolmentRow[] {
  return prepared(db, `${ENROLMENT_SELECT} WHERE te.class_id = ? ORDER BY te.enrol_date, te.id`).all(
    classId,
  ) as EnrolmentRow[];
}

export function getEnrolment(db: Database.Database, id: string): EnrolmentRow | undefined {
  return prepared(db, `${ENROLMENT_SELECT} WHERE te.id = ?`).get(id) as EnrolmentRow | undefined;
}

/** Earlier subsidised trainings of a person: enrolments on an ordinary 培训补贴 roster, other than `except`. */
export function priorSubsidies(
  db: Database.Database,
  personId: string,
  except: string,
): { occupation: string; certificate: CertificateCode; year: string }[] {
  return prepared(
    db,
    `SELECT c.occupation, te.cert_type AS certificate, substr(c.end_date, 1, 4) AS year
     FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id
     JOIN subsidy_batch_items i ON i.enrolment_id = te.id AND i.adjusts_item_id IS NULL
     WHERE te.person_id = ? AND te.id <> ?`,
  ).all(personId, except) as { occupation: string; certificate: CertificateCode; year: string }[];
}

interface PersonEnrolmentRow {
  id: string;
  class_id: string;
  code: string;
  occupation: string;
  enrol_date: string;
  class_status: ClassStatusCode;
  result: TrainingResultCode | null;
}

/** The person's enrolments with 报名日期 in [from, to] (to null: open), newest first (BR-39 contact history). */
export function enrolmentsDatedIn(
  db: Database.Database,
  personId: string,
  from: string,
  to: string | null,
): PersonEnrolmentRow[] {
  return prepared(
    db,
    `SELECT te.id, te.class_id, c.code, c.occupation, te.enrol_date, c.status AS class_status, te.result
     FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id
     WHERE te.person_id = ? AND te.enrol_date >= ? AND (? IS NULL OR te.enrol_date <= ?)
     ORDER BY te.enrol_date DESC, c.code DESC`,
  ).all(personId, from, to, to) as PersonEnrolmentRow[];
}
