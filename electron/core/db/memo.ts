import type Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import { prepared } from './prepared';
import { EXPLAIN, tablesRead } from './tables-read';
import { FINISHED, jobsExplain, readBoard, slotsOf, slotsUnchanged } from './job-writes';

/**
 * Answers kept per connection until a table they read changes (issue 13: a contact save keeps the posts' counts).
 *
 * - What a computation reads is recorded, not declared: while it runs, every statement it executes on this
 *   connection is noted, and each statement's tables come from its compiled program (db/tables-read.ts, EXPLAIN:
 *   the tables and indexes it opens, views and subqueries resolved by SQLite itself). A declared list would go
 *   stale the first time someone adds a join; the compiled program cannot.
 * - What a write touches comes from SQLite: a TEMP trigger per table (after insert, update, delete) calls a
 *   function that notes the table. better-sqlite3 has no update hook; triggers see every row change made on this
 *   connection — through any statement, foreign-key cascade or schema trigger — and cost one function call per row.
 * - Another connection's commit is not seen by those triggers: PRAGMA data_version changes then. The job worker
 *   marks the tables its calls wrote on a board shared with this thread (db/job-writes.ts): when its calls explain
 *   the commit, only the answers that read a table it wrote are dropped. Any other commit drops everything kept,
 *   as does a schema change (schema_version) or another working date (a restore opens a new connection).
 * - Nothing is kept while a transaction is open: a rolled-back write would leave an answer no trigger undoes.
 * - Row keys (ROW_KEYS): the triggers of a few tables also note a key of every row changed (a contact's
 *   registration). An answer kept with keptAndPatched names the tables it can patch itself for: a write to those
 *   only leaves it in place with the keys pending, and its next read applies them (the cost of the rows written,
 *   not of the county). Keys noted by a write that rolls back are patched too — harmless, they read as before.
 */
interface Entry {
  value: unknown;
  /** Tables read; null when unknown (an unexplainable statement): dropped by any write. */
  tables: Set<string> | null;
  /** The job worker's counters of those tables' slots before the value was computed (db/job-writes.ts). */
  slots?: [number, number][];
  patch?: Patch<unknown>;
  /** Row keys written per table since the value was last brought up to date (patch entries only). */
  pending?: Map<string, Set<string>>;
}

/** How a kept answer brings itself up to date after writes to `tables` (each listed in ROW_KEYS). */
export interface Patch<T> {
  tables: readonly string[];
  /** Updates `value` for the rows written (table → keys); returns the answer now. */
  apply: (value: T, rows: ReadonlyMap<string, ReadonlySet<string>>) => T;
}

/** Tables whose triggers note a key of each row changed (old and new): the column named. */
export const ROW_KEYS: Readonly<Record<string, string>> = {
  contacts: 'registration_id',
  registrations: 'id',
  service_level_changes: 'registration_id',
  persons: 'id',
};

/** Past this many pending keys an answer is computed again rather than patched. */
const MAX_PENDING = 2000;
interface Memo {
  /** Working date and schema version. */
  key: string;
  /** PRAGMA data_version at the last look. */
  version: number;
  /** The job worker's calls ended at the last look (db/job-writes.ts FINISHED). */
  seenFinished: number;
  entries: Map<string, Entry>;
  /** Tables written on this connection since the last look. */
  touched: Set<string>;
  /** Row keys written since the last look, for the tables of ROW_KEYS. */
  touchedRows: Map<string, Set<string>>;
  /** Tables that carry a trigger; a read of any other table makes the entry "unknown". */
  watched: Set<string>;
  /** The schema version the triggers were made for. */
  watchedSchema: number | null;
}
const memos = new WeakMap<Database.Database, Memo>();

/** The recordings of the computations running now (a computation may use another kept answer). */
const recording: { db: Database.Database; sources: Set<string>; tables: Set<string> | null }[] = [];

const TOUCH_FN = 'taizhang_memo_touched';

function watch(db: Database.Database, memo: Memo) {
  const tables = prepared(
    db,
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
  )
    .pluck()
    .all() as string[];
  db.function(TOUCH_FN, { deterministic: false, varargs: true }, (name: unknown, ...keys: unknown[]) => {
    const table = String(name);
    memo.touched.add(table);
    if (keys.length) {
      const set = memo.touchedRows.get(table) ?? new Set<string>();
      memo.touchedRows.set(table, set);
      for (const k of keys) if (k != null) set.add(String(k));
    }
    return null;
  });
  for (const t of tables) {
    const quoted = `"${t.replaceAll('"', '""')}"`;
    const lit = `'${t.replaceAll("'", "''")}'`;
    const key = Object.hasOwn(ROW_KEYS, t) ? ROW_KEYS[t] : null;
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const trigger = `"memo_${key ? 'rows_' : ''}${op.toLowerCase()}_${t.replaceAll('"', '""')}"`;
      const rows = !key
        ? []
        : op === 'INSERT'
          ? [`NEW.${key}`]
          : op === 'DELETE'
            ? [`OLD.${key}`]
            : [`OLD.${key}`, `NEW.${key}`];
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${trigger} AFTER ${op} ON main.${quoted} BEGIN SELECT ${TOUCH_FN}(${[lit, ...rows].join(', ')}); END`,
      );
    }
  }
  memo.watched = new Set(tables);
}

function memoFor(ctx: CoreContext): Memo {
  const db = ctx.db;
  const version = prepared(db, 'PRAGMA data_version').pluck().get() as number;
  const schema = prepared(db, 'PRAGMA schema_version').pluck().get() as number;
  const key = `${ctx.today()}|${schema}`;
  let memo = memos.get(db);
  const board = ctx.lane?.writes;
  if (memo && board) {
    const jobs = jobsExplain(board, memo.seenFinished);
    memo.seenFinished = jobs.finished;
    if (memo.key === key && memo.version !== version && jobs.explained) {
      // The job worker's commit: an answer whose tables it wrote is dropped when asked for (its slots moved).
      for (const [name, e] of memo.entries) if (!e.slots) memo.entries.delete(name);
      memo.version = version;
    }
  }
  if (!memo || memo.key !== key || memo.version !== version) {
    memo = memo ?? {
      key,
      version,
      seenFinished: board ? Atomics.load(board, FINISHED) : 0,
      entries: new Map(),
      touched: new Set(),
      touchedRows: new Map(),
      watched: new Set(),
      watchedSchema: null,
    };
    memo.key = key;
    memo.version = version;
    memo.entries.clear();
    memo.touched.clear();
    memo.touchedRows.clear();
    if (!db.readonly && memo.watchedSchema !== schema) {
      watch(db, memo);
      memo.watchedSchema = prepared(db, 'PRAGMA schema_version').pluck().get() as number;
      memo.key = `${ctx.today()}|${memo.watchedSchema}`;
    }
    memos.set(db, memo);
    return memo;
  }
  if (memo.touched.size > 0) {
    for (const [name, e] of memo.entries) {
      const hit = e.tables ? [...e.tables].filter((t) => memo.touched.has(t)) : null;
      if (hit && hit.length === 0) continue;
      if (!hit || !e.patch || !e.pending || !pend(e.pending, e.patch, hit, memo.touchedRows)) memo.entries.delete(name);
    }
    memo.touched.clear();
    memo.touchedRows.clear();
  }
  return memo;
}

/** Adds the keys written to the tables `hit` to `pending`; false when they cannot all be patched. */
function pend(
  pending: Map<string, Set<string>>,
  patch: Patch<unknown>,
  hit: string[],
  rows: Map<string, Set<string>>,
): boolean {
  let size = [...pending.values()].reduce((n, s) => n + s.size, 0);
  for (const t of hit) {
    const keys = rows.get(t);
    if (!patch.tables.includes(t) || !keys) return false;
    const set = pending.get(t) ?? new Set<string>();
    pending.set(t, set);
    for (const k of keys) {
      if (!set.has(k)) size++;
      set.add(k);
    }
  }
  return size <= MAX_PENDING;
}

function noteTables(tables: Set<string> | null) {
  for (const r of recording) {
    if (!r.tables) continue;
    if (!tables) r.tables = null;
    else for (const t of tables) r.tables.add(t);
  }
}

/** Kept until a table it reads is written (see above). `name` must say everything the answer depends on. */
export function keptUntilWrite<T>(ctx: CoreContext, key: string, compute: () => T): T {
  return kept(ctx, key, compute);
}

/**
 * Kept like keptUntilWrite, but a write that changes only rows of `patch.tables` (keys in ROW_KEYS) leaves the
 * answer in place, and its next read calls patch.apply with the keys written instead of computing it again.
 */
export function keptAndPatched<T>(ctx: CoreContext, key: string, compute: () => T, patch: Patch<T>): T {
  return kept(ctx, key, compute, patch);
}

/** A 乡镇经办's answers are their townships' (issue 19): never served to another scope from the cache. */
const entryName = (ctx: CoreContext, key: string) =>
  ctx.scope && !ctx.scope.county ? `${key}|scope=${ctx.scope.json}` : key;

/** Whether `key` is kept for this caller and needs no computation or patch (no write dropped it). */
export function isKept(ctx: CoreContext, key: string): boolean {
  if (ctx.db.inTransaction) return false;
  const e = memoFor(ctx).entries.get(entryName(ctx, key));
  const board = ctx.lane?.writes;
  if (e?.slots && board && !slotsUnchanged(board, e.slots)) return false;
  return !!e && !e.pending?.size;
}

function kept<T>(ctx: CoreContext, key: string, compute: () => T, patch?: Patch<T>): T {
  const db = ctx.db;
  if (db.inTransaction) return compute();
  const memo = memoFor(ctx);
  const name = entryName(ctx, key);
  const board = ctx.lane?.writes;
  let hit = memo.entries.get(name);
  if (hit?.slots && board && !slotsUnchanged(board, hit.slots)) {
    memo.entries.delete(name);
    hit = undefined;
  }
  if (hit) {
    noteTables(hit.tables);
    if (hit.pending?.size) {
      const rows = hit.pending;
      hit.pending = new Map();
      try {
        hit.value = hit.patch!.apply(hit.value, rows);
      } catch (e) {
        memo.entries.delete(name);
        throw e;
      }
    }
    return hit.value as T;
  }
  const rec = { db, sources: new Set<string>(), tables: new Set<string>() as Set<string> | null };
  const before = board ? readBoard(board) : null;
  recording.push(rec);
  let value: T;
  try {
    value = recorded(compute);
  } finally {
    recording.pop();
  }
  let tables = rec.tables;
  for (const sql of rec.sources) {
    const read = tablesRead(db, sql);
    if (!read || !tables || [...read].some((t) => !memo.watched.has(t))) {
      tables = null;
      break;
    }
    for (const t of read) tables.add(t);
  }
  memo.entries.set(name, {
    value,
    tables,
    ...(before && tables ? { slots: slotsOf(tables, before) } : {}),
    ...(patch ? { patch: patch as Patch<unknown>, pending: new Map<string, Set<string>>() } : {}),
  });
  noteTables(tables);
  return value;
}

/**
 * The tables the kept answer `name` was found to read (null: unknown, not kept, or a write dropped it or left it
 * waiting for a patch); for tests.
 */
export function keptTables(db: Database.Database, name: string): string[] | null {
  const memo = memos.get(db);
  const e = memo?.entries.get(name);
  const t = e?.tables;
  if (!t || e.pending?.size || [...t].some((x) => memo!.touched.has(x))) return null;
  return [...t].sort();
}

// While a computation runs, the statements it executes are noted. Statement objects share one prototype; the
// methods are wrapped only for the duration of the outermost computation (synchronous, so nothing else runs).
type Run = (this: Database.Statement, ...args: unknown[]) => unknown;
const METHODS = ['get', 'all', 'iterate'] as const;

function recorded<T>(compute: () => T): T {
  if (recording.length > 1) return compute();
  const proto = Object.getPrototypeOf(recording[0].db.prepare('SELECT 1')) as Record<string, Run>;
  const originals = METHODS.map((m) => proto[m]);
  METHODS.forEach((m, k) => {
    const original = originals[k];
    proto[m] = function (this: Database.Statement, ...args: unknown[]) {
      if (!this.source.startsWith(EXPLAIN))
        for (const r of recording) if (r.db === this.database) r.sources.add(this.source);
      return original.apply(this, args);
    };
  });
  try {
    return compute();
  } finally {
    METHODS.forEach((m, k) => (proto[m] = originals[k]));
  }
}
