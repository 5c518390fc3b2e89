import type Database from 'better-sqlite3';
import { prepared } from './prepared';

/**
 * UPDATE one row of `table` by id: the columns `cols` (by default every key of `row`) with their values from `row`,
 * stamped with updated_at / updated_by. Table and column names are the calling module's own constants, never input.
 */
export function updateRow(
  db: Database.Database,
  table: string,
  id: string,
  row: object,
  by: string,
  at: string,
  cols: readonly string[] = Object.keys(row),
): void {
  const values = row as Record<string, unknown>;
  const sets = [...cols, 'updated_at', 'updated_by'].map((c) => `${c} = ?`).join(', ');
  prepared(db, `UPDATE ${table} SET ${sets} WHERE id = ?`).run(...cols.map((c) => values[c]), at, by, id);
}

/**
 * INSERT one row of `table`: the id, the columns `cols` with their values from `row`, and the creation stamps
 * (created_at = updated_at = at, created_by = updated_by = by). Names are the calling module's own constants.
 */
export function insertRow(
  db: Database.Database,
  table: string,
  id: string,
  row: object,
  by: string,
  at: string,
  cols: readonly string[],
): void {
  const values = row as Record<string, unknown>;
  const all = ['id', ...cols, 'created_at', 'updated_at', 'created_by', 'updated_by'];
  prepared(db, `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`).run(
    id,
    ...cols.map((c) => values[c]),
    at,
    at,
    by,
    by,
  );
}

/** A module's `patch…(db, id, columns, by, at)`: updateRow of `table` with the columns given (module constants). */
export const rowPatcher =
  (table: string) =>
  (db: Database.Database, id: string, patch: Record<string, unknown>, by: string, at: string): void =>
    updateRow(db, table, id, patch, by, at);

/** A module's `insert…(db, id, row, by, at)`: insertRow of `table` with every column of `row` (module constants). */
export const rowInserter =
  <R extends object>(table: string) =>
  (db: Database.Database, id: string, row: R, by: string, at: string): void =>
    insertRow(db, table, id, row, by, at, Object.keys(row));

/** A module's soft delete (a date) or restore (null) of one row of `table`, stamped like any update. */
export const deletedAtSetter =
  (table: string) =>
  (db: Database.Database, id: string, deletedAt: string | null, by: string, at: string): void =>
    updateRow(db, table, id, { deleted_at: deletedAt }, by, at);

/** The row that holds a unique value, deleted ones included: who a uniqueness refusal names. */
export interface UniqueHolder {
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
