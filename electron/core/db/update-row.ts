import type Database from 'better-sqlite3';
import { prepared } from './prepared';

/** The creation and change stamps every row carries; an insert writes all four, an update the last pair. */
export const STAMP_COLUMNS = ['created_at', 'updated_at', 'created_by', 'updated_by'] as const;

/** INSERT INTO `table` of the columns `cols`, one positional parameter each. Names are module constants, never input. */
export const insertSql = (table: string, cols: readonly string[]) =>
  `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;

/**
 * A write of one row of `table` by id: the columns `cols` (by default every key of `row`) with their values from `row`,
 * stamped by `by` at `at`. Table and column names are the calling module's own constants, never input.
 */
type RowWrite = (
  db: Database.Database,
  table: string,
  id: string,
  row: object,
  by: string,
  at: string,
  cols?: readonly string[],
) => void;

/** The values of `cols` in `row`, in that order. */
const valuesOf = (row: object, cols: readonly string[]) => cols.map((c) => (row as Record<string, unknown>)[c]);

/** UPDATE one row (RowWrite), stamped with updated_at / updated_by. */
export const updateRow: RowWrite = (db, table, id, row, by, at, cols = Object.keys(row)) => {
  const sets = [...cols, 'updated_at', 'updated_by'].map((c) => `${c} = ?`).join(', ');
  prepared(db, `UPDATE ${table} SET ${sets} WHERE id = ?`).run(...valuesOf(row, cols), at, by, id);
};

/** INSERT one row (RowWrite) with its id and the creation stamps (created_at = updated_at = at, by both). */
export const insertRow: RowWrite = (db, table, id, row, by, at, cols = Object.keys(row)) => {
  prepared(db, insertSql(table, ['id', ...cols, ...STAMP_COLUMNS])).run(id, ...valuesOf(row, cols), at, at, by, by);
};

/**
 * INSERT one row of `table` with the creation stamps, or, when a row with the same `conflict` columns (a unique key)
 * is there, UPDATE its columns `cols` (by default every column of `row` outside the key) and its change stamps.
 * Table and column names are the calling module's own constants, never input.
 */
export function upsertRow(
  db: Database.Database,
  table: string,
  conflict: readonly string[],
  row: object,
  by: string,
  at: string,
  cols: readonly string[] = Object.keys(row).filter((c) => !conflict.includes(c)),
): void {
  const all = Object.keys(row);
  const sets = [...cols, 'updated_at', 'updated_by'].map((c) => `${c} = excluded.${c}`).join(', ');
  prepared(
    db,
    `${insertSql(table, [...all, ...STAMP_COLUMNS])} ON CONFLICT (${conflict.join(', ')}) DO UPDATE SET ${sets}`,
  ).run(...valuesOf(row, all), at, at, by, by);
}

/** A module's `patch…(db, id, columns, by, at)`: updateRow of `table` with the columns given (module constants). */
export const rowPatcher =
  (table: string) =>
  (db: Database.Database, id: string, patch: Record<string, unknown>, by: string, at: string): void =>
    updateRow(db, table, id, patch, by, at);

/**
 * A module's `insert…(db, id, row, by, at)`: insertRow of `table` with the columns `cols` of `row`, by default every
 * column of `row` (module constants).
 */
export const rowInserter =
  <R extends object>(table: string, cols?: readonly (keyof R & string)[]) =>
  (db: Database.Database, id: string, row: R, by: string, at: string): void =>
    insertRow(db, table, id, row, by, at, cols);

/** A module's `update…(db, id, row, by, at)` of a whole row: updateRow of `table` with the columns `cols` of `row`. */
export const rowUpdater =
  <R extends object>(table: string, cols: readonly (keyof R & string)[]) =>
  (db: Database.Database, id: string, row: R, by: string, at: string): void =>
    updateRow(db, table, id, row, by, at, cols);

/** A module's soft delete (a date) or restore (null) of one row of `table`, stamped like any update. */
export const deletedAtSetter =
  (table: string) =>
  (db: Database.Database, id: string, deletedAt: string | null, by: string, at: string): void =>
    updateRow(db, table, id, { deleted_at: deletedAt }, by, at);

/** The row that holds a unique value, deleted ones included: who a uniqueness refusal names. */
interface UniqueHolder {
  id: string;
  name: string;
  deleted_at: string | null;
}

/** The row of `table` whose `column` is `value`, soft-deleted ones included (VR-03, VR-08 uniqueness). */
export const uniqueHolder = (
  db: Database.Database,
  table: string,
  column: string,
  value: string,
): UniqueHolder | undefined =>
  prepared(db, `SELECT id, name, deleted_at FROM ${table} WHERE ${column} = ?`).get(value) as UniqueHolder | undefined;
