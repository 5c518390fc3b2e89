// The one routine that copies the register (before a migration, daily, on request, before a restore).
// VACUUM INTO rather than better-sqlite3's db.backup(): it is synchronous, so the copy taken at start-up before a
// migration and the copies taken while the app runs are the same code; it reads one snapshot inside one read
// transaction, so the copy is consistent even while other connections write (the online backup API restarts
// whenever another connection writes the source); and it writes a compact file in rollback-journal mode that opens
// read-only with nothing created beside it. Its cost: it holds the core's thread for the copy (about a second per
// 100 MB here), which a daily or on-request backup can afford.
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** Suffix of a file still being written; such files are removed at start. */
export const PARTIAL = '.partial';

/** Flushes a written file to disk (VACUUM INTO does not sync its output). */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Below this size the copy's one flush is short anyway (and tests open many small registers). */
const FLUSH_FROM_BYTES = 64 * 1024 * 1024;

/**
 * Copies the database into `target` (which must not exist): written under `target.partial`, synced, then renamed,
 * so a killed process never leaves a half-written file under the real name. From `flushFromBytes` on, the copy is
 * flushed while it is written (flushWhileWriting).
 */
export function copyDatabase(db: Database.Database, target: string, flushFromBytes = FLUSH_FROM_BYTES): void {
  const partial = target + PARTIAL;
  rmSync(partial, { force: true });
  const flusher = sizeOf(db) >= flushFromBytes ? flushWhileWriting(partial) : { stop: () => {} };
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    flusher.stop();
    syncFile(partial);
    renameSync(partial, target);
  } catch (err) {
    flusher.stop();
    rmSync(partial, { force: true });
    throw err;
  }
}

// VACUUM INTO leaves the whole copy in the page cache and the fsync afterwards writes it out at once (588 MB for a
// county of 100,000 persons); a save's own fsync on the register then waits behind that flush for about half a
// second (issue 13, the stall bench's backup case). A small thread flushes the file every 100 ms while it is written,
// so no flush is ever larger than what 100 ms of copying produces. Best effort: a failed flush is ignored (the
// final syncFile is the one that counts).
const FLUSHER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const stop = new Int32Array(workerData.stop);
while (Atomics.wait(stop, 0, 0, 100) === 'timed-out') {
  try {
    const fd = fs.openSync(workerData.path, 'r+');
    try { fs.fdatasyncSync(fd); } finally { fs.closeSync(fd); }
  } catch {}
}`;

const sizeOf = (db: Database.Database) =>
  (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);

function flushWhileWriting(path: string): { stop: () => void } {
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(FLUSHER, { eval: true, workerData: { path, stop: stop.buffer } });
  worker.unref();
  return {
    stop: () => {
      Atomics.store(stop, 0, 1);
      Atomics.notify(stop, 0);
    },
  };
}
