// Internship allowance months as attendance rows (DOMAIN §3.11 mirrors §3.9; BR-27, VR-14): a deduction with its
// reason, paid = due − deduction, 单位已发放岗位补助 per month (allowances.save); a roster pays the paid amount; the
// review lock and the period lock refuse a change with nothing written; the setting 见习补贴须核实单位已发放 leaves
// months not verified off the roster with the count said.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { call, callUnchanged, lastAuditSummary, makeCore, must, mustJob } from './harness';
import { freshAllowance, gradInput, graduate, internCounty, setSetting } from './internships-fixtures';
import { refusedAs, refusedBadInput, refusedRule, refusedWith } from './refusals';

const OCT = '2026-10';
const SAVE = { deductionFen: 0, deductionReason: null, hostAllowanceVerified: false };

/** Two graduates interning at 甲 and 乙 from 2026-09-01, October's allowance months generated. */
async function twoInterns() {
  const core = makeCore();
  const c = await internCounty(core);
  const i1 = await must(core, 'internships.create', gradInput(await graduate(c), c.hostA));
  await must(core, 'internships.create', gradInput(await graduate(c, '20030611'), c.hostB, { insurancePolicy: 'P-2' }));
  await must(core, 'allowances.generate', { month: OCT });
  const rows = (await must(core, 'allowances.list', { month: OCT })).rows;
  const first = rows.find((r) => r.internshipId === i1.id)!;
  const second = rows.find((r) => r.internshipId !== i1.id)!;
  return { core, c, i1, first, second };
}

const octRows = async (core: Core) => (await must(core, 'allowances.list', { month: OCT })).rows;

describe('allowances.save', () => {
  it('records a deduction with its reason and the host allowance seen paid; the draft roster pays the paid amount', async () => {
    const { core, first, second } = await twoInterns();
    expect(first).toMatchObject({ deductionFen: 0, deductionReason: null, hostAllowanceVerified: false });
    expect(first.paidFen).toBe(first.dueFen);
    const draft = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: OCT });
    expect(draft).toMatchObject({ totalFen: first.dueFen + second.dueFen, unverifiedLeftOut: 0 });

    const saved = await must(
      core,
      'allowances.save',
      freshAllowance(core, {
        id: first.id,
        deductionFen: 30_000,
        deductionReason: '10月事假5天',
        hostAllowanceVerified: true,
      }),
    );
    expect(saved).toMatchObject({
      id: first.id,
      deductionFen: 30_000,
      deductionReason: '10月事假5天',
      paidFen: first.dueFen - 30_000,
      totalFen: first.dueFen - 30_000,
      hostAllowanceVerified: true,
    });
    const audit = core.ctx.db
      .prepare("SELECT entity, entity_id, summary FROM audit_log WHERE channel = 'allowances.save'")
      .all();
    expect(audit).toEqual([
      {
        entity: 'internshipAllowance',
        entity_id: first.id,
        summary: expect.stringMatching(
          /2026年10月的见习补贴：扣减 300\.00 元（10月事假5天），实发 \d+\.\d{2} 元，单位已发放岗位补助：是$/,
        ),
      },
    ]);
    // The draft's item follows the row; a new roster of the month pays the paid amount too.
    const roster = await must(core, 'subsidies.get', { id: draft.id });
    expect(roster.totalFen).toBe(first.dueFen - 30_000 + second.dueFen);
    // Regenerating the month keeps what the clerk entered.
    expect(await must(core, 'allowances.generate', { month: OCT })).toMatchObject({ refreshed: 0 });
    expect((await octRows(core)).find((r) => r.id === first.id)).toMatchObject({ deductionFen: 30_000 });
    // Taking the deduction back: paid = due again, the reason goes with it.
    const back = await must(
      core,
      'allowances.save',
      freshAllowance(core, { ...SAVE, id: first.id, deductionReason: '误录' }),
    );
    expect(back).toMatchObject({ deductionFen: 0, deductionReason: null, paidFen: first.dueFen });
  });

  it('a deduction the new due amount no longer covers shrinks to it when the month is generated again', async () => {
    const { core, first, i1 } = await twoInterns();
    await must(
      core,
      'allowances.save',
      freshAllowance(core, {
        ...SAVE,
        id: first.id,
        deductionFen: first.dueFen - 100,
        deductionReason: '旷岗',
      }),
    );
    await must(core, 'internships.end', { id: i1.id, endDate: '2026-10-10', endType: '4' });
    expect(await must(core, 'allowances.generate', { month: OCT })).toMatchObject({ refreshed: 1 });
    const row = (await octRows(core)).find((r) => r.id === first.id)!;
    expect(row.days).toBe(10);
    expect(row).toMatchObject({ deductionFen: row.dueFen, paidFen: 0, deductionReason: '旷岗' });
  });

  it('refuses a missing reason, more than the due amount, an unknown month: nothing written', async () => {
    const { core, first } = await twoInterns();
    const who = '2026年10月的见习补贴';
    const noReason = await callUnchanged(
      core,
      'allowances.save',
      freshAllowance(core, { ...SAVE, id: first.id, deductionFen: 1_000 }),
    );
    expect(noReason).toMatchObject({
      ...refusedBadInput({ deductionReason: '有扣减时请填写扣减原因' }),
      error: { message: expect.stringMatching(new RegExp(`${who}：有扣减时请填写扣减原因$`)) },
    });
    const tooMuch = await callUnchanged(
      core,
      'allowances.save',
      freshAllowance(core, {
        ...SAVE,
        id: first.id,
        deductionFen: first.dueFen + 1,
        deductionReason: '多扣',
      }),
    );
    expect(tooMuch).toMatchObject(refusedBadInput({ deductionFen: expect.stringContaining('不能超过应发生活费补助') }));
    const negative = await callUnchanged(
      core,
      'allowances.save',
      freshAllowance(core, { ...SAVE, id: first.id, deductionFen: -1 }),
    );
    expect(negative).toMatchObject(refusedBadInput({ deductionFen: '扣减金额不能为负数' }));
    expect(await callUnchanged(core, 'allowances.save', freshAllowance(core, { ...SAVE, id: 'nope' }))).toMatchObject(
      refusedAs('NOT_FOUND', '找不到该见习补贴记录，请刷新后重试。'),
    );
  });

  it('refuses a save made on a copy someone else has saved over since (stale): nothing written', async () => {
    const { core, first } = await twoInterns();
    const read = { ...SAVE, id: first.id, expectedUpdatedAt: first.updatedAt };
    await must(core, 'allowances.save', { ...read, deductionFen: 500, deductionReason: '旷岗' });
    const stale = await callUnchanged(core, 'allowances.save', { ...read, hostAllowanceVerified: true });
    expect(stale).toMatchObject(refusedAs('CONFLICT', '该见习补贴记录已被他人修改，请刷新后再改'));
    // Saving twice in the same millisecond still moves the stamp: the second copy is stale too.
    const saved = await must(core, 'allowances.save', freshAllowance(core, { ...SAVE, id: first.id }));
    expect(saved.updatedAt > first.updatedAt).toBe(true);
  });

  it('refuses a month a reviewed roster covers, naming the roster, and a locked month: nothing written', async () => {
    const { core, first } = await twoInterns();
    const b = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: OCT });
    await must(core, 'subsidies.review', { id: b.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    const input = { ...SAVE, id: first.id, deductionFen: 500, deductionReason: '旷岗', hostAllowanceVerified: true };
    expect(await callUnchanged(core, 'allowances.save', freshAllowance(core, input))).toMatchObject(
      refusedWith(expect.stringContaining('已列入“2026年10月见习补贴发放花名册”（已审核），已锁定，不能修改')),
    );
    await must(core, 'subsidies.unreview', { id: b.id, reason: '更正扣减' });
    await mustJob(core, 'periodLocks.lock', { month: OCT });
    const locked = '2026年10月已锁定（已上报），不能新增、修改或删除该月的见习补贴；如需更正，请管理员解锁';
    expect(await callUnchanged(core, 'allowances.save', freshAllowance(core, input))).toMatchObject(
      refusedAs('RULE_VIOLATION', locked),
    );
    // Generating a locked month is refused as attendance is.
    expect(await callUnchanged(core, 'allowances.generate', { month: OCT })).toMatchObject(
      refusedRule('month', locked),
    );
    await must(core, 'periodLocks.unlock', { month: OCT, reason: '更正见习补贴扣减' });
    expect((await call(core, 'allowances.save', freshAllowance(core, input))).ok).toBe(true);
  });
});

describe('见习补贴须核实单位已发放 (internships.requireHostAllowanceVerified)', () => {
  it('on: a roster takes only verified months and says how many it left off; off (default): every month', async () => {
    const { core, first, second } = await twoInterns();
    setSetting(core, 'internships.requireHostAllowanceVerified', true);
    await must(core, 'allowances.save', freshAllowance(core, { ...SAVE, id: first.id, hostAllowanceVerified: true }));
    const one = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: OCT });
    expect(one).toMatchObject({ persons: 1, totalFen: first.dueFen, unverifiedLeftOut: 1 });
    expect(lastAuditSummary(core, { channel: 'subsidies.generateBatch' })).toContain(
      '未核实单位已发放岗位补助未列入 1 人',
    );

    // Verified later: the next generation adds it; un-ticked again: the draft lets it go.
    await must(core, 'allowances.save', freshAllowance(core, { ...SAVE, id: second.id, hostAllowanceVerified: true }));
    expect(await must(core, 'subsidies.generateBatch', { kind: 'internship', month: OCT })).toMatchObject({
      persons: 2,
      unverifiedLeftOut: 0,
    });
    await must(core, 'allowances.save', freshAllowance(core, { ...SAVE, id: first.id, hostAllowanceVerified: false }));
    expect(await must(core, 'subsidies.generateBatch', { kind: 'internship', month: OCT })).toMatchObject({
      persons: 1,
      totalFen: second.dueFen,
      unverifiedLeftOut: 1,
    });

    setSetting(core, 'internships.requireHostAllowanceVerified', false);
    expect(await must(core, 'subsidies.generateBatch', { kind: 'internship', month: OCT })).toMatchObject({
      persons: 2,
      unverifiedLeftOut: 0,
    });
  });
});
