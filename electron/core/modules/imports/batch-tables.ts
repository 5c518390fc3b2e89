// The tables an import batch records (batch-record.ts) and its undo reverts (batch-undo.ts): every table of the
// register but the audit log, the batch records themselves and the migrations' own. A row is known by its primary
// key as a JSON array (every recorded table has one; implicit rowids may be renumbered by VACUUM) and its content as
// a JSON object of every column (the register holds TEXT and INTEGER only: JSON keeps both exactly).
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';

/** Tables no import batch records: the audit trail stays, and the batch records are the undo's own. */
const NOT_RECORDED = new Set(['audit_log', 'import_batches', 'import_batch_rows', 'schema_migrations']);

export interface TableShape {
  name: string;
  columns: string[];
  key: string[];
}

export const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The recorded tables with their columns and primary key (read from the schema at each call: a few pragmas). */
export function recordedTables(db: Database.Database): Map<string, TableShape> {
  const names = prepared(
    db,
    "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
  )
    .pluck()
    .all() as string[];
  const shapes = new Map<string, TableShape>();
  for (const name of names) {
    if (NOT_RECORDED.has(name)) continue;
    const info = db.prepare(`PRAGMA main.table_info(${quoted(name)})`).all() as { name: string; pk: number }[];
    const key = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    if (!key.length) throw new Error(`import batches: table ${name} has no primary key`);
    shapes.set(name, { name, columns: info.map((c) => c.name), key });
  }
  return shapes;
}

/** SQL: the row as a JSON object, its columns read from `alias` (NEW, OLD or a table alias). */
export const rowJson = (shape: TableShape, alias: string) =>
  `json_object(${shape.columns.map((c) => `${literal(c)}, ${alias}.${quoted(c)}`).join(', ')})`;

/** SQL: the row's primary key as a JSON array. */
export const keyJson = (shape: TableShape, alias: string) =>
  `json_array(${shape.key.map((c) => `${alias}.${quoted(c)}`).join(', ')})`;

/** SQL: `WHERE` the primary key equals the values bound in order. */
export const whereKey = (shape: TableShape) => shape.key.map((c) => `${quoted(c)} = ?`).join(' AND ');

/** The row's content now (JSON object text), or null when there is no such row. */
export function currentRow(db: Database.Database, shape: TableShape, key: unknown[]): string | null {
  const sql = `SELECT ${rowJson(shape, 't')} FROM main.${quoted(shape.name)} AS t WHERE ${whereKey(shape)}`;
  return (
    (prepared(db, sql)
      .pluck()
      .get(...key) as string | undefined) ?? null
  );
}

/** SQL: the content now (JSON object, or NULL) of the row whose key (JSON array) is the SQL expression `key`. */
export const rowAt = (shape: TableShape, key: string) =>
  `SELECT ${rowJson(shape, 'r')} FROM main.${quoted(shape.name)} AS r WHERE ${shape.key
    .map((c, i) => `r.${quoted(c)} = json_extract(${key}, '$[${i}]')`)
    .join(' AND ')}`;
