// A roster's months against the working date (2026-11-28; DOMAIN BR-19 "paid only for months on post", §3.10 prepared,
// reviewed, paid in that order): attendance and 见习补贴 rows at most one month ahead, a roster not before its first
// month, and an ordinary roster reviewed only once its month has ended; paid neither before its review nor before its
// month (VR-06 order). Each refusal names the month or the field, nothing written.
import { describe, expect, it } from 'vitest';
import { callUnchanged, makeCore, must } from './harness';
import { fieldsOf, refusedAs, refusedWith } from './refusals';
import { adjustment, generateAttendance, reviewedRoster, subsidyCounty } from './subsidies-fixtures';

describe('roster months and the working date', () => {
  it('refuses attendance and 见习补贴 rows two months ahead, and a roster, 培训补贴 or 补发/扣回 roster of a month not begun', async () => {
    const core = makeCore();
    await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-12' });
    for (const channel of ['attendance.generate', 'allowances.generate'] as const) {
      const r = await callUnchanged(core, channel, { month: '2027-01' });
      expect(r).toMatchObject(refusedAs('RULE_VIOLATION', '2027年1月尚未开始，最多生成到2026年12月。'));
      expect(fieldsOf(r)).toEqual({ month: '2027年1月尚未开始' });
    }
    const roster = await callUnchanged(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-12' });
    expect(roster).toMatchObject(refusedAs('RULE_VIOLATION', '2026年12月尚未开始。'));
    expect(fieldsOf(roster)).toEqual({ month: '2026年12月尚未开始' });
    expect(await callUnchanged(core, 'training.generateBatch', { month: '2026-12' })).toMatchObject(
      refusedWith('2026年12月尚未开始。'),
    );
    // A 补发/扣回 roster neither: it could not be reviewed or paid before its month.
    const supplement = await callUnchanged(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-12' });
    expect(supplement).toMatchObject(refusedAs('RULE_VIOLATION', '2026年12月尚未开始。'));
    expect(fieldsOf(supplement)).toEqual({ month: '2026年12月尚未开始' });
  });

  it('reviews an ordinary roster only once its month has ended; a 补发/扣回 roster of the month is not held', async () => {
    const core = makeCore();
    await subsidyCounty(core);
    await generateAttendance(core, '2026-10', '2026-11');
    const oct = await reviewedRoster(core, 'post', '2026-10');
    const nov = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    expect(
      await callUnchanged(core, 'subsidies.review', { id: nov.id, reviewedBy: '阿依古丽', confirmUnentered: true }),
    ).toMatchObject(refusedWith('2026年11月尚未结束，月末后再审核。'));
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    await must(core, 'subsidies.adjust', adjustment(sup.id, oct.items[0].id, 1_000, '10月少发'));
    expect(
      (await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽', confirmUnentered: true })).status,
    ).toBe('reviewed');
  });

  it("refuses a 拨付日期 before the review, or before the roster's month, naming the field; nothing written", async () => {
    const core = makeCore();
    await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    const oct = await reviewedRoster(core, 'post', '2026-10');
    await must(core, 'subsidies.report', { id: oct.id, approvedBy: '局长', confirmMissingAccounts: true });
    const early = await callUnchanged(core, 'subsidies.pay', {
      id: oct.id,
      paidDate: '2026-11-27',
      confirmMissingAccounts: true,
    });
    expect(fieldsOf(early)).toEqual({ paidDate: '拨付日期不能早于审核日期（2026-11-28）' });
    expect(
      (await must(core, 'subsidies.pay', { id: oct.id, paidDate: '2026-11-28', confirmMissingAccounts: true })).status,
    ).toBe('paid');
    // A 补发/扣回 roster of a later month cannot be paid before that month begins. It can no longer be made before its
    // month (see above): the working date is moved into January to make it, the review keeps today's instant.
    core.ctx.today = () => '2027-01-05';
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2027-01' });
    await must(core, 'subsidies.adjust', adjustment(sup.id, oct.items[0].id, 1_000, '10月少发'));
    await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽' });
    await must(core, 'subsidies.report', { id: sup.id, approvedBy: '局长', confirmMissingAccounts: true });
    const before = await callUnchanged(core, 'subsidies.pay', {
      id: sup.id,
      paidDate: '2026-11-28',
      confirmMissingAccounts: true,
    });
    expect(before).toMatchObject(refusedAs('RULE_VIOLATION', '拨付日期不能早于2027年1月1日'));
    expect(fieldsOf(before)).toEqual({ paidDate: '拨付日期不能早于2027年1月1日' });
  });
});
