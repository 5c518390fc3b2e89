import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/contract';
import { INTERNAL_MESSAGE } from '../../shared/contract';
import type { JobStatus } from '../../shared/contract/system';
import type { CoreOptions, StartTimes } from './core';
import { lockDataFolder } from './db/folder-lock';
import { systemMillis } from './clock';
import { StartupError } from './db/startup-error';
import type { HostRequest, WorkerMessage } from './host-protocol';

export interface CoreHost {
  /** `session`: the token the transport holds for the caller (null: not signed in). */
  invoke(channel: string, input: unknown, session?: string | null): Promise<Result<unknown>>;
  onProgress(listener: (status: JobStatus) => void): () => void;
  close(): Promise<void>;
  schemaVersion: number;
  /** When each step of the core's start ended (core.ts StartTimes), from the worker thread's start. */
  startTimes: StartTimes;
}

export type HostOptions = Omit<CoreOptions, 'onProgress' | 'warmUp'> & {
  /** The background warm-up (CoreOptions.warmUp); on unless false. */
  warmUp?: boolean;
  /** The worker script; defaults to worker-dev.mjs (loads worker.ts via tsx) from source, core-worker.js when bundled. */
  workerUrl?: URL;
  /** The job worker's script (jobs/job-worker-dev.mjs from source, job-worker.js when bundled); null: no job worker. */
  jobWorkerUrl?: URL | null;
};

function defaultWorker(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker-dev.mjs' : './core-worker.js', here);
}

/** Jobs run on a second worker, started by the core worker with its own connection (issue 13, jobs/lane.ts). */
function defaultJobWorker(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './jobs/job-worker-dev.mjs' : './job-worker.js', here);
}

/** Starts the core in a worker thread; rejects with a StartupError (Chinese message) if the database is refused. */
export function startCoreHost(options: HostOptions): Promise<CoreHost> {
  const { workerUrl, jobWorkerUrl, ...rest } = options;
  const jobWorker = jobWorkerUrl === undefined ? defaultJobWorker() : jobWorkerUrl;
  const coreOptions = { ...rest, jobWorker: jobWorker?.href, warmUp: rest.warmUp !== false };
  let release: () => void;
  try {
    release = lockDataFolder(coreOptions.dataDir);
  } catch (err) {
    return Promise.reject(err);
  }
  const spawnedAt = systemMillis();
  const worker = new Worker(workerUrl ?? defaultWorker(), { workerData: coreOptions });
  const pending = new Map<number, (r: Result<unknown>) => void>();
  const listeners = new Set<(s: JobStatus) => void>();
  let nextId = 1;
  let closed = false;

  const failAll = (message: string) => {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message } });
    pending.clear();
  };

  return new Promise((resolveHost, rejectHost) => {
    worker.on('error', (err) => {
      console.error('[core worker]', err);
      failAll(INTERNAL_MESSAGE);
      rejectHost(new StartupError('CANNOT_OPEN', `程序核心启动失败：${err.message}`));
    });
    worker.on('exit', () => {
      closed = true;
      release();
      failAll('程序核心已停止，请重新启动程序。');
    });
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'result') {
        pending.get(m.id)?.(m.result);
        pending.delete(m.id);
      } else if (m.type === 'progress') {
        for (const l of listeners) l(m.status);
      } else if (m.type === 'startup-error') {
        void worker.terminate();
        rejectHost(new StartupError(m.code, m.message));
      } else if (m.type === 'ready') {
        resolveHost({
          schemaVersion: m.schemaVersion,
          startTimes: [['core thread', spawnedAt], ...m.startTimes],
          invoke(channel, input, session) {
            if (closed)
              return Promise.resolve({
                ok: false,
                error: { code: 'INTERNAL', message: '程序核心已停止，请重新启动程序。' },
              });
            const id = nextId++;
            return new Promise((resolve) => {
              pending.set(id, resolve);
              worker.postMessage({
                type: 'invoke',
                id,
                channel,
                input,
                session: session ?? null,
              } satisfies HostRequest);
            });
          },
          onProgress(listener) {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
          close: () =>
            new Promise((resolve) => {
              if (closed) return resolve();
              worker.once('exit', () => resolve());
              worker.postMessage({ type: 'close' } satisfies HostRequest);
            }),
        });
      }
    });
  });
}
