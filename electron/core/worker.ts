import { parentPort, workerData } from 'node:worker_threads';
import { openCore, type Core, type StartTimes } from './core';
import { systemMillis } from './clock';
import { StartupError } from './db/startup-error';
import type { HostRequest, WorkerMessage } from './host-protocol';

// The core in its own thread, so the Electron main process and the HTTP server never block on SQLite or Excel.
// Its modules are loaded when this body runs (the start's split, core.ts StartTimes).
const loaded: StartTimes = [['core modules', systemMillis()]];
const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');
const post = (m: WorkerMessage) => port.postMessage(m);

let core: Core | undefined;
try {
  core = openCore({ ...workerData, onProgress: (status) => post({ type: 'progress', status }) });
  post({
    type: 'ready',
    schemaVersion: core.ctx.schemaVersion,
    backupPath: core.backupPath,
    startTimes: [...loaded, ...core.startTimes],
  });
} catch (err) {
  if (err instanceof StartupError) post({ type: 'startup-error', code: err.code, message: err.message });
  else post({ type: 'startup-error', code: 'CANNOT_OPEN', message: `程序启动失败：${(err as Error).message}` });
}

port.on('message', async (req: HostRequest) => {
  if (req.type === 'close') {
    core?.close();
    await core?.closed(); // the job worker's connection is closed too before this thread ends
    port.close();
    return;
  }
  if (!core) return;
  const result = await core.invoke(req.channel, req.input, req.session);
  post({ type: 'result', id: req.id, result });
});
