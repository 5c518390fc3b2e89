// Township scope of subsidy rosters (DOMAIN §9.4 "township clerk limited to own township"; scope/rules.ts): a 乡镇经办
// lists, sees in the month's overview and opens the county's rosters and their own 乡镇's (a 乡镇 roster, or a 单位
// roster of a 单位 in it), never another 乡镇's; every channel that takes a roster id refuses another 乡镇's roster
// with nothing written, and the roster exports stay county-only.
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/contract';
import { must, snapshot } from './harness';
import { refusedAs } from './refusals';
import { adjustment, townshipRosters } from './subsidies-fixtures';
import { waitJobAs } from './township-scope-scene';

const KIND = '公益性岗位岗位补贴发放花名册';
const OUTSIDE_READ = '找不到该记录：它不属于您负责的乡镇（乌帕尔镇）。';

/**
 * October's rosters of 乌帕尔镇 (A: the clerk's) and of 塔什米里克乡人民政府 (a 单位 of B), both reviewed, and a county
 * 补发/扣回 roster of November; a 乡镇经办 of A.
 */
async function rosterScene() {
  const { core, c, clerk, own, other } = await townshipRosters(true);
  const supplement = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
  /** The clerk's call, checked to leave the database as it was. */
  const asClerkUnchanged = async (channel: Channel, input: unknown) => {
    const before = snapshot(core);
    const r = await core.invoke(channel, input, clerk);
    expect(snapshot(core), `${channel} wrote to the database`).toBe(before);
    return r;
  };
  const asClerk = (channel: Channel, input: unknown) => core.invoke(channel, input, clerk);
  return { core, c, clerk, own, other, supplement, asClerk, asClerkUnchanged };
}

const names = (r: { ok: boolean; data?: unknown }) =>
  r.ok ? (r.data as { items: { name: string }[] }).items.map((b) => b.name) : r;

describe('subsidy rosters seen by a 乡镇经办', () => {
  it('subsidies.list and the month overview show the county rosters and their own 乡镇’s, never another’s', async () => {
    const s = await rosterScene();
    const ownName = `2026年10月乌帕尔镇${KIND}`;
    const otherName = `2026年10月塔什米里克乡人民政府${KIND}`;
    // The administrator sees both (the test can fail).
    expect((await must(s.core, 'subsidies.list', { month: '2026-10' })).items.map((b) => b.name)).toEqual([
      ownName,
      otherName,
    ]);
    expect(names(await s.asClerk('subsidies.list', { month: '2026-10' }))).toEqual([ownName]);
    expect(names(await s.asClerk('subsidies.list', {}))).toEqual([
      '2026年11月公益性岗位岗位补贴补发/扣回花名册',
      ownName,
    ]);
    // The months whose rosters await 审核 (the 培训补贴 tab's pointer): only the 草稿 supplement's month, October's
    // two being reviewed.
    expect(await must(s.core, 'subsidies.draftMonths', { kind: 'post' })).toEqual({ months: ['2026-11'] });
    expect(await must(s.core, 'subsidies.draftMonths', { kind: 'training' })).toEqual({ months: [] });
    const overview = await s.asClerk('subsidies.overview', { month: '2026-10' });
    expect(overview.ok && (overview.data as { batches: { name: string }[] }).batches.map((b) => b.name)).toEqual([
      ownName,
    ]);
  });

  it('another 乡镇’s roster cannot be opened, reviewed, reported, paid or corrected; nothing written', async () => {
    const s = await rosterScene();
    expect(await s.asClerk('subsidies.get', { id: s.own.id })).toMatchObject({ ok: true, data: { id: s.own.id } });
    expect(await s.asClerk('subsidies.get', { id: s.supplement.id })).toMatchObject({ ok: true });
    expect(await s.asClerkUnchanged('subsidies.get', { id: s.other.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: OUTSIDE_READ },
    });
    // Review, un-review, report and pay are the county's reviewers' work (a clerk lacks the permission), whichever roster.
    for (const [channel, input] of [
      ['subsidies.review', { id: s.other.id, reviewedBy: '甲镇经办', confirmUnentered: true }],
      ['subsidies.unreview', { id: s.other.id, reason: '核对' }],
      ['subsidies.report', { id: s.other.id, approvedBy: '甲镇经办' }],
      ['subsidies.pay', { id: s.other.id, paidDate: '2026-11-20' }],
    ] as const)
      expect(await s.asClerkUnchanged(channel, input), channel).toMatchObject(refusedAs('FORBIDDEN'));
    // A correction names a roster and an item (the item's person is checked as before): another 乡镇's roster is
    // refused even for the clerk's own person.
    const ownItem = s.own.items[0].id;
    expect(await s.asClerkUnchanged('subsidies.adjust', adjustment(s.other.id, ownItem, 1_000, '少发'))).toMatchObject(
      refusedAs('FORBIDDEN', '该地点不属于您负责的乡镇（乌帕尔镇），不能修改。'),
    );
    // Their own 乡镇's item on the county's 补发/扣回 roster is theirs to correct.
    expect(await s.asClerk('subsidies.adjust', adjustment(s.supplement.id, ownItem, 1_000, '少发'))).toMatchObject({
      ok: true,
    });
    // The roster exports are the county's: refused, whichever 乡镇.
    for (const input of [
      { report: 'RPT-06', month: '2026-10' },
      { report: 'RPT-09', from: '2026-10', to: '2026-10' },
    ]) {
      const r = await s.asClerk('reports.export', { ...input, full: false });
      expect(r.ok, input.report).toBe(true);
      const job = await waitJobAs(s, s.clerk, (r as { data: { jobId: string } }).data.jobId);
      expect(job.result, input.report).toMatchObject(
        refusedAs('FORBIDDEN', expect.stringContaining('该报表按全县汇总上报')),
      );
    }
  });
});
