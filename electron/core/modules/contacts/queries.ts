// SQL of the contacts module (table contacts of migration 0003).
import type Database from 'better-sqlite3';
import type { ContactDetail } from '../../../../shared/contract/contacts';
import type {
  CancelReasonCode,
  ContactMethodCode,
  ContactResultCode,
  JobWishCode,
} from '../../../../shared/enums/registration-codes';
import type { ServiceLevel } from '../../../../shared/domain/service-level';
import type { EmploymentStatusCode } from '../../../../shared/enums';
import { prepared } from '../../db/prepared';
import { savedStampsOf, type RowStamps } from '../../db/stamp';
import { insertRow, updateRow } from '../../db/update-row';
import { fromMask } from '../registrations/service-mask';

export interface ContactRow extends RowStamps {
  id: string;
  registration_id: string;
  person_id: string; // joined from the registration
  contact_date: string;
  method: string;
  result: string;
  employment_status_found: string | null;
  employer_or_activity: string | null;
  job_wish: string | null;
  needs: number;
  services: number;
  jobs_recommended: number | null;
  next_contact_date: string | null;
  staff: string;
  suggest_cancel: 0 | 1;
  suggest_reason: string | null;
  service_result: string | null;
  remark: string | null;
  training_class_id: string | null;
  suggested_level: ServiceLevel | null;
}

export type ContactWrite = Omit<
  ContactRow,
  'id' | 'registration_id' | 'person_id' | 'suggested_level' | 'created_at' | 'updated_at' | 'created_by' | 'updated_by'
>;

const WRITE_COLUMNS: readonly (keyof ContactWrite)[] = [
  'contact_date',
  'method',
  'result',
  'employment_status_found',
  'employer_or_activity',
  'job_wish',
  'needs',
  'services',
  'jobs_recommended',
  'next_contact_date',
  'staff',
  'suggest_cancel',
  'suggest_reason',
  'service_result',
  'remark',
  'training_class_id',
];

/** Every column of contacts (tests/core/contacts-soft-delete.test.ts keeps it equal to the table's). */
export const CONTACT_COLUMNS: readonly string[] = [
  'id',
  'registration_id',
  ...WRITE_COLUMNS,
  'suggested_level',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
];

/** A deleted contact (migration 0022: moved to deleted_contacts with who deleted it and when). */
interface DeletedContactRow extends ContactRow {
  deleted_at: string;
  deleted_by: string;
  /** JSON array of the service_level_changes ids that named the contact. */
  level_changes: string;
}

const SELECT = 'SELECT c.*, r.person_id FROM contacts c JOIN registrations r ON r.id = c.registration_id';
const NEWEST_FIRST = 'ORDER BY c.contact_date DESC, c.created_at DESC';
const COLUMN_LIST = CONTACT_COLUMNS.join(', ');

/** The columns of a contact, live or deleted, for a list holding both (deleted_*: NULL for a live one). */
const listed = (table: 'contacts' | 'deleted_contacts') =>
  `SELECT ${CONTACT_COLUMNS.map((k) => `c.${k}`).join(', ')}, r.person_id,
  ${table === 'contacts' ? 'NULL AS deleted_at, NULL AS deleted_by' : 'c.deleted_at, c.deleted_by'}
  FROM ${table} c JOIN registrations r ON r.id = c.registration_id WHERE c.registration_id = ?`;

export function getContactRow(db: Database.Database, id: string): ContactRow | undefined {
  return prepared(db, `${SELECT} WHERE c.id = ?`).get(id) as ContactRow | undefined;
}

export function getDeletedContactRow(db: Database.Database, id: string): DeletedContactRow | undefined {
  return prepared(
    db,
    'SELECT c.*, r.person_id FROM deleted_contacts c JOIN registrations r ON r.id = c.registration_id WHERE c.id = ?',
  ).get(id) as DeletedContactRow | undefined;
}

/** Newest first; with `deleted`, the deleted ones among them. */
export function listContactRows(db: Database.Database, registrationId: string, deleted = false): ContactRow[] {
  if (!deleted)
    return prepared(db, `${SELECT} WHERE c.registration_id = ? ${NEWEST_FIRST}`).all(registrationId) as ContactRow[];
  return prepared(
    db,
    `SELECT * FROM (${listed('contacts')} UNION ALL ${listed('deleted_contacts')}) AS c ${NEWEST_FIRST}`,
  ).all(registrationId, registrationId) as ContactRow[];
}

export function insertContact(
  db: Database.Database,
  id: string,
  registrationId: string,
  w: ContactWrite,
  by: string,
  at: string,
): void {
  insertRow(db, 'contacts', id, { ...w, registration_id: registrationId }, by, at, [
    'registration_id',
    ...WRITE_COLUMNS,
  ]);
}

export function updateContact(db: Database.Database, id: string, w: ContactWrite, by: string, at: string): void {
  updateRow(db, 'contacts', id, w, by, at, WRITE_COLUMNS);
}

export function setSuggestedLevel(db: Database.Database, id: string, level: ServiceLevel | null): void {
  prepared(db, 'UPDATE contacts SET suggested_level = ? WHERE id = ?').run(level, id);
}

/**
 * Moves the contact to deleted_contacts (migration 0022): every reader of contacts sees it gone, as after the hard
 * delete it replaces; the level changes that named it lose the link (ON DELETE SET NULL), which is kept to restore.
 */
export function deleteContact(db: Database.Database, id: string, by: string, at: string): void {
  prepared(
    db,
    `INSERT INTO deleted_contacts (${COLUMN_LIST}, deleted_at, deleted_by, level_changes)
     SELECT ${COLUMN_LIST}, ?, ?, (SELECT json_group_array(id) FROM service_level_changes WHERE contact_id = ?)
     FROM contacts WHERE id = ?`,
  ).run(at, by, id, id);
  prepared(db, 'DELETE FROM contacts WHERE id = ?').run(id);
}

/** Moves a deleted contact back (stamped as updated by `by` at `at`) and links its level changes to it again. */
export function restoreContact(db: Database.Database, id: string, by: string, at: string): void {
  const stamped = CONTACT_COLUMNS.map((k) => (k === 'updated_at' || k === 'updated_by' ? '?' : k));
  prepared(
    db,
    `INSERT INTO contacts (${COLUMN_LIST}) SELECT ${stamped.join(', ')} FROM deleted_contacts WHERE id = ?`,
  ).run(at, by, id);
  prepared(
    db,
    `UPDATE service_level_changes SET contact_id = ?
     WHERE id IN (SELECT value FROM json_each((SELECT level_changes FROM deleted_contacts WHERE id = ?))) AND contact_id IS NULL`,
  ).run(id, id);
  prepared(db, 'DELETE FROM deleted_contacts WHERE id = ?').run(id);
}

/** Another contact of the registration dated after `date` (then this one is not its latest). */
export function hasLaterContact(db: Database.Database, registrationId: string, date: string, selfId: string): boolean {
  return !!prepared(
    db,
    'SELECT 1 FROM contacts WHERE registration_id = ? AND contact_date > ? AND id <> ? LIMIT 1',
  ).get(registrationId, date, selfId);
}

/** Another successful contact of the person, in any of their registrations, dated after `date`. */
export function hasLaterSuccess(db: Database.Database, personId: string, date: string, selfId: string): boolean {
  return !!prepared(
    db,
    `SELECT 1 FROM contacts c JOIN registrations r ON r.id = c.registration_id
     WHERE r.person_id = ? AND c.result = '1' AND c.contact_date > ? AND c.id <> ? LIMIT 1`,
  ).get(personId, date, selfId);
}

export function toContactDetail(r: ContactRow): ContactDetail {
  return {
    id: r.id,
    registrationId: r.registration_id,
    personId: r.person_id,
    contactDate: r.contact_date,
    method: r.method as ContactMethodCode,
    result: r.result as ContactResultCode,
    employmentStatusFound: r.employment_status_found as EmploymentStatusCode | null,
    employerOrActivity: r.employer_or_activity,
    jobWish: r.job_wish as JobWishCode | null,
    needs: fromMask(r.needs),
    services: fromMask(r.services),
    jobsRecommended: r.jobs_recommended,
    nextContactDate: r.next_contact_date,
    staff: r.staff,
    suggestCancel: r.suggest_cancel === 1,
    suggestReason: r.suggest_reason as CancelReasonCode | null,
    serviceResult: r.service_result,
    remark: r.remark,
    suggestedLevel: r.suggested_level,
    trainingClassId: r.training_class_id,
    ...savedStampsOf(r),
    deletedAt: (r as Partial<DeletedContactRow>).deleted_at ?? null,
    deletedBy: (r as Partial<DeletedContactRow>).deleted_by ?? null,
  };
}
