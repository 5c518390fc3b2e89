import { describe, expect, it } from 'vitest';
import { personInputSchema, type PersonInput } from '../../shared/contract/persons';
import { LEGACY_ID_MESSAGE } from '../../shared/domain/id-number';
import { call, makeCore, must, snapshot, TODAY } from './harness';
import { county, ID_2000, makeId, personInput, wrongCheck, type County } from './persons-fixtures';

const { bad: BAD_CHECK, expected: EXPECTED_CHECK } = wrongCheck(ID_2000);
const CERT = `${ID_2000}42`; // 肢体 二级

/** [case, input change, field path, exact Chinese message] */
const BAD: [string, (c: County) => Partial<PersonInput>, string, string][] = [
  ['VR-01 check digit', () => ({ idNumber: BAD_CHECK }), 'idNumber', `公民身份号码校验位错误，应为 ${EXPECTED_CHECK}`],
  ['VR-01 length', () => ({ idNumber: '65312120000229' }), 'idNumber', '公民身份号码应为18位，当前为14位'],
  ['VR-01 characters', () => ({ idNumber: '65312120000229A09X' }), 'idNumber', '公民身份号码只能由数字和末位X组成'],
  [
    'VR-01 region',
    () => ({ idNumber: makeId('993121', '20000229', '109') }),
    'idNumber',
    '公民身份号码前两位（99）不是有效的省级行政区划代码',
  ],
  [
    'VR-01 date not real',
    () => ({ idNumber: makeId('653121', '20010229', '109') }),
    'idNumber',
    '公民身份号码中的出生日期（2001-02-29）无效',
  ],
  [
    'VR-01 date after today',
    () => ({ idNumber: makeId('653121', '20261201', '109') }),
    'idNumber',
    '公民身份号码中的出生日期（2026-12-01）晚于今天',
  ],
  ['VR-01 empty', () => ({ idNumber: '  ' }), 'idNumber', '请填写公民身份号码'],
  ['VR-02 15-digit ID, never converted', () => ({ idNumber: '653121900101123' }), 'idNumber', LEGACY_ID_MESSAGE],
  ['VR-05 digits in name', () => ({ name: '买买提2' }), 'name', '姓名不能包含数字'],
  ['VR-05 empty name', () => ({ name: ' ' }), 'name', '请填写姓名'],
  ['VR-05 dot at the edge', () => ({ name: '·买买提' }), 'name', '姓名不能以“·”开头或结尾'],
  [
    'VR-10 bank card length',
    () => ({ bankCardNo: '6222 0212 3456' }),
    'bankCardNo',
    '银行卡号应为16至19位，当前为12位',
  ],
  ['VR-10 bank card letters', () => ({ bankCardNo: '6222O21234567890' }), 'bankCardNo', '银行卡号只能由数字组成'],
  [
    'VR-12 certificate of another ID',
    () => ({ disabilityCertNo: `${makeId('653121', '19900101', '111')}42` }),
    'disabilityCertNo',
    '残疾人证号前18位应与公民身份号码一致',
  ],
  [
    'VR-12 certificate shape',
    () => ({ disabilityCertNo: `${ID_2000}9` }),
    'disabilityCertNo',
    '残疾人证号应为20位：公民身份号码18位 + 残疾类别1位 + 残疾等级1位',
  ],
  [
    'VR-12 type/grade digits',
    () => ({ disabilityCertNo: CERT, disabilityType: '1', disabilityGrade: '2' }),
    'disabilityCertNo',
    '残疾人证号第19–20位表示“肢体二级”，与所选残疾类别、等级不一致',
  ],
  [
    '§3.2 member ID',
    () => ({
      householdMembers: [
        { memberName: '阿依古丽', memberIdNumber: BAD_CHECK, relation: '配偶', status: '失业', worksAgeAble: true },
      ],
    }),
    'householdMembers.0.memberIdNumber',
    `公民身份号码校验位错误，应为 ${EXPECTED_CHECK}`,
  ],
  [
    'VR-02 15-digit member ID',
    () => ({
      householdMembers: [
        {
          memberName: '阿依古丽',
          memberIdNumber: '653121900101123',
          relation: '配偶',
          status: '失业',
          worksAgeAble: true,
        },
      ],
    }),
    'householdMembers.0.memberIdNumber',
    `${LEGACY_ID_MESSAGE}（按规则转换为18位是 653121199001011230，请与本人证件核对）`,
  ],
  [
    '§3.2 member is the person',
    () => ({
      householdMembers: [
        { memberName: '阿依古丽', memberIdNumber: ID_2000, relation: '配偶', status: '失业', worksAgeAble: true },
      ],
    }),
    'householdMembers.0.memberIdNumber',
    '家庭成员的公民身份号码不能与本人相同',
  ],
  [
    '§3.2 member relation',
    () => ({ householdMembers: [{ memberName: '阿依古丽', relation: '', status: '失业', worksAgeAble: true }] }),
    'householdMembers.0.relation',
    '请填写与本人关系',
  ],
  ['E02 ethnicity missing', () => ({ ethnicity: undefined }), 'ethnicity', '请选择民族'],
  ['E09 status not in the list', () => ({ employmentStatus: '11' as never }), 'employmentStatus', '请选择当前就业状态'],
  [
    'E25 category against sex',
    () => ({ retirementCategory: 'F50' }),
    'retirementCategory',
    '男性的退休年龄类别应为“男职工(M60)”',
  ],
  [
    'residence is a township',
    (c) => ({ residenceRegionId: c.town1 }),
    'residenceRegionId',
    '请选择常住地所在的村(社区)',
  ],
  ['hukou unknown', () => ({ hukouRegionId: 'nope' }), 'hukouRegionId', '请选择户籍地所在的村(社区)'],
];

describe('persons.create refuses bad input with the exact Chinese message on the field, writing nothing', () => {
  it.each(BAD)('%s', async (_case, change, path, message) => {
    const c = await county(makeCore());
    const before = snapshot(c.core);
    const r = await call(c.core, 'persons.create', personInput(c, change(c)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('BAD_INPUT');
    expect(r.error.fields?.[path]).toContain(message);
    expect(r.error.message).toBe(`输入有误：${Object.values(r.error.fields ?? {})[0]}`);
    expect(snapshot(c.core)).toBe(before);
  });

  it('reports every independent field error at once', async () => {
    const c = await county(makeCore());
    const r = await call(
      c.core,
      'persons.create',
      personInput(c, { idNumber: BAD_CHECK, name: '买买提2', bankCardNo: '123' }),
    );
    expect(!r.ok && r.error.fields).toEqual({
      idNumber: `公民身份号码校验位错误，应为 ${EXPECTED_CHECK}`,
      name: '姓名不能包含数字',
      bankCardNo: '银行卡号应为16至19位，当前为3位',
    });
  });

  it('the form runs the same schema with the same messages and paths (personInputSchema(today))', async () => {
    const c = await county(makeCore());
    const r = personInputSchema(TODAY).safeParse(personInput(c, { idNumber: makeId('653121', '20261201', '109') }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['idNumber', '公民身份号码中的出生日期（2026-12-01）晚于今天'],
    ]);
  });
});

describe('warnings do not block saving', () => {
  it('VR-04 phone, VR-01 户籍非新疆, VR-10 Luhn, VR-11 card number', async () => {
    const c = await county(makeCore());
    const beijing = makeId('110105', '19900101', '123');
    const { person, warnings } = await must(
      c.core,
      'persons.create',
      personInput(c, {
        idNumber: beijing,
        phone: '１２３４５',
        bankCardNo: '6222021234567890',
        cardNo: '12345',
      }),
    );
    expect(warnings).toEqual({
      idNumber: '户籍非新疆',
      phone: '联系电话格式不常见，请核对',
      bankCardNo: '银行卡号校验未通过，请核对',
      cardNo: '就业创业证号一般为16位或18位数字，请核对',
    });
    expect(person).toMatchObject({ phone: '12345', bankCardNoMasked: '**** 7890', cardNo: '12345' });
  });

  it('VR-11: a card number of the right length whose first 6 digits are no county code is saved with a warning', async () => {
    const c = await county(makeCore());
    const { person, warnings } = await must(c.core, 'persons.create', personInput(c, { cardNo: '6531000000000001' }));
    expect(warnings).toEqual({
      cardNo: '就业创业证号前6位（653100）不是县级行政区划代码，一般为发证县(市、区)的代码，请核对',
    });
    expect(person.cardNo).toBe('6531000000000001');
  });

  it('normalises names (VR-05) and fills disability type/grade from the certificate (VR-12)', async () => {
    const c = await county(makeCore());
    const { person } = await must(
      c.core,
      'persons.create',
      personInput(c, { name: ' 阿不都热合曼 • 买买提 ', disabilityCertNo: CERT.toLowerCase() }),
    );
    expect(person).toMatchObject({
      name: '阿不都热合曼·买买提',
      disabilityCertNoMasked: `653121********${ID_2000.slice(14)}42`,
      disabilityType: '4',
      disabilityGrade: '2',
    });
  });

  it('an update that leaves the certificate out still checks it against a changed ID (VR-12)', async () => {
    const c = await county(makeCore());
    const { person } = await must(c.core, 'persons.create', personInput(c, { disabilityCertNo: CERT }));
    const before = snapshot(c.core);
    const { disabilityCertNo: _keep, ...rest } = personInput(c, { idNumber: makeId('653121', '20000229', '111') });
    const r = await call(c.core, 'persons.update', {
      ...rest,
      id: person.id,
      expectedUpdatedAt: person.updatedAt,
      disabilityType: '4',
      disabilityGrade: '2',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', fields: { disabilityCertNo: '残疾人证号前18位应与公民身份号码一致' } },
    });
    expect(snapshot(c.core)).toBe(before);
  });
});
