// 月份锁定 as a long job (uiaudit item 7): locking saves every month report of the county, each 乡镇 and each 分组方式
// in one transaction; the job reports its progress per report (the phase names it) and a 取消 between two reports
// rolls everything back — the lock, its event, the saved reports and the audit row — on a real SQLite file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/contract/system';
import { jobResult, makeCore, must, mustJob, snapshot, waitJob } from './harness';
import { county } from './persons-fixtures';
import { refusedAs, refusedRule } from './refusals';

/** A county; `cancelAt`: the clerk presses 取消 when the lock job reports that many reports saved. */
const JOB_WORKER = new URL('../../electron/core/jobs/job-worker-dev.mjs', import.meta.url).href;

async function scene(cancelAt: number | null = null) {
  const statuses: JobStatus[] = [];
  const cancel = { at: cancelAt };
  const core = makeCore(undefined, undefined, {
    onProgress: (s) => {
      statuses.push(s);
      // Progress is reported from inside the job's transaction: the cancel lands between two reports.
      if (s.channel === 'periodLocks.lock' && s.state === 'running' && s.done === cancel.at)
        core.ctx.jobs.cancel(s.jobId);
    },
  });
  await county(core);
  return { core, cancel, statuses: () => statuses.filter((s) => s.channel === 'periodLocks.lock') };
}

describe('月份锁定 job', () => {
  it('reports its progress per report, each phase naming the report, then the lock', async () => {
    const { core, statuses } = await scene();
    const view = await mustJob(core, 'periodLocks.lock', { month: '2026-10', note: null });
    expect(view.locks.map((l) => l.month)).toEqual(['2026-10']);
    const running = statuses().filter((s) => s.state === 'running');
    const total = running[0].total;
    // The county and both 乡镇 for the reports that take one, twice for those with a 分组方式.
    expect(total).toBeGreaterThan(view.locks[0].frozenReports - 1);
    expect(running.every((s) => s.total === total)).toBe(true);
    expect(running.map((s) => s.done)).toEqual([...Array(total + 1).keys()]);
    expect(running[0].phase).toBe('保存报表：RPT-01 就业困难人员实名制台账');
    expect(running.map((s) => s.phase)).toContain('保存报表：RPT-01 就业困难人员实名制台账（乌帕尔镇）');
    expect(running.map((s) => s.phase)).toContain('保存报表：RPT-03 公益性岗位开发(岗位)台账（按用人单位）');
    expect(running.at(-1)?.phase).toBe('保存锁定');
    expect(statuses().at(-1)?.state).toBe('done');
  });

  it('a cancel between two reports leaves the database exactly as before: no lock, no event, no report, no audit', async () => {
    const { core, cancel, statuses } = await scene(3);
    const before = snapshot(core);
    const r = await jobResult(core, 'periodLocks.lock', { month: '2026-10', note: '已报县局' });
    expect(r).toMatchObject(refusedAs('CANCELLED', '已取消，数据未改动。'));
    expect(statuses().map((s) => s.done)).toEqual([0, 1, 2, 3, 3]);
    expect(statuses().at(-1)?.state).toBe('cancelled');
    expect(snapshot(core)).toBe(before);
    // The file itself: another connection reads no lock and no saved report.
    const other = new Database(core.ctx.db.name, { readonly: true });
    try {
      expect(other.prepare('SELECT count(*) FROM period_locks').pluck().get()).toBe(0);
      expect(other.prepare('SELECT count(*) FROM period_lock_reports').pluck().get()).toBe(0);
    } finally {
      other.close();
    }
    // Locking again afterwards works.
    cancel.at = null;
    expect((await mustJob(core, 'periodLocks.lock', { month: '2026-10', note: null })).locks).toHaveLength(1);
  });

  it('refuses a month not ended, under the month, before any report is saved; a month that is no month at once', async () => {
    const { core, statuses } = await scene();
    expect(await jobResult(core, 'periodLocks.lock', { month: '2026-11', note: null })).toMatchObject(
      refusedRule('month', '2026年11月尚未结束，只能锁定已结束的月份（最晚2026年10月）'),
    );
    expect(statuses().filter((s) => s.state === 'running')).toEqual([]);
    const bad = await jobResult(core, 'periodLocks.lock', { month: '2026-20', note: null });
    expect(bad).toMatchObject(refusedAs('BAD_INPUT'));
  });

  it('runs in the job worker: a cancel leaves the file byte-identical; the lock it makes binds the interactive lane', async () => {
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const setGate = (open: boolean) => {
      Atomics.store(gate, 0, open ? 1 : 0);
      Atomics.notify(gate, 0);
    };
    setGate(true);
    const core = makeCore(undefined, undefined, { jobWorker: JOB_WORKER, jobGate: gate });
    await county(core);
    const bytes = () => {
      core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      return readFileSync(join(core.dataDir, 'taizhang.db'));
    };
    const before = bytes();
    setGate(false);
    const started = await must(core, 'periodLocks.lock', { month: '2026-10', note: null });
    expect(await must(core, 'jobs.cancel', { jobId: started.jobId })).toEqual({ cancelled: true });
    setGate(true);
    expect(await waitJob(core, started.jobId)).toMatchObject({ state: 'cancelled' });
    expect(bytes().equals(before)).toBe(true);

    await mustJob(core, 'periodLocks.lock', { month: '2026-10', note: null });
    expect(core.ctx.lane?.handedOver).toBe(2);
    expect((await must(core, 'periodLocks.list', {})).locks.map((l) => l.month)).toEqual(['2026-10']);
    const audit = await must(core, 'audit.list', { entity: 'periodLock' });
    expect(audit.items.map((i) => [i.summary.slice(0, 10), i.operator])).toEqual([['锁定2026年10月', '古丽']]);
  });
});
