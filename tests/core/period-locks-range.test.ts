// A locked month's range reports (period-locks/snapshot.ts): the lock also freezes RPT-08/09/10/13/15 over the
// one-month 统计期 of the month, and an export of that one-month range writes the copy, so an undated edit after the
// lock (here a 见习单位 renamed) cannot change what was submitted; a 统计期 of several months reads today's register.
// The internship scenario of internships-fixtures.ts (today 2026-11-28), October locked.
import { describe, expect, it } from 'vitest';
import { scopeKey } from '../../electron/core/modules/period-locks/snapshot';
import { mustJob } from './harness';
import { scenario } from './internships-fixtures';
import { cellsOf, exportBook, exportLog } from './reports-export-read';

const OCTOBER = { from: '2026-10', to: '2026-10' };
const RENAMED = '疏附县甲见习基地（改名）';

describe('a locked month’s one-month range reports are the copies saved at lock', () => {
  it('RPT-08 and RPT-10 of October export as locked after a 见习单位 is renamed; October–November follows the rename', async () => {
    const { core, c } = await scenario();
    await mustJob(core, 'periodLocks.lock', { month: '2026-10', note: null });
    const frozen = core.ctx.db
      .prepare("SELECT report FROM period_lock_reports WHERE month = '2026-10' AND report IN ('RPT-08', 'RPT-10')")
      .pluck()
      .all();
    expect(frozen.sort()).toEqual(['RPT-08', 'RPT-10']);
    const before = {
      rpt08: cellsOf(await exportBook(core, { report: 'RPT-08', ...OCTOBER })),
      rpt10: cellsOf(await exportBook(core, { report: 'RPT-10', ...OCTOBER })),
    };
    expect(JSON.stringify(before)).toContain('疏附县甲见习基地');

    // An undated edit the lock allows: the host employer's name.
    core.ctx.db.prepare('UPDATE employers SET name = ? WHERE id = ?').run(RENAMED, c.hostA);

    const after = {
      rpt08: cellsOf(await exportBook(core, { report: 'RPT-08', ...OCTOBER })),
      rpt10: cellsOf(await exportBook(core, { report: 'RPT-10', ...OCTOBER })),
    };
    expect(after).toEqual(before);
    expect((await exportLog(core)).slice(0, 2)).toEqual([
      '导出 RPT-10 就业见习情况统计表 2026-10至2026-10（隐藏号码，2 行），该月已锁定，按锁定时的数据',
      '导出 RPT-08 就业见习人员花名册 2026-10至2026-10（隐藏号码，6 行），该月已锁定，按锁定时的数据',
    ]);

    // A 统计期 of two months is not one locked month: it reads the register as it is now (the test above could fail).
    const both = cellsOf(await exportBook(core, { report: 'RPT-08', from: '2026-10', to: '2026-11' }));
    expect(JSON.stringify(both)).toContain(RENAMED);
    expect((await exportLog(core))[0]).not.toContain('该月已锁定');
  });

  it('one 培训班’s RPT-13 and one 用人单位’s sheet have no frozen copy (read live)', () => {
    expect(scopeKey({ classId: 'c1' })).toBeNull();
    expect(scopeKey({ employerId: 'e1' })).toBeNull();
    expect(scopeKey({ townshipId: 't1', groupBy: 'employer' })).toBe('t:t1|g:employer');
  });
});
