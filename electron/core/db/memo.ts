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
 */
interface Entry {
  value: unknown;
  /** Tables read; null when unknown (an unexplainable statement): dropped by any write. */
  tables: Set<string> | null;
  /** The job worker's counters of those tables' slots before the value was computed (db/job-writes.ts). */
  slots?: [number, number][];
}
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
  db.function(TOUCH_FN, { deterministic: false }, (name: unknown) => {
    memo.touched.add(String(name));
    return null;
  });
  for (const t of tables) {
    const quoted = `"${t.replaceAll('"', '""')}"`;
    const lit = `'${t.replaceAll("'", "''")}'`;
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const trigger = `"memo_${op.toLowerCase()}_${t.replaceAll('"', '""')}"`;
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${trigger} AFTER ${op} ON main.${quoted} BEGIN SELECT ${TOUCH_FN}(${lit}); END`,
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
      watched: new Set(),
      watchedSchema: null,
    };
    memo.key = key;
    memo.version = version;
    memo.entries.clear();
    memo.touched.clear();
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
      if (!e.tables || [...e.tables].some((t) => memo.touched.has(t))) memo.entries.delete(name);
    }
    memo.touched.clear();
  }
  return memo;
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
  const db = ctx.db;
  if (db.inTransaction) return compute();
  const memo = memoFor(ctx);
  // A 乡镇经办's answers are their townships' (issue 19): never served to another scope from the cache.
  const name = ctx.scope && !ctx.scope.county ? `${key}|scope=${ctx.scope.json}` : key;
  const board = ctx.lane?.writes;
  let hit = memo.entries.get(name);
  if (hit?.slots && board && !slotsUnchanged(board, hit.slots)) {
    memo.entries.delete(name);
    hit = undefined;
  }
  if (hit) {
    noteTables(hit.tables);
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
  memo.entries.set(name, { value, tables, ...(before && tables ? { slots: slotsOf(tables, before) } : {}) });
  noteTables(tables);
  return value;
}

/** The tables the kept answer `name` was found to read (null: unknown, not kept, or a write dropped it); for tests. */
export function keptTables(db: Database.Database, name: string): string[] | null {
  const memo = memos.get(db);
  const t = memo?.entries.get(name)?.tables;
  if (!t || [...t].some((x) => memo!.touched.has(x))) return null;
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
