import { Worker } from 'node:worker_threads';
import { INTERNAL_MESSAGE, type Result } from '../../../shared/contract/result';
import type { JobLane } from './lane';
import type { JobWorkerData, LaneMessage, LaneRequest } from './lane-protocol';

const STOPPED = '后台任务进程已停止，请重新启动程序。';
const failed = (message: string): Result<unknown> => ({ ok: false, error: { code: 'INTERNAL', message } });

/**
 * Returns the lane that hands calls to the job worker (jobs/job-worker.ts), started at the first of them. Requests
 * posted before the worker is ready wait in its message queue. If the worker dies, the calls under way fail with a Chinese message
 * (their transactions were never committed) and later ones do too.
 */
export function startJobLane(url: URL, data: JobWorkerData, logError: (err: unknown, where: string) => void): JobLane {
  const pending = new Map<number, { settle: (m: LaneMessage) => void; progress?: (m: LaneMessage) => void }>();
  let nextId = 1;
  let handedOver = 0;
  let stopped = false;
  let ready = false;
  let worker: Worker | null = null;

  // Started at the first call handed over: a session that never runs a job never pays for loading it.
  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(url, { workerData: data });
    w.on('message', (m: LaneMessage) => {
      if (m.type === 'ready') {
        ready = true;
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      if (m.type === 'progress') return p.progress?.(m);
      pending.delete(m.id);
      p.settle(m);
    });
    w.on('error', (err) => logError(err, 'job worker'));
    w.on('exit', () => {
      stopped = true;
      for (const p of pending.values()) p.settle({ type: 'result', id: 0, result: failed(STOPPED) });
      pending.clear();
    });
    return (worker = w);
  };

  const request = (req: LaneRequest & { id: number }, progress?: (m: LaneMessage) => void) =>
    new Promise<LaneMessage>((settle) => {
      if (stopped) return settle({ type: 'result', id: req.id, result: failed(STOPPED) });
      pending.set(req.id, { settle, progress });
      try {
        start().postMessage(req);
      } catch (err) {
        pending.delete(req.id);
        logError(err, `job lane ${req.type}`);
        settle({ type: 'result', id: req.id, result: failed(INTERNAL_MESSAGE) });
      }
    });
  const resultOf = (m: LaneMessage): Result<unknown> => (m.type === 'result' ? m.result : failed(INTERNAL_MESSAGE));
  const control = async (type: 'suspend' | 'resume') => {
    if (!worker || stopped) return; // never started, or gone: no connection to close or reopen
    const m = await request({ type, id: nextId++ });
    if (m.type === 'ack' && m.error) throw new Error(m.error);
  };

  return {
    get handedOver() {
      return handedOver;
    },
    writes: data.writes,
    async runJob(channel, input, caller, job) {
      handedOver++;
      const cancel = new Int32Array(new SharedArrayBuffer(4));
      if (job.cancelled) Atomics.store(cancel, 0, 1); // cancelled before it was handed over
      job.onCancel?.(() => Atomics.store(cancel, 0, 1));
      const m = await request({ type: 'job', id: nextId++, channel, input, caller, cancel }, (p) => {
        if (p.type === 'progress') job.progress(p.done, p.total, p.phase);
      });
      return resultOf(m);
    },
    async runWrite(channel, input, caller) {
      handedOver++;
      return resultOf(await request({ type: 'write', id: nextId++, channel, input, caller }));
    },
    async dailyBackup() {
      const m = await request({ type: 'daily-backup', id: nextId++ });
      return m.type === 'result' && m.result.ok ? (m.result.data as string | null) : null;
    },
    suspend: () => control('suspend'),
    resume: () => control('resume'),
    close: () =>
      new Promise<void>((resolve) => {
        if (!worker || stopped) return resolve();
        worker.once('exit', () => resolve());
        // Still loading: it has opened nothing yet, so there is nothing to close cleanly.
        if (!ready) void worker.terminate();
        else worker.postMessage({ type: 'close' } satisfies LaneRequest);
      }),
  };
}
