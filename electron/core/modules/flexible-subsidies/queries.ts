// Rows of flexible_subsidies (migration 0019) and the facts of a person the BR-30 checks read.
import type Database from 'better-sqlite3';
import { monthRange } from '../../../../shared/domain/dates';
import type {
  FlexEndReasonCode,
  FlexInsuranceCode,
  FlexTargetCode,
} from '../../../../shared/enums/flexible-subsidy-codes';
import { prepared } from '../../db/prepared';
import { deletedAtSetter, rowInserter, rowPatcher } from '../../db/update-row';
import type { RowStamps } from '../../db/stamp';

export const TABLE = 'flexible_subsidies';

export interface FlexWrite {
  start_month: string;
  end_month: string;
  target: FlexTargetCode;
  insurance: FlexInsuranceCode;
  handler: string;
  remark: string | null;
}

export interface FlexRow extends FlexWrite, RowStamps {
  id: string;
  person_id: string;
  terminated_on: string | null;
  terminate_reason: FlexEndReasonCode | null;
  terminate_note: string | null;
  deleted_at: string | null;
}

export const insertFlex = rowInserter<FlexWrite & { person_id: string }>(TABLE);
export const patchFlex = rowPatcher(TABLE);
export const setFlexDeletedAt = deletedAtSetter(TABLE);

export const getFlexRow = (db: Database.Database, id: string) =>
  prepared(db, `SELECT * FROM ${TABLE} WHERE id = ?`).get(id) as FlexRow | undefined;

/** The person's live periods, newest first; deleted ones among them with `includeDeleted` (已删除). */
export const personFlexRows = (db: Database.Database, personId: string, includeDeleted = false) =>
  prepared(
    db,
    `SELECT * FROM ${TABLE} WHERE person_id = @personId AND (@all OR deleted_at IS NULL)
       ORDER BY start_month DESC, id DESC`,
  ).all({ personId, all: includeDeleted ? 1 : 0 }) as FlexRow[];

/** A recognition of 就业困难人员 in force on some day of `month` (已认定 by its end, not exited before its start). */
export function recognisedIn(db: Database.Database, personId: string, month: string): boolean {
  const { start, end } = monthRange(month);
  return (
    prepared(
      db,
      `SELECT 1 FROM recognitions WHERE person_id = @personId AND status IN ('03', '05')
         AND recognition_date <= @end AND (exit_date IS NULL OR exit_date > @start) LIMIT 1`,
    ).get({ personId, start, end }) !== undefined
  );
}

/** The persons with a live period covering `month` (not ended early before it): the roster's 享受灵活就业社保补贴. */
export const personsWithFlexIn = (db: Database.Database, month: string): Set<string> =>
  new Set(
    prepared(
      db,
      `SELECT DISTINCT person_id FROM ${TABLE} WHERE deleted_at IS NULL AND start_month <= @month
         AND coalesce(substr(terminated_on, 1, 7), end_month) >= @month`,
    )
      .pluck()
      .all({ month }) as string[],
  );
