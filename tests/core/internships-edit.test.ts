import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { ChannelInput } from '../../shared/contract';
import type { InternshipDetail } from '../../shared/contract/internships';
import { callUnchanged, makeCore, must, mustJob } from './harness';
import {
  allowOtherType,
  OTHER_TYPE,
  between,
  gradInput,
  graduate,
  internCounty,
  retainedEnd,
  setSetting,
  youthInput,
  type InternCounty,
} from './internships-fixtures';
import { refusedAs, refusedRule } from './refusals';
import { place, ruralPerson } from './posts-fixtures';

// internships.update / delete / restore (DOMAIN §3.11, UI.md 编辑 / 删除 / 已删除 → 恢复). TODAY is 2026-11-28.

const person = (core: Core, id: string) =>
  core.ctx.db.prepare('SELECT employment_status, in_internship FROM persons WHERE id = ?').get(id) as {
    employment_status: string;
    in_internship: number;
  };

/** The update input that saves `i` as it is, with `over` changed. */
const edit = (c: InternCounty, i: InternshipDetail, over: Partial<ChannelInput<'internships.update'>> = {}) => {
  const { personId: _p, ...fields } = gradInput(i.personId, i.hostId, between(i.agreementStart, i.agreementEnd));
  return { ...fields, id: i.id, expectedUpdatedAt: i.updatedAt, ...over };
};

const auditOf = (core: Core, channel: string) =>
  core.ctx.db
    .prepare('SELECT summary FROM audit_log WHERE channel = ? ORDER BY rowid')
    .pluck()
    .all(channel) as string[];

async function running() {
  const core = makeCore();
  const c = await internCounty(core);
  const p = await graduate(c);
  const before = person(core, p).employment_status;
  const i = await must(core, 'internships.create', gradInput(p, c.hostA));
  return { core, c, p, before, i };
}

describe('internships.update', () => {
  it('corrects the agreement end, the policy number and the host allowance, with an audit row naming each change', async () => {
    const { core, c, i } = await running();
    const saved = await must(
      core,
      'internships.update',
      edit(c, i, { agreementEnd: '2027-01-31', insurancePolicy: 'PICC-2026-0099', hostAllowanceFen: 100_000 }),
    );
    expect(saved).toMatchObject({ agreementEnd: '2027-01-31', insurancePolicy: 'PICC-2026-0099', agreementMonths: 5 });
    expect(saved.allowances).toHaveLength(5);
    expect(await must(core, 'internships.get', { id: i.id })).toEqual(saved);
    expect(auditOf(core, 'internships.update')[0]).toMatch(
      /见习协议截止日期 2027-02-28 → 2027-01-31.*单位岗位补助 950(\.00)?元 → 1,?000(\.00)?元.*保单号 PICC-2026-0001 → PICC-2026-0099/,
    );
  });

  it('re-runs the create checks on the new values: duration, host allowance, host base, overlap (itself left out)', async () => {
    const { core, c, i } = await running();
    const r = await callUnchanged(core, 'internships.update', edit(c, i, { agreementEnd: '2027-09-30' }));
    expect(r).toMatchObject(refusedRule('agreementEnd', /见习期限应为3至12个月/));
    const low = await callUnchanged(core, 'internships.update', edit(c, i, { hostAllowanceFen: 10_000 }));
    expect(low).toMatchObject(refusedRule('hostAllowanceFen', /单位岗位补助不得低于/));
    const notBase = await callUnchanged(core, 'internships.update', edit(c, i, { hostId: c.notBase }));
    expect(notBase).toMatchObject(refusedRule('hostId', /不是见习基地/));
    // CFG-19 off: a second internship of the person; moving the first onto it is VR-13.
    setSetting(core, 'internships.onceOnly', false);
    const later = await must(
      core,
      'internships.create',
      gradInput(i.personId, c.hostB, between('2027-03-01', '2027-06-30')),
    );
    const onto = await callUnchanged(core, 'internships.update', edit(c, i, { agreementEnd: '2027-03-31' }));
    expect(onto).toMatchObject(refusedRule('agreementStart', /与本次见习时间重叠/));
    expect(later.status).toBe('active');
  });

  it('refuses a stale save (CONFLICT) and a deleted record, writing nothing', async () => {
    const { core, c, i } = await running();
    await must(core, 'internships.update', edit(c, i, { position: '文秘' }));
    const stale = await callUnchanged(core, 'internships.update', edit(c, i, { position: '档案管理' }));
    expect(stale).toMatchObject(refusedAs('CONFLICT', '该见习记录已被他人修改，请刷新后再改'));
    const fresh = await must(core, 'internships.get', { id: i.id });
    await must(core, 'internships.delete', { id: i.id });
    const gone = await callUnchanged(core, 'internships.update', edit(c, fresh));
    expect(gone).toMatchObject(refusedAs('NOT_FOUND'));
  });

  it('an ended internship keeps its agreement dates; its other fields may be corrected', async () => {
    const { core, c, i } = await running();
    const ended = await must(core, 'internships.end', retainedEnd(i.id, '2026-10-31', '3', '2026-11-01', 3));
    const moved = await callUnchanged(core, 'internships.update', edit(c, ended, { agreementEnd: '2027-01-31' }));
    expect(moved).toMatchObject(refusedRule('agreementEnd', /已于 2026-10-31 结束，见习协议起止日期不能再修改/));
    const fixed = await must(core, 'internships.update', edit(c, ended, { insurancePolicy: 'PICC-2026-0100' }));
    expect(fixed).toMatchObject({ status: 'ended', endDate: '2026-10-31', insurancePolicy: 'PICC-2026-0100' });
  });

  it('an ended internship overlaps others only up to its end date: a placement after it does not block a correction', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const p = await ruralPerson(c);
    allowOtherType(core);
    const i = await must(
      core,
      'internships.create',
      youthInput(p, c.hostA, { ...OTHER_TYPE, ...between('2026-06-01', '2026-11-30') }),
    );
    const ended = await must(core, 'internships.end', { id: i.id, endDate: '2026-10-15', endType: '4' });
    await place(core, p, c.ruralPostId, {
      basisList: 'E24',
      basisCode: '1',
      basisDate: '2025-11-01',
      startDate: '2026-11-01',
      contractEnd: '2027-10-31',
      accidentInsurance: 'PA',
    });
    const {
      school: _s,
      major: _m,
      degree: _d,
      graduationDate: _g,
      ...fields
    } = edit(c, ended, {
      ...OTHER_TYPE,
      insurancePolicy: 'PICC-2026-0300',
    });
    const fixed = await must(core, 'internships.update', { ...fields, position: '仓储管理' });
    expect(fixed.insurancePolicy).toBe('PICC-2026-0300');
  });

  it('a start moved after today gives the person back the status before it; moved back, 见习中 again (BR-28)', async () => {
    const { core, c, p, before, i } = await running();
    const ahead = await must(core, 'internships.update', edit(c, i, between('2026-12-01', '2027-05-31')));
    expect(person(core, p)).toEqual({ employment_status: before, in_internship: 0 });
    await must(core, 'internships.update', edit(c, ahead, between('2026-11-01', '2027-04-30')));
    expect(person(core, p)).toEqual({ employment_status: '25', in_internship: 1 });
  });

  it('refuses a change of the allowance of a locked month, or of a month on a reviewed roster; other changes pass', async () => {
    const { core, c, i } = await running();
    await mustJob(core, 'periodLocks.lock', { month: '2026-09' });
    const early = await callUnchanged(core, 'internships.update', edit(c, i, between('2026-09-15', '2027-02-28')));
    expect(early).toMatchObject(refusedRule('agreementStart', /2026年9月已锁定.*见习/));
    const std = await callUnchanged(core, 'internships.update', edit(c, i, { allowanceStandardFen: 200_000 }));
    expect(std).toMatchObject(refusedRule('allowanceStandardFen', /2026年9月已锁定.*见习补贴/));
    await must(core, 'periodLocks.unlock', { month: '2026-09', reason: '测试' });

    await must(core, 'allowances.generate', { month: '2026-10' });
    const b = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-10' });
    await must(core, 'subsidies.review', { id: b.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    const paid = await callUnchanged(core, 'internships.update', edit(c, i, { allowanceStandardFen: 200_000 }));
    expect(paid).toMatchObject(refusedAs('RULE_VIOLATION', /2026年10月的见习补贴已列入“2026年10月见习补贴发放花名册”/));
    // The end moves only February's allowance: allowed.
    const shorter = await must(core, 'internships.update', edit(c, i, { agreementEnd: '2027-01-31' }));
    expect(shorter.agreementMonths).toBe(5);
  });
});

describe('internships.delete / internships.restore', () => {
  it('a deleted internship leaves the lists, frees the person (status before, CFG-19) and comes back on restore', async () => {
    const { core, c, p, before, i } = await running();
    await must(core, 'allowances.generate', { month: '2026-10' });
    const del = await must(core, 'internships.delete', { id: i.id });
    expect(del.deletedAt).not.toBeNull();
    expect(person(core, p)).toEqual({ employment_status: before, in_internship: 0 });
    expect((await must(core, 'internships.list', {})).total).toBe(0);
    expect((await must(core, 'internships.list', { deleted: true })).items.map((x) => x.id)).toEqual([i.id]);
    expect((await must(core, 'allowances.list', { month: '2026-10' })).rows).toEqual([]);
    // The 已删除 list's row opens: the record is answered marked deleted (as placements.get does); an unknown id is not found.
    expect(await must(core, 'internships.get', { id: i.id })).toMatchObject({ id: i.id, deletedAt: del.deletedAt });
    expect(await callUnchanged(core, 'internships.get', { id: p })).toMatchObject(refusedAs('NOT_FOUND'));
    expect(auditOf(core, 'internships.delete')[0]).toMatch(
      /删除.*在“疏附县甲见习基地”的就业见习（2026-09-01 至 2027-02-28）/,
    );
    expect(await callUnchanged(core, 'internships.delete', { id: i.id })).toMatchObject(
      refusedAs('RULE_VIOLATION', '该见习记录已删除。'),
    );

    // CFG-19 no longer counts it: another internship may be entered, and then the restore is refused.
    const other = await must(core, 'internships.create', gradInput(p, c.hostB, between('2026-10-01', '2027-03-31')));
    expect(await callUnchanged(core, 'internships.restore', { id: i.id })).toMatchObject(
      refusedRule('personId', /每人只能参加一次/),
    );
    await must(core, 'internships.delete', { id: other.id });
    const back = await must(core, 'internships.restore', { id: i.id });
    expect(back).toMatchObject({ id: i.id, deletedAt: null, status: 'active' });
    expect(person(core, p)).toEqual({ employment_status: '25', in_internship: 1 });
    expect(auditOf(core, 'internships.restore')).toHaveLength(1);
    expect(await callUnchanged(core, 'internships.restore', { id: i.id })).toMatchObject(
      refusedAs('RULE_VIOLATION', '该见习记录未删除，无需恢复。'),
    );
  });

  it('an ended internship deleted leaves the status its ending set', async () => {
    const { core, p, i } = await running();
    await must(core, 'internships.end', retainedEnd(i.id, '2026-10-31', '3', '2026-11-01', 3));
    await must(core, 'internships.delete', { id: i.id });
    expect(person(core, p)).toEqual({ employment_status: '21', in_internship: 0 });
  });

  it('refuses while a month of it is locked or one of its allowance months is on a reviewed roster', async () => {
    const { core, i } = await running();
    await mustJob(core, 'periodLocks.lock', { month: '2026-10' });
    expect(await callUnchanged(core, 'internships.delete', { id: i.id })).toMatchObject(
      refusedAs('RULE_VIOLATION', /2026年10月已锁定/),
    );
    await must(core, 'periodLocks.unlock', { month: '2026-10', reason: '测试' });
    await must(core, 'allowances.generate', { month: '2026-10' });
    const b = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-10' });
    await must(core, 'subsidies.review', { id: b.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    expect(await callUnchanged(core, 'internships.delete', { id: i.id })).toMatchObject(
      refusedAs('RULE_VIOLATION', /已列入“2026年10月见习补贴发放花名册”（已审核）/),
    );
  });

  it('a draft roster loses the deleted internship’s row', async () => {
    const { core, i } = await running();
    await must(core, 'allowances.generate', { month: '2026-10' });
    const b = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-10' });
    expect(b.persons).toBe(1);
    await must(core, 'internships.delete', { id: i.id });
    expect((await must(core, 'subsidies.get', { id: b.id })).items).toEqual([]);
  });
});
