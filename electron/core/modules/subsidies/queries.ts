// SQL of subsidy rosters (DOMAIN §3.10): heads, items with who and where, in roster order (乡镇 → 单位 → 姓名).
import type Database from 'better-sqlite3';
import type { BatchKind, BatchStatus } from '../../../../shared/contract/subsidies';
import { prepared } from '../../db/prepared';
import { insertRow, updateRow } from '../../db/update-row';
import { scopeNamedSql } from '../../scope/scope';
import { batchTownshipSql, scopeNameSql, type BatchHead } from './lock';
import { payee, withDetached } from './payee-copies';

/** A roster's 范围: both null for the county's. */
export interface BatchScopeIds {
  township_id: string | null;
  employer_id: string | null;
}

export const COUNTY_SCOPE: BatchScopeIds = { township_id: null, employer_id: null };

export interface BatchRow extends BatchHead, BatchScopeIds {
  total_persons: number | null;
  total_fen: number | null;
  prepared_by: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  approved_by: string | null;
  paid_date: string | null;
}

const BATCH = `SELECT b.*, ${scopeNameSql('b')} AS scope_name FROM subsidy_batches b`;

export function getBatch(db: Database.Database, id: string): BatchRow | undefined {
  return prepared(db, `${BATCH} WHERE b.id = ?`).get(id) as BatchRow | undefined;
}

/** The ordinary roster of a kind and period (a month, or month to monthTo) for one scope (the county's by default). */
export function ordinaryBatch(
  db: Database.Database,
  kind: BatchKind,
  month: string,
  scope: BatchScopeIds = COUNTY_SCOPE,
  monthTo: string | null = null,
): BatchRow | undefined {
  return prepared(
    db,
    `${BATCH} WHERE b.kind = @kind AND b.month = @month AND b.month_to IS @monthTo AND b.supplementary = 0
    AND b.township_id IS @township_id AND b.employer_id IS @employer_id`,
  ).get({ kind, month, monthTo, township_id: scope.township_id, employer_id: scope.employer_id }) as
    BatchRow | undefined;
}

/**
 * Rosters covering `month` (a quarterly roster covers each of its months) in list order: newest first, ordinary before
 * 补发/扣回, the county's before scoped ones. `scope`: a 乡镇经办's townships as JSON (scopeParam): the county's rosters
 * and their own townships' only; null: every roster.
 */
export function listBatches(
  db: Database.Database,
  month: string | null,
  kind: BatchKind | null,
  scope: string | null = null,
): BatchRow[] {
  return prepared(
    db,
    `${BATCH} WHERE (@month IS NULL OR @month BETWEEN b.month AND coalesce(b.month_to, b.month)) AND (@kind IS NULL OR b.kind = @kind)
    AND (${batchTownshipSql('b')} IS NULL OR ${scopeNamedSql(batchTownshipSql('b'))})
    ORDER BY b.month DESC, b.supplementary, b.kind, b.township_id IS NOT NULL OR b.employer_id IS NOT NULL, b.created_at`,
  ).all({ month, kind, scope }) as BatchRow[];
}

export function insertBatch(
  db: Database.Database,
  id: string,
  kind: BatchKind,
  month: string,
  supplementary: boolean,
  by: string,
  at: string,
  scope: BatchScopeIds = COUNTY_SCOPE,
  monthTo: string | null = null,
): void {
  const row = {
    kind,
    month,
    month_to: monthTo,
    supplementary: supplementary ? 1 : 0,
    status: 'draft',
    prepared_by: by,
    ...scope,
  };
  insertRow(db, 'subsidy_batches', id, row, by, at, Object.keys(row));
}

export function setStatus(
  db: Database.Database,
  id: string,
  status: BatchStatus,
  set: Record<string, string | number | null>,
  by: string,
  at: string,
): void {
  updateRow(db, 'subsidy_batches', id, { status, ...set }, by, at);
}

export function insertItem(
  db: Database.Database,
  v: {
    id: string;
    batchId: string;
    kind: BatchKind;
    attendanceId: string | null;
    allowanceId: string | null;
    enrolmentId?: string | null;
    amountFen: number;
    adjustsItemId?: string | null;
    reason?: string | null;
  },
  by: string,
  at: string,
): void {
  const row = {
    batch_id: v.batchId,
    kind: v.kind,
    attendance_id: v.attendanceId,
    allowance_id: v.allowanceId,
    enrolment_id: v.enrolmentId ?? null,
    amount_fen: v.amountFen,
    adjusts_item_id: v.adjustsItemId ?? null,
    reason: v.reason ?? null,
  };
  insertRow(db, 'subsidy_batch_items', v.id, row, by, at, Object.keys(row));
}

/** Item rows with the person, the 乡镇 and 单位 they are grouped by, and the month paid. */
export interface ItemRow {
  id: string;
  batch_id: string;
  kind: BatchKind;
  attendance_id: string | null;
  allowance_id: string | null;
  enrolment_id: string | null;
  amount_fen: number;
  adjusts_item_id: string | null;
  reason: string | null;
  person_id: string;
  person_name: string;
  id_number: string;
  township_code: string;
  township_name: string;
  employer_id: string;
  employer_name: string;
  position: string;
  row_month: string;
  /** What the roster counts as one person: the placement, internship or enrolment the item pays. */
  source_id: string;
}

/** An item with the person as the roster prints them: copies once reviewed (payee-copies.ts), a draft's live. */
const ITEM_HEAD = `SELECT i.id, i.batch_id, i.kind, i.attendance_id, i.allowance_id, i.enrolment_id, i.amount_fen, i.adjusts_item_id, i.reason,
  pe.id AS person_id, ${payee('name', 'pe.name')} AS person_name, ${payee('id_number', 'pe.id_number')} AS id_number,
  r.code AS township_code, r.name AS township_name,`;
const ATTENDANCE_ITEMS = `${ITEM_HEAD}
    e.id AS employer_id, ${payee('unit', 'e.name')} AS employer_name, ${payee('post', 'po.title')} AS position, a.month AS row_month, a.placement_id AS source_id
  FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id JOIN placements pl ON pl.id = a.placement_id
  JOIN posts po ON po.id = pl.post_id JOIN persons pe ON pe.id = pl.person_id JOIN employers e ON e.id = po.employer_id
  JOIN regions r ON r.id = po.township_id`;
const ALLOWANCE_ITEMS = `${ITEM_HEAD}
    e.id AS employer_id, ${payee('unit', 'e.name')} AS employer_name, ${payee('post', 'it.position')} AS position, ia.month AS row_month, ia.internship_id AS source_id
  FROM subsidy_batch_items i JOIN internship_allowances ia ON ia.id = i.allowance_id JOIN internships it ON it.id = ia.internship_id
  JOIN persons pe ON pe.id = it.person_id JOIN employers e ON e.id = it.host_id JOIN regions r ON r.id = e.township_id`;
// 培训补贴: grouped by provider (单位) under the class's 乡镇; the item's month is the class end month.
const TRAINING_ITEMS = `${ITEM_HEAD}
    e.id AS employer_id, ${payee('unit', 'e.name')} AS employer_name, ${payee('post', 'c.occupation')} AS position, substr(c.end_date, 1, 7) AS row_month,
    te.id AS source_id
  FROM subsidy_batch_items i JOIN training_enrolments te ON te.id = i.enrolment_id JOIN training_classes c ON c.id = te.class_id
  JOIN persons pe ON pe.id = te.person_id JOIN employers e ON e.id = c.provider_id JOIN regions r ON r.id = c.township_id`;
const ORDER = 'ORDER BY township_code, employer_name, employer_id, person_name, id_number, row_month, id';
/** A quarterly roster (BR-24): the months one after the other inside each 单位. */
const ORDER_BY_MONTH = 'ORDER BY township_code, employer_name, employer_id, row_month, person_name, id_number, id';

/**
 * The items of one roster in roster order: a roster of a kind only holds items of that kind's rows (and rows a purge
 * detached from their records, payee-copies.ts). `byMonth`: a quarterly roster, grouped by month inside each 单位.
 */
export function batchItems(db: Database.Database, batchId: string, kind: BatchKind, byMonth = false): ItemRow[] {
  const sql = withDetached(db, linkedItemsSql(kind), 'i.batch_id = @batch', byMonth ? ORDER_BY_MONTH : ORDER);
  return prepared(db, sql).all({ batch: batchId }) as ItemRow[];
}

const linkedItemsSql = (kind: BatchKind) =>
  `${kind === 'internship' ? ALLOWANCE_ITEMS : kind === 'training' ? TRAINING_ITEMS : ATTENDANCE_ITEMS} WHERE i.batch_id = @batch`;

/** The items of one roster still linked to their records, in no order (what a purge writes to `printed`). */
export const linkedBatchItems = (db: Database.Database, batch: string, kind: BatchKind): ItemRow[] =>
  prepared(db, linkedItemsSql(kind)).all({ batch }) as ItemRow[];

/** The roster an item is on, for a 补发/扣回 of it. */
interface OriginHead {
  batch_status: BatchStatus;
  batch_month: string;
  batch_month_to: string | null;
  batch_supplementary: 0 | 1;
  batch_scope_name: string | null;
}

export function getItem(db: Database.Database, id: string): (ItemRow & OriginHead) | undefined {
  return prepared(
    db,
    `SELECT x.*, b.status AS batch_status, b.month AS batch_month, b.month_to AS batch_month_to,
    b.supplementary AS batch_supplementary, ${scopeNameSql('b')} AS batch_scope_name
    FROM (${ATTENDANCE_ITEMS} WHERE i.id = @id UNION ALL ${ALLOWANCE_ITEMS} WHERE i.id = @id
    UNION ALL ${TRAINING_ITEMS} WHERE i.id = @id) x JOIN subsidy_batches b ON b.id = x.batch_id`,
  ).get({ id }) as (ItemRow & OriginHead) | undefined;
}
