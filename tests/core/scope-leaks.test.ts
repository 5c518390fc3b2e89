// Township scope (issue 19) of figures and names that leaked past it: a 乡镇经办 of 乌帕尔镇 (A) sees on 首页 only the
// rosters they may list, and a row locked by another 乡镇's (or its 单位's) roster without that roster's name.
import { describe, expect, it } from 'vitest';
import type { HomeOverview } from '../../shared/contract/home';
import { makeCore, must, signedInAs, snapshot } from './harness';
import { refusedAs } from './refusals';
import { gradInput, graduate, internCounty } from './internships-fixtures';
import { hostRoster, townshipRosters } from './subsidies-fixtures';

const reminder = (o: HomeOverview, key: string) => o.reminders.find((r) => r.key === key)?.count;

describe('scope of what a 乡镇经办 sees', () => {
  it('首页 counts the rosters to review that the clerk may list, not another 乡镇’s', async () => {
    const s = await townshipRosters(false); // October's draft rosters of A and of a 单位 of B
    const county = await must(s.core, 'home.overview', { month: '2026-10' });
    expect(reminder(county, 'batchesToReview')).toBe(2); // the test can fail
    const r = await s.core.invoke('home.overview', { month: '2026-10' }, s.clerk);
    expect(r.ok).toBe(true);
    const mine = (r as { data: HomeOverview }).data;
    const listed = await s.core.invoke('subsidies.list', { month: '2026-10' }, s.clerk);
    const drafts = (listed as { data: { items: { status: string }[] } }).data.items.filter((b) => b.status === 'draft');
    expect(drafts).toHaveLength(1);
    expect(reminder(mine, 'batchesToReview')).toBe(drafts.length);
  });

  it('a row on another 乡镇’s 单位 roster shows as locked, without that roster’s name or id', async () => {
    const s = await townshipRosters(true);
    const grid = async (session?: string) => {
      const r = await s.core.invoke('attendance.grid', { month: '2026-10', employerId: s.employer2 }, session);
      expect(r.ok).toBe(true);
      return (r as { data: { rows: { personId: string; lock: unknown }[] } }).data.rows.find(
        (x) => x.personId === s.person3,
      )!;
    };
    const admin = await grid();
    expect(admin.lock).toMatchObject({ batchName: '2026年10月塔什米里克乡人民政府公益性岗位岗位补贴发放花名册' });
    const clerk = await grid(s.clerk);
    expect(clerk.lock).toEqual({ batchId: '', batchName: '其他乡镇或单位的花名册', status: '已审核' });
    expect(JSON.stringify(clerk)).not.toContain('塔什米里克');
  });

  it('an allowance month on another 乡镇’s 见习基地 roster shows as locked, without that roster’s name or id', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    // A graduate of 乌帕尔镇 (A) interning at 乙见习基地 of 塔什米里克乡 (B); the 基地's reviewed October roster.
    const intern = await must(core, 'internships.create', gradInput(await graduate(c), c.hostB));
    await must(core, 'allowances.generate', { month: '2026-10' });
    const roster = await hostRoster(core, '2026-10', c.hostB);
    await must(core, 'subsidies.review', { id: roster.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    const clerk = signedInAs(core, 'clerk-a', 'clerk', { townshipIds: [c.town1], displayName: '甲镇经办' });
    const row = async (session?: string) => {
      const r = await core.invoke('allowances.list', { month: '2026-10' }, session);
      expect(r.ok).toBe(true);
      return (
        r as { data: { rows: { id: string; updatedAt: string; internshipId: string; lock: unknown }[] } }
      ).data.rows.find((x) => x.internshipId === intern.id)!;
    };
    expect((await row()).lock).toMatchObject({ batchId: roster.id, batchName: roster.name }); // the test can fail
    const mine = await row(clerk);
    expect(mine.lock).toEqual({ batchId: '', batchName: '其他乡镇或单位的花名册', status: '已审核' });
    expect(JSON.stringify(mine)).not.toContain(roster.name); // the 基地 itself stays named: places are read county-wide
    // Saving it is refused as for anyone, with the same words for the roster; nothing written.
    const before = snapshot(core);
    const saved = await core.invoke(
      'allowances.save',
      {
        id: mine.id,
        expectedUpdatedAt: mine.updatedAt,
        deductionFen: 0,
        deductionReason: null,
        hostAllowanceVerified: false,
      },
      clerk,
    );
    expect(snapshot(core)).toBe(before);
    expect(saved).toMatchObject(
      refusedAs('RULE_VIOLATION', expect.stringContaining('已列入其他乡镇或单位的花名册（已审核），已锁定，不能修改')),
    );
    expect(JSON.stringify(saved)).not.toContain(roster.name);
    expect(JSON.stringify(saved)).not.toContain(roster.id);
  });
});
