import type Database from 'better-sqlite3';
import { systemMillis } from '../clock';

/** How long a write waits for another connection's write lock before the clerk gets the BUSY message. */
export const WRITE_WAIT_MS = 5000;
const RETRY_EVERY_MS = 5;

/** SQLITE_BUSY and its extended codes: another connection holds the write lock past busy_timeout. */
export const isBusy = (err: unknown) =>
  typeof (err as { code?: unknown })?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');

/**
 * Runs fn in one BEGIN IMMEDIATE transaction, waiting for the write lock WITHOUT holding the thread (issue 13).
 *
 * busy_timeout makes SQLite sleep inside the call: on the interactive worker, a save that meets the job worker's
 * import commit would freeze every list and search until the commit ends. So the BEGIN is tried with busy_timeout 0,
 * and while another connection holds the lock the wait is a timer (the thread answers other calls meanwhile), for
 * at most WRITE_WAIT_MS; then the BUSY error goes to the caller as before. Once the lock is taken the connection's
 * own busy_timeout is back for everything inside the transaction.
 */
export async function inWriteTransaction<T>(db: Database.Database, fn: () => T): Promise<T> {
  const giveUpAt = systemMillis() + WRITE_WAIT_MS;
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  for (;;) {
    let began = false;
    db.pragma('busy_timeout = 0');
    try {
      return db
        .transaction(() => {
          began = true;
          db.pragma(`busy_timeout = ${timeout}`);
          return fn();
        })
        .immediate();
    } catch (err) {
      if (began || !isBusy(err) || systemMillis() >= giveUpAt) throw err;
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
  }
}

/** SQLITE_BUSY_SNAPSHOT: a transaction that read a snapshot cannot write, another connection committed since. */
export const isStaleSnapshot = (err: unknown) => (err as { code?: unknown })?.code === 'SQLITE_BUSY_SNAPSHOT';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * The first write of a transaction begun DEFERRED that has already read (its WAL snapshot): SQLite takes the write
 * lock here and, the transaction holding a snapshot, without its busy handler. A plain SQLITE_BUSY (another
 * connection is writing at this moment, and may still roll back) is waited out on this thread in RETRY_EVERY_MS
 * steps for at most WRITE_WAIT_MS; SQLITE_BUSY_SNAPSHOT (another connection committed since the snapshot: what was
 * read may have changed) goes to the caller at once, as does a BUSY past the wait. Only for a job's thread: the
 * interactive lane never waits on its thread (inWriteTransaction).
 */
export function firstWrite<T>(write: () => T): T {
  const giveUpAt = systemMillis() + WRITE_WAIT_MS;
  for (;;) {
    try {
      return write();
    } catch (err) {
      if (isStaleSnapshot(err) || !isBusy(err) || systemMillis() >= giveUpAt) throw err;
    }
    Atomics.wait(pause, 0, 0, RETRY_EVERY_MS);
  }
}
