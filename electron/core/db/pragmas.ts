import type Database from 'better-sqlite3';

/**
 * The settings of every connection that writes the register: the interactive one (db/open.ts, after WAL is set) and
 * the job worker's (jobs/job-worker.ts).
 * - synchronous FULL: a power cut never loses a save the clerk saw succeed (NORMAL in WAL may drop the last commits);
 *   the cost per write is measured by `npm run bench` (issue 20).
 * - temp_store MEMORY (imp28): a statement on a table with triggers (the memo's watch, db/memo-watch.ts; an import's
 *   batch record, modules/imports/batch-record.ts) keeps a statement journal, and once one statement's journal passed
 *   64 KiB SQLite wrote every later one of the transaction to a temporary file: a 10,000-row person import's commit
 *   made 732,000 pwrite calls with the batch record, 298,000 with the journals in memory (the copy and the WAL), and
 *   the record's CPU went from about 1.2 s to about 0.3 s (`npm run bench -- --only import-undo`). A month lock at
 *   100,000 persons (its ~90 reports' sorts) peaked at 355 MB either way.
 */
export function writerPragmas(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
}
