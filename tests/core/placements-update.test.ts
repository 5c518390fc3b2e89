import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import type { PlacementDetail } from '../../shared/contract/placements';
import { callUnchanged, must, signedInAs, snapshot } from './harness';
import {
  placementAudit,
  placementScene,
  refused,
  renewal,
  tryPlaceUnchanged,
  urbanPerson,
  type PostCounty,
} from './posts-fixtures';

// 修改安置信息 (placements.update) through dispatch on a real register, today 2026-11-28: each field saved and named
// in the audit row (before → after); the stale, deleted, left, CFG-14 and after-续签 refusals with their message and
// field and nothing written; a corrected end after a 续签 written to the latest renewal row too; a contract end before
// the 上岗日期 refused on entry, 修改 and 续签; the township scope.

type Core = PostCounty['core'];

/** The placement as read, sent back changed by `over`. */
const edit = (p: PlacementDetail, over: Partial<ChannelInput<'placements.update'>> = {}) =>
  ({
    id: p.id,
    expectedUpdatedAt: p.updatedAt,
    contractStart: p.contractStart,
    contractEnd: p.contractEnd,
    accidentInsurance: p.accidentInsurance,
    remark: p.remark,
    ...over,
  }) satisfies ChannelInput<'placements.update'>;

const update = (core: Core, p: PlacementDetail, over: Partial<ChannelInput<'placements.update'>> = {}) =>
  must(core, 'placements.update', edit(p, over));

const renewTo = async (core: Core, p: PlacementDetail, contractEnd: string) =>
  (await must(core, 'placements.renew', renewal(p, { contractEnd }))).placement;

const renewalRows = (core: Core, id: string) =>
  core.ctx.db
    .prepare(
      'SELECT previous_end, contract_start, contract_end FROM placement_renewals WHERE placement_id = ? ORDER BY contract_start',
    )
    .all(id);

describe('修改安置信息: saving', () => {
  it.each([
    ['contractStart', '2026-02-01', '合同(协议)开始日期 2026-01-15 → 2026-02-01'],
    ['contractEnd', '2027-01-14', '合同(协议)截止日期 2026-12-14 → 2027-01-14'],
    ['accidentInsurance', 'PA-2026-001', '意外伤害保险保单号 （空） → PA-2026-001'],
    ['remark', '合同日期按原件更正', '备注 （空） → 合同日期按原件更正'],
  ] as const)('saves %s and names the change in the audit row', async (field, value, change) => {
    const { core, placement } = await placementScene();
    const saved = await update(core, placement, { [field]: value });
    expect(saved[field]).toBe(value);
    expect(saved.updatedAt > placement.updatedAt).toBe(true);
    expect(saved.startDate).toBe('2026-01-15');
    expect(await must(core, 'placements.get', { id: placement.id })).toEqual(saved);
    expect((await placementAudit(core, placement.id))[0]).toMatch(
      new RegExp(`^修改.+（.+）在岗位 GY-001“保洁员”的安置：${change.replace(/[()]/g, '\\$&')}$`),
    );
  });

  it('names every change at once, a cleared value, and 无改动 when nothing changed', async () => {
    const { core, placement } = await placementScene();
    const all = await update(core, placement, {
      contractStart: '2026-01-20',
      contractEnd: '2026-12-31',
      accidentInsurance: ' PA-9 ',
      remark: '补录',
    });
    expect(all).toMatchObject({ contractStart: '2026-01-20', contractEnd: '2026-12-31', accidentInsurance: 'PA-9' });
    const cleared = await update(core, all, { remark: '  ' });
    expect(cleared.remark).toBeNull();
    await update(core, cleared);
    const audit = await placementAudit(core, placement.id);
    expect(audit.slice(0, 3).map((s) => s.slice(s.indexOf('的安置：') + 4))).toEqual([
      '无改动',
      '备注 补录 → （空）',
      '合同(协议)开始日期 2026-01-15 → 2026-01-20，合同(协议)截止日期 2026-12-14 → 2026-12-31，意外伤害保险保单号 （空） → PA-9，备注 （空） → 补录',
    ]);
  });
});

describe('修改安置信息: refusals, nothing written', () => {
  it('refuses a stale record and a deleted placement', async () => {
    const { core, placement } = await placementScene();
    const stale = await refused(
      core,
      'placements.update',
      edit(placement, { remark: '改', expectedUpdatedAt: '2020-01-01T00:00:00.000Z' }),
      'CONFLICT',
      '该安置记录已被他人修改，请刷新后再改',
    );
    expect(stale.ok ? null : stale.error.details).toEqual({ currentUpdatedAt: placement.updatedAt });
    const deleted = await must(core, 'placements.delete', { id: placement.id, reason: '录入错误' });
    await refused(
      core,
      'placements.update',
      edit(deleted, { remark: '改' }),
      'RULE_VIOLATION',
      '该安置记录已删除，请先恢复再修改。',
    );
  });

  it('a left placement keeps its contract dates; its policy number and note may still be corrected', async () => {
    const { core, placement } = await placementScene();
    const left = await must(core, 'placements.leave', {
      id: placement.id,
      leaveDate: '2026-11-20',
      leaveReason: 'L09',
    });
    const msg = `${placement.personName}已于 2026-11-20 离岗，合同(协议)日期不能再修改；保单号和备注仍可更正`;
    for (const [field, value] of [
      ['contractStart', '2026-01-16'],
      ['contractEnd', '2026-11-20'],
    ] as const) {
      await refused(core, 'placements.update', edit(left, { [field]: value }), 'RULE_VIOLATION', msg, {
        [field]: msg,
      });
    }
    const saved = await update(core, left, { accidentInsurance: 'PA-7', remark: '离岗后补录保单号' });
    expect(saved).toMatchObject({ status: 'left', accidentInsurance: 'PA-7', remark: '离岗后补录保单号' });
  });

  it('CFG-14: a rural term is judged on its start with the setting in force then; unchanged dates are not re-judged', async () => {
    const { core, placement } = await placementScene({}, 'rural');
    const over12 = '乡村公益性岗位协议期限不超过12个月（可续签），截止日期最晚为 2027-01-14';
    const r = await refused(
      core,
      'placements.update',
      edit(placement, { contractEnd: '2027-01-15' }),
      'RULE_VIOLATION',
      over12,
      { contractEnd: over12 },
    );
    expect(r.ok ? null : r.error.details).toEqual({ rule: 'CFG-14', overridable: false });
    // 6 months from 2026-06-01: the term as it is (started before) still saves with its policy number.
    await must(core, 'ruleSettings.set', {
      key: 'posts.ruralContractMonths',
      effectiveFrom: '2026-06-01',
      values: { value: 6 },
      note: null,
    });
    const insured = await update(core, placement, { accidentInsurance: 'PA-1', contractEnd: '2027-01-14' });
    expect(insured).toMatchObject({ accidentInsurance: 'PA-1', contractEnd: '2027-01-14' });
    const over6 = '乡村公益性岗位协议期限不超过6个月（可续签），截止日期最晚为 2026-11-30';
    await refused(core, 'placements.update', edit(insured, { contractStart: '2026-06-01' }), 'RULE_VIOLATION', over6, {
      contractEnd: over6,
    });
    const moved = await update(core, insured, { contractStart: '2026-06-01', contractEnd: '2026-11-30' });
    expect([moved.contractStart, moved.contractEnd]).toEqual(['2026-06-01', '2026-11-30']);
  });
});

describe('修改安置信息 after a 续签', () => {
  it('refuses another start; a corrected end is written to the latest renewal row too', async () => {
    const { core, placement } = await placementScene();
    const first = await renewTo(core, placement, '2027-12-14');
    const msg = '当前合同(协议)期始于 2026-11-28 办理的续签（2026-12-15 起），开始日期不能修改，只能更正截止日期';
    for (const contractStart of ['2026-12-20', '2026-01-15']) {
      await refused(core, 'placements.update', edit(first, { contractStart }), 'RULE_VIOLATION', msg, {
        contractStart: msg,
      });
    }
    // The end cannot go back to (or before) the term the renewal replaced: it would end before the renewal began.
    const back = await callUnchanged(core, 'placements.update', edit(first, { contractEnd: '2026-12-14' }));
    expect(back.ok ? null : [back.error.code, back.error.fields]).toEqual([
      'BAD_INPUT',
      { contractEnd: '合同(协议)截止日期不能早于开始日期' },
    ]);

    const corrected = await update(core, first, { contractEnd: '2027-12-31' });
    expect(corrected.renewals.map((x) => [x.previousEnd, x.contractStart, x.contractEnd])).toEqual([
      ['2026-12-14', '2026-12-15', '2027-12-31'],
    ]);
    expect((await placementAudit(core, placement.id))[0]).toMatch(
      /的安置：合同\(协议\)截止日期 2027-12-14 → 2027-12-31$/,
    );

    // After a second renewal only the latest row follows; a note alone leaves the history as it is.
    const second = await renewTo(core, corrected, '2028-06-30');
    const again = await update(core, second, { contractEnd: '2028-07-31' });
    await update(core, again, { remark: '按续签协议原件更正' });
    expect(renewalRows(core, placement.id)).toEqual([
      { previous_end: '2026-12-14', contract_start: '2026-12-15', contract_end: '2027-12-31' },
      { previous_end: '2027-12-31', contract_start: '2028-01-01', contract_end: '2028-07-31' },
    ]);
  });
});

describe('a contract end before the 上岗日期 (startDate 2026-01-15), nothing written', () => {
  const before = '合同(协议)截止日期不能早于上岗日期 2026-01-15';

  it('is refused on 修改, the end on the 上岗日期 itself saves', async () => {
    const { core, placement } = await placementScene();
    await refused(
      core,
      'placements.update',
      edit(placement, { contractStart: '2025-12-01', contractEnd: '2026-01-14' }),
      'RULE_VIOLATION',
      before,
      { contractEnd: before },
    );
    const saved = await update(core, placement, { contractStart: '2025-12-01', contractEnd: '2026-01-15' });
    expect([saved.startDate, saved.contractStart, saved.contractEnd]).toEqual([
      '2026-01-15',
      '2025-12-01',
      '2026-01-15',
    ]);
  });

  it('is refused on entry (a contract signed before the start may not end before it)', async () => {
    const { c, core } = await placementScene();
    const person = await urbanPerson(c, '19790505');
    const r = await tryPlaceUnchanged(core, person, c.urbanPostId, {
      startDate: '2026-01-15',
      contractStart: '2025-12-01',
      contractEnd: '2026-01-14',
    });
    const msg = '合同(协议)截止日期不能早于上岗日期 2026-01-15';
    expect(r.ok ? null : [r.error.code, r.error.message, r.error.fields]).toEqual([
      'RULE_VIOLATION',
      msg,
      { contractEnd: msg },
    ]);
  });

  it('is refused on 续签 of a record whose contract already ended before its start', async () => {
    const { core, placement } = await placementScene();
    // A record entered before this check: its contract ends before the person took up the post.
    core.ctx.db
      .prepare("UPDATE placements SET contract_start = '2025-12-01', contract_end = '2026-01-10' WHERE id = ?")
      .run(placement.id);
    const msg = '续签后的合同(协议)截止日期不能早于上岗日期 2026-01-15';
    await refused(core, 'placements.renew', renewal(placement, { contractEnd: '2026-01-14' }), 'RULE_VIOLATION', msg, {
      contractEnd: msg,
    });
    const renewed = await renewTo(core, placement, '2026-12-31');
    expect([renewed.contractStart, renewed.contractEnd]).toEqual(['2026-01-11', '2026-12-31']);
  });
});

it('a township clerk cannot correct another township’s placement', async () => {
  const { c, core, placement } = await placementScene();
  const clerkB = signedInAs(core, 'clerk-b', 'clerk', { townshipIds: [c.town2] });
  const before = snapshot(core);
  const r = await core.invoke('placements.update', edit(placement, { remark: '改' }), clerkB);
  expect(r.ok ? null : { code: r.error.code, message: r.error.message }).toEqual({
    code: 'FORBIDDEN',
    message: '该人员不属于您负责的乡镇（塔什米里克乡），不能修改。',
  });
  expect(snapshot(core)).toBe(before);
  const clerkA = signedInAs(core, 'clerk-a', 'clerk', { townshipIds: [c.town1] });
  expect((await core.invoke('placements.update', edit(placement, { remark: '改' }), clerkA)).ok).toBe(true);
});
