// BR-27: an internship's fund-paid living allowance follows the monthly minimum wage in force on the first day of each
// month (like posts on the default), unless the clerk set a deliberately different fixed standard; the host's share is
// checked against each month's wage when allowances are generated (a warning, nothing changed); a reviewed month
// never changes. The test county's wage is 1,900 元; a new wage of 2,200 元 takes effect on 2026-09-15, so September
// (wage on 09-01) still pays 1,900 and October 2,200.
import { describe, expect, it } from 'vitest';
import { POST_SETTING_KEYS } from '../../electron/core/modules/posts/config';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { makeCore, must } from './harness';
import { between, gradInput, graduate, internCounty } from './internships-fixtures';

const NEW_WAGE = 220_000;

describe('BR-27 the internship allowance follows the minimum wage month by month', () => {
  it('a wage change mid-internship: the default follows from the next month start, a fixed standard stays, a reviewed month is kept', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const term = between('2026-07-01', '2026-12-31');
    const followed = await must(core, 'internships.create', gradInput(await graduate(c), c.hostA, term));
    // An amount typed equal to the wage is the wage (it follows); another amount is fixed.
    const typedWage = await must(
      core,
      'internships.create',
      gradInput(await graduate(c, '20030612'), c.hostA, { ...term, allowanceStandardFen: 190_000 }),
    );
    const fixed = await must(
      core,
      'internships.create',
      gradInput(await graduate(c, '20030613'), c.hostB, { ...term, allowanceStandardFen: 200_000 }),
    );
    expect([followed.allowanceSource, typedWage.allowanceSource, fixed.allowanceSource]).toEqual([
      'default',
      'default',
      'custom',
    ]);

    // August is generated and its roster reviewed before the new wage is entered.
    expect((await must(core, 'allowances.generate', { month: '2026-08' })).warnings).toEqual([]);
    const aug = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-08' });
    await must(core, 'subsidies.review', { id: aug.id, reviewedBy: '县就业局 努尔' });
    writeSetting(
      core.ctx.db,
      POST_SETTING_KEYS.minWage,
      { monthly: { 1: NEW_WAGE, 2: NEW_WAGE, 3: NEW_WAGE, 4: NEW_WAGE } },
      '古丽',
      '2026-11-20T00:00:00.000Z',
      '2026-09-15',
    );

    const standards = async (month: string) =>
      Object.fromEntries(
        (await must(core, 'allowances.list', { month })).rows.map((r) => [r.internshipId, [r.standardFen, r.dueFen]]),
      );
    expect((await must(core, 'allowances.generate', { month: '2026-09' })).warnings).toEqual([]);
    expect(await standards('2026-09')).toEqual({
      [followed.id]: [190_000, 190_000],
      [typedWage.id]: [190_000, 190_000],
      [fixed.id]: [200_000, 200_000],
    });
    const oct = await must(core, 'allowances.generate', { month: '2026-10' });
    expect(await standards('2026-10')).toEqual({
      [followed.id]: [NEW_WAGE, NEW_WAGE],
      [typedWage.id]: [NEW_WAGE, NEW_WAGE],
      [fixed.id]: [200_000, 200_000],
    });
    // The hosts pay 950 元, under half of October's wage (1,100 元): a warning per intern, the host allowance kept.
    expect(oct.warnings).toHaveLength(3);
    expect(oct.warnings[0]).toMatch(
      /^.+（.+）的单位岗位补助 950\.00 元低于2026年10月最低工资标准 2200\.00 元的50%（1100\.00 元\/月），请核实$/,
    );
    expect((await must(core, 'internships.get', { id: followed.id })).hostAllowanceFen).toBe(95_000);

    // The reviewed August stays at the old wage when generated again; the detail's months follow the wage.
    const again = await must(core, 'allowances.generate', { month: '2026-08' });
    expect([again.locked, again.refreshed, again.warnings]).toEqual([3, 0, []]);
    expect(await standards('2026-08')).toEqual({
      [followed.id]: [190_000, 190_000],
      [typedWage.id]: [190_000, 190_000],
      [fixed.id]: [200_000, 200_000],
    });
    const detail = await must(core, 'internships.get', { id: followed.id });
    expect(detail.allowances.map((m) => [m.month, m.dueFen])).toEqual([
      ['2026-07', 190_000],
      ['2026-08', 190_000],
      ['2026-09', 190_000],
      ['2026-10', NEW_WAGE],
      ['2026-11', NEW_WAGE],
      ['2026-12', NEW_WAGE],
    ]);
  });
});
