// 月份锁定 computes its reports on a read snapshot (modules/period-locks/service.ts): other connections' saves go on
// while the reports are computed, and a commit made before the lock's write phase makes the lock compute them again
// (SQLite refuses the stale snapshot's first write), at most LOCK_ATTEMPTS times, then it is refused, nothing written.
// The saves here run on a connection of their own through dispatch's execute, as the interactive lane's saves do
// while the job worker locks; the hook is the job's progress, which the in-process job reports synchronously.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/contract/system';
import type { CoreContext } from '../../electron/core/context';
import { execute } from '../../electron/core/dispatch';
import { WRITE_WAIT_MS } from '../../electron/core/db/write-lock';
import { BUSY_MESSAGE } from '../../shared/contract/result';
import { changedMessage, LOCK_ATTEMPTS } from '../../electron/core/modules/period-locks/service';
import { computeFrozen, type FrozenRow } from '../../electron/core/modules/period-locks/snapshot';
import { jobResult, makeCore, mustJob, snapshot, TODAY } from './harness';
import { county } from './persons-fixtures';
import { refusedAs } from './refusals';

const MONTH = '2026-10';
const office = (name: string) => ({ name, countyName: '疏附县', countyCode: '653121' });

type Hook = (s: JobStatus) => void;

const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A county whose lock job calls `hook.on` at each progress; `other` is a second connection to the same file. */
async function scene() {
  const hook: { on: Hook | null } = { on: null };
  const statuses: JobStatus[] = [];
  const core = makeCore(undefined, undefined, {
    onProgress: (s) => {
      if (s.channel !== 'periodLocks.lock') return;
      statuses.push(s);
      if (s.state === 'running') hook.on?.(s);
    },
  });
  await county(core);
  const other = new Database(core.ctx.db.name);
  opened.push(other);
  other.pragma('busy_timeout = 5000');
  const otherCtx: CoreContext = { ...core.ctx, db: other };
  /** settings.setOffice saved on the other connection; true when it committed before this returned. */
  const saveElsewhere = (name: string) => {
    void execute('settings.setOffice', office(name), otherCtx);
    const reader = new Database(core.ctx.db.name, { readonly: true });
    try {
      const stored = reader.prepare("SELECT value FROM settings WHERE key = 'office'").pluck().get() as string;
      return (JSON.parse(stored) as { name: string }).name === name;
    } finally {
      reader.close();
    }
  };
  const lockRows = () =>
    core.ctx.db
      .prepare('SELECT report, scope_key AS scopeKey, content FROM period_lock_reports ORDER BY report, scope_key')
      .all() as FrozenRow[];
  return { core, hook, statuses, other, saveElsewhere, lockRows };
}

describe('月份锁定 on a read snapshot', () => {
  it('a save on another connection while the reports are computed commits at once; the lock computes again and keeps it', async () => {
    const { core, hook, statuses, saveElsewhere, lockRows } = await scene();
    const saved: boolean[] = [];
    hook.on = (s) => {
      if (s.done === 3 && !s.phase?.includes('第2次')) saved.push(saveElsewhere('疏附县就业服务中心'));
    };
    const view = await mustJob(core, 'periodLocks.lock', { month: MONTH, note: null });
    // Committed while the lock was still computing (before, it waited for the lock's write transaction).
    expect(saved).toEqual([true]);
    expect(view.locks.map((l) => l.month)).toEqual([MONTH]);
    const firsts = statuses.filter((s) => s.state === 'running' && s.done === 0).map((s) => s.phase);
    expect(firsts).toEqual([
      '保存报表：RPT-01 就业困难人员实名制台账',
      '保存报表：RPT-01 就业困难人员实名制台账（数据有变动，第2次计算）',
    ]);
    // Every copy kept is the second computation's: it holds the office name saved meanwhile.
    const rows = lockRows();
    expect(rows.length).toBe(view.locks[0].frozenReports);
    expect(new Set(rows.map((r) => (JSON.parse(r.content) as { unitName: string }).unitName))).toEqual(
      new Set(['疏附县就业服务中心']),
    );
  });

  it('a commit between the last report and the write phase is caught: the copies are computed again', async () => {
    const { core, hook, saveElsewhere, lockRows } = await scene();
    let saves = 0;
    hook.on = (s) => {
      if (s.phase === '保存锁定' && saves++ === 0) expect(saveElsewhere('疏附县人社局（更正）')).toBe(true);
    };
    await mustJob(core, 'periodLocks.lock', { month: MONTH, note: null });
    expect(saves).toBe(2);
    const names = lockRows().map((r) => (JSON.parse(r.content) as { unitName: string }).unitName);
    expect(new Set(names)).toEqual(new Set(['疏附县人社局（更正）']));
  });

  it('the copies kept equal what the reports give after the lock, variant by variant', async () => {
    const { core, hook, saveElsewhere, lockRows } = await scene();
    let once = false;
    hook.on = (s) => {
      if (s.done === 5 && !once) once = saveElsewhere('疏附县人力资源和社会保障局（新）');
    };
    await mustJob(core, 'periodLocks.lock', { month: MONTH, note: null });
    expect(once).toBe(true);
    const key = (r: FrozenRow) => `${r.report}|${r.scopeKey}`;
    const now = computeFrozen(core.ctx.db, MONTH, TODAY);
    expect(now.length).toBeGreaterThan(10);
    expect(new Map(lockRows().map((r) => [key(r), r]))).toEqual(new Map(now.map((r) => [key(r), r])));
  });

  it(`refused after ${LOCK_ATTEMPTS} computations each overtaken by another commit, nothing of the lock written`, async () => {
    const { core, hook, statuses, other } = await scene();
    const before = snapshot(core);
    // Two commits that leave every value as it was still count: SQLite's check sees commits, not what they changed.
    const setName = other.prepare("UPDATE settings SET value = json_set(value, '$.name', ?) WHERE key = 'office'");
    const name = JSON.parse(
      other.prepare("SELECT value FROM settings WHERE key = 'office'").pluck().get() as string,
    ) as { name: string };
    hook.on = (s) => {
      if (s.phase !== '保存锁定') return;
      setName.run('另一个名称');
      setName.run(name.name);
    };
    const r = await jobResult(core, 'periodLocks.lock', { month: MONTH, note: '已报县局' });
    expect(r).toMatchObject(refusedAs('CONFLICT', changedMessage(MONTH)));
    expect(changedMessage(MONTH)).toBe(
      '锁定2026年10月时，其他人连续3次在报表保存完成前修改了数据，月份未锁定、数据未改动；请在保存较少时（如下班后）再锁定',
    );
    expect(statuses.filter((s) => s.phase === '保存锁定')).toHaveLength(LOCK_ATTEMPTS);
    expect(snapshot(core)).toBe(before);
    // Once the saves stop, the lock goes through.
    hook.on = null;
    expect((await mustJob(core, 'periodLocks.lock', { month: MONTH, note: null })).locks).toHaveLength(1);
  });

  it('a write lock held elsewhere at the write phase is waited for 5 s, then the BUSY message, nothing written', async () => {
    const { core, hook, other } = await scene();
    const before = snapshot(core);
    hook.on = (s) => {
      if (s.phase === '保存锁定') other.exec('BEGIN IMMEDIATE');
    };
    const t = performance.now();
    const r = await jobResult(core, 'periodLocks.lock', { month: MONTH, note: null });
    const waited = performance.now() - t;
    other.exec('ROLLBACK');
    expect(r).toMatchObject(refusedAs('BUSY', BUSY_MESSAGE));
    expect(waited).toBeGreaterThanOrEqual(WRITE_WAIT_MS);
    expect(snapshot(core)).toBe(before);
  });
});
