// The month rows rosters pay from (DOMAIN §3.10): attendance_months (岗位补贴, 社保补贴) and internship_allowances
// (见习补贴). Their generations (attendance/service.ts generateMonth, allowances.ts generateAllowances) differ in how a
// row is computed, and end the same way: what is left over goes unless a reviewed roster covers it, the draft rosters
// follow the rows changed, and the month's rows are counted.
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import { refreshDraftItems } from './items';
import type { MonthRowTable } from './lock';

export const ATTENDANCE_ROWS: MonthRowTable = { column: 'attendance_id', table: 'attendance_months' };
export const ALLOWANCE_ROWS: MonthRowTable = { column: 'allowance_id', table: 'internship_allowances' };

/** Removes a row no reviewed roster covers, with its items on draft rosters. */
export function removeMonthRow(db: Database.Database, t: MonthRowTable, id: string): void {
  prepared(db, `DELETE FROM subsidy_batch_items WHERE ${t.column} = ?`).run(id);
  prepared(db, `DELETE FROM ${t.table} WHERE id = ?`).run(id);
}

/** What a generation counts (attendanceGenerateOutput, allowancesGenerateOutput). */
interface GenerationCounts {
  removed: number;
  locked: number;
  total: number;
}

/**
 * The end of a month's generation: each row `leftOver` (its placement or internship no longer falls in the month) is
 * removed, or counted as locked when a reviewed roster covers it (`locked`, lockedRowIds); the draft rosters holding a
 * row of `touched` follow it; `out.total` becomes the month's number of rows.
 */
export function finishGeneration(
  db: Database.Database,
  t: MonthRowTable,
  month: string,
  run: { leftOver: Iterable<{ id: string }>; locked: ReadonlySet<string>; touched: readonly string[] },
  out: GenerationCounts,
  by: string,
  at: string,
): void {
  for (const row of run.leftOver) {
    if (run.locked.has(row.id)) out.locked++;
    else {
      removeMonthRow(db, t, row.id);
      out.removed++;
    }
  }
  refreshDraftItems(db, t.column, run.touched, by, at);
  out.total = prepared(db, `SELECT count(*) FROM ${t.table} WHERE month = ?`).pluck().get(month) as number;
}
