// A kept answer (db/memo.ts) computed in slices, with other calls and writes run between them (the warm-up).
import type { CoreContext } from '../context';
import { readBoard, slotsOf, slotsUnchanged } from './job-writes';
import { recordReads, resolveTables } from './memo-record';
import { entryName, keyCount, MAX_PENDING, memoFor, type Building, type Patch } from './memo-store';

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
      try {
        return recordReads(rec, slice);
      } finally {
        b.tables = rec.tables;
      }
    },
    finish: (value) => {
      const now = memoFor(ctx); // takes in the writes made since the last slice
      end();
      if (b.dead || now !== memo) return false;
      const tables = resolveTables(db, memo.watched, b.tables, b.sources);
      if (!tables || [...tables].some((t) => b.other.has(t))) return false;
      const slots = b.before ? slotsOf(tables, b.before) : undefined;
      if (slots && board && !slotsUnchanged(board, slots)) return false;
      if (keyCount(b.pending) > MAX_PENDING) return false;
      if (!memo.entries.has(name))
        memo.entries.set(name, { value, tables, ...(slots ? { slots } : {}), patch: b.patch, pending: b.pending });
      return true;
    },
    abandon: end,
  };
}
