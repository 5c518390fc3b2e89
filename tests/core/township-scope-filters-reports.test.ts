// Township scope (issue 19), reading: a 乡镇经办 of A cannot pick B as a filter, a record of B is 找不到, a county-only
// report is refused, and the frozen reports of a locked month leave out B's persons for A's clerk.
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/contract';
import { lastAuditSummary } from './harness';
import { asClerk, exportText, FILTER_REFUSED, jobAs } from './township-scope-clerk';
import { scenePerTest } from './township-scope-scene';

const scene = scenePerTest();

describe('filters, records and reports outside the townships', () => {
  it('a 乡镇 or 村 filter of B is refused, a record of B is 找不到, a county-only report is refused', async () => {
    const s = scene();
    for (const [channel, input, place] of [
      ['persons.list', { townshipId: s.c.town2 }],
      ['persons.list', { villageId: s.c.village3 }, '库木巴格村'],
      ['contactWorklists.toContact', { month: '2026-11', townshipId: s.c.town2 }],
      ['recognitions.list', { townshipId: s.c.town2 }],
      ['home.overview', { townshipId: s.c.town2 }],
      ['reports.export', { report: 'RPT-01', month: '2026-11', full: false, townshipId: s.c.town2 }],
    ] as [Channel, unknown, string?][]) {
      expect(await asClerk(s, channel, input), channel).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: FILTER_REFUSED.replace('塔什米里克乡', place ?? '塔什米里克乡') },
      });
    }

    // A record of B is 找不到; the administrator still opens it.
    for (const [channel, input] of [
      ['persons.get', { id: s.b.reg.id }],
      ['registrations.get', { id: s.ids.bRegistration }],
      ['placements.get', { id: s.ids.bPlacement }],
      ['internships.get', { id: s.ids.bInternship }],
      ['recognitions.get', { id: s.ids.bRecognition }],
      ['attendance.ofPerson', { personId: s.b.placed.id }],
    ] as [Channel, unknown][]) {
      expect(await asClerk(s, channel, input), channel).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: '找不到该记录：它不属于您负责的乡镇（乌帕尔镇）。' },
      });
      expect((await s.core.invoke(channel, input)).ok, `admin ${channel}`).toBe(true);
    }

    // A county-only report is refused; a township report is made for theirs.
    const county = await jobAs(s, s.clerkA, 'reports.export', { report: 'RPT-11', month: '2026-11', full: false });
    expect(county.result).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: '该报表按全县汇总上报，乡镇经办（乌帕尔镇）不能导出：请由县级经办或审核员导出。',
      },
    });
    const own = await jobAs(s, s.clerkA, 'reports.export', { report: 'RPT-01', month: '2026-11', full: false });
    expect(own.result?.ok).toBe(true);
    expect(lastAuditSummary(s.core, { channel: 'reports.export' })).toMatch(
      /^导出 RPT-01 就业困难人员实名制台账 2026-11 乌帕尔镇（隐藏号码，\d+ 行）$/,
    );
  });
});

describe('a locked month’s frozen reports', () => {
  it('RPT-04 and RPT-05 of township A, frozen at the lock, leave out the B resident placed on A’s post for A’s clerk', async () => {
    const s = scene();
    const admin = s.core.adminSession;
    expect((await s.core.invoke('attendance.generate', { month: '2026-10' }, admin)).ok).toBe(true);
    const locked = await jobAs(s, admin, 'periodLocks.lock', { month: '2026-10', note: null });
    expect(locked.result?.ok).toBe(true);
    // The lock froze copies of both reports (county and per 乡镇); the exports below write those copies.
    const frozenCount = s.core.ctx.db
      .prepare("SELECT count(*) FROM period_lock_reports WHERE month = '2026-10' AND report IN ('RPT-04', 'RPT-05')")
      .pluck()
      .get() as number;
    expect(frozenCount).toBeGreaterThan(2);
    const bResident = s.b.placed;
    const aResident = s.a.placed;
    for (const report of ['RPT-04', 'RPT-05']) {
      const input = { report, month: '2026-10', townshipId: s.c.town1 };
      const county = await exportText(s, admin, input);
      // The administrator's frozen copy of A has both (B's person works on A's post), so the test can fail …
      expect([report, county.includes(bResident.name), county.includes(aResident.name)]).toEqual([report, true, true]);
      // … the clerk's has A's resident only, from the same frozen copy.
      const clerk = await exportText(s, s.clerkA, input);
      expect([report, clerk.includes(bResident.name), clerk.includes(aResident.name)]).toEqual([report, false, true]);
    }
  });
});
