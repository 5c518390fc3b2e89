// Subsidy rosters through dispatch on real SQLite files: 草稿 → 已审核 → 已上报 → 已拨付, the review lock (one place,
// a message naming the roster), un-review with a reason, supplementary 补发/扣回 rosters, separate 社保补贴 rosters,
// internship allowance months with the BR-27 early-hire remainder, and the schema backstop.
import { describe, expect, it } from 'vitest';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { call, lastAuditSummary, makeCore, must, snapshot } from './harness';
import { graduateInterning, retainedEnd } from './internships-fixtures';
import { place, urbanPerson } from './posts-fixtures';
import { fieldsOf, messageOf } from './refusals';
import { adjustment, entry, OCTOBER_SI, reviewedRoster, saveUrbanOctober, subsidyCounty } from './subsidies-fixtures';

const OCT_POST = '2026年10月公益性岗位岗位补贴发放花名册';

async function octoberEntered() {
  const core = makeCore();
  const c = await subsidyCounty(core);
  await saveUrbanOctober(c, { attendedDays: 16, deductionFen: 5_000, deductionReason: '旷工一天', ...OCTOBER_SI });
  return { core, c, grid: await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId }) };
}

describe('rosters and the review lock', () => {
  it('generates, reviews, refuses any change of a locked month naming the roster, un-reviews with a reason, reports and pays', async () => {
    const { core, c, grid } = await octoberEntered();
    const draft = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    // Together (default): 岗位补贴 1770.00 + 社保补贴 456.00 for the urban person, 939.35 for the rural one.
    expect(draft).toMatchObject({
      name: OCT_POST,
      status: 'draft',
      persons: 2,
      totalFen: 177_000 + 45_600 + 93_935,
      preparedBy: '古丽',
    });
    expect(draft.items.map((i) => i.amountFen).sort()).toEqual([222_600, 93_935].sort());
    // Idempotent.
    expect((await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' })).items).toHaveLength(2);

    const reviewed = await must(core, 'subsidies.review', {
      id: draft.id,
      reviewedBy: '阿依古丽',
      confirmUnentered: true,
    });
    expect(reviewed).toMatchObject({
      status: 'reviewed',
      statusLabel: '已审核',
      reviewedBy: '阿依古丽',
      totalFen: 316_535,
      persons: 2,
    });
    // 审核人 is the name printed for signing; the 操作记录 says which account entered another person's name.
    expect(lastAuditSummary(core, { channel: 'subsidies.review' })).toBe(
      `审核${OCT_POST}：2 人，合计 3165.35 元，审核人 阿依古丽，由账号“古丽”录入`,
    );

    // Locked: the grid, generation, a new post standard and the roster itself.
    const money = () =>
      JSON.stringify(
        ['attendance_months', 'subsidy_batches', 'subsidy_batch_items'].map((t) =>
          core.ctx.db.prepare(`SELECT * FROM ${t} ORDER BY id`).all(),
        ),
      );
    const before = money();
    const u = grid.rows.find((x) => x.placementId === c.urbanPlacementId)!;
    const edit = await call(core, 'attendance.save', {
      month: '2026-10',
      employerId: c.employerId,
      rows: [entry(u, { deductionFen: 0, deductionReason: null })],
    });
    expect(edit.ok).toBe(false);
    if (!edit.ok) {
      expect(edit.error.code).toBe('RULE_VIOLATION');
      expect(edit.error.message).toBe(
        `第1行（${u.personName}）2026年10月的考勤已列入“${OCT_POST}”（已审核），已锁定，不能修改。如需更正，请在以后月份的补发/扣回花名册中办理。`,
      );
    }
    core.ctx.db.prepare('UPDATE posts SET monthly_standard = 200000').run();
    const regen = await must(core, 'attendance.generate', { month: '2026-10' });
    expect(regen).toMatchObject({ created: 0, refreshed: 0, removed: 0, locked: 2 });
    core.ctx.db.prepare('UPDATE posts SET monthly_standard = 182000').run();
    const again = await call(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    expect(messageOf(again)).toContain(`“${OCT_POST}”已审核，已锁定，不能修改`);
    const twice = await call(core, 'subsidies.review', {
      id: draft.id,
      reviewedBy: '阿依古丽',
      confirmUnentered: true,
    });
    expect(twice.ok).toBe(false);
    expect(money()).toBe(before);
    const grid2 = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    expect(grid2.rows.every((r) => r.lock?.batchName === OCT_POST && r.standardFen === 182_000)).toBe(true);

    // The schema refuses it too, whoever writes.
    expect(() =>
      core.ctx.db
        .prepare('UPDATE attendance_months SET deduction = 0, paid_amount = due_amount, deduction_reason = NULL')
        .run(),
    ).toThrow('考勤记录已列入已审核的补贴发放花名册，不能修改');
    expect(() => core.ctx.db.prepare('DELETE FROM subsidy_batch_items').run()).toThrow(
      '补贴发放花名册已审核，不能删除人员',
    );

    // Un-review: a reason is required and recorded.
    const noReason = await call(core, 'subsidies.unreview', { id: draft.id, reason: ' ' });
    expect(fieldsOf(noReason)).toEqual({ reason: '请填写撤销审核原因' });
    const un = await must(core, 'subsidies.unreview', { id: draft.id, reason: '扣减金额填错' });
    expect(un).toMatchObject({ status: 'draft', reviewedBy: null });
    expect(lastAuditSummary(core, { channel: 'subsidies.unreview' })).toBe(
      `撤销审核${OCT_POST}（原审核人 阿依古丽），原因：扣减金额填错`,
    );
    const fixed = await must(core, 'attendance.save', {
      month: '2026-10',
      employerId: c.employerId,
      rows: [entry(u, { deductionFen: 0, deductionReason: null })],
    });
    expect(fixed.rows.find((r) => r.id === u.id)).toMatchObject({ paidFen: 182_000, lock: null });
    // The draft roster follows the row.
    expect((await must(core, 'subsidies.get', { id: draft.id })).totalFen).toBe(182_000 + 45_600 + 93_935);

    await must(core, 'subsidies.review', { id: draft.id, reviewedBy: '古丽', confirmUnentered: true });
    expect(lastAuditSummary(core, { channel: 'subsidies.review' })).toMatch(/审核人 古丽$/);
    const early = await call(core, 'subsidies.pay', {
      id: draft.id,
      paidDate: '2026-11-20',
      confirmMissingAccounts: true,
    });
    expect(messageOf(early)).toBe(`“${OCT_POST}”已审核，只有已上报的花名册可以登记拨付。`);
    await must(core, 'subsidies.report', { id: draft.id, approvedBy: '局长', confirmMissingAccounts: true });
    // Paid on the day of the review (2026-11-28): not before it (roster-month-order.test.ts).
    const paid = await must(core, 'subsidies.pay', {
      id: draft.id,
      paidDate: '2026-11-28',
      confirmMissingAccounts: true,
    });
    expect(paid).toMatchObject({
      status: 'paid',
      statusLabel: '已拨付',
      approvedBy: '局长',
      paidDate: '2026-11-28',
      totalFen: 321_535,
    });
    const late = await call(core, 'subsidies.unreview', { id: draft.id, reason: '想改' });
    expect(messageOf(late)).toBe(`“${OCT_POST}”已拨付，不能撤销审核。如需更正，请在以后月份的补发/扣回花名册中办理。`);
  });

  it('a month without attendance cannot have a roster', async () => {
    const core = makeCore();
    await subsidyCounty(core);
    const r = await call(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-09' });
    expect(messageOf(r)).toBe('2026年9月还没有考勤记录，请先生成考勤。');
  });

  it('corrections of a locked month go through a 补发/扣回 roster of a later month', async () => {
    const { core, c } = await octoberEntered();
    const oct = await reviewedRoster(core, 'post', '2026-10');
    const urbanItem = oct.items.find((i) => i.amountFen === 222_600)!;
    const ruralItem = oct.items.find((i) => i.amountFen === 93_935)!;

    const same = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-10' });
    const sameMonth = await call(core, 'subsidies.adjust', adjustment(same.id, urbanItem.id, 5_000, '补发扣减'));
    expect(messageOf(sameMonth)).toBe('补发/扣回应在原花名册（2026-10）以后的月份办理。');

    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    expect(sup.name).toBe('2026年11月公益性岗位岗位补贴补发/扣回花名册');
    const added = await must(core, 'subsidies.adjust', adjustment(sup.id, urbanItem.id, 5_000, '10月扣减有误，补发'));
    expect(added.items).toEqual([
      expect.objectContaining({
        amountFen: 5_000,
        month: '2026-10',
        adjustsItemId: urbanItem.id,
        adjustsBatchName: OCT_POST,
        reason: '10月扣减有误，补发',
      }),
    ]);
    const before = snapshot(core);
    const tooMuch = await call(core, 'subsidies.adjust', adjustment(sup.id, ruralItem.id, -93_936, '扣回'));
    expect(messageOf(tooMuch)).toBe(`扣回 939.36 元超过${ruralItem.personName}该月已发的 939.35 元。`);
    const zero = await call(core, 'subsidies.adjust', adjustment(sup.id, ruralItem.id, 0, '扣回'));
    expect(fieldsOf(zero)).toEqual({ amountFen: '补发/扣回金额不能为0' });
    expect(snapshot(core)).toBe(before);
    await must(core, 'subsidies.adjust', adjustment(sup.id, ruralItem.id, -10_000, '10月多算天数，扣回'));
    const done = await must(core, 'subsidies.review', { id: sup.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    expect(done).toMatchObject({ status: 'reviewed', persons: 2, totalFen: -5_000 });

    // The corrected October roster can no longer be un-reviewed.
    const un = await call(core, 'subsidies.unreview', { id: oct.id, reason: '改' });
    expect(messageOf(un)).toBe(
      `“${OCT_POST}”已有“2026年11月公益性岗位岗位补贴补发/扣回花名册”对其补发/扣回，不能撤销审核。`,
    );
    // An ordinary roster is not a supplementary one.
    await must(core, 'attendance.generate', { month: '2026-11' });
    const nov = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    const wrong = await call(core, 'subsidies.adjust', adjustment(nov.id, urbanItem.id, 100, 'x'));
    expect(messageOf(wrong)).toBe(
      '“2026年11月公益性岗位岗位补贴发放花名册”不是补发/扣回花名册，更正请新建补发/扣回花名册。',
    );
    expect(c.employerId).toBeTruthy();
  });

  it('claimed separately, the social-insurance subsidy has its own roster and the 岗位补贴 roster pays only the subsidy', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    const refused = await call(core, 'subsidies.generateBatch', { kind: 'si', month: '2026-10' });
    expect(messageOf(refused)).toBe(
      '本县社会保险补贴与岗位补贴合并发放，已列入岗位补贴花名册，不单独编制社保补贴花名册。',
    );
    writeSetting(core.ctx.db, 'subsidy.siClaim', 'separate', '古丽', 'x');
    const { u } = await saveUrbanOctober(c, OCTOBER_SI);
    const post = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    const si = await must(core, 'subsidies.generateBatch', { kind: 'si', month: '2026-10' });
    expect(post.totalFen).toBe(182_000 + 93_935);
    expect(si).toMatchObject({ name: '2026年10月公益性岗位社保补贴发放花名册', persons: 1, totalFen: 45_600 });
    await must(core, 'subsidies.review', { id: si.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    // The row is locked by the 社保补贴 roster even while the 岗位补贴 roster is a draft.
    const edit = await call(core, 'attendance.save', {
      month: '2026-10',
      employerId: c.employerId,
      rows: [entry(u, { attendedDays: 17 })],
    });
    expect(messageOf(edit)).toContain('“2026年10月公益性岗位社保补贴发放花名册”（已审核）');
    const overview = await must(core, 'subsidies.overview', { month: '2026-10' });
    expect(overview.batches.map((b) => [b.kindLabel, b.statusLabel])).toEqual([
      ['公益性岗位岗位补贴', '草稿'],
      ['公益性岗位社保补贴', '已审核'],
    ]);
    expect(overview.employers[0]).toMatchObject({ onPost: 2, rows: 2, entered: 1, locked: 1 });
  });

  it('the overview’s 待录入 counts rows generated and neither entered nor locked, not persons on post without a row', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await must(core, 'attendance.generate', { month: '2026-10' });
    // A third person on post in October without a row (the screen names them apart: 生成考勤 adds it).
    const late = await place(core, await urbanPerson(c, '19820101'), c.urbanPostId, { startDate: '2026-10-20' });
    core.ctx.db.prepare('DELETE FROM attendance_months WHERE placement_id = ?').run(late.placement.id);
    const line = async () => (await must(core, 'subsidies.overview', { month: '2026-10' })).employers[0];
    expect(await line()).toMatchObject({ onPost: 3, rows: 2, entered: 0, missing: 2, locked: 0 });
    await reviewedRoster(core, 'post', '2026-10'); // both rows locked unentered: nothing left to enter
    expect(await line()).toMatchObject({ onPost: 3, rows: 2, entered: 0, missing: 0, locked: 2 });
  });
});

describe('internship allowance months', () => {
  it('one row per month with the BR-19 proration, the early-hire remainder in the month it ended, batched and locked the same way', async () => {
    const { core, i } = await graduateInterning();
    await must(core, 'internships.end', retainedEnd(i.id, '2026-10-15', '3', '2026-10-16', 2));
    expect(await must(core, 'allowances.generate', { month: '2026-09' })).toMatchObject({ created: 1, total: 1 });
    expect(await must(core, 'allowances.generate', { month: '2026-10' })).toMatchObject({ created: 1, total: 1 });
    expect(await must(core, 'allowances.generate', { month: '2026-11' })).toMatchObject({ created: 0, total: 0 });
    const std = i.allowanceStandardFen;
    const oct = (await must(core, 'allowances.list', { month: '2026-10' })).rows[0];
    // 15 of 31 days; remainder: 16 of 31 days of October + November … February in full.
    const half = Math.floor((2 * std * 15 + 31) / 62);
    const rest = Math.floor((2 * std * 16 + 31) / 62) + 4 * std;
    expect(oct).toMatchObject({
      days: 15,
      calendarDays: 31,
      standardFen: std,
      dueFen: half,
      earlyHireFen: rest,
      totalFen: half + rest,
      lock: null,
    });
    const b = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-10' });
    expect(b).toMatchObject({ name: '2026年10月见习补贴发放花名册', persons: 1, totalFen: half + rest });
    await must(core, 'subsidies.review', { id: b.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    expect((await must(core, 'allowances.list', { month: '2026-10' })).rows[0].lock?.batchName).toBe(
      '2026年10月见习补贴发放花名册',
    );
    // A standard of its own (BR-27: a default one follows the minimum wage, which has not changed).
    core.ctx.db
      .prepare("UPDATE internships SET allowance_standard = allowance_standard + 100, allowance_source = 'custom'")
      .run();
    expect(await must(core, 'allowances.generate', { month: '2026-10' })).toMatchObject({ locked: 1, refreshed: 0 });
    expect((await must(core, 'allowances.list', { month: '2026-10' })).rows[0].standardFen).toBe(std);
    expect(await must(core, 'allowances.generate', { month: '2026-09' })).toMatchObject({ refreshed: 1 });
  });
});
