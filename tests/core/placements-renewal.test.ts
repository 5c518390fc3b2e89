import { describe, expect, it } from 'vitest';
import { purgePersons } from '../../electron/core/modules/archive/purge';
import type { ChannelInput } from '../../shared/contract';
import { must, signedInAs, snapshot } from './harness';
import {
  addPerson,
  place,
  placementAudit,
  placementScene,
  recognise,
  refused,
  renewal,
  type PostCounty,
} from './posts-fixtures';

// 年度考核 (BR-23) and 续签 of placements (DOMAIN §3.8, CFG-14, BR-03, VR-15) through dispatch on a real register,
// today 2026-11-28: results per year (replaced, removed), each refusal of a renewal with its message and field and
// nothing written, the override kept on the renewal row and in the audit row, the warnings, the township scope, and
// the archive purge taking the new rows with the person.

type Core = PostCounty['core'];

/** A 2026 合格 result assessed on 2026-11-20, changed by `over`. */
const assessInput = (placementId: string, over: Partial<ChannelInput<'placements.assess'>> = {}) =>
  ({
    placementId,
    year: 2026,
    result: 'pass',
    assessedOn: '2026-11-20',
    ...over,
  }) satisfies ChannelInput<'placements.assess'>;

/** Records assessInput's result; the call must succeed. */
const assess = (core: Core, placementId: string, over: Partial<ChannelInput<'placements.assess'>> = {}) =>
  must(core, 'placements.assess', assessInput(placementId, over));

describe('年度考核 (BR-23)', () => {
  it('records a year, replaces it when assessed again, lists newest year first and removes a result', async () => {
    const { core, placement } = await placementScene({ startDate: '2025-03-01', basisDate: '2025-02-01' });
    const first = await assess(core, placement.id);
    expect(first.assessments).toEqual([
      expect.objectContaining({
        year: 2026,
        result: 'pass',
        resultLabel: '合格',
        assessedOn: '2026-11-20',
        remark: null,
      }),
    ]);
    await assess(core, placement.id, { year: 2025, assessedOn: '2026-01-10' });
    const again = await assess(core, placement.id, {
      result: 'fail',
      assessedOn: '2026-11-25',
      remark: '多次无故缺勤',
    });
    expect(again.assessments.map((a) => [a.year, a.resultLabel, a.assessedOn, a.remark])).toEqual([
      [2026, '不合格', '2026-11-25', '多次无故缺勤'],
      [2025, '合格', '2026-01-10', null],
    ]);
    expect(again.updatedAt).toBe(placement.updatedAt); // a result does not touch the contract term's edit key
    const got = await must(core, 'placements.get', { id: placement.id });
    expect(got.assessments).toEqual(again.assessments);

    const removed = await must(core, 'placements.removeAssessment', { id: again.assessments[0]!.id });
    expect(removed.assessments.map((a) => a.year)).toEqual([2025]);
    await refused(
      core,
      'placements.removeAssessment',
      { id: again.assessments[0]!.id },
      'NOT_FOUND',
      '找不到该考核记录。',
    );
    const audit = await placementAudit(core, placement.id);
    expect(audit.slice(0, 4)).toEqual([
      expect.stringMatching(/^删除.+在岗位 GY-001“保洁员”的2026年度考核不合格（考核日期 2026-11-25）$/),
      expect.stringMatching(/的2026年度考核不合格（考核日期 2026-11-25）（原为合格，考核日期 2026-11-20）$/),
      expect.stringMatching(/的2025年度考核合格（考核日期 2026-01-10）$/),
      expect.stringMatching(/的2026年度考核合格（考核日期 2026-11-20）$/),
    ]);
  });

  it.each([
    [{ year: 2025 }, 'year', '考核年度不能早于上岗年度 2026 年'],
    [{ year: 2027, assessedOn: '2027-01-05' }, 'year', '考核年度不能晚于今年（2026 年）'],
    [{ assessedOn: '2026-11-29' }, 'assessedOn', '考核日期不能晚于今天（2026-11-28）'],
  ])('refuses %j (field %s), nothing written', async (over, field, message) => {
    const { core, placement } = await placementScene();
    await refused(core, 'placements.assess', assessInput(placement.id, over), 'RULE_VIOLATION', message, {
      [field]: message,
    });
  });

  it('a left placement is assessed up to its leave year; a deleted one not at all', async () => {
    const { core, placement } = await placementScene({ startDate: '2025-03-01', basisDate: '2025-02-01' });
    await must(core, 'placements.leave', { id: placement.id, leaveDate: '2025-12-31', leaveReason: 'L09' });
    expect((await assess(core, placement.id, { year: 2025 })).status).toBe('left');
    const after = '考核年度不能晚于离岗年度 2025 年';
    await refused(core, 'placements.assess', assessInput(placement.id), 'RULE_VIOLATION', after, { year: after });
    const other = await placementScene();
    await must(other.core, 'placements.delete', { id: other.placement.id, reason: '录入错误' });
    await refused(
      other.core,
      'placements.assess',
      assessInput(other.placement.id),
      'RULE_VIOLATION',
      '该安置记录已删除，请先恢复再修改。',
    );
  });
});

describe('续签 (renewal)', () => {
  it('moves the contract to the next term, keeps the old one in the history and warns of a missing assessment', async () => {
    const { core, placement } = await placementScene();
    const saved = await must(core, 'placements.renew', renewal(placement));
    expect(saved.warnings).toEqual({ assessment: '2026年度考核结果尚未录入，请及时补录' });
    expect(saved.placement).toMatchObject({
      contractStart: '2026-12-15',
      contractEnd: '2027-12-14',
      startDate: '2026-01-15',
    });
    expect(saved.placement.renewals).toEqual([
      {
        id: expect.any(String),
        previousStart: '2026-01-15',
        previousEnd: '2026-12-14',
        contractStart: '2026-12-15',
        contractEnd: '2027-12-14',
        renewedOn: '2026-11-28',
        overrideReason: null,
        by: '古丽',
      },
    ]);
    expect(saved.placement.updatedAt > placement.updatedAt).toBe(true);
    // A second renewal continues from the new end; the history lists the newest first.
    const next = await must(core, 'placements.renew', renewal(saved.placement, { contractEnd: '2028-06-30' }));
    expect(next.placement.renewals.map((r) => [r.previousEnd, r.contractStart, r.contractEnd])).toEqual([
      ['2027-12-14', '2027-12-15', '2028-06-30'],
      ['2026-12-14', '2026-12-15', '2027-12-14'],
    ]);
    expect((await placementAudit(core, placement.id))[1]).toMatch(
      /^.+（.+）在岗位 GY-001“保洁员”续签合同\(协议\)：2026-12-15 至 2027-12-14（原合同 2026-01-15 至 2026-12-14）$/,
    );
  });

  it('BR-23: a 不合格 year refuses the renewal unless a reason is given; the reason is on the renewal and audit rows', async () => {
    const { core, placement } = await placementScene();
    await assess(core, placement.id, { result: 'fail' });
    const msg = `${placement.personName}2026年度考核不合格，不能续签；如确需续签，请填写续签理由`;
    const r = await refused(core, 'placements.renew', renewal(placement), 'RULE_VIOLATION', msg, {
      'override.reason': msg,
    });
    expect(r.ok ? null : r.error.details).toEqual({ rule: 'BR-23', overridable: true });

    const saved = await must(
      core,
      'placements.renew',
      renewal(placement, { override: { reason: '经村委会评议同意续签' } }),
    );
    expect(saved.warnings).toEqual({});
    expect(saved.placement.renewals[0]?.overrideReason).toBe('经村委会评议同意续签');
    expect((await placementAudit(core, placement.id))[0]).toMatch(
      /续签合同\(协议\)：2026-12-15 至 2027-12-14（原合同 2026-01-15 至 2026-12-14）；强制保存（上年度考核不合格），原因：经村委会评议同意续签$/,
    );
  });

  it('BR-23: a contract ending early in January is decided by the year before (the 考核 of a year is made at its end)', async () => {
    const { core, placement } = await placementScene({ contractEnd: '2027-01-10' });
    await assess(core, placement.id, { result: 'fail' }); // 2026
    const msg = `${placement.personName}2026年度考核不合格，不能续签；如确需续签，请填写续签理由`;
    await refused(core, 'placements.renew', renewal(placement, { contractEnd: '2028-01-10' }), 'RULE_VIOLATION', msg, {
      'override.reason': msg,
    });
  });

  it('a reason given after a 合格 year is not stored (nothing was overridden)', async () => {
    const { core, placement } = await placementScene();
    await assess(core, placement.id);
    const saved = await must(core, 'placements.renew', renewal(placement, { override: { reason: '无' } }));
    expect([saved.warnings, saved.placement.renewals[0]?.overrideReason]).toEqual([{}, null]);
    expect((await placementAudit(core, placement.id))[0]).not.toContain('强制保存');
  });

  it('refuses an end not after the current end, a stale record, a left or deleted placement — nothing written', async () => {
    const { core, placement } = await placementScene();
    const notAfter = '续签后的合同(协议)截止日期应晚于当前合同截止日期 2026-12-14';
    await refused(
      core,
      'placements.renew',
      renewal(placement, { contractEnd: '2026-12-14' }),
      'RULE_VIOLATION',
      notAfter,
      { contractEnd: notAfter },
    );
    const stale = await refused(
      core,
      'placements.renew',
      renewal(placement, { expectedUpdatedAt: '2020-01-01T00:00:00.000Z' }),
      'CONFLICT',
      '该安置记录已被他人修改，请刷新后再改',
    );
    expect(stale.ok ? null : stale.error.details).toEqual({ currentUpdatedAt: placement.updatedAt });
    const left = await must(core, 'placements.leave', {
      id: placement.id,
      leaveDate: '2026-11-20',
      leaveReason: 'L09',
    });
    await refused(
      core,
      'placements.renew',
      renewal(left),
      'RULE_VIOLATION',
      `${placement.personName}已于 2026-11-20 离岗，不能续签。`,
    );
    const deleted = await must(core, 'placements.delete', { id: placement.id, reason: '录入错误' });
    await refused(core, 'placements.renew', renewal(deleted), 'RULE_VIOLATION', '该安置记录已删除，请先恢复再修改。');
  });

  it('CFG-14: a rural term runs at most 12 months from the new start', async () => {
    const { core, placement } = await placementScene({ accidentInsurance: 'PA-1' }, 'rural');
    const msg = '乡村公益性岗位协议期限不超过12个月（可续签），截止日期最晚为 2027-12-14';
    await refused(core, 'placements.renew', renewal(placement, { contractEnd: '2027-12-15' }), 'RULE_VIOLATION', msg, {
      contractEnd: msg,
    });
    const saved = await must(core, 'placements.renew', renewal(placement));
    expect(saved.placement.contractEnd).toBe('2027-12-14');
  });

  it('the post must be valid on the new start (§3.7) and the person of working age then (BR-03)', async () => {
    const { c, core, placement } = await placementScene();
    core.ctx.db.prepare("UPDATE posts SET valid_until = '2026-12-01' WHERE id = ?").run(c.urbanPostId);
    const invalid = '岗位“保洁员”有效期至 2026-12-01，续签的合同不能在有效期后开始（2026-12-15）';
    await refused(core, 'placements.renew', renewal(placement), 'RULE_VIOLATION', invalid, {
      contractEnd: invalid,
    });
    core.ctx.db
      .prepare("UPDATE posts SET valid_until = NULL, status = 'revoked', revoked_date = '2026-11-27' WHERE id = ?")
      .run(c.urbanPostId);
    await refused(
      core,
      'placements.renew',
      renewal(placement),
      'RULE_VIOLATION',
      '岗位“保洁员”已于 2026-11-27 撤销，不能续签',
    );

    // A man born 1966-09-10 reaches statutory retirement on 2027-03-10 (60 years and 6 months).
    const old = await addPerson(c, '19660910', '1', { dibao: true, residenceRegionId: c.village2 });
    await recognise(c.core, old); // BR-16: the urban placement rests on a recognition
    core.ctx.db.prepare("UPDATE posts SET status = 'active', revoked_date = NULL WHERE id = ?").run(c.urbanPostId);
    const { placement: p2 } = await place(core, old, c.urbanPostId, {
      startDate: '2026-03-01',
      contractEnd: '2027-03-09',
    });
    const retired = '该人员已于2027-03-10达到法定退休年龄，不能安置到公益性岗位';
    await refused(core, 'placements.renew', renewal(p2, { contractEnd: '2027-06-30' }), 'RULE_VIOLATION', retired, {
      contractEnd: retired,
    });
  });

  it('warns when the new term runs past the BR-18 subsidy end', async () => {
    const { core, placement } = await placementScene({
      startDate: '2024-01-01',
      basisDate: '2023-12-01',
      contractEnd: '2026-12-31',
    });
    expect(placement.subsidy.endMonth).toBe('2026-12');
    const saved = await must(core, 'placements.renew', renewal(placement, { contractEnd: '2027-12-31' }));
    expect(saved.warnings.contractEnd).toBe(
      '续签后的合同截止日期 2027-12-31 超过该人员的补贴期限（至 2026-12），之后不再发放岗位补贴',
    );
  });

  it('a township clerk cannot assess, renew or remove a result of another township’s person', async () => {
    const { c, core, placement } = await placementScene();
    const a = await assess(core, placement.id);
    const clerkB = signedInAs(core, 'clerk-b', 'clerk', { townshipIds: [c.town2] });
    const denied = { code: 'FORBIDDEN', message: '该人员不属于您负责的乡镇（塔什米里克乡），不能修改。' };
    const inputs = [
      ['placements.assess', assessInput(placement.id, { result: 'fail', assessedOn: '2026-11-21' })],
      ['placements.removeAssessment', { id: a.assessments[0]!.id }],
      ['placements.renew', renewal(placement)],
    ] as const;
    const before = snapshot(core);
    for (const [channel, input] of inputs) {
      const r = await core.invoke(channel, input, clerkB);
      expect(r.ok ? null : { code: r.error.code, message: r.error.message }).toEqual(denied);
    }
    expect(snapshot(core)).toBe(before);
    // A clerk of the person's own township may.
    const clerkA = signedInAs(core, 'clerk-a', 'clerk', { townshipIds: [c.town1] });
    expect((await core.invoke('placements.renew', renewal(placement), clerkA)).ok).toBe(true);
  });
});

describe('archive purge', () => {
  it('deletes the assessments and renewals of the purged persons with their placements', async () => {
    const { core, person, placement } = await placementScene();
    await assess(core, placement.id);
    await must(core, 'placements.renew', renewal(placement));
    const db = core.ctx.db;
    const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get();
    expect([count('placement_assessments'), count('placement_renewals')]).toEqual([1, 1]);
    const idNumber = db.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(person) as string;
    const r = db.transaction(() => purgePersons(db, [{ id: person, idNumber }]))();
    expect(r.deleted).toMatchObject({ placement_assessments: 1, placement_renewals: 1, placements: 1, persons: 1 });
    expect([count('placement_assessments'), count('placement_renewals'), count('placements')]).toEqual([0, 0, 0]);
  });
});
