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
