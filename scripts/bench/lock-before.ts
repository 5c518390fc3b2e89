// The month lock as it was before it computed on a read snapshot (the lock-save bench's "before"): on a connection
// of its own in this worker thread, BEGIN IMMEDIATE, the lock row, every frozen report computed and stored inside
// that write transaction, then ROLLBACK (the month stays open for the "after" run). Posts its progress per report.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { computeFrozen, storeFrozen } from '../../electron/core/modules/period-locks/snapshot';

const port = parentPort;
if (!port) throw new Error('lock-before.ts must run in a worker thread');
const { dbFile, month, today } = workerData as { dbFile: string; month: string; today: string };
const db = new Database(dbFile, { fileMustExist: true });
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
const t = performance.now();
db.exec('BEGIN IMMEDIATE');
try {
  db.prepare('INSERT INTO period_locks (month, locked_at, locked_by, note) VALUES (?, ?, ?, NULL)').run(
    month,
    `${today}T12:00:00`,
    '基准测试',
  );
  const rows = computeFrozen(db, month, today, {
    checkCancelled: () => undefined,
    progress: (done, total) => port.postMessage({ type: 'progress', done, total }),
  });
  storeFrozen(db, month, rows);
} finally {
  db.exec('ROLLBACK');
  db.close();
}
port.postMessage({ type: 'done', ms: performance.now() - t });
