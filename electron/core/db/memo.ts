import type Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import { prepared } from './prepared';
import { EXPLAIN, tablesRead } from './tables-read';
import { FINISHED, jobsExplain, readBoard, slotsOf, slotsUnchanged } from './job-writes';
import { ROW_KEYS, watchWrites } from './memo-watch';

export { ROW_KEYS };

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
  /** Answers being computed in slices (buildInSlices), by entry name. */
  building: Map<string, Building>;
}
const memos = new WeakMap<Database.Database, Memo>();

/** The recordings of the computations running now (a computation may use another kept answer). */
const recording: { db: Database.Database; sources: Set<string>; tables: Set<string> | null }[] = [];

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
      building: new Map(),
    };
    memo.key = key;
    memo.version = version;
    memo.entries.clear();
    memo.touched.clear();
    memo.touchedRows.clear();
    // Another connection's commit, another date or schema: a build in slices may have read rows from before it.
    for (const b of memo.building.values()) b.dead = true;
    memo.building.clear();
    if (!db.readonly && memo.watchedSchema !== schema) {
      const m = memo;
      m.watched = watchWrites(db, (table, keys) => {
        m.touched.add(table);
        if (keys) {
          const set = m.touchedRows.get(table) ?? new Set<string>();
          m.touchedRows.set(table, set);
          for (const k of keys) set.add(k);
        }
      });
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
    for (const b of memo.building.values())
      for (const t of memo.touched) {
        const keys = memo.touchedRows.get(t);
        if (!b.patch.tables.includes(t) || !keys) b.other.add(t);
        else for (const k of keys) (b.pending.get(t) ?? b.pending.set(t, new Set()).get(t)!).add(k);
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

class NotKept extends Error {}

/**
 * The answer of keptAndPatched(ctx, key, …, patch) when one is kept (patched if need be; a build in slices is
 * finished), else null: nothing is computed from scratch (an export's hand-over must not hold the thread for it).
 */
export function keptOrNull<T>(ctx: CoreContext, key: string, patch: Patch<T>): T | null {
  try {
    return kept<T>(
      ctx,
      key,
      () => {
        throw new NotKept();
      },
      patch,
    );
  } catch (err) {
    if (err instanceof NotKept) return null;
    throw err;
  }
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
  const building = hit ? undefined : memo.building.get(name);
  if (building) {
    // Being built in slices (the warm-up): its remaining slices now, rather than the whole computation again.
    try {
      building.complete();
    } catch {
      building.dead = true;
    }
    memo.building.delete(name);
    hit = memo.entries.get(name);
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
  const tables = resolveTables(db, memo, rec.tables, rec.sources);
  memo.entries.set(name, {
    value,
    tables,
    ...(before && tables ? { slots: slotsOf(tables, before) } : {}),
    ...(patch ? { patch: patch as Patch<unknown>, pending: new Map<string, Set<string>>() } : {}),
  });
  noteTables(tables);
  return value;
}

/** `tables` with the tables the statements `sources` read; null when one is unknown or not watched. */
function resolveTables(db: Database.Database, memo: Memo, known: Set<string> | null, sources: Set<string>) {
  const tables = known;
  for (const sql of sources) {
    const read = tablesRead(db, sql);
    if (!read || !tables || [...read].some((t) => !memo.watched.has(t))) return null;
    for (const t of read) tables.add(t);
  }
  return tables;
}

/** An answer computed in slices, between which other calls run and write (buildInSlices). */
interface Building {
  patch: Patch<unknown>;
  /** What the slices read so far: tables found by kept answers they used, and statements run. */
  tables: Set<string> | null;
  sources: Set<string>;
  /** Tables written since the start that the answer cannot patch itself for. */
  other: Set<string>;
  /** Row keys written since the start (patch.tables): applied at its first read, as after a write. */
  pending: Map<string, Set<string>>;
  /** The job worker's counters at the start (db/job-writes.ts). */
  before: Int32Array | null;
  /** Runs the remaining slices at once and finishes (a read that needs the answer now). */
  complete: () => void;
  dead: boolean;
  done: boolean;
}

/** One answer computed in slices (see buildInSlices). */
export interface SlicedBuild<T> {
  /** Runs one slice, noting what it reads. Not inside a transaction. */
  step<R>(slice: () => R): R;
  /** Keeps `value`, true; false when a write or commit since the start means it cannot be kept. */
  finish(value: T): boolean;
  /** Gives up (an error): nothing is kept. */
  abandon(): void;
  /** Neither finished, abandoned nor dropped (another connection's commit, another date). */
  readonly alive: boolean;
}

/**
 * Starts computing the answer of keptAndPatched(ctx, key, …, patch) in slices, with other calls (and writes) run
 * between them (the warm-up: the month's work lists after start). It is kept as if computed at the start: rows
 * of patch.tables written meanwhile are pending and patched at its first read — a slice that read a row after its
 * write reads it again then, which changes nothing. A write to another table it read, another connection's commit
 * it cannot explain or one of the job worker's to a table it read, drops it. A read of `key` meanwhile calls
 * `complete` (the rest at once), never an answer from before a write. Null when it is kept already or a
 * transaction is open.
 */
export function buildInSlices<T>(
  ctx: CoreContext,
  key: string,
  patch: Patch<T>,
  complete: () => void,
): SlicedBuild<T> | null {
  const db = ctx.db;
  if (db.inTransaction) return null;
  const memo = memoFor(ctx);
  const name = entryName(ctx, key);
  const board = ctx.lane?.writes;
  const kept = memo.entries.get(name);
  if (memo.building.has(name) || (kept && (!kept.slots || !board || slotsUnchanged(board, kept.slots)))) return null;
  const b: Building = {
    patch: patch as Patch<unknown>,
    tables: new Set(),
    sources: new Set(),
    other: new Set(),
    pending: new Map(),
    before: board ? readBoard(board) : null,
    complete,
    dead: false,
    done: false,
  };
  memo.building.set(name, b);
  const end = () => {
    b.done = true;
    if (memo.building.get(name) === b) memo.building.delete(name);
  };
  return {
    get alive() {
      return !b.dead && !b.done;
    },
    step: (slice) => {
      const rec = { db, sources: b.sources, tables: b.tables };
      recording.push(rec);
      try {
        return recorded(slice);
      } finally {
        recording.pop();
        b.tables = rec.tables;
      }
    },
    finish: (value) => {
      const now = memoFor(ctx); // takes in the writes made since the last slice
      end();
      if (b.dead || now !== memo) return false;
      const tables = resolveTables(db, memo, b.tables, b.sources);
      if (!tables || [...tables].some((t) => b.other.has(t))) return false;
      const slots = b.before ? slotsOf(tables, b.before) : undefined;
      if (slots && board && !slotsUnchanged(board, slots)) return false;
      if ([...b.pending.values()].reduce((n, s) => n + s.size, 0) > MAX_PENDING) return false;
      if (!memo.entries.has(name))
        memo.entries.set(name, { value, tables, ...(slots ? { slots } : {}), patch: b.patch, pending: b.pending });
      return true;
    },
    abandon: end,
  };
}

/** Row keys waiting for the kept answer `name`'s patch (null: not kept); for tests. */
export function keptPending(db: Database.Database, name: string): number | null {
  const e = memos.get(db)?.entries.get(name);
  return e ? [...(e.pending?.values() ?? [])].reduce((n, s) => n + s.size, 0) : null;
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
