import { COUNTY, scopeSql, type Scope } from '../../scope/scope';
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import { rowInserter, rowPatcher } from '../../db/update-row';
import type { RowStamps } from '../../db/stamp';

export interface PlacementRow extends PlacementWrite, RowStamps {
  id: string;
  basis_list: 'E06' | 'E24';
  leave_note: string | null;
  vacancy_report_date: string | null;
  deleted_at: string | null;
  delete_reason: string | null;
  // joined
  person_name: string;
  id_number: string;
  sex: '1' | '2';
  birth_date: string;
  retirement_category: 'M60' | 'F55' | 'F50';
  post_code: string;
  post_title: string;
  area_type: 'urban' | 'rural';
  employer_id: string;
  employer_name: string;
  township_name: string;
}

const SELECT = `SELECT pl.*, pe.name AS person_name, pe.id_number, pe.sex, pe.birth_date, pe.retirement_category,
    po.post_code, po.title AS post_title, po.area_type, po.employer_id, e.name AS employer_name, t.name AS township_name
  FROM placements pl JOIN persons pe ON pe.id = pl.person_id JOIN posts po ON po.id = pl.post_id
  JOIN employers e ON e.id = po.employer_id JOIN regions t ON t.id = po.township_id`;

export function getPlacementRow(db: Database.Database, id: string): PlacementRow | undefined {
  return prepared(db, `${SELECT} WHERE pl.id = ?`).get(id) as PlacementRow | undefined;
}

/** A post's placements; a 乡镇经办 sees those of their townships' persons only (issue 19). */
export function placementRowsByPost(
  db: Database.Database,
  postId: string,
  includeDeleted: boolean,
  scope: Scope = COUNTY,
): PlacementRow[] {
  const own = scopeSql(scope, 'pe.township_id');
  return prepared(
    db,
    `${SELECT} WHERE pl.post_id = ? AND ${own.sql} ${includeDeleted ? '' : 'AND pl.deleted_at IS NULL'} ORDER BY pl.start_date DESC, pl.id DESC`,
  ).all(postId, ...own.params) as PlacementRow[];
}

export function placementRowsByPerson(
  db: Database.Database,
  personId: string,
  includeDeleted: boolean,
): PlacementRow[] {
  return prepared(
    db,
    `${SELECT} WHERE pl.person_id = ? ${includeDeleted ? '' : 'AND pl.deleted_at IS NULL'} ORDER BY pl.start_date DESC, pl.id DESC`,
  ).all(personId) as PlacementRow[];
}

/** A person's live placements as day ranges (VR-13, BR-18). */
export interface SpanRow {
  id: string;
  post_id: string;
  start_date: string;
  leave_date: string | null;
  new_cycle: 0 | 1;
}

export function personSpanRows(db: Database.Database, personId: string): SpanRow[] {
  return prepared(
    db,
    'SELECT id, post_id, start_date, leave_date, new_cycle FROM placements WHERE person_id = ? AND deleted_at IS NULL ORDER BY start_date, id',
  ).all(personId) as SpanRow[];
}

export interface PlacementWrite {
  person_id: string;
  post_id: string;
  basis_list: string;
  basis_code: string;
  basis_date: string;
  basis_source: 'recorded' | 'recognition';
  start_date: string;
  contract_start: string;
  contract_end: string;
  subsidy_first_month: string;
  new_cycle: 0 | 1;
  accident_insurance: string | null;
  leave_date: string | null;
  leave_reason: string | null;
  override_rules: string | null;
  override_reason: string | null;
  override_by: string | null;
  remark: string | null;
  /** The person's E09 before the placement set 24 (migration 0023; null on older rows). */
  status_before: string | null;
}

const WRITE_COLUMNS: readonly (keyof PlacementWrite)[] = [
  'person_id',
  'post_id',
  'basis_list',
  'basis_code',
  'basis_date',
  'basis_source',
  'start_date',
  'contract_start',
  'contract_end',
  'subsidy_first_month',
  'new_cycle',
  'accident_insurance',
  'leave_date',
  'leave_reason',
  'override_rules',
  'override_reason',
  'override_by',
  'remark',
  'status_before',
];

export const insertPlacement = rowInserter<PlacementWrite>('placements', WRITE_COLUMNS);

/** Sets the given columns (names are this module's own constants, never input). */
export const patchPlacement = rowPatcher('placements');

/** BR-18: every live placement stores the first month of its entitlement cycle (F). */
export function setFirstMonth(db: Database.Database, id: string, month: string): void {
  prepared(db, 'UPDATE placements SET subsidy_first_month = ? WHERE id = ? AND subsidy_first_month <> ?').run(
    month,
    id,
    month,
  );
}
