// Issue (wave 22, locksnap): another connection's save while a month locks. A clerk's save (settings.setOffice, a
// cheap audited write on the interactive lane of the core host) is sent once the lock has computed half of its
// reports; its wait is timed. "before": the lock as it was, every report computed inside its write transaction
// (lock-before.ts, in a worker thread, rolled back) — the save waits for it, up to 5 s, then gets the BUSY message.
// "after": periodLocks.lock on the job worker, the reports computed on a read snapshot — the save commits at once and
// the lock computes its reports again (SQLite refuses the stale snapshot's write), so its time is also printed.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DB_FILE } from '../../electron/core/core';
import { startCoreHost, type CoreHost } from '../../electron/core/host';
import type { JobStatus } from '../../shared/contract/system';
import { DEMO_ADMIN } from '../seed/accounts';
import { runJob, seeded, TODAY } from './job-stall';
import { round2, type BenchEntry } from './results';

const MONTH = '2026-10';

interface LockSaveFigure {
  layout: 'before' | 'after';
  lockSeconds: number;
  saveWaitMs: number;
  saveAnswer: string;
  computations: number;
}

interface TimedSave {
  ms: number;
  answer: string;
}

async function signedIn(host: CoreHost): Promise<string> {
  const r = await host.invoke('auth.signIn', { username: DEMO_ADMIN.username, password: DEMO_ADMIN.password }, null);
  if (!r.ok) throw new Error(r.error.message);
  return (r.data as { session: string }).session;
}

export async function benchLockSave(options: {
  persons: number;
  dataDir?: string;
  log: (line: string) => void;
}): Promise<{ dataDir: string; figures: LockSaveFigure[] }> {
  const dataDir = await seeded(options.dataDir, options.persons, options.log);
  const host = await startCoreHost({ dataDir, today: TODAY });
  const figures: LockSaveFigure[] = [];
  try {
    const session = await signedIn(host);
    const office = await host.invoke('settings.get', {}, session);
    const o = (office.ok ? (office.data as { office: Record<string, string> }).office : {}) as Record<string, string>;
    const save = async (): Promise<TimedSave> => {
      const t = performance.now();
      const r = await host.invoke(
        'settings.setOffice',
        { name: o.name, countyName: o.countyName, countyCode: o.countyCode.slice(0, 6) },
        session,
      );
      return { ms: round2(performance.now() - t), answer: r.ok ? '已保存' : r.error.message };
    };
    // The job worker loads first; a month left locked by an earlier run is opened again.
    await runJob(host, session, 'imports.persons.template', {});
    const locks = await host.invoke('periodLocks.list', {}, session);
    if (locks.ok && (locks.data as { locks: { month: string }[] }).locks.some((l) => l.month === MONTH))
      await host.invoke('periodLocks.unlock', { month: MONTH, reason: '基准测试前解锁' }, session);

    // Before: the reports computed inside the write transaction, on another thread's connection.
    let beforeSave: Promise<TimedSave> | null = null;
    const worker = new Worker(new URL('./lock-before-worker.mjs', import.meta.url), {
      workerData: { dbFile: join(dataDir, DB_FILE), month: MONTH, today: TODAY },
    });
    const beforeMs = await new Promise<number>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (m: { type: string; done: number; total: number; ms: number }) => {
        if (m.type === 'progress' && !beforeSave && m.total > 0 && m.done >= m.total / 2) beforeSave = save();
        if (m.type === 'done') resolve(m.ms);
      });
    });
    await worker.terminate();
    const b = await (beforeSave ?? save());
    figures.push({
      layout: 'before',
      lockSeconds: round2(beforeMs / 1000),
      saveWaitMs: b.ms,
      saveAnswer: b.answer,
      computations: 1,
    });

    // After: periodLocks.lock on the job worker.
    let afterSave: Promise<TimedSave> | null = null;
    let computations = 1;
    const off = host.onProgress((s: JobStatus) => {
      if (s.channel !== 'periodLocks.lock' || s.state !== 'running') return;
      const n = /第(\d+)次计算/.exec(s.phase ?? '');
      if (n) computations = Math.max(computations, Number(n[1]));
      if (!afterSave && s.total > 0 && s.done >= s.total / 2) afterSave = save();
    });
    const t = performance.now();
    let answer = '已锁定';
    try {
      await runJob(host, session, 'periodLocks.lock', { month: MONTH, note: '基准测试' });
    } catch (err) {
      answer = (err as Error).message;
    } finally {
      off();
    }
    const lockSeconds = round2((performance.now() - t) / 1000);
    const a = await (afterSave ?? save());
    figures.push({
      layout: 'after',
      lockSeconds,
      saveWaitMs: a.ms,
      saveAnswer: `${a.answer}；锁定：${answer}`,
      computations,
    });
    await host.invoke('periodLocks.unlock', { month: MONTH, reason: '基准测试后解锁' }, session);
  } finally {
    await host.close();
  }
  for (const f of figures)
    options.log(
      `  [${f.layout}] 锁定 ${f.lockSeconds} 秒（计算报表 ${f.computations} 次），其间另一连接的保存等待 ${f.saveWaitMs} ms：${f.saveAnswer}`,
    );
  return { dataDir, figures };
}

export function lockSaveEntries(figures: LockSaveFigure[]): BenchEntry[] {
  const before = figures.find((f) => f.layout === 'before');
  return figures.flatMap((f) => [
    {
      name: `lock-save [${f.layout}] save wait while a month locks`,
      value: f.saveWaitMs,
      unit: 'ms',
      baseline: before?.saveWaitMs ?? null,
      ratio: before && before.saveWaitMs > 0 ? round2(f.saveWaitMs / before.saveWaitMs) : null,
    },
    { name: `lock-save [${f.layout}] lock time`, value: f.lockSeconds, unit: 's', baseline: null, ratio: null },
  ]);
}
