// Amounts of roster items (DOMAIN §3.10): an ordinary item pays its row — 岗位补贴 the paid amount (plus the
// social-insurance subsidy when the county claims both together, CFG-03), 社保补贴 the social-insurance subsidy,
// 见习补贴 the paid living allowance (due − deduction) plus any early-hire remainder (BR-27). Items of draft rosters follow their rows;
// review freezes them (the lock keeps them so). Set-based: one statement per roster, whatever its size.
import type Database from 'better-sqlite3';
import type { BatchKind } from '../../../../shared/contract/subsidies';
import { prepared } from '../../db/prepared';
import { newId } from '../../ids';
import { subsidyRulesForMonth } from './config';
import type { RowColumn } from './lock';
import type { ClaimPeriod } from './config';
import { COUNTY_SCOPE, type BatchScopeIds } from './queries';
import { rowScopeSql } from './scope';

/** SQL for the amount a row pays on an ordinary roster of `kind`, over the row's alias (a, ia or e). */
function rowAmount(kind: BatchKind, together: boolean): string {
  if (kind === 'training') return 'e.subsidy_fen + e.living_fen';
  if (kind === 'internship') return 'ia.paid_amount + ia.early_hire_amount';
  if (kind === 'si') return 'a.si_subsidy';
  return `a.paid_amount${together ? ' + a.si_subsidy' : ''}`;
}

/** SQL for the amount an ordinary item `i` of `kind` pays for its row. */
function amountExpr(kind: BatchKind, together: boolean): string {
  const amount = rowAmount(kind, together);
  if (kind === 'training') return `(SELECT ${amount} FROM training_enrolments e WHERE e.id = i.enrolment_id)`;
  if (kind === 'internship') return `(SELECT ${amount} FROM internship_allowances ia WHERE ia.id = i.allowance_id)`;
  return `(SELECT ${amount} FROM attendance_months a WHERE a.id = i.attendance_id)`;
}

const together = (db: Database.Database, kind: BatchKind, month: string) =>
  kind === 'post' && subsidyRulesForMonth(db, month).siClaim === 'together';

/** Every ordinary item of one DRAFT roster follows its row: after rows change, and before review freezes it. */
export function refreshBatchItems(db: Database.Database, batchId: string, by: string, at: string): void {
  const b = prepared(db, 'SELECT kind, month FROM subsidy_batches WHERE id = ?').get(batchId) as {
    kind: BatchKind;
    month: string;
  };
  const expr = amountExpr(b.kind, together(db, b.kind, b.month));
  prepared(
    db,
    `UPDATE subsidy_batch_items AS i SET amount_fen = ${expr}, updated_at = ?, updated_by = ?
    WHERE i.batch_id = ? AND i.adjusts_item_id IS NULL AND i.amount_fen <> ${expr}`,
  ).run(at, by, batchId);
}

/** Items of DRAFT ordinary rosters that pay the given rows follow the rows' new amounts. */
export function refreshDraftItems(
  db: Database.Database,
  column: RowColumn,
  rowIds: readonly string[],
  by: string,
  at: string,
): void {
  if (!rowIds.length) return;
  const stmt = prepared(
    db,
    `SELECT DISTINCT i.batch_id FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
    WHERE i.${column} = ? AND i.adjusts_item_id IS NULL AND b.status = 'draft'`,
  ).pluck();
  const batches = new Set(rowIds.flatMap((id) => stmt.all(id) as string[]));
  for (const id of batches) refreshBatchItems(db, id, by, at);
}

/** Connections with new_id() registered: SQL that inserts many rows at once takes the ids of ids.ts. */
const withNewId = new WeakSet<Database.Database>();
function registerNewId(db: Database.Database): void {
  if (withNewId.has(db)) return;
  db.function('new_id', { deterministic: false, varargs: false }, () => newId());
  withNewId.add(db);
}

/**
 * Puts every row of the roster's months (its period) and scope (scope.ts) not yet on an ordinary roster of its kind onto it, each
 * with its amount; returns how many. The items already on the roster follow their rows first (refreshBatchItems), so the roster
 * ends as if every item had been refreshed — in one statement, whatever the number of rows.
 * `verifiedOnly` (见习补贴 with internships.requireHostAllowanceVerified): only allowance months whose host allowance
 * was verified go on; those not verified are taken off the draft (they may have been verified before).
 */
export function addPendingRows(
  db: Database.Database,
  batchId: string,
  kind: BatchKind,
  period: ClaimPeriod,
  by: string,
  at: string,
  scope: BatchScopeIds = COUNTY_SCOPE,
  verifiedOnly = false,
): number {
  if (verifiedOnly)
    prepared(
      db,
      `DELETE FROM subsidy_batch_items WHERE batch_id = ? AND adjusts_item_id IS NULL
      AND allowance_id IN (SELECT id FROM internship_allowances WHERE month BETWEEN ? AND ? AND host_allowance_verified = 0)`,
    ).run(batchId, period.from, period.to);
  refreshBatchItems(db, batchId, by, at);
  registerNewId(db);
  const amount = rowAmount(kind, together(db, kind, period.from));
  const columns = `INSERT INTO subsidy_batch_items (id, batch_id, kind, attendance_id, allowance_id, amount_fen, created_at,
    updated_at, created_by, updated_by)`;
  const sql =
    kind === 'internship'
      ? `${columns} SELECT new_id(), @batchId, @kind, NULL, ia.id, ${amount}, @at, @at, @by, @by
      FROM internship_allowances ia WHERE ia.month BETWEEN @from AND @to${rowScopeSql(kind, scope)}${verifiedOnly ? ' AND ia.host_allowance_verified = 1' : ''}
      AND NOT EXISTS (SELECT 1 FROM subsidy_batch_items x WHERE x.allowance_id = ia.id AND x.adjusts_item_id IS NULL)`
      : `${columns} SELECT new_id(), @batchId, @kind, a.id, NULL, ${amount}, @at, @at, @by, @by
      FROM attendance_months a WHERE a.month BETWEEN @from AND @to${kind === 'si' ? ' AND a.si_subsidy > 0' : ''}${rowScopeSql(kind, scope)}
      AND NOT EXISTS (SELECT 1 FROM subsidy_batch_items x WHERE x.attendance_id = a.id AND x.kind = @kind AND x.adjusts_item_id IS NULL)`;
  return prepared(db, sql).run({ batchId, kind, ...period, at, by, ...scope }).changes;
}

/** Allowance months of the period and scope on no ordinary roster whose host allowance is not verified: what a roster left off. */
export const unverifiedOffRoster = (db: Database.Database, period: ClaimPeriod, scope: BatchScopeIds): number =>
  prepared(
    db,
    `SELECT count(*) FROM internship_allowances ia WHERE ia.month BETWEEN @from AND @to AND ia.host_allowance_verified = 0${rowScopeSql('internship', scope)}
    AND NOT EXISTS (SELECT 1 FROM subsidy_batch_items x WHERE x.allowance_id = ia.id AND x.adjusts_item_id IS NULL)`,
  )
    .pluck()
    .get({ ...period, ...scope }) as number;
