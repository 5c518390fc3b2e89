import { describe, expect, it } from 'vitest';
import { call, callUnchanged, makeCore, must, snapshot } from './harness';
import { county, ID_1984F, ID_2000, makeId, personInput } from './persons-fixtures';
import { refusedAs } from './refusals';

describe('persons: create, get, update, delete, restore (DOMAIN §3.1)', () => {
  it('derives sex, birth date, age (BR-01, 29 February) and retirement month (BR-02) from the ID', async () => {
    const c = await county(makeCore());
    const { person, warnings } = await must(
      c.core,
      'persons.create',
      personInput(c, { idNumber: ` ${ID_2000.slice(0, 17)}${ID_2000[17].toLowerCase()} ` }),
    );
    expect(warnings).toEqual({});
    expect(person).toMatchObject({
      idNumberMasked: `653121********${ID_2000.slice(14)}`,
      name: '阿不都热合曼·买买提',
      sex: '1',
      birthDate: '2000-02-29',
      age: 26,
      retirementCategory: 'M60',
      retirementMonth: '2063-02', // born 2000-02, M60: +36 months → 63 years
      retirementAge: { years: 63, months: 0 },
      residenceRegionName: '阿亚格曼干村',
      townshipId: c.town1,
      townshipName: '乌帕尔镇',
      urbanRural: '220', // from the village's 城乡分类代码
      dibao: false,
      isDifficult: false,
      householdMembers: [],
      createdBy: '古丽',
      deletedAt: null,
    });
    expect(await must(c.core, 'persons.get', { id: person.id })).toEqual(person);
  });

  it('BR-02: a woman defaults to F50 (born 1984-10 → 54 years 11 months, 2039-09)', async () => {
    const c = await county(makeCore());
    const { person } = await must(
      c.core,
      'persons.create',
      personInput(c, { idNumber: ID_1984F, name: '古丽尼格尔·艾合买提' }),
    );
    expect(person).toMatchObject({
      sex: '2',
      retirementCategory: 'F50',
      retirementMonth: '2039-09',
      retirementAge: { years: 54, months: 11 },
      age: 42,
    });
  });

  it('updates with the optimistic check, keeps the ID when it is left out, and audits what changed', async () => {
    const c = await county(makeCore());
    const { person } = await must(c.core, 'persons.create', personInput(c));
    const { idNumber: _omit, ...rest } = personInput(c);
    const updated = await must(c.core, 'persons.update', {
      ...rest,
      id: person.id,
      expectedUpdatedAt: person.updatedAt,
      phone: '0998-6123456',
      address: null,
    });
    expect(updated.person).toMatchObject({
      phone: '0998-6123456',
      address: null,
      idNumberMasked: person.idNumberMasked,
    });
    expect(updated.person.updatedAt > person.updatedAt).toBe(true);

    // A second save from the same (now stale) screen is refused and writes nothing.
    const stale = await callUnchanged(c.core, 'persons.update', {
      ...rest,
      id: person.id,
      expectedUpdatedAt: person.updatedAt,
      phone: '13912345678',
    });
    expect(stale).toMatchObject(refusedAs('CONFLICT', '该人员信息已被他人修改，请刷新后再改'));

    const { items } = await must(c.core, 'audit.list', { entity: 'person', entityId: person.id });
    expect(items.map((i) => i.summary)).toEqual([
      `修改人员“阿不都热合曼·买买提”（${person.idNumberMasked}）：联系电话、详细地址`,
      `新增人员“阿不都热合曼·买买提”（${person.idNumberMasked}）`,
    ]);
  });

  it('soft-deletes and restores; the deleted person keeps the ID (VR-03)', async () => {
    const c = await county(makeCore());
    const { person } = await must(c.core, 'persons.create', personInput(c));
    const deleted = await must(c.core, 'persons.delete', { id: person.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await must(c.core, 'persons.list', {})).total).toBe(0);
    expect((await must(c.core, 'persons.list', { deleted: true })).items.map((i) => i.id)).toEqual([person.id]);

    const dup = await call(c.core, 'persons.create', personInput(c, { name: '别人' }));
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { existingId: person.id, deleted: true } },
    });
    // Worded as the imports word it: the deleted person is not in the list, so the clerk is told to restore it.
    const restoreFirst = '该公民身份号码属于已删除的人员“阿不都热合曼·买买提”，请先在人员信息的“已删除”中恢复';
    expect(dup).toMatchObject(refusedAs('CONFLICT', restoreFirst));
    expect(dup.ok ? null : dup.error.fields).toEqual({ idNumber: restoreFirst });

    const again = await call(c.core, 'persons.delete', { id: person.id });
    expect(again).toMatchObject(refusedAs('RULE_VIOLATION', '“阿不都热合曼·买买提”已删除。'));
    const restored = await must(c.core, 'persons.restore', { id: person.id });
    expect(restored.deletedAt).toBeNull();
    expect((await must(c.core, 'persons.list', {})).total).toBe(1);
    const { items } = await must(c.core, 'audit.list', { entity: 'person', entityId: person.id });
    expect(items.map((i) => i.channel)).toEqual(['persons.restore', 'persons.delete', 'persons.create']);
  });

  it('NOT_FOUND for an unknown person', async () => {
    const c = await county(makeCore());
    expect(await call(c.core, 'persons.get', { id: 'nope' })).toMatchObject(
      refusedAs('NOT_FOUND', '找不到该人员，可能已被删除。'),
    );
  });
});

describe('VR-03: one person per ID', () => {
  it('a duplicate ID is a CONFLICT naming the existing person, and nothing is written', async () => {
    const c = await county(makeCore());
    const { person } = await must(c.core, 'persons.create', personInput(c));
    const before = snapshot(c.core);
    const r = await call(
      c.core,
      'persons.create',
      personInput(c, { name: '买买提·艾力', idNumber: ID_2000.replace('X', 'x') }),
    );
    const message = '该公民身份号码已登记为“阿不都热合曼·买买提”，请打开已有人员';
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message,
        fields: { idNumber: message },
        details: { existingId: person.id, deleted: false },
      },
    });
    expect(snapshot(c.core)).toBe(before);
  });

  it('changing an ID to one already registered is refused too', async () => {
    const c = await county(makeCore());
    await must(c.core, 'persons.create', personInput(c));
    const { person } = await must(c.core, 'persons.create', personInput(c, { idNumber: ID_1984F, name: '阿依古丽' }));
    const r = await call(c.core, 'persons.update', {
      ...personInput(c, { name: '阿依古丽' }),
      id: person.id,
      expectedUpdatedAt: person.updatedAt,
    });
    expect(r).toMatchObject(refusedAs('CONFLICT', '该公民身份号码已登记为“阿不都热合曼·买买提”，请打开已有人员'));
  });
});

describe('persons.revealId (VR-09, §9.4)', () => {
  it('returns the full ID and writes an audit row', async () => {
    const c = await county(makeCore());
    const { person } = await must(c.core, 'persons.create', personInput(c));
    expect(await must(c.core, 'persons.revealId', { id: person.id })).toEqual({ idNumber: ID_2000 });
    const { items } = await must(c.core, 'audit.list', { entity: 'person', entityId: person.id });
    expect(items[0]).toMatchObject({
      channel: 'persons.revealId',
      operator: '古丽',
      summary: '查看完整公民身份号码：阿不都热合曼·买买提',
    });
  });
});

describe('persons.revealPhone (a calling list’s masked phone)', () => {
  it('returns the full phone and writes an audit row; a person without one answers null', async () => {
    const c = await county(makeCore());
    const { person } = await must(c.core, 'persons.create', personInput(c));
    expect(await must(c.core, 'persons.revealPhone', { id: person.id })).toEqual({ phone: '13899012345' });
    const { items } = await must(c.core, 'audit.list', { entity: 'person', entityId: person.id });
    expect(items[0]).toMatchObject({
      channel: 'persons.revealPhone',
      operator: '古丽',
      summary: '查看完整联系电话：阿不都热合曼·买买提',
    });
    const none = await must(
      c.core,
      'persons.create',
      personInput(c, { idNumber: ID_1984F, name: '阿依古丽', phone: null }),
    );
    expect(await must(c.core, 'persons.revealPhone', { id: none.person.id })).toEqual({ phone: null });
  });
});

describe('household members (DOMAIN §3.2)', () => {
  it('stores members with masked IDs, keeps a member ID left out on update, and cascades nothing on soft delete', async () => {
    const c = await county(makeCore());
    const spouse = makeId('653121', '19990101', '022');
    const { person } = await must(
      c.core,
      'persons.create',
      personInput(c, {
        householdMembers: [
          {
            memberName: '阿依古丽·吐尔逊',
            memberIdNumber: spouse,
            relation: '配偶',
            status: '失业',
            worksAgeAble: true,
          },
          { memberName: '艾力', relation: '子女', status: '学生', worksAgeAble: false },
        ],
      }),
    );
    expect(person.householdMembers.map((m) => [m.memberName, m.memberIdNumberMasked, m.relation])).toEqual([
      ['阿依古丽·吐尔逊', `653121********${spouse.slice(14)}`, '配偶'],
      ['艾力', null, '子女'],
    ]);
    const [m1] = person.householdMembers;
    const { idNumber: _omit, ...rest } = personInput(c);
    const { person: after } = await must(c.core, 'persons.update', {
      ...rest,
      id: person.id,
      expectedUpdatedAt: person.updatedAt,
      householdMembers: [
        { id: m1.id, memberName: m1.memberName, relation: '配偶', status: '灵活就业', worksAgeAble: true },
      ],
    });
    expect(after.householdMembers).toEqual([{ ...m1, status: '灵活就业' }]);
  });
});
