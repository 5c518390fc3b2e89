import { describe, expect, it } from 'vitest';
import type { ContactCreateInput } from '../../shared/contract/contacts';
import { call, callUnchanged, must } from './harness';
import { expectRaisedToA, setup, successfulContact, unsuccessfulCall, type Setup } from './registrations-fixtures';
import { refusedAs, refusedRuleFields } from './refusals';

async function registered(s: Setup, regDate = '2026-11-02') {
  const personId = await s.person();
  return { personId, registrationId: await s.register(personId, { regDate }) };
}

describe('contacts.create (DOMAIN §3.4, VR-06, VR-13)', () => {
  it('a successful contact updates the person’s status and the registration’s job wish; next date defaults to the same day next month', async () => {
    const s = await setup();
    const { personId, registrationId } = await registered(s);
    const r = await must(
      s.core,
      'contacts.create',
      successfulContact(registrationId, {
        employmentStatusFound: '22',
        employerOrActivity: '外卖配送',
        jobWish: '2',
        needs: ['SV2'],
        serviceResult: '推荐至喀什某物流公司',
      }),
    );
    expect(r.contact).toMatchObject({
      personId,
      contactDate: '2026-11-20',
      method: '1',
      result: '1',
      services: ['SV1', 'SV4'],
      jobsRecommended: 2,
      needs: ['SV2'],
      nextContactDate: '2026-12-20',
      suggestCancel: false,
      suggestedLevel: 'C',
      createdBy: '古丽',
    });
    expect(r.personStatusUpdated).toBe(true);
    expect(r.levelRaised).toBeNull();
    expect(r.warnings).toEqual({
      employmentStatusFound: '已灵活就业，请及时注销失业登记（注销原因：有稳定收入的劳动且月收入不低于规定标准）',
    });
    expect(r.registration).toMatchObject({
      jobWish: '2',
      needs: ['SV2'],
      contactCount: 1,
      lastContactDate: '2026-11-20',
      lastSuccessfulContactDate: '2026-11-20',
      nextContactDate: '2026-12-20',
    });
    expect((await must(s.core, 'persons.get', { id: personId })).employmentStatus).toBe('22');
    const audit = await must(s.core, 'audit.list', { entity: 'contact' });
    expect(audit.items[0].summary).toMatch(/^定期联系“阿不都热合曼·买买提”（.+）2026-11-20 电话 联系成功$/);
  });

  it('§3.4: the next contact date is clamped to the month end (01-31 → 02-28); SV1 without a count is refused', async () => {
    const s = await setup();
    const { registrationId } = await registered(s, '2025-12-01');
    const r = await must(s.core, 'contacts.create', successfulContact(registrationId, { contactDate: '2026-01-31' }));
    expect(r.contact.nextContactDate).toBe('2026-02-28');
    expect(
      await call(s.core, 'contacts.create', successfulContact(registrationId, { jobsRecommended: null })),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { jobsRecommended: '提供职业介绍时请填写推荐岗位数' } },
    });
  });

  it('the person found is sought by personId too: the registration active on the contact date is used', async () => {
    const s = await setup();
    const { personId, registrationId } = await registered(s);
    const { registrationId: _r, ...rest } = successfulContact(registrationId);
    const r = await must(s.core, 'contacts.create', { ...rest, personId });
    expect(r.contact.registrationId).toBe(registrationId);
  });

  describe('bad input: refused under the exact field, nothing written', () => {
    const cases: [
      string,
      (s: Setup, ids: { personId: string; registrationId: string }) => Promise<ContactCreateInput>,
      string,
      string,
      string,
    ][] = [
      [
        'a contact for a person with no active registration',
        async (s) => {
          const { registrationId: _r, ...rest } = successfulContact('x');
          return { ...rest, personId: await s.person() };
        },
        'RULE_VIOLATION',
        'personId',
        '该人员没有有效的失业登记，不能记录定期联系，请先办理失业登记',
      ],
      [
        'a contact dated before the registration',
        async (_s, ids) => successfulContact(ids.registrationId, { contactDate: '2026-11-01' }),
        'RULE_VIOLATION',
        'contactDate',
        '联系日期不能早于失业登记日期（2026-11-02）',
      ],
      [
        'a contact dated after the cancellation',
        async (s, ids) => {
          await must(s.core, 'registrations.cancel', {
            id: ids.registrationId,
            cancelDate: '2026-11-10',
            cancelReason: 'C01',
          });
          return successfulContact(ids.registrationId, { contactDate: '2026-11-11' });
        },
        'RULE_VIOLATION',
        'contactDate',
        '该失业登记已于2026-11-10注销，联系日期不能晚于注销日期',
      ],
      [
        'a contact in the future',
        async (_s, ids) => successfulContact(ids.registrationId, { contactDate: '2026-11-29' }),
        'BAD_INPUT',
        'contactDate',
        '联系日期不能晚于今天（2026-11-28）',
      ],
      [
        'a successful contact with no service',
        async (_s, ids) => successfulContact(ids.registrationId, { services: [] }),
        'BAD_INPUT',
        'services',
        '联系成功时请至少选择一项本次提供的服务',
      ],
      [
        'a successful contact without the status found',
        async (_s, ids) => successfulContact(ids.registrationId, { employmentStatusFound: null }),
        'BAD_INPUT',
        'employmentStatusFound',
        '联系成功时请选择当前就业状态',
      ],
      [
        'an employed status without employer or activity',
        async (_s, ids) => successfulContact(ids.registrationId, { employmentStatusFound: '21' }),
        'BAD_INPUT',
        'employerOrActivity',
        '已就业时请填写就业单位或从事的工作',
      ],
      [
        'services on an unanswered call',
        async (_s, ids) => successfulContact(ids.registrationId, { result: '2', employmentStatusFound: null }),
        'BAD_INPUT',
        'services',
        '未联系上本人时不能记录本次提供的服务',
      ],
      [
        'a cancellation suggestion without a reason',
        async (_s, ids) => successfulContact(ids.registrationId, { suggestCancel: true }),
        'BAD_INPUT',
        'suggestReason',
        '建议注销时请选择注销原因',
      ],
      [
        'a next contact date not after the contact',
        async (_s, ids) => successfulContact(ids.registrationId, { nextContactDate: '2026-11-20' }),
        'BAD_INPUT',
        'nextContactDate',
        '计划下次联系日期应晚于联系日期',
      ],
      [
        'a missing method',
        async (_s, ids) => successfulContact(ids.registrationId, { method: undefined as never }),
        'BAD_INPUT',
        'method',
        '请选择联系方式',
      ],
    ];
    it.each(cases)('%s', async (_what, make, code, field, message) => {
      const s = await setup();
      const ids = await registered(s);
      const input = await make(s, ids);
      const r = await callUnchanged(s.core, 'contacts.create', input);
      expect(r).toMatchObject({ ok: false, error: { code, fields: { [field]: message } } });
    });
  });

  it('an unanswered call is recorded without changing the person or the level', async () => {
    const s = await setup();
    const { personId, registrationId } = await registered(s);
    const r = await must(s.core, 'contacts.create', unsuccessfulCall(registrationId, '2026-11-05'));
    expect(r).toMatchObject({
      personStatusUpdated: false,
      levelRaised: null,
      contact: { suggestedLevel: null, services: [], nextContactDate: '2026-12-05' },
    });
    expect((await must(s.core, 'persons.get', { id: personId })).employmentStatus).toBe('10');
  });

  it('a back-dated successful contact never overwrites a newer finding (person status, job wish)', async () => {
    const s = await setup();
    const { personId, registrationId } = await registered(s);
    await s.contact(registrationId, {
      contactDate: '2026-11-20',
      employmentStatusFound: '22',
      employerOrActivity: '摆摊',
      jobWish: '1',
    });
    const r = await must(
      s.core,
      'contacts.create',
      successfulContact(registrationId, { contactDate: '2026-11-10', employmentStatusFound: '10', jobWish: '3' }),
    );
    expect(r.personStatusUpdated).toBe(false);
    expect(r.registration.jobWish).toBe('1');
    expect((await must(s.core, 'persons.get', { id: personId })).employmentStatus).toBe('22');
  });
});

describe('BR-09 re-evaluation at a successful contact (raise only; an override stands)', () => {
  it('raises C → A once the registration is 6 months old, recorded in the history against the contact', async () => {
    const s = await setup();
    const { registrationId } = await registered(s, '2026-05-10');
    expect((await must(s.core, 'registrations.get', { id: registrationId })).serviceLevel).toBe('C'); // level of registration day
    const early = await must(
      s.core,
      'contacts.create',
      successfulContact(registrationId, { contactDate: '2026-11-09' }),
    );
    expect(early.levelRaised).toBeNull(); // 5 completed months
    const r = await must(s.core, 'contacts.create', successfulContact(registrationId, { contactDate: '2026-11-10' }));
    expectRaisedToA(r, '2026-11-10', '定期联系时重新评定：失业登记已满6个月');
    // Deleting that contact keeps the raise (the history loses only the link to the contact).
    const d = await must(s.core, 'contacts.delete', { id: r.contact.id });
    expect(d.registration.serviceLevel).toBe('A');
    expect(d.registration.levelChanges[0]).toMatchObject({ toLevel: 'A', source: 'contact', contactId: null });
  });

  it('never lowers: a B registration whose needs are met stays B; the suggestion C is stored on the contact', async () => {
    const s = await setup();
    const personId = await s.person();
    const registrationId = await s.register(personId, { needs: ['SV2'] });
    const r = await must(s.core, 'contacts.create', successfulContact(registrationId, { jobWish: '2' }));
    expect(r.contact.suggestedLevel).toBe('C');
    expect(r.registration).toMatchObject({ serviceLevel: 'B', suggestion: { level: 'C' } });
  });

  it('a clerk’s override to C is not undone by the rule at the next contact', async () => {
    const s = await setup();
    const { registrationId } = await registered(s, '2026-04-01');
    await must(s.core, 'contacts.create', successfulContact(registrationId, { contactDate: '2026-11-02' }));
    await must(s.core, 'registrations.setServiceLevel', {
      id: registrationId,
      level: 'C',
      reason: '本人长期在外务工，仅需常规联系',
      date: '2026-11-03',
    });
    const r = await must(s.core, 'contacts.create', successfulContact(registrationId, { contactDate: '2026-11-20' }));
    expect(r.levelRaised).toBeNull();
    expect(r.registration.serviceLevel).toBe('C');
    expect(r.registration.levelChanges.map((c) => c.source)).toEqual(['override', 'contact', 'create']);
  });
});

describe('contacts.update / delete / listByRegistration', () => {
  it('updates with the optimistic check; deletes hard (audited), the list follows', async () => {
    const s = await setup();
    const { registrationId } = await registered(s);
    const id = await s.contact(registrationId, { contactDate: '2026-11-05' });
    await s.contact(registrationId, { contactDate: '2026-11-20' });
    const [latest, first] = (await must(s.core, 'contacts.listByRegistration', { registrationId })).items;
    expect([latest.contactDate, first.contactDate]).toEqual(['2026-11-20', '2026-11-05']);
    const {
      id: _id,
      registrationId: _r,
      personId: _p,
      suggestedLevel: _l,
      createdAt: _c,
      updatedAt,
      createdBy: _cb,
      updatedBy: _ub,
      ...fields
    } = first;
    const u = await must(s.core, 'contacts.update', {
      ...fields,
      id,
      expectedUpdatedAt: updatedAt,
      method: '3',
      remark: '入户走访',
    });
    expect(u.contact).toMatchObject({ method: '3', remark: '入户走访' });
    expect(await call(s.core, 'contacts.update', { ...fields, id, expectedUpdatedAt: updatedAt })).toMatchObject(
      refusedAs('CONFLICT', '该联系记录已被他人修改，请刷新后再改'),
    );
    expect(
      await call(s.core, 'contacts.update', {
        ...fields,
        id,
        expectedUpdatedAt: u.contact.updatedAt,
        contactDate: '2026-10-30',
      }),
    ).toMatchObject(refusedRuleFields({ contactDate: '联系日期不能早于失业登记日期（2026-11-02）' }));
    const d = await must(s.core, 'contacts.delete', { id });
    expect(d.registration.contactCount).toBe(1);
    expect(
      (await must(s.core, 'contacts.listByRegistration', { registrationId })).items.map((c) => c.contactDate),
    ).toEqual(['2026-11-20']);
    expect(await call(s.core, 'contacts.delete', { id })).toMatchObject(refusedAs('NOT_FOUND'));
    const audit = await must(s.core, 'audit.list', { entity: 'contact', entityId: id });
    expect(audit.items.map((a) => a.summary)[0]).toMatch(
      /^删除定期联系“阿不都热合曼·买买提”（.+）2026-11-05 入户走访 联系成功$/,
    );
  });
});
