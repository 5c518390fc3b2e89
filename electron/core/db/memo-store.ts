// The kept answers of each connection (db/memo.ts) and how a look at the connection brings them up to date: drops
// the answers whose tables were written, leaves the patched ones pending, and starts again after another
// connection's commit, another working date or another schema.
import type Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import { prepared } from './prepared';
import { FINISHED, jobsExplain } from './job-writes';
import { watchWrites } from './memo-watch';

export interface Entry {
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
export const MAX_PENDING = 2000;

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

/** An answer computed in slices, between which other calls run and write (buildInSlices). */
export interface Building {
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

const memos = new WeakMap<Database.Database, Memo>();

/** The connection's kept answers as they stand, without a look at what changed (tests). */
export const memoAsIs = (db: Database.Database): Memo | undefined => memos.get(db);

/** How many row keys a table → keys map holds. */
export const keyCount = (rows: ReadonlyMap<string, ReadonlySet<string>>): number =>
  [...rows.values()].reduce((n, s) => n + s.size, 0);

/** A 乡镇经办's answers are their townships' (issue 19): never served to another scope from the cache. */
export const entryName = (ctx: CoreContext, key: string) =>
  ctx.scope && !ctx.scope.county ? `${key}|scope=${ctx.scope.json}` : key;

/** The connection's kept answers, brought up to date with what was written since the last look. */
export function memoFor(ctx: CoreContext): Memo {
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
  let size = keyCount(pending);
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
