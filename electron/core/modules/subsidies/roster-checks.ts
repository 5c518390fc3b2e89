// What a roster rests on that the clerk should see before it is reviewed (audit3 gap 1): rows of 岗位/社保补贴
// whose attendance was never entered — generated rows default to a full month (全勤), so they pay the full amount.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract/result';
import { prepared } from '../../db/prepared';

/** Persons of the roster's ordinary items whose attendance row was never entered (0 for other kinds). */
export const unenteredPersons = (db: Database.Database, batchId: string): number =>
  prepared(
    db,
    `SELECT count(DISTINCT a.placement_id) FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id
    WHERE i.batch_id = ? AND i.adjusts_item_id IS NULL AND a.entered_at IS NULL`,
  )
    .pluck()
    .get(batchId) as number;

/** The clerk reviews rows on never-entered attendance only after agreeing to pay them as full months. */
export function assertUnenteredConfirmed(db: Database.Database, batchId: string, confirmed: boolean): void {
  const n = unenteredPersons(db, batchId);
  if (n === 0 || confirmed) return;
  throw ruleViolation(`有 ${n} 人的考勤尚未录入，将按全勤计发。请先录入考勤，或在审核时确认按全勤计发。`, {
    confirmUnentered: `有 ${n} 人的考勤尚未录入`,
  });
}
