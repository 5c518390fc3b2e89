// The one routine that copies the register (before a migration, daily, on request, before a restore).
// VACUUM INTO rather than better-sqlite3's db.backup(): it is synchronous, so the copy taken at start-up before a
// migration and the copies taken while the app runs are the same code; it reads one snapshot inside one read
// transaction, so the copy is consistent even while other connections write (the online backup API restarts
// whenever another connection writes the source); and it writes a compact file in rollback-journal mode that opens
// read-only with nothing created beside it. Its cost: it holds the core's thread for the copy (about a second per
// 100 MB here), which a daily or on-request backup can afford.
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
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

/**
 * Copies the database into `target` (which must not exist): written under `target.partial`, synced, then renamed,
 * so a killed process never leaves a half-written file under the real name.
 */
export function copyDatabase(db: Database.Database, target: string): void {
  const partial = target + PARTIAL;
  rmSync(partial, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}
