import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError, type Result } from '../../../shared/contract/result';
import { trackJobWrites } from '../db/job-writes';
import { writerPragmas } from '../db/pragmas';
import { isChannel } from '../../../shared/contract';
import { makeNow, makeToday } from '../clock';
import type { CoreContext } from '../context';
import { errorLogger } from '../error-log';
import { execute } from '../dispatch';
import { NOBODY, contextFor } from '../modules/accounts/caller';
import { SessionStore } from '../modules/accounts/sessions';
import { dailyBackupWhenFree } from '../modules/backups/daily';
import { COUNTY } from '../scope/scope';
import type { JobWorkerData, LaneMessage, LaneRequest } from './lane-protocol';
import { JobRegistry, type JobControl } from './registry';

// The job worker (issue 13): its own thread and its own connection on the register, for the calls the interactive
// core admitted and handed over (jobs/lane.ts). WAL: its reads never wait for the interactive connection's writes
// and the interactive reads never wait for its writes; only two writes wait for each other (the interactive side
// waits without holding its thread, db/write-lock.ts). Each call runs through dispatch's own execute, as its caller.

z.config(z.locales.zhCN());
const port = parentPort;
if (!port) throw new Error('job-worker.ts must run in a worker thread');
const data = workerData as JobWorkerData;
const post = (m: LaneMessage) => port.postMessage(m);

/** The same settings as the interactive connection (db/open.ts); the schema is already migrated by it. */
function connect(): Database.Database {
  const db = new Database(data.dbFile, { fileMustExist: true, nativeBinding: data.nativeBinding });
  writerPragmas(db);
  return db;
}

const base: CoreContext = {
  db: connect(),
  today: makeToday(data.today),
  now: makeNow(data.today),
  operator: () => NOBODY,
  caller: { account: null, session: null },
  scope: COUNTY,
  sessions: new SessionStore(),
  jobs: new JobRegistry(),
  dataDir: data.dataDir,
  nativeBinding: data.nativeBinding,
  appVersion: data.appVersion,
  schemaVersion: data.schemaVersion,
  logError: errorLogger(data.dataDir, 'job worker'),
};
let open = true;
const writes = data.writes ? trackJobWrites(data.writes) : null;

function controlOf(id: number, cancel: Int32Array): JobControl {
  const cancelled = () => Atomics.load(cancel, 0) === 1;
  return {
    progress: (done, total, phase) => post({ type: 'progress', id, done, total, phase }),
    get cancelled() {
      return cancelled();
    },
    checkCancelled: () => {
      if (cancelled()) throw new AppError('CANCELLED', '已取消，数据未改动。');
    },
    breathe: () => new Promise((resolve) => setImmediate(resolve)),
  };
}

/** Test seam (JobWorkerData.gate): blocks this thread, as a long synchronous step would, until the test opens it. */
function waitAtGate() {
  if (data.gate) while (Atomics.load(data.gate, 0) === 0) Atomics.wait(data.gate, 0, 0);
}

port.on('message', async (req: LaneRequest) => {
  if (req.type === 'close') {
    if (open) base.db.close();
    open = false;
    port.close();
    return;
  }
  if (req.type === 'suspend' || req.type === 'resume') {
    try {
      if (req.type === 'suspend' && open) base.db.close();
      if (req.type === 'resume' && !open) base.db = connect();
      open = req.type === 'resume';
      post({ type: 'ack', id: req.id });
    } catch (err) {
      post({ type: 'ack', id: req.id, error: (err as Error).message });
    }
    return;
  }
  if (req.type === 'daily-backup') {
    waitAtGate();
    const name = open ? await dailyBackupWhenFree(base) : null;
    post({ type: 'result', id: req.id, result: { ok: true, data: name } });
    return;
  }
  if (!isChannel(req.channel) || !open) {
    post({
      type: 'result',
      id: req.id,
      result: { ok: false, error: { code: 'INTERNAL', message: '后台任务无法运行' } },
    });
    return;
  }
  const ctx = contextFor(base, req.caller);
  if (req.type === 'job') waitAtGate();
  // The tables the call wrote are on the board before its answer is posted (db/job-writes.ts).
  writes?.begin(base.db);
  let result: Result<unknown>;
  try {
    result =
      req.type === 'write'
        ? await execute(req.channel, req.input, ctx)
        : await execute(req.channel, req.input, ctx, undefined, controlOf(req.id, req.cancel));
  } finally {
    writes?.end();
  }
  post({ type: 'result', id: req.id, result });
});
post({ type: 'ready' });
