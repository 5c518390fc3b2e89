// attendance.ofPerson: one person's months with amounts, the roster carrying each month and later 补发/扣回.
import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { adjustment, reviewedRoster, saveUrbanOctober, subsidyCounty } from './subsidies-fixtures';

describe('attendance.ofPerson', () => {
  it('lists the months newest first with amounts, roster state and a supplementary correction', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    expect(await must(core, 'attendance.ofPerson', { personId: c.urbanPersonId })).toEqual({ rows: [] });
    const { grid } = await saveUrbanOctober(c, { attendedDays: 16, deductionFen: 5_000, deductionReason: '旷工一天' });
    await must(core, 'attendance.generate', { month: '2026-11' });
    const oct = await reviewedRoster(core, 'post', '2026-10');
    const item = oct.items.find((i) => i.personId === c.urbanPersonId)!;
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    await must(core, 'subsidies.adjust', adjustment(sup.id, item.id, 5_000, '10月扣减有误，补发'));

    const { rows } = await must(core, 'attendance.ofPerson', { personId: c.urbanPersonId });
    expect(rows.map((r) => r.month)).toEqual(['2026-11', '2026-10']);
    expect(rows[0]).toMatchObject({
      dueFen: 182_000,
      paidFen: 182_000,
      roster: null,
      adjustments: [],
      entitlementNote: null,
    });
    expect(rows[1]).toMatchObject({
      employerName: grid.employerName,
      attendedDays: 16,
      dueFen: 182_000,
      deductionFen: 5_000,
      deductionReason: '旷工一天',
      paidFen: 177_000,
      roster: { batchId: oct.id, batchName: '2026年10月公益性岗位岗位补贴发放花名册', status: '已审核' },
      adjustments: [
        {
          batchId: sup.id,
          batchName: '2026年11月公益性岗位岗位补贴补发/扣回花名册',
          status: '草稿',
          amountFen: 5_000,
          reason: '10月扣减有误，补发',
        },
      ],
    });
    // The other person's months are not mixed in.
    expect((await must(core, 'attendance.ofPerson', { personId: c.ruralPersonId })).rows.map((r) => r.paidFen)).toEqual(
      [182_000, 93_935],
    );
  });
});
