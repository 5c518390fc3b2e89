// Records deleted softly by MOVING their row to a deleted_<table> twin (migrations 0022, 0024): every reader of the
// live table sees the row gone, as after a hard delete, and its keys (UNIQUE per placement and year, per class and
// person) are free for a new record; the twin has the live table's columns plus deleted_at, deleted_by and
// delete_reason. Restoring moves the row back, stamped as updated by whoever restored it.
import type Database from 'better-sqlite3';
import { notFound, ruleViolation } from '../../../shared/contract';
import { prepared } from './prepared';

/**
 * The tables that have a deleted_<table> twin of this kind (contacts' twin keeps more: contacts/queries.ts; those of
 * registrations and recognitions also keep their history rows as JSON: HISTORIES below).
 */
type TwinnedTable = 'placement_assessments' | 'training_enrolments' | 'registrations' | 'recognitions';

/** History tables whose rows leave with their parent record (kept as JSON on the parent's deleted twin). */
type HistoryTable = 'service_level_changes' | 'recognition_steps';

/**
 * The records whose history rows leave with them (migration 0026): the history table, its column naming the parent,
 * and the twin's JSON column that keeps them until a restore puts them back as they were.
 */
const HISTORIES: Partial<Record<TwinnedTable, { table: HistoryTable; parent: string; kept: string }>> = {
  registrations: { table: 'service_level_changes', parent: 'registration_id', kept: 'level_changes' },
  recognitions: { table: 'recognition_steps', parent: 'recognition_id', kept: 'steps' },
};

/** What the twin adds to the live table's columns. */
export interface DeletedStamps {
  deleted_at: string;
  deleted_by: string;
  delete_reason: string | null;
}

/** The stamps as a record's answer gives them (shared/contract/fields.ts removedStamps). */
export const removedStampsOf = (r: DeletedStamps) => ({
  deletedAt: r.deleted_at,
  deletedBy: r.deleted_by,
  deleteReason: r.delete_reason,
});

const columnLists = new WeakMap<Database.Database, Map<TwinnedTable, string[]>>();

/** The live table's columns in their order (read once per connection). */
function columnsOf(db: Database.Database, table: TwinnedTable): string[] {
  let byDb = columnLists.get(db);
  if (!byDb) columnLists.set(db, (byDb = new Map()));
  let columns = byDb.get(table);
  if (!columns) {
    columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    byDb.set(table, columns);
  }
  return columns;
}

/**
 * Moves row `id` of `table` to its deleted twin, with who deleted it, when and (if given) why; a record with a
 * history (HISTORIES) takes its history rows along, as JSON on the twin.
 */
export function moveToDeleted(
  db: Database.Database,
  table: TwinnedTable,
  id: string,
  by: string,
  at: string,
  reason: string | null,
): void {
  const history = HISTORIES[table];
  // The history rows go first: they refer to the live row.
  const kept = history ? takeRows(db, history.table, history.parent, id) : null;
  const list = columnsOf(db, table).join(', ');
  prepared(
    db,
    `INSERT INTO deleted_${table} (${list}, deleted_at, deleted_by, delete_reason)
     SELECT ${list}, ?, ?, ? FROM ${table} WHERE id = ?`,
  ).run(at, by, reason, id);
  if (history) prepared(db, `UPDATE deleted_${table} SET ${history.kept} = ? WHERE id = ?`).run(kept, id);
  prepared(db, `DELETE FROM ${table} WHERE id = ?`).run(id);
}

/** Moves deleted row `id` back to `table`, stamped as updated by `by` at `at`, with its history rows (HISTORIES). */
export function moveBack(db: Database.Database, table: TwinnedTable, id: string, by: string, at: string): void {
  const columns = columnsOf(db, table);
  const values = columns.map((c) => (c === 'updated_at' ? '@at' : c === 'updated_by' ? '@by' : c));
  prepared(
    db,
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM deleted_${table} WHERE id = @id`,
  ).run({ at, by, id });
  const history = HISTORIES[table];
  if (history) {
    const kept = prepared(db, `SELECT ${history.kept} FROM deleted_${table} WHERE id = ?`).pluck().get(id) as string;
    putRowsBack(db, history.table, kept);
  }
  prepared(db, `DELETE FROM deleted_${table} WHERE id = @id`).run({ id });
}

/** The twin's row `id`, if the record is deleted. */
export const deletedRow = <T>(db: Database.Database, table: TwinnedTable, id: string) =>
  prepared(db, `SELECT * FROM deleted_${table} WHERE id = ?`).get(id) as T | undefined;

/**
 * The twin's row `id` for a restore: refused when the record was never deleted (live) or does not exist. `what`
 * names the record as the messages do (该失业登记), `missing` is the module's not-found message.
 */
export function requireDeletedRow<T>(
  db: Database.Database,
  table: TwinnedTable,
  id: string,
  what: string,
  missing: string,
): T {
  const row = deletedRow<T>(db, table, id);
  if (row) return row;
  if (prepared(db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw ruleViolation(`${what}未删除，无需恢复。`);
  throw notFound(missing);
}

/** Deletes the `table` rows whose `column` is `parentId` and returns them as a JSON array (for the twin's column). */
function takeRows(db: Database.Database, table: HistoryTable, column: string, parentId: string): string {
  const rows = prepared(db, `SELECT * FROM ${table} WHERE ${column} = ? ORDER BY seq`).all(parentId);
  prepared(db, `DELETE FROM ${table} WHERE ${column} = ?`).run(parentId);
  return JSON.stringify(rows);
}

/** Inserts back into `table` the rows takeRows returned, as they were. */
function putRowsBack(db: Database.Database, table: HistoryTable, json: string): void {
  const columns = (prepared(db, `SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).join(', ');
  const values = columns
    .split(', ')
    .map((c) => `value ->> '${c}'`)
    .join(', ');
  prepared(db, `INSERT INTO ${table} (${columns}) SELECT ${values} FROM json_each(?)`).run(json);
}
