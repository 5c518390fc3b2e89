// SQL of the registrations module (tables of migration 0003).
import type Database from 'better-sqlite3';
import type { ServiceLevel } from '../../../../shared/domain/service-level';
import { prepared } from '../../db/prepared';
import type { RowStamps } from '../../db/stamp';
import { insertRow, updateRow } from '../../db/update-row';

export interface RegistrationRow extends RowStamps {
  id: string;
  person_id: string;
  reg_date: string;
  reg_place_id: string;
  reason: string;
  receives_ui: 0 | 1;
  service_level: ServiceLevel;
  job_wish: string;
  job_intent: string | null;
  needs: number;
  responsible_staff: string;
  status: 'active' | 'cancelled';
  cancel_date: string | null;
  cancel_reason: string | null;
  cancel_note: string | null;
  /** CFG-25: the monthly income (fen) of a C03 cancellation; null otherwise (migration 0016). */
  cancel_income: number | null;
  /** BR-08: 告知日期 of the cancellation (migration 0023); null when not recorded. */
  notified_date: string | null;
  /** BR-04: the person's status the registration replaced by 10 (migration 0026); null when it changed none. */
  status_before: string | null;
  // joined from the person and regions
  person_name: string;
  id_number: string;
  birth_date: string;
  retirement_category: 'M60' | 'F55' | 'F50';
  is_difficult: 0 | 1;
  poverty_status: string | null;
  /** The person's E09 status now (persons.employment_status). */
  person_status: string;
  township_name: string | null;
  village_name: string | null;
  reg_place_name: string | null;
}

const SELECT = `SELECT r.*, p.name AS person_name, p.id_number, p.birth_date, p.retirement_category, p.is_difficult, p.poverty_status,
  p.employment_status AS person_status,
  t.name AS township_name, v.name AS village_name, g.name AS reg_place_name
FROM registrations r
JOIN persons p ON p.id = r.person_id
LEFT JOIN regions t ON t.id = p.township_id
LEFT JOIN regions v ON v.id = p.residence_region_id
LEFT JOIN regions g ON g.id = r.reg_place_id`;

export function getRegistrationRow(db: Database.Database, id: string): RegistrationRow | undefined {
  return prepared(db, `${SELECT} WHERE r.id = ?`).get(id) as RegistrationRow | undefined;
}

export function listRegistrationRows(db: Database.Database, personId: string): RegistrationRow[] {
  return prepared(db, `${SELECT} WHERE r.person_id = ? ORDER BY r.reg_date DESC, r.created_at DESC`).all(
    personId,
  ) as RegistrationRow[];
}

export function activeRegistrationOf(
  db: Database.Database,
  personId: string,
): { id: string; reg_date: string } | undefined {
  return prepared(db, "SELECT id, reg_date FROM registrations WHERE person_id = ? AND status = 'active'").get(
    personId,
  ) as { id: string; reg_date: string } | undefined;
}

/**
 * BR-08 / VR-13: an event that gives the person work (上岗 on a post, 留用 after an internship) while an unemployment
 * registration is still active. The registration is not cancelled by itself: the write warns and the screen offers
 * the cancellation (注销原因 被用人单位录用). `after` names the event.
 */
export function openRegistrationWarning(db: Database.Database, personId: string, after: string): string | undefined {
  const r = activeRegistrationOf(db, personId);
  return r && `该人员有有效的失业登记（${r.reg_date} 登记），${after}后请按规定办理注销失业登记`;
}

/** The person's registration whose span (reg_date..cancel_date) holds `date`. */
export function registrationOnDate(db: Database.Database, personId: string, date: string): { id: string } | undefined {
  return prepared(
    db,
    'SELECT id FROM registrations WHERE person_id = ? AND reg_date <= ? AND (cancel_date IS NULL OR cancel_date >= ?) ORDER BY reg_date DESC LIMIT 1',
  ).get(personId, date, date) as { id: string } | undefined;
}

/** Other registrations of the person (for "no overlapping registrations"). */
export function otherRegistrations(
  db: Database.Database,
  personId: string,
  selfId: string | null,
): { id: string; reg_date: string; cancel_date: string | null }[] {
  return prepared(
    db,
    'SELECT id, reg_date, cancel_date FROM registrations WHERE person_id = ? AND id IS NOT ? ORDER BY reg_date',
  ).all(personId, selfId) as { id: string; reg_date: string; cancel_date: string | null }[];
}

export interface RegistrationWrite {
  reg_date: string;
  reg_place_id: string;
  reason: string;
  receives_ui: 0 | 1;
  job_wish: string;
  job_intent: string | null;
  needs: number;
  responsible_staff: string;
}

const WRITE_COLUMNS: readonly (keyof RegistrationWrite)[] = [
  'reg_date',
  'reg_place_id',
  'reason',
  'receives_ui',
  'job_wish',
  'job_intent',
  'needs',
  'responsible_staff',
];

export function insertRegistration(
  db: Database.Database,
  id: string,
  personId: string,
  w: RegistrationWrite,
  level: ServiceLevel,
  by: string,
  at: string,
): void {
  const row = { ...w, person_id: personId, service_level: level };
  insertRow(db, 'registrations', id, row, by, at, ['person_id', ...WRITE_COLUMNS, 'service_level']);
}

export function updateRegistration(
  db: Database.Database,
  id: string,
  w: RegistrationWrite,
  by: string,
  at: string,
): void {
  updateRow(db, 'registrations', id, w, by, at, WRITE_COLUMNS);
}

export function touchRegistration(
  db: Database.Database,
  id: string,
  set: { job_wish?: string; needs?: number; service_level?: ServiceLevel },
  by: string,
  at: string,
): void {
  updateRow(db, 'registrations', id, set, by, at);
}

export function cancelRegistration(
  db: Database.Database,
  id: string,
  date: string,
  reason: string,
  note: string | null,
  income: number | null,
  notified: string | null,
  by: string,
  at: string,
): void {
  const row = {
    status: 'cancelled',
    cancel_date: date,
    cancel_reason: reason,
    cancel_note: note,
    cancel_income: income,
    notified_date: notified,
  };
  updateRow(db, 'registrations', id, row, by, at);
}

export interface LevelChangeRow {
  id: string;
  seq: number;
  change_date: string;
  from_level: ServiceLevel | null;
  to_level: ServiceLevel;
  suggested_level: ServiceLevel | null;
  reason: string;
  source: 'create' | 'override' | 'contact';
  contact_id: string | null;
  created_at: string;
  created_by: string;
}

/** Newest first. */
export function listLevelChanges(db: Database.Database, registrationId: string): LevelChangeRow[] {
  return prepared(db, 'SELECT * FROM service_level_changes WHERE registration_id = ? ORDER BY seq DESC').all(
    registrationId,
  ) as LevelChangeRow[];
}

export function insertLevelChange(
  db: Database.Database,
  c: Omit<LevelChangeRow, 'seq'> & { registration_id: string },
): void {
  prepared(
    db,
    `INSERT INTO service_level_changes (id, registration_id, seq, change_date, from_level, to_level, suggested_level, reason, source, contact_id,
       created_at, created_by)
     VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM service_level_changes WHERE registration_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.id,
    c.registration_id,
    c.registration_id,
    c.change_date,
    c.from_level,
    c.to_level,
    c.suggested_level,
    c.reason,
    c.source,
    c.contact_id,
    c.created_at,
    c.created_by,
  );
}

interface ContactSummary {
  n: number;
  first: string | null;
  last: string | null;
  last_ok: string | null;
  next: string | null;
}

export function contactSummary(db: Database.Database, registrationId: string): ContactSummary {
  return prepared(
    db,
    `SELECT count(*) AS n, min(contact_date) AS first, max(contact_date) AS last,
       max(CASE WHEN result = '1' THEN contact_date END) AS last_ok,
       (SELECT next_contact_date FROM contacts WHERE registration_id = $id ORDER BY contact_date DESC, created_at DESC LIMIT 1) AS next
     FROM contacts WHERE registration_id = $id`,
  ).get({ id: registrationId }) as ContactSummary;
}

/** BR-09 / CFG-22: the successful contacts of a registration dated in [from, to] (index contacts_registration). */
export function successfulContactsIn(
  db: Database.Database,
  registrationId: string,
  from: string,
  to: string,
): { contactDate: string; method: string; result: string }[] {
  return prepared(
    db,
    `SELECT contact_date AS contactDate, method, result FROM contacts
     WHERE registration_id = ? AND contact_date BETWEEN ? AND ? AND result = '1'`,
  ).all(registrationId, from, to) as { contactDate: string; method: string; result: string }[];
}
