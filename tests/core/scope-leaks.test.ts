// Township scope (issue 19) of figures and names that leaked past it: a 乡镇经办 of 乌帕尔镇 (A) sees on 首页 only the
// rosters they may list, and a row locked by another 乡镇's (or its 单位's) roster without that roster's name.
import { describe, expect, it } from 'vitest';
import type { HomeOverview } from '../../shared/contract/home';
import { callUnchanged, makeCore, must, signedInAs, snapshot } from './harness';
import { refusedAs } from './refusals';
import { gradInput, graduate, internCounty } from './internships-fixtures';
import { hostRoster, townshipRosters } from './subsidies-fixtures';

const reminder = (o: HomeOverview, key: string) => o.reminders.find((r) => r.key === key)?.count;

/**
 * A graduate of 乌帕尔镇 (A) interning at 乙见习基地 of 塔什米里克乡 (B); the 基地's reviewed October roster; a 乡镇经办
 * of A signed in.
 */
async function internAtOtherTownship() {
  const core = makeCore();
  const c = await internCounty(core);
  const intern = await must(core, 'internships.create', gradInput(await graduate(c), c.hostB));
  await must(core, 'allowances.generate', { month: '2026-10' });
  const roster = await hostRoster(core, '2026-10', c.hostB);
  await must(core, 'subsidies.review', { id: roster.id, reviewedBy: '阿依古丽' });
  const clerk = signedInAs(core, 'clerk-a', 'clerk', { townshipIds: [c.town1], displayName: '甲镇经办' });
  return { core, c, intern, roster, clerk };
}

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

  it('the person page’s months on another 乡镇’s 单位 roster show the roster without its name or id', async () => {
    const s = await townshipRosters(true);
    const months = async (session?: string) => {
      const r = await s.core.invoke('attendance.ofPerson', { personId: s.person3 }, session);
      expect(r.ok).toBe(true);
      return (r as { data: { rows: { month: string; roster: unknown }[] } }).data.rows.find(
        (m) => m.month === '2026-10',
      )!;
    };
    expect((await months()).roster).toMatchObject({
      batchName: '2026年10月塔什米里克乡人民政府公益性岗位岗位补贴发放花名册',
    }); // the test can fail
    const clerk = await months(s.clerk);
    expect(clerk.roster).toEqual({ batchId: '', batchName: '其他乡镇或单位的花名册', status: '已审核' });
    // The person's 单位 stays named (the placement is the person's own record); its roster does not.
    expect(JSON.stringify(clerk)).not.toContain('塔什米里克乡人民政府公益性岗位岗位补贴发放花名册');
  });

  it('an allowance month on another 乡镇’s 见习基地 roster shows as locked, without that roster’s name or id', async () => {
    const { core, intern, roster, clerk } = await internAtOtherTownship();
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

  it('editing or deleting an internship whose month is on another 乡镇’s 见习基地 roster does not name that roster', async () => {
    const { core, c, intern, roster, clerk } = await internAtOtherTownship();
    const { personId: _p, ...fields } = gradInput(intern.personId, c.hostB);
    const edit = { ...fields, id: intern.id, expectedUpdatedAt: intern.updatedAt, allowanceStandardFen: 200_000 };
    const notNamed = (r: unknown) => {
      expect(r).toMatchObject(
        refusedAs(
          'RULE_VIOLATION',
          '2026年10月的见习补贴已列入其他乡镇或单位的花名册（已审核），已锁定，不能修改。如需更正，请在以后月份的补发/扣回花名册中办理。',
        ),
      );
      expect(JSON.stringify(r)).not.toContain(roster.name);
      expect(JSON.stringify(r)).not.toContain(roster.id);
    };
    // The county's staff still read the roster's name (the test can fail).
    expect(await callUnchanged(core, 'internships.update', edit)).toMatchObject(
      refusedAs('RULE_VIOLATION', expect.stringContaining(`已列入“${roster.name}”`)),
    );
    const before = snapshot(core);
    notNamed(await core.invoke('internships.update', edit, clerk));
    notNamed(await core.invoke('internships.delete', { id: intern.id }, clerk));
    expect(snapshot(core)).toBe(before);
  });
});
