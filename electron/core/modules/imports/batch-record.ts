// The batch record of an import commit (撤销本次导入, fix27b): while the commit's write runs, TEMP triggers on every
// recorded table (batch-tables.ts) note (through a function, into memory) each row the first time the import touches it — its key and, for a row that
// was already there, its content before. When the write is done (still inside the commit's one transaction) every
// noted row is stored in import_batch_rows with its content after the import, under one import_batches row.
// Triggers rather than each service telling what it wrote: the roster kinds write through the modules' own services
// (persons, registrations, placements, enrolments, results, attendance, recognitions, their histories), and a
// trigger misses none of their rows. The triggers exist only on the committing connection during the write.
import type Database from 'better-sqlite3';
import type { CoreContext, WriteResult } from '../../context';
import { prepared } from '../../db/prepared';
import type { Commit } from '../../handlers';
import { newId } from '../../ids';
import type { JobControl } from '../../jobs/registry';
import { withImportBackup } from '../backups/before-import';
import { currentRow, keyJson, literal, quoted, recordedTables, rowJson, type TableShape } from './batch-tables';

/** How many of the newest imports keep their row records (can be undone); older ones become 'expired'. */
export const KEEP_UNDOABLE = 10;

export interface BatchMeta {
  /** The import kind: persons, registrations, placements, trainees, results, attendance. */
  kind: string;
  fileName: string;
  /** The 导入前 copy's file name. */
  backup: string | null;
}

const NOTE_FN = 'taizhang_import_note';

interface Note {
  table: string;
  key: string;
  before: string | null;
}
/** The rows the running commit touched, first touch first (one commit at a time per connection). */
let notes: Map<string, Note> | null = null;
const withFunction = new WeakSet<Database.Database>();

function registerNote(db: Database.Database): void {
  if (withFunction.has(db)) return;
  db.function(NOTE_FN, { deterministic: false }, (table: unknown, key: unknown, before: unknown) => {
    const id = `${String(table)}\u0000${String(key)}`;
    if (notes && !notes.has(id))
      notes.set(id, { table: String(table), key: String(key), before: typeof before === 'string' ? before : null });
    return null;
  });
  withFunction.add(db);
}
const triggerName = (op: string, table: string) => quoted(`import_batch_${op}_${table}`);

/** The three triggers of one table. BEFORE INSERT reads a row an INSERT OR REPLACE would replace (else NULL). */
function triggersOf(t: TableShape): string {
  const note = (key: string, before: string) => `SELECT ${NOTE_FN}(${literal(t.name)}, ${key}, ${before});`;
  const replaced = `(SELECT ${rowJson(t, 'r')} FROM main.${quoted(t.name)} AS r WHERE ${t.key
    .map((c) => `r.${quoted(c)} = NEW.${quoted(c)}`)
    .join(' AND ')})`;
  return [
    `CREATE TEMP TRIGGER ${triggerName('insert', t.name)} BEFORE INSERT ON main.${quoted(t.name)} BEGIN ${note(keyJson(t, 'NEW'), replaced)} END;`,
    `CREATE TEMP TRIGGER ${triggerName('update', t.name)} BEFORE UPDATE ON main.${quoted(t.name)} BEGIN ${note(keyJson(t, 'OLD'), rowJson(t, 'OLD'))} END;`,
    `CREATE TEMP TRIGGER ${triggerName('delete', t.name)} BEFORE DELETE ON main.${quoted(t.name)} BEGIN ${note(keyJson(t, 'OLD'), rowJson(t, 'OLD'))} END;`,
  ].join('\n');
}

function dropTriggers(ctx: CoreContext, tables: Iterable<TableShape>): void {
  for (const t of tables)
    for (const op of ['insert', 'update', 'delete'])
      ctx.db.exec(`DROP TRIGGER IF EXISTS temp.${triggerName(op, t.name)}`);
}

/**
 * Runs `write` (inside the commit's transaction) with its rows recorded as one import batch; `write` is given the
 * batch's id (the import's result names it) and the batch takes its audit summary. Older batches beyond
 * KEEP_UNDOABLE lose their row records.
 */
export function recordImportBatch<T>(
  ctx: CoreContext,
  meta: BatchMeta,
  write: (batchId: string) => WriteResult<T>,
): WriteResult<T> {
  const { db } = ctx;
  const tables = recordedTables(db);
  const id = newId();
  registerNote(db);
  notes = new Map();
  let out: WriteResult<T>;
  let touched: Note[];
  try {
    for (const t of tables.values()) db.exec(triggersOf(t));
    out = write(id);
  } finally {
    dropTriggers(ctx, tables.values());
    touched = [...(notes?.values() ?? [])];
    notes = null;
  }
  // The batch row first: its rows reference it.
  prepared(
    db,
    `INSERT INTO import_batches (id, kind, file_name, summary, backup, account_id, committed_by, committed_at, row_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  ).run(
    id,
    meta.kind,
    meta.fileName,
    out.summary,
    meta.backup,
    ctx.caller.account?.id ?? null,
    ctx.operator(),
    ctx.now(),
  );
  const insert = prepared(
    db,
    'INSERT INTO import_batch_rows (batch_id, seq, table_name, row_key, before_row, after_row) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let recorded = 0;
  for (const n of touched) {
    const after = currentRow(db, tables.get(n.table) as TableShape, JSON.parse(n.key) as unknown[]);
    // Inserted and deleted again, or written back as it was: nothing to undo.
    if (after !== n.before) insert.run(id, recorded++, n.table, n.key, n.before, after);
  }
  prepared(db, 'UPDATE import_batches SET row_count = ? WHERE id = ?').run(recorded, id);
  expireOldBatches(db);
  return out;
}

/**
 * An import's commit: the 导入前 copy (backups/before-import.ts), then `write` in the commit's one transaction,
 * recorded as a batch; `write` is given the copy's file name and the batch's id, which the import's result names.
 */
export function commitRecorded<T>(
  ctx: CoreContext,
  job: JobControl,
  commit: Commit,
  meta: Omit<BatchMeta, 'backup'>,
  write: (made: { backup: string; batchId: string }) => WriteResult<T>,
): T {
  return withImportBackup(ctx, job, (backup) =>
    commit(() => recordImportBatch(ctx, { ...meta, backup }, (batchId) => write({ backup, batchId }))),
  );
}

/** Keeps the row records of the newest `keep` open batches; older open batches become 'expired'. */
export function expireOldBatches(db: Database.Database, keep = KEEP_UNDOABLE): void {
  const old = prepared(
    db,
    `SELECT id FROM import_batches WHERE status = 'open' ORDER BY committed_at DESC, rowid DESC LIMIT -1 OFFSET ?`,
  )
    .pluck()
    .all(keep) as string[];
  for (const id of old) {
    prepared(db, 'DELETE FROM import_batch_rows WHERE batch_id = ?').run(id);
    prepared(db, "UPDATE import_batches SET status = 'expired' WHERE id = ?").run(id);
  }
}
