// Amounts of roster items (DOMAIN §3.10): an ordinary item pays its row — 岗位补贴 the paid amount (plus the
// social-insurance subsidy when the county claims both together, CFG-03), 社保补贴 the social-insurance subsidy,
// 见习补贴 the living allowance plus any early-hire remainder (BR-27). Items of draft rosters follow their rows;
// review freezes them (the lock keeps them so).
import type Database from 'better-sqlite3';
import type { BatchKind } from '../../../../shared/contract/subsidies';
import { prepared } from '../../db/prepared';
import { subsidyRulesForMonth } from './config';

interface ItemRef {
  id: string;
  kind: BatchKind;
  attendance_id: string | null;
  allowance_id: string | null;
  amount_fen: number;
}

/** The amount an ordinary item of `kind` pays for its row, in fen. */
export function rowAmount(db: Database.Database, kind: BatchKind, rowId: string): number {
  if (kind === 'internship') {
    return prepared(db, 'SELECT due_amount + early_hire_amount FROM internship_allowances WHERE id = ?').pluck().get(rowId) as number;
  }
  const r = prepared(db, 'SELECT month, paid_amount, si_subsidy FROM attendance_months WHERE id = ?').get(rowId) as
    { month: string; paid_amount: number; si_subsidy: number };
  if (kind === 'si') return r.si_subsidy;
  return r.paid_amount + (subsidyRulesForMonth(db, r.month).siClaim === 'together' ? r.si_subsidy : 0);
}

function refresh(db: Database.Database, items: ItemRef[], by: string, at: string): void {
  const update = prepared(db, 'UPDATE subsidy_batch_items SET amount_fen = ?, updated_at = ?, updated_by = ? WHERE id = ?');
  for (const i of items) {
    const amount = rowAmount(db, i.kind, (i.attendance_id ?? i.allowance_id)!);
    if (amount !== i.amount_fen) update.run(amount, at, by, i.id);
  }
}

/** Items of DRAFT ordinary rosters that pay the given rows follow the rows' new amounts. */
export function refreshDraftItems(db: Database.Database, column: 'attendance_id' | 'allowance_id', rowIds: readonly string[], by: string, at: string): void {
  if (!rowIds.length) return;
  const stmt = prepared(db, `SELECT i.id, i.kind, i.attendance_id, i.allowance_id, i.amount_fen FROM subsidy_batch_items i
    JOIN subsidy_batches b ON b.id = i.batch_id WHERE i.${column} = ? AND i.adjusts_item_id IS NULL AND b.status = 'draft'`);
  refresh(db, rowIds.flatMap((id) => stmt.all(id) as ItemRef[]), by, at);
}

/** Every ordinary item of one (draft) roster follows its row: run before review freezes it. */
export function refreshBatchItems(db: Database.Database, batchId: string, by: string, at: string): void {
  const items = prepared(db, 'SELECT id, kind, attendance_id, allowance_id, amount_fen FROM subsidy_batch_items WHERE batch_id = ? AND adjusts_item_id IS NULL')
    .all(batchId) as ItemRef[];
  refresh(db, items, by, at);
}
