import type Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import { readBoard, slotsOf, slotsUnchanged } from './job-writes';
import { noteTables, recordReads, resolveTables } from './memo-record';
import { entryName, keyCount, memoAsIs, memoFor, type Patch } from './memo-store';

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
 *
 * The pieces: memo-store.ts (each connection's answers, brought up to date at each look), memo-record.ts (what a
 * computation reads), memo-watch.ts (the triggers that note writes), memo-slices.ts (buildInSlices: an answer
 * computed in slices).
 */

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
  const value = recordReads(rec, compute);
  const tables = resolveTables(db, memo.watched, rec.tables, rec.sources);
  memo.entries.set(name, {
    value,
    tables,
    ...(before && tables ? { slots: slotsOf(tables, before) } : {}),
    ...(patch ? { patch: patch as Patch<unknown>, pending: new Map<string, Set<string>>() } : {}),
  });
  noteTables(tables);
  return value;
}

/** Row keys waiting for the kept answer `name`'s patch (null: not kept); for tests. */
export function keptPending(db: Database.Database, name: string): number | null {
  const e = memoAsIs(db)?.entries.get(name);
  return e ? keyCount(e.pending ?? new Map<string, Set<string>>()) : null;
}

/**
 * The tables the kept answer `name` was found to read (null: unknown, not kept, or a write dropped it or left it
 * waiting for a patch); for tests.
 */
export function keptTables(db: Database.Database, name: string): string[] | null {
  const memo = memoAsIs(db);
  const e = memo?.entries.get(name);
  const t = e?.tables;
  if (!t || e.pending?.size || [...t].some((x) => memo!.touched.has(x))) return null;
  return [...t].sort();
}
