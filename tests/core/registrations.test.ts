import { describe, expect, it } from 'vitest';
import { call, callUnchanged, makeCore, must, refusesEach, snapshot } from './harness';
import { makeId } from './persons-fixtures';
import { markDifficult, registrationInput, setup } from './registrations-fixtures';
import { refusedAs, refusedBadInput, refusedRuleFields } from './refusals';

describe('registrations.create (DOMAIN §3.3, BR-03, BR-04, BR-09)', () => {
  it('registers a working-age person: level C by BR-09, first level change recorded, person set to 10 失业, audited', async () => {
    const s = await setup();
    const personId = await s.person({ employmentStatus: '22' });
    const { registration, warnings } = await must(s.core, 'registrations.create', registrationInput(s, personId));
    expect(registration).toMatchObject({
      personId,
      personName: '阿不都热合曼·买买提',
      townshipName: '乌帕尔镇',
      villageName: '阿亚格曼干村',
      regDate: '2026-11-02',
      regPlaceName: '乌帕尔镇',
      reason: '02',
      jobWish: '1',
      status: 'active',
      serviceLevel: 'C',
      durationMonths: 0,
      suggestion: { level: 'C', reasons: ['无重点帮扶或关注服务情形'] },
      firstContactDueDate: '2026-11-09', // BR-04: Monday 2026-11-02 + 5 working days
      contactCount: 0,
      lastContactDate: null,
      cancelDate: null,
    });
    expect(registration.idNumberMasked).toMatch(/^653121\*{8}\d{3}[\dX]$/);
    expect(registration.levelChanges).toEqual([
      expect.objectContaining({
        date: '2026-11-02',
        fromLevel: null,
        toLevel: 'C',
        suggestedLevel: 'C',
        source: 'create',
        by: '古丽',
      }),
    ]);
    expect(warnings).toEqual({ personId: '该人员原就业状态为“灵活就业”，已改为“失业(未就业)”' });
    expect((await must(s.core, 'persons.get', { id: personId })).employmentStatus).toBe('10');
    const audit = await must(s.core, 'audit.list', { entity: 'registration' });
    expect(audit.items[0].summary).toMatch(
      /^失业登记“阿不都热合曼·买买提”（653121\*{8}\d{3}[\dX]），2026-11-02，服务等级 C 常规服务$/,
    );
  });

  it('BR-09 suggests A for a recognised 就业困难人员 or 脱贫/监测 status ≠ 0, B for a wish to work with training/guidance needs', async () => {
    const s = await setup();
    const difficult = await s.person();
    markDifficult(s.core, difficult);
    const poor = await s.person({ povertyStatus: '2' });
    const wantsTraining = await s.person();
    const a1 = await must(s.core, 'registrations.create', registrationInput(s, difficult));
    const a2 = await must(s.core, 'registrations.create', registrationInput(s, poor));
    const b = await must(s.core, 'registrations.create', registrationInput(s, wantsTraining, { needs: ['SV5'] }));
    expect(a1.registration.suggestion).toEqual({ level: 'A', reasons: ['已认定就业困难人员'] });
    expect(a2.registration.suggestion).toEqual({ level: 'A', reasons: ['脱贫人口或防止返贫监测对象'] });
    expect(b.registration).toMatchObject({
      serviceLevel: 'B',
      suggestion: { level: 'B', reasons: ['有就业意愿且需要职业培训或职业指导'] },
    });
  });

  it('BR-09: a first level other than the suggestion needs a reason (under serviceLevelReason); with one it is kept as a manual choice', async () => {
    const s = await setup();
    const personId = await s.person();
    const refused = await callUnchanged(
      s.core,
      'registrations.create',
      registrationInput(s, personId, { serviceLevel: 'A' }),
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'BAD_INPUT',
        fields: { serviceLevelReason: '所选服务等级与建议等级（C 常规服务）不同，请填写调整原因' },
      },
    });
    const { registration } = await must(
      s.core,
      'registrations.create',
      registrationInput(s, personId, { serviceLevel: 'A', serviceLevelReason: '家中有重病老人' }),
    );
    expect(registration.serviceLevel).toBe('A');
    expect(registration.levelChanges[0]).toMatchObject({
      toLevel: 'A',
      suggestedLevel: 'C',
      reason: '登记时调整（建议C 常规服务）：家中有重病老人',
    });
  });

  it('at most ONE active registration per person: CONFLICT naming the existing one, nothing written', async () => {
    const s = await setup();
    const personId = await s.person();
    const first = await s.register(personId);
    const before = snapshot(s.core);
    const r = await call(s.core, 'registrations.create', registrationInput(s, personId, { regDate: '2026-11-10' }));
    const msg = '该人员已有有效的失业登记（2026-11-02 登记），请打开已有登记';
    expect(r).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: msg, fields: { personId: msg }, details: { existingId: first } },
    });
    expect(snapshot(s.core)).toBe(before);
  });

  it.each([
    [
      'a 15-year-old (BR-03 age ≥ 16)',
      makeId('653121', '20110601', '013'),
      'regDate',
      '登记日期当天该人员15周岁，未满16周岁，不能办理失业登记',
    ],
    [
      'a man past statutory retirement (BR-02: born 1962-05-05 → 2022-05-05)',
      makeId('653121', '19620505', '013'),
      'regDate',
      '该人员已于2022-05-05达到法定退休年龄，不能办理失业登记',
    ],
  ])('refuses %s under the exact field, nothing written', async (_what, idNumber, field, message) => {
    const s = await setup();
    const personId = await s.person({ idNumber });
    const r = await callUnchanged(s.core, 'registrations.create', registrationInput(s, personId));
    expect(r).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message, fields: { [field]: message } } });
  });

  it('BR-03: refuses a person drawing a pension (E09 50); VR-06: refuses a registration date after today', async () => {
    const s = await setup();
    const pensioner = await s.person({ employmentStatus: '50' });
    const other = await s.person();
    await refusesEach(s.core, 'registrations.create', [
      [
        registrationInput(s, pensioner),
        refusedRuleFields({ personId: '该人员已退休或领取基本养老金，不能办理失业登记' }),
      ],
      [
        registrationInput(s, other, { regDate: '2026-11-29' }),
        refusedBadInput({ regDate: '登记日期不能晚于今天（2026-11-28）' }),
      ],
      [
        registrationInput(s, other, { regDate: '2026-02-30', reason: undefined as never }),
        refusedBadInput({ regDate: '登记日期不是有效的日期（格式 YYYY-MM-DD）', reason: '请选择失业原因' }),
      ],
    ]);
  });
});

describe('registrations.cancel (BR-08)', () => {
  it('requires the date and the E11 reason: the message is under the field, nothing written', async () => {
    const s = await setup();
    const id = await s.register(await s.person());
    const before = snapshot(s.core);
    const noReason = await call(s.core, 'registrations.cancel', { id, cancelDate: '2026-11-20' } as never);
    expect(noReason).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: '输入有误：请选择注销原因', fields: { cancelReason: '请选择注销原因' } },
    });
    const noDate = await call(s.core, 'registrations.cancel', { id, cancelDate: '', cancelReason: 'C01' });
    expect(noDate).toMatchObject(refusedBadInput({ cancelDate: '请填写注销日期' }));
    expect(snapshot(s.core)).toBe(before);
  });

  it.each([
    ['C01', '10', '21'],
    ['C02', '10', '23'],
    ['C03', '10', '22'],
    ['C04', '10', '50'],
    ['C05', '10', '60'],
    ['C06', '10', '30'],
    ['C07', '10', '40'],
    ['C08', '10', '70'],
    ['C09', '10', '99'],
    ['C10', '10', '99'],
    ['C11', '10', '80'],
    ['C12', '10', '21'],
    ['C12', '22', '22'],
    ['C13', '10', '99'],
    ['C99', '10', '99'],
  ])('BR-08: reason %s turns employment status %s into %s', async (reason, before, after) => {
    const s = await setup();
    const personId = await s.person();
    const id = await s.register(personId);
    if (before !== '10')
      s.core.ctx.db.prepare('UPDATE persons SET employment_status = ? WHERE id = ?').run(before, personId);
    const r = await must(s.core, 'registrations.cancel', {
      id,
      cancelDate: '2026-11-25',
      cancelReason: reason as 'C01',
      // CFG-25: C03 needs the monthly income (the default standard is the minimum wage); other reasons ignore it.
      cancelIncome: 200_000,
    });
    expect(r.registration.cancelIncome).toBe(reason === 'C03' ? 200_000 : null);
    expect(r).toMatchObject({
      personEmploymentStatus: after,
      recognitionExitSuggested: false,
      registration: { status: 'cancelled', cancelDate: '2026-11-25', cancelReason: reason },
    });
    expect((await must(s.core, 'persons.get', { id: personId })).employmentStatus).toBe(after);
  });

  it('BR-08: not before the registration nor before its latest contact; BR-14 prompt for a recognised person; audited', async () => {
    const s = await setup();
    const personId = await s.person();
    markDifficult(s.core, personId);
    const id = await s.register(personId);
    await s.contact(id, { contactDate: '2026-11-20' });
    await refusesEach(s.core, 'registrations.cancel', [
      [
        { id, cancelDate: '2026-11-01', cancelReason: 'C01' },
        refusedRuleFields({ cancelDate: '注销日期不能早于登记日期（2026-11-02）' }),
      ],
      [
        { id, cancelDate: '2026-11-19', cancelReason: 'C01' },
        refusedRuleFields({ cancelDate: '注销日期不能早于最近一次联系日期（2026-11-20）' }),
      ],
    ]);
    const r = await must(s.core, 'registrations.cancel', {
      id,
      cancelDate: '2026-11-20',
      cancelReason: 'C01',
      cancelNote: '喀什某纺织厂录用',
    });
    expect(r.recognitionExitSuggested).toBe(true);
    expect(
      await call(s.core, 'registrations.cancel', { id, cancelDate: '2026-11-21', cancelReason: 'C01' }),
    ).toMatchObject(refusedAs('RULE_VIOLATION', '该失业登记已于2026-11-20注销'));
    const audit = await must(s.core, 'audit.list', { entity: 'registration', entityId: id });
    expect(audit.items[0].summary).toMatch(
      /^注销失业登记“阿不都热合曼·买买提”（.+）：2026-11-20，被用人单位录用；就业状态改为“单位就业”$/,
    );
  });

  it('a new registration after a cancellation must start after the cancellation date', async () => {
    const s = await setup();
    const personId = await s.person();
    const id = await s.register(personId, { regDate: '2026-06-01' });
    await must(s.core, 'registrations.cancel', { id, cancelDate: '2026-08-15', cancelReason: 'C01' });
    expect(
      await call(s.core, 'registrations.create', registrationInput(s, personId, { regDate: '2026-08-15' })),
    ).toMatchObject(refusedRuleFields({ regDate: '登记日期应晚于上一次失业登记的注销日期（2026-08-15）' }));
    const second = await s.register(personId, { regDate: '2026-09-01' });
    const { items } = await must(s.core, 'registrations.listByPerson', { personId });
    expect(items.map((r) => [r.id, r.status])).toEqual([
      [second, 'active'],
      [id, 'cancelled'],
    ]);
    expect(items[1].durationMonths).toBe(2); // BR-12 up to the cancellation date
  });
});

describe('registrations.update / get / setServiceLevel', () => {
  it('updates with the optimistic check and refuses a registration date after an existing contact', async () => {
    const s = await setup();
    const id = await s.register(await s.person());
    await s.contact(id, { contactDate: '2026-11-05' });
    const reg = await must(s.core, 'registrations.get', { id });
    const { personId: _p, serviceLevel: _l, serviceLevelReason: _r, ...fields } = registrationInput(s, reg.personId);
    const updated = await must(s.core, 'registrations.update', {
      ...fields,
      id,
      expectedUpdatedAt: reg.updatedAt,
      responsibleStaff: '阿依古丽',
      regDate: '2026-11-03',
    });
    expect(updated).toMatchObject({ responsibleStaff: '阿依古丽', regDate: '2026-11-03' });
    expect(updated.levelChanges.at(-1)?.date).toBe('2026-11-03'); // the first level moves with the registration date
    const stale = await call(s.core, 'registrations.update', { ...fields, id, expectedUpdatedAt: reg.updatedAt });
    expect(stale).toMatchObject(refusedAs('CONFLICT', '该失业登记已被他人修改，请刷新后再改'));
    const late = await call(s.core, 'registrations.update', {
      ...fields,
      id,
      expectedUpdatedAt: updated.updatedAt,
      regDate: '2026-11-06',
    });
    expect(late).toMatchObject(refusedRuleFields({ regDate: '已有2026-11-05的联系记录，登记日期不能晚于该日期' }));
    expect(await call(s.core, 'registrations.get', { id: 'nope' })).toMatchObject(
      refusedAs('NOT_FOUND', '找不到该失业登记记录。'),
    );
  });

  it('BR-09 override: a REQUIRED reason, history newest first with date, from, to, suggestion, reason and operator', async () => {
    const s = await setup();
    const id = await s.register(await s.person());
    await refusesEach(s.core, 'registrations.setServiceLevel', [
      [{ id, level: 'A', reason: ' ' }, refusedBadInput({ reason: '请填写调整原因' })],
      [{ id, level: 'C', reason: '无变化' }, refusedRuleFields({ level: '服务等级已是C 常规服务' })],
    ]);
    const r = await must(s.core, 'registrations.setServiceLevel', {
      id,
      level: 'A',
      reason: '家庭突发变故',
      date: '2026-11-10',
    });
    expect(r.serviceLevel).toBe('A');
    expect(
      r.levelChanges.map((c) => [c.date, c.fromLevel, c.toLevel, c.suggestedLevel, c.source, c.reason, c.by]),
    ).toEqual([
      ['2026-11-10', 'C', 'A', 'C', 'override', '家庭突发变故', '古丽'],
      ['2026-11-02', null, 'C', 'C', 'create', '登记时评定：无重点帮扶或关注服务情形', '古丽'],
    ]);
    expect(
      await call(s.core, 'registrations.setServiceLevel', { id, level: 'B', reason: '好转', date: '2026-11-09' }),
    ).toMatchObject(refusedRuleFields({ date: '调整日期不能早于上次服务等级变更日期（2026-11-10）' }));
  });

  it('registrations.rules returns the CFG defaults and follows an effective-dated setting', async () => {
    const core = makeCore();
    expect(await must(core, 'registrations.rules', {})).toEqual({
      minPerMonth: { A: 2, B: 1, C: 1 },
      lostContactMonths: 6,
      zeroHouseholdLostContactMonths: 6,
      longTermMonths: 6,
      firstContactWorkingDays: 5,
      holidays: [],
      workdays: [],
    });
    core.ctx.db
      .prepare(
        "INSERT INTO settings (key, effective_from, value, updated_at, updated_by) VALUES ('contacts.minPerMonth', '2026-07-01', '{\"A\":3}', 'x', 'y')",
      )
      .run();
    expect((await must(core, 'registrations.rules', { date: '2026-06-30' })).minPerMonth).toEqual({ A: 2, B: 1, C: 1 });
    expect((await must(core, 'registrations.rules', {})).minPerMonth).toEqual({ A: 3, B: 1, C: 1 });
  });
});
