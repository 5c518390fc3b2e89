// RPT-07 columns 19–21 from reviewed rosters (DOMAIN §6.7): empty where the month has no reviewed roster, the
// 补发/扣回 of a later month counted in that month, the year to date summed.
import { describe, expect, it } from 'vitest';
import { rpt07 } from '../../electron/core/modules/posts/reports/rpt07';
import { makeCore, must } from './harness';
import { adjustment, reviewedRoster, saveUrbanOctober, subsidyCounty } from './subsidies-fixtures';

const amounts = (core: ReturnType<typeof makeCore>, month: string) => {
  const rows = Array.from(rpt07.rows(core.ctx.db, { month, today: '2026-11-28' })) as Record<string, unknown>[];
  const town = rows.find((r) => r.unit === '乌帕尔镇')!;
  return [town.c19, town.c20, town.c21];
};

describe('RPT-07 19–21 from reviewed rosters', () => {
  it('follows the October roster, a November correction, and stays empty while a month has no reviewed roster', async () => {
    // Early December: November has ended, so its roster can be reviewed.
    const core = makeCore(undefined, '2026-12-03');
    const c = await subsidyCounty(core);
    expect(amounts(core, '2026-10')).toEqual([null, null, null]);
    await saveUrbanOctober(c, {
      deductionFen: 5_000,
      deductionReason: '旷工',
      siPensionFen: 30_400,
      siMedicalFen: 14_250,
      siUnemploymentFen: 950,
    });
    const oct = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(amounts(core, '2026-10')).toEqual([null, null, null]); // a draft is not a figure
    await must(core, 'subsidies.review', { id: oct.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    // 岗位补贴 1770.00 + 939.35; 社保补贴 456.00.
    expect(amounts(core, '2026-10')).toEqual([270_935, 45_600, 316_535]);

    // November: the correction (+50.00 补发 of the October deduction) is reviewed, the month's own roster not yet.
    await must(core, 'attendance.generate', { month: '2026-11' });
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    const item = oct.items.find((i) => i.personId === c.urbanPersonId)!;
    await must(core, 'subsidies.adjust', adjustment(sup.id, item.id, 5_000, '10月扣减有误'));
    await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    expect(amounts(core, '2026-11')).toEqual([null, null, 321_535]);
    await reviewedRoster(core, 'post', '2026-11');
    // November: 1820.00 + 1820.00 full months + the 50.00 correction; no social insurance entered.
    expect(amounts(core, '2026-11')).toEqual([364_000 + 5_000, 0, 316_535 + 369_000]);
    // October is unchanged by the correction.
    expect(amounts(core, '2026-10')).toEqual([270_935, 45_600, 316_535]);
  });
});
