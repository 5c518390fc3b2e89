// A 补发 never brings a row above what its month could have been due (audit9 gap 1; supplement-cap.ts): the full
// month of its kind — 岗位补贴 the full standard (the 社保补贴 claimed with it is a part of its own: subsidy-stat-columns),
// 0 after the subsidy period (BR-18),
// the internship allowance with its early-hire remainder (BR-27), the trainee's certificate standard and the living
// allowance of the whole class (BR-36, BR-37). A refusal names the person, the month and what may still be paid, and
// writes nothing; 扣回 keeps its own check.
import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { graduateInterning, retainedEnd } from './internships-fixtures';
import { claimedClass } from './training-fixtures';
import {
  adjustment,
  OCTOBER_SI,
  placedBeyondPeriod,
  reviewedRoster,
  saveUrbanOctober,
  subsidyCounty,
} from './subsidies-fixtures';

describe('a 补发 is capped at the month’s full amount', () => {
  it('岗位补贴 (claimed together with the social insurance): up to the full standard; 0 after the period', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    const beyond = await placedBeyondPeriod(c);
    // Urban: 1820.00 − 50.00 deducted + 456.00; rural: 16 of 31 days, 939.35; beyond the period: 0.
    await saveUrbanOctober(c, { deductionFen: 5_000, deductionReason: '旷工一天', ...OCTOBER_SI });
    const oct = await reviewedRoster(core, 'post', '2026-10');
    const itemOf = (placementId: string) => {
      const person = core.ctx.db.prepare('SELECT person_id FROM placements WHERE id = ?').pluck().get(placementId);
      return oct.items.find((i) => i.personId === person)!;
    };
    const urban = itemOf(c.urbanPlacementId);
    const rural = itemOf(c.ruralPlacementId);
    const long = itemOf(beyond.placementId);
    expect([urban.amountFen, rural.amountFen, long.amountFen]).toEqual([222_600, 93_935, 0]);
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });

    // The audit's typo: 5,000.00 on a month whose 岗位补贴 can be at most 1,820.00 (its 社保补贴 is a part of its own).
    const typo = await callUnchanged(core, 'subsidies.adjust', adjustment(sup.id, urban.id, 500_000, '补发扣减'));
    expect(typo).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: `${urban.personName}2026年10月的岗位补贴按规定最多 1820.00 元，已发（含已办理的补发/扣回）1770.00 元，本次最多还可补发 50.00 元。`,
        fields: { amountFen: '最多还可补发 50.00 元' },
      },
    });
    await must(core, 'subsidies.adjust', adjustment(sup.id, urban.id, 5_000, '10月扣减有误，补发'));
    const more = await callUnchanged(core, 'subsidies.adjust', adjustment(sup.id, urban.id, 1, '再补'));
    expect(more).toMatchObject({ ok: false, error: { fields: { amountFen: '最多还可补发 0.00 元' } } });
    // A 扣回 is not capped from above (its own check: never more than was paid).
    await must(core, 'subsidies.adjust', adjustment(sup.id, urban.id, -1_000, '多补扣回'));

    // Part of the month on post: the full month's standard is the ceiling (the days may be what is wrong).
    const ruralCap = await callUnchanged(core, 'subsidies.adjust', adjustment(sup.id, rural.id, 88_066, '天数有误'));
    expect(ruralCap).toMatchObject({ ok: false, error: { fields: { amountFen: '最多还可补发 880.65 元' } } });
    await must(core, 'subsidies.adjust', adjustment(sup.id, rural.id, 88_065, '天数有误'));

    // After the subsidy period (BR-18) nothing is due: no 补发 at all.
    const none = await callUnchanged(core, 'subsidies.adjust', adjustment(sup.id, long.id, 100, '补发'));
    expect(none).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('按规定最多 0.00 元'), fields: { amountFen: '最多还可补发 0.00 元' } },
    });

    // A second draft cannot add what the first one already takes.
    const other = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    const twice = await callUnchanged(core, 'subsidies.adjust', adjustment(other.id, rural.id, 1, '补发'));
    expect(twice).toMatchObject({ ok: false, error: { fields: { amountFen: '最多还可补发 0.00 元' } } });
  });

  it('见习补贴: the month’s full standard plus its early-hire remainder', async () => {
    const { core, i } = await graduateInterning();
    await must(core, 'internships.end', retainedEnd(i.id, '2026-10-15', '3', '2026-10-16', 2));
    await must(core, 'allowances.generate', { month: '2026-10' });
    const oct = await reviewedRoster(core, 'internship', '2026-10');
    const std = i.allowanceStandardFen;
    const half = Math.floor((2 * std * 15 + 31) / 62);
    const rest = Math.floor((2 * std * 16 + 31) / 62) + 4 * std;
    expect(oct.items[0].amountFen).toBe(half + rest);
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'internship', month: '2026-11' });
    const left = std - half;
    const over = await callUnchanged(core, 'subsidies.adjust', adjustment(sup.id, oct.items[0].id, left + 1, '补发'));
    expect(over).toMatchObject({
      ok: false,
      error: { fields: { amountFen: `最多还可补发 ${(left / 100).toFixed(2)} 元` } },
    });
    await must(core, 'subsidies.adjust', adjustment(sup.id, oct.items[0].id, left, '补发'));
  });

  it('培训补贴: the certificate’s standard plus the living allowance of every hour of the class', async () => {
    const core = makeCore(undefined, '2026-12-03');
    const { batchId } = await claimedClass(core);
    const claimed = await must(core, 'subsidies.get', { id: batchId });
    // The recognised trainee: 1000.00 + 11 days × 30.00 (90 of 100 hours); the whole class would give 12 days.
    const b = claimed.items.find((x) => x.amountFen === 133_000)!;
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'training', month: '2026-12' });
    const over = await callUnchanged(core, 'subsidies.adjust', adjustment(sup.id, b.id, 3_001, '出勤学时有误'));
    expect(over).toMatchObject({ ok: false, error: { fields: { amountFen: '最多还可补发 30.00 元' } } });
    await must(core, 'subsidies.adjust', adjustment(sup.id, b.id, 3_000, '出勤学时有误'));
  });
});
