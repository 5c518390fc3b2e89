import { describe, expect, it } from 'vitest';
import { call, callUnchanged, lastAuditSummary, makeCore, must } from './harness';
import {
  allowOtherType,
  OTHER_TYPE,
  between,
  gradInput,
  retainedEnd,
  graduate,
  graduateInterning,
  internCounty,
  setSetting,
  youth,
  youthInput,
} from './internships-fixtures';
import { addPerson, place, placeInput, recognise, urbanPerson } from './posts-fixtures';
import type { Core } from '../../electron/core/core';
import type { Channel, ChannelInput } from '../../shared/contract';
import { assertNoInternshipFor } from '../../electron/core/modules/internships/overlap';

/** The call must be refused with RULE_VIOLATION (or BAD_INPUT) naming `rule`, and write nothing. */
async function refused<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
  rule: RegExp,
  code = 'RULE_VIOLATION',
) {
  const r = await callUnchanged(core, channel, input);
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(rule);
  expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
  return r.error.message;
}

const person = (core: Core, id: string) =>
  core.ctx.db.prepare('SELECT employment_status, in_internship FROM persons WHERE id = ?').get(id) as {
    employment_status: string;
    in_internship: number;
  };

describe('internships.create (DOMAIN §3.11, BR-25..BR-28)', () => {
  it('places a graduate at a recognised base: BR-27 allowance = minimum wage on start, person shows 25 就业见习中 (BR-28)', async () => {
    const { core, p, i } = await graduateInterning();
    expect(i).toMatchObject({
      personId: p,
      hostName: '疏附县甲见习基地',
      status: 'active',
      agreementMonths: 6,
      allowanceStandardFen: 190_000,
      allowanceSource: 'default',
      minWageFen: 190_000,
      hostAllowanceFen: 95_000,
      internTypeLabel: '离校2年内未就业高校毕业生',
    });
    expect(i.allowances).toHaveLength(6);
    expect(i.allowances[0]).toEqual({ month: '2026-09', days: 30, calendarDays: 30, dueFen: 190_000 });
    expect(person(core, p)).toEqual({ employment_status: '25', in_internship: 1 });
    expect(await must(core, 'internships.get', { id: i.id })).toEqual(i);
    expect(lastAuditSummary(core, { channel: 'internships.create' })).toMatch(/登记就业见习.*疏附县甲见习基地/);
  });

  it('refuses a 25-year-old youth (BR-25), an unregistered youth (BR-25) and accepts a registered 20-year-old', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const old = await youth(c, '20010601');
    expect(
      await refused(core, 'internships.create', youthInput(old, c.hostA), /失业青年见习须在见习开始日年满16周岁/),
    ).toMatch(/未满25周岁.*25周岁/);
    const unregistered = await addPerson(c, '20060301', '1');
    await refused(
      core,
      'internships.create',
      youthInput(unregistered, c.hostA),
      /没有有效的失业登记，请先办理失业登记/,
    );
    const ok = await youth(c, '20060302');
    expect((await must(core, 'internships.create', youthInput(ok, c.hostA))).internType).toBe('2');
  });

  it('refuses a graduate beyond CFG-18 24 months, an employed person and a host that is not a valid base (BR-25, §3.11)', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const g = await graduate(c);
    await refused(
      core,
      'internships.create',
      gradInput(g, c.hostA, { graduationDate: '2024-07-01', ...between('2026-07-02', '2027-01-01') }),
      /高校毕业生应在离校24个月内参加见习/,
    );
    await refused(core, 'internships.create', gradInput(g, c.notBase), /不是见习基地/);
    await refused(
      core,
      'internships.create',
      gradInput(g, c.hostA, { ...between('2024-12-01', '2025-05-31'), graduationDate: '2024-07-01' }),
      /认定日期/,
    );
    const employed = await addPerson(c, '20030101', '1', { employmentStatus: '21' });
    await refused(core, 'internships.create', gradInput(employed, c.hostA), /单位就业.*已就业人员不能参加就业见习/);
  });

  it('BR-26: a 13-month or a 2-month agreement is refused; 3 and 12 calendar months are accepted', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const g = await graduate(c);
    const fromSeptember = (person: string, agreementEnd: string) =>
      gradInput(person, c.hostA, { agreementStart: '2026-09-01', agreementEnd });
    const months = async (person: string, agreementEnd: string) =>
      (await must(core, 'internships.create', fromSeptember(person, agreementEnd))).agreementMonths;
    expect(await refused(core, 'internships.create', fromSeptember(g, '2027-09-30'), /见习期限应为/)).toMatch(
      /3至12个月.*2026-11-30 至 2027-08-31.*13个月/,
    );
    await refused(core, 'internships.create', fromSeptember(g, '2026-11-29'), /不足3个月/);
    expect(await months(g, '2027-08-31')).toBe(12);
    const g2 = await graduate(c, '20030611');
    expect(await months(g2, '2026-11-30')).toBe(3);
  });

  it('VR-14: host allowance under half the minimum wage is refused; a custom standard is kept', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const g = await graduate(c);
    expect(
      await refused(
        core,
        'internships.create',
        gradInput(g, c.hostA, { hostAllowanceFen: 94_999 }),
        /单位岗位补助不得低于最低工资标准/,
      ),
    ).toMatch(/1900\.00 元的50%（950\.00 元\/月）/);
    const i = await must(core, 'internships.create', gradInput(g, c.hostA, { allowanceStandardFen: 200_000 }));
    expect([i.allowanceStandardFen, i.allowanceSource]).toEqual([200_000, 'custom']);
  });

  it('BR-28 / VR-13: no internship over a post placement, no second internship (CFG-19) and, with once-only off, no overlap', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const placed = await urbanPerson(c);
    await place(core, placed, c.urbanPostId, { startDate: '2026-11-01' });
    allowOtherType(core);
    expect(
      await refused(
        core,
        'internships.create',
        youthInput(placed, c.hostA, {
          ...OTHER_TYPE,
          ...between('2026-11-10', '2027-02-09'),
        }),
        /与见习时间重叠/,
      ),
    ).toMatch(/公益性岗位“保洁员”/);

    const g = await graduate(c);
    await must(core, 'internships.create', gradInput(g, c.hostA));
    const second = gradInput(g, c.hostB, between('2026-10-01', '2027-01-31'));
    await refused(core, 'internships.create', second, /每人只能参加一次/);
    setSetting(core, 'internships.onceOnly', false);
    await refused(core, 'internships.create', second, /见习时间重叠/);
    // The other direction: the placements module refuses a placement while the person is in an internship.
    const dibao = await addPerson(c, '20030707', '2', { dibao: true, residenceRegionId: c.village2 });
    await recognise(core, dibao); // BR-16: a recognised person, so the placement reaches VR-13
    await must(core, 'internships.create', gradInput(dibao, c.hostB));
    const r = await call(core, 'placements.create', placeInput(dibao, c.urbanPostId, { startDate: '2026-11-20' }));
    expect(r.ok ? '' : r.error.message).toMatch(/见习期间不能安置到公益性岗位/);
  });

  it('bad input is BAD_INPUT with Chinese field messages: no policy number, graduate fields missing, start in the future (VR-06)', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const g = await graduate(c);
    const r = await call(core, 'internships.create', {
      ...gradInput(g, c.hostA),
      insurancePolicy: '',
      school: null,
      graduationDate: null,
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.fields).toMatchObject({
        insurancePolicy: '请填写人身意外伤害保险保单号',
        school: '高校毕业生请填写毕业院校',
      });
    // Agreements are signed ahead: a start after today is taken (issue 18).
    const ahead = await core.invoke('internships.create', gradInput(g, c.hostA, between('2026-12-01', '2027-05-31')));
    expect(ahead).toMatchObject({ ok: true, data: { agreementStart: '2026-12-01' } });
  });
});

describe('internships.end (E22, BR-27 early hire), flags, retention (BR-29), list and work lists', () => {
  it('ends as retained: person back to 21 单位就业, in_internship 0; early hire needs CFG-20 2 years', async () => {
    const { core, c, p: g, i } = await graduateInterning(between('2026-05-01', '2026-10-31'));
    await refused(
      core,
      'internships.end',
      retainedEnd(i.id, '2026-10-20', '2', '2026-10-21', 3),
      /期满结束的实际结束日期应为协议截止日期/,
    );
    await refused(
      core,
      'internships.end',
      { id: i.id, endDate: '2026-04-30', endType: '4' },
      /实际结束日期不能早于见习协议开始日期/,
      'BAD_INPUT',
    );
    const ended = await must(core, 'internships.end', retainedEnd(i.id, '2026-10-31', '2', '2026-11-01', 3));
    expect(ended).toMatchObject({ status: 'ended', endTypeLabel: '期满留用', retained: true, contractYears: 3 });
    expect(person(core, g)).toEqual({ employment_status: '21', in_internship: 0 });
    await refused(core, 'internships.end', { id: i.id, endDate: '2026-10-31', endType: '1' }, /已于 2026-10-31 结束/);

    const y = await youth(c);
    const j = await must(core, 'internships.create', youthInput(y, c.hostB));
    await refused(
      core,
      'internships.end',
      retainedEnd(j.id, '2026-11-20', '3', '2026-11-21', 1),
      /提前留用须签订2年以上劳动合同，现为1年/,
    );
    await must(core, 'internships.end', retainedEnd(j.id, '2026-11-20', '3', '2026-11-21', 2));
    const k = await graduate(c, '20020202');
    const m = await must(core, 'internships.create', gradInput(k, c.hostB));
    await must(core, 'internships.end', { id: m.id, endDate: '2026-11-01', endType: '4' });
    expect(person(core, k)).toEqual({ employment_status: '10', in_internship: 0 });

    expect(await must(core, 'internships.retention', { from: '2026-10-01', to: '2026-11-30' })).toEqual({
      ended: 2,
      retained: 2,
      ratePercent: 100,
      excluded: 1,
      standing: null,
    });
    expect(
      await must(core, 'internships.retention', { hostId: c.hostA, from: '2026-11-01', to: '2026-11-30' }),
    ).toEqual({ ended: 0, retained: 0, ratePercent: null, excluded: 0, standing: null });
  });

  it('list filters by host, status and ending within N days; work lists show endings within 30 days and bases expiring within 60', async () => {
    const core = makeCore();
    const c = await internCounty(core);
    const a = await graduate(c);
    const b = await graduate(c, '20040404');
    const y = await youth(c);
    await must(core, 'internships.create', gradInput(a, c.hostA, between('2026-09-01', '2026-12-20')));
    await must(core, 'internships.create', gradInput(b, c.hostB, between('2026-09-01', '2027-02-28')));
    const done = await must(core, 'internships.create', youthInput(y, c.hostB, between('2026-06-01', '2026-08-31')));
    await must(core, 'internships.end', { id: done.id, endDate: '2026-08-31', endType: '1' });

    expect((await must(core, 'internships.list', { hostId: c.hostB })).total).toBe(2);
    expect((await must(core, 'internships.list', { status: 'active' })).items.map((x) => x.personId).sort()).toEqual(
      [a, b].sort(),
    );
    expect((await must(core, 'internships.list', { endingWithinDays: 30 })).items.map((x) => x.personId)).toEqual([a]);
    const page = await must(core, 'internships.list', { page: 2, pageSize: 20 });
    expect([page.items.length, page.total]).toEqual([0, 3]);

    const w = await must(core, 'internshipWorklists.due', {});
    expect(w.counts).toEqual({ ending: 1, expiringBases: 1 });
    expect(w.ending[0]).toMatchObject({ personId: a, daysLeft: 22 });
    expect(w.expiringBases[0]).toMatchObject({
      name: '疏附县甲见习基地',
      baseValidUntil: '2027-01-15',
      daysLeft: 48,
      activeInterns: 1,
    });
  });

  it('CFG-09 proration applies to the monthly allowance of the detail (BR-27 × BR-19 factor)', async () => {
    const { core, i } = await graduateInterning(between('2026-09-16', '2027-03-15'));
    expect(i.allowances[0]).toEqual({ month: '2026-09', days: 15, calendarDays: 30, dueFen: 95_000 });
    expect(i.allowances.at(-1)).toEqual({ month: '2027-03', days: 15, calendarDays: 31, dueFen: 91_935 }); // 1900 × 15/31 = 919.354…
    setSetting(core, 'subsidy.prorationMode', 'FULL_IF_ON_POST');
    const full = await must(core, 'internships.get', { id: i.id });
    expect([full.allowances[0].dueFen, full.allowances.at(-1)?.dueFen]).toEqual([190_000, 190_000]);
  });

  it('VR-13 hook for placements: assertNoInternshipFor refuses a placement period meeting an internship, in either direction', async () => {
    const { core, p: g } = await graduateInterning(between('2026-05-01', '2026-10-31'));
    expect(() => assertNoInternshipFor(core.ctx.db, g, '2026-10-31', null)).toThrow(
      /就业见习.*见习期间不能安置到公益性岗位/,
    );
    expect(() => assertNoInternshipFor(core.ctx.db, g, '2026-03-01', '2026-05-01')).toThrow(
      /见习期间不能安置到公益性岗位/,
    );
    expect(() => assertNoInternshipFor(core.ctx.db, g, '2026-03-01', '2026-04-30')).not.toThrow();
    expect(() => assertNoInternshipFor(core.ctx.db, g, '2026-11-01', null)).not.toThrow();
  });
});
