// SQL of the internships module (table of migration 0005).
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import type { RowStamps } from '../../db/stamp';
import { rowInserter, rowPatcher, updateRow } from '../../db/update-row';
import { personSearchSql } from '../persons/list-sql';
import { INTERNSHIP_PERIOD_END } from './period-sql';

export interface InternshipRow extends RowStamps {
  id: string;
  person_id: string;
  host_id: string;
  position: string;
  intern_type: '1' | '2' | '9';
  school: string | null;
  major: string | null;
  degree: string | null;
  graduation_date: string | null;
  agreement_start: string;
  agreement_end: string;
  allowance_standard: number;
  allowance_source: 'default' | 'custom';
  min_wage_fen: number;
  host_allowance: number;
  insurance_policy: string;
  status: 'active' | 'ended';
  end_date: string | null;
  end_type: string | null;
  end_note: string | null;
  retained: 0 | 1;
  retained_date: string | null;
  contract_years: number | null;
  status_before: string | null;
  remark: string | null;
  other_type_note: string | null;
  deleted_at: string | null;
  person_name: string;
  id_number: string;
  host_name: string;
}

const SELECT = `SELECT i.*, p.name AS person_name, p.id_number, e.name AS host_name
  FROM internships i JOIN persons p ON p.id = i.person_id JOIN employers e ON e.id = i.host_id`;

export function getInternshipRow(db: Database.Database, id: string): InternshipRow | undefined {
  return prepared(db, `${SELECT} WHERE i.id = ?`).get(id) as InternshipRow | undefined;
}

export type InternshipWrite = Omit<
  InternshipRow,
  | 'id'
  | 'created_at'
  | 'updated_at'
  | 'created_by'
  | 'updated_by'
  | 'deleted_at'
  | 'person_name'
  | 'id_number'
  | 'host_name'
  | 'status'
  | 'end_date'
  | 'end_type'
  | 'end_note'
  | 'retained'
  | 'retained_date'
  | 'contract_years'
>;

export const insertInternship = rowInserter<InternshipWrite>('internships');
/** A correction, a soft delete (deleted_at) or a restore of one internship (internships/edit.ts). */
export const patchInternship = rowPatcher('internships');

interface EndWrite {
  end_date: string;
  end_type: string;
  end_note: string | null;
  retained: 0 | 1;
  retained_date: string | null;
  contract_years: number | null;
}

const END_COLUMNS: readonly (keyof EndWrite)[] = [
  'end_date',
  'end_type',
  'end_note',
  'retained',
  'retained_date',
  'contract_years',
];

export function endInternshipRow(db: Database.Database, id: string, w: EndWrite, by: string, at: string): void {
  updateRow(db, 'internships', id, { status: 'ended', ...w }, by, at, ['status', ...END_COLUMNS]);
}

/** The person's live internships with their period end (actual end or planned end). */
export function personInternships(
  db: Database.Database,
  personId: string,
): { id: string; host_name: string; agreement_start: string; period_end: string; status: string }[] {
  return prepared(
    db,
    `SELECT i.id, e.name AS host_name, i.agreement_start, ${INTERNSHIP_PERIOD_END} AS period_end, i.status
    FROM internships i JOIN employers e ON e.id = i.host_id WHERE i.person_id = ? AND i.deleted_at IS NULL ORDER BY i.agreement_start`,
  ).all(personId) as { id: string; host_name: string; agreement_start: string; period_end: string; status: string }[];
}

/** Live placements (公益性岗位) of the person meeting [start, end] (VR-13). */
export function overlappingPlacement(
  db: Database.Database,
  personId: string,
  start: string,
  end: string,
): { id: string; start_date: string; leave_date: string | null; post_title: string } | undefined {
  return prepared(
    db,
    `SELECT pl.id, pl.start_date, pl.leave_date, po.title AS post_title FROM placements pl JOIN posts po ON po.id = pl.post_id
    WHERE pl.person_id = ? AND pl.deleted_at IS NULL AND pl.start_date <= ? AND (pl.leave_date IS NULL OR pl.leave_date >= ?)
    ORDER BY pl.start_date LIMIT 1`,
  ).get(personId, end, start) as
    { id: string; start_date: string; leave_date: string | null; post_title: string } | undefined;
}

/** The intern list's own order: latest agreement first. */
export const DEFAULT_ORDER = 'i.agreement_start DESC, i.id';

interface ListFilter {
  hostId?: string;
  personId?: string;
  status?: 'active' | 'ended';
  /** Running internships with agreement_end ≤ this date. */
  endingBy?: string;
  /** A 乡镇经办's townships as a JSON array (issue 19): only their persons' internships. */
  townships?: string;
  /** Hosts in this 乡镇(街道). */
  townshipId?: string;
  /** Interns living in this 乡镇(街道). */
  personTownshipId?: string;
  /** The list's search box (personSearchSql over the intern). */
  query?: string;
  /** The 已删除 filter: deleted internships instead of live ones. */
  deleted?: boolean;
}

const PERSONS_OF_TOWNSHIPS = 'SELECT id FROM persons WHERE township_id IN (SELECT value FROM json_each(@townships))';

function where(f: ListFilter): { sql: string; params: Record<string, string> } {
  const parts = [f.deleted ? 'i.deleted_at IS NOT NULL' : 'i.deleted_at IS NULL'];
  const params: Record<string, string> = {};
  const add = (sql: string, key: string, value: string | undefined) => {
    if (value === undefined) return;
    parts.push(sql);
    params[key] = value;
  };
  add('i.host_id = @hostId', 'hostId', f.hostId);
  add('i.person_id = @personId', 'personId', f.personId);
  add('i.status = @status', 'status', f.status);
  add("i.status = 'active' AND i.agreement_end <= @endingBy", 'endingBy', f.endingBy);
  add(`i.person_id IN (${PERSONS_OF_TOWNSHIPS})`, 'townships', f.townships);
  add('i.host_id IN (SELECT id FROM employers WHERE township_id = @townshipId)', 'townshipId', f.townshipId);
  add(
    'i.person_id IN (SELECT id FROM persons WHERE township_id = @personTownshipId)',
    'personTownshipId',
    f.personTownshipId,
  );
  if (f.query) {
    const search = personSearchSql(f.query);
    add(`i.person_id IN (SELECT p.id FROM persons p WHERE ${search.sql})`, 'q', search.q);
  }
  return { sql: parts.join(' AND '), params };
}

export function listInternshipRows(
  db: Database.Database,
  f: ListFilter,
  limit: number,
  offset: number,
  order = DEFAULT_ORDER,
): InternshipRow[] {
  const w = where(f);
  return db
    .prepare(`${SELECT} WHERE ${w.sql} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`)
    .all(w.params) as InternshipRow[];
}

export function countInternships(db: Database.Database, f: ListFilter): number {
  const w = where(f);
  return db.prepare(`SELECT count(*) FROM internships i WHERE ${w.sql}`).pluck().get(w.params) as number;
}

/** Internships that ended in [from, to] (BR-29), optionally at one host. */
export function endedBetween(
  db: Database.Database,
  from: string,
  to: string,
  hostId?: string,
  townships?: string,
): EndedRow[] {
  return db
    .prepare(
      `SELECT host_id, end_type, retained FROM internships WHERE deleted_at IS NULL AND status = 'ended' AND end_date BETWEEN ? AND ?
    ${hostId ? 'AND host_id = ?' : ''} ${townships ? `AND person_id IN (${PERSONS_OF_TOWNSHIPS.replace('@townships', '?')})` : ''}`,
    )
    .all(from, to, ...(hostId ? [hostId] : []), ...(townships ? [townships] : [])) as EndedRow[];
}

/** An internship that ended in the period: its host and how it ended (E22, the retained flag). */
export interface EndedRow {
  host_id: string;
  end_type: string;
  retained: 0 | 1;
}

/**
 * Internship bases whose recognition ends in [from, to] (work list), with their running interns; optionally in one
 * 乡镇, and in `townships` (a 乡镇经办's scope as a JSON array, scopeParam; null = every 乡镇).
 */
export function expiringBases(
  db: Database.Database,
  from: string,
  to: string,
  townshipId: string | null = null,
  townships: string | null = null,
): { id: string; name: string; base_valid_until: string; active: number }[] {
  return db
    .prepare(
      `SELECT e.id, e.name, e.base_valid_until,
      (SELECT count(*) FROM internships i WHERE i.host_id = e.id AND i.deleted_at IS NULL AND i.status = 'active') AS active
    FROM employers e WHERE e.deleted_at IS NULL AND e.is_internship_base = 1 AND e.base_valid_until BETWEEN ? AND ?
      AND (? IS NULL OR e.township_id = ?) AND (? IS NULL OR e.township_id IN (SELECT value FROM json_each(?)))
    ORDER BY e.base_valid_until, e.name`,
    )
    .all(from, to, townshipId, townshipId, townships, townships) as {
    id: string;
    name: string;
    base_valid_until: string;
    active: number;
  }[];
}
