// Rules of issue 11 at DOMAIN's edges: BR-11 age category (the threshold day and the day before, 29 February
// birthdays), BR-12 long-term unemployment (exactly 12 months, 11 months 30 days, employment in between, referrals),
// BR-15 zero-employment household (one member employed; the household income declared on the application),
// record-based categories and BR-10 prerequisites.
import { describe, expect, it } from 'vitest';
import { checkCategory, type PersonFacts } from '../../shared/domain/category-checks';
import { employmentBetween, employmentStatusOn, type EmploymentRecord } from '../../shared/domain/employment-history';
import { checkLongTermUnemployed } from '../../shared/domain/long-term-unemployment';
import { checkOlderAge, DEFAULT_OLDER_AGE } from '../../shared/domain/older-age';
import { HUKOU_MISSING, recognitionPrerequisites } from '../../shared/domain/recognition-prerequisites';
import { checkZeroEmploymentHousehold, memberEmployed } from '../../shared/domain/zero-employment-household';

const none: EmploymentRecord = { events: [], placements: [], current: '10' };
const rules = { olderAge: DEFAULT_OLDER_AGE, longTerm: { months: 12, referrals: 3 }, dibaoUnemployedMonths: 6 };
const threeReferrals = [{ date: '2025-03-01' }, { date: '2025-06-01' }, { date: '2025-09-01' }];

describe('BR-11 age category (K01) on the application date', () => {
  it.each([
    ['woman reaches 45 on the day', '1981-05-10', '2', '2026-05-10', true, 45],
    ['woman one day before 45', '1981-05-10', '2', '2026-05-09', false, 44],
    ['man reaches 55 on the day', '1971-12-01', '1', '2026-12-01', true, 55],
    ['man one day before 55', '1971-12-01', '1', '2026-11-30', false, 54],
    ['29 Feb birthday: 28 Feb of a common year is before', '1980-02-29', '2', '2025-02-28', false, 44],
    ['29 Feb birthday: 1 March of a common year is the birthday', '1980-02-29', '2', '2025-03-01', true, 45],
    ['29 Feb birthday: 29 Feb of a leap year', '1980-02-29', '2', '2024-02-29', false, 44],
  ] as const)('%s', (_, birth, sex, on, ok, age) => {
    const r = checkOlderAge(birth, sex, on, DEFAULT_OLDER_AGE);
    expect(r).toMatchObject({ ok, age });
  });

  it('uses the sex-specific threshold from the settings (alternative 40 / 50) and explains in Chinese', () => {
    expect(checkOlderAge('1986-05-10', '2', '2026-05-10', { female: 40, male: 50 })).toMatchObject({
      ok: true,
      why: '2026-05-10时40周岁，达到女性40周岁',
    });
    expect(checkOlderAge('1977-05-10', '1', '2026-05-09', { female: 40, male: 50 })).toMatchObject({
      ok: false,
      why: '2026-05-09时48周岁，未达到男性50周岁',
    });
  });
});

describe('BR-12 long-term unemployment (K05)', () => {
  // completedMonths itself, with the K05 edges, is tested with the rest of contact-due (contact-due.test.ts).
  const regs = [{ regDate: '2025-01-15', cancelDate: null }];
  it('exactly 12 months passes; 11 months 30 days fails with the count in Chinese', () => {
    expect(checkLongTermUnemployed(regs, none, threeReferrals, '2026-01-15', rules.longTerm)).toMatchObject({
      ok: true,
      months: 12,
      referrals: 3,
    });
    expect(checkLongTermUnemployed(regs, none, threeReferrals, '2026-01-14', rules.longTerm)).toMatchObject({
      ok: false,
      months: 11,
      why: '登记失业至2026-01-14为11个月，不满12个月',
    });
  });

  it('employment between registration and application breaks it; the latest registration counts', () => {
    const worked: EmploymentRecord = { events: [{ date: '2025-06-01', status: '22' }], placements: [], current: '10' };
    expect(checkLongTermUnemployed(regs, worked, threeReferrals, '2026-02-01', rules.longTerm)).toMatchObject({
      ok: false,
      why: '2025-01-15登记失业后，2025-06-01有就业记录',
    });
    const placed: EmploymentRecord = {
      events: [],
      placements: [{ start: '2025-03-01', end: '2025-05-31' }],
      current: '10',
    };
    expect(checkLongTermUnemployed(regs, placed, threeReferrals, '2026-02-01', rules.longTerm).ok).toBe(false);
    const again = [
      { regDate: '2024-01-10', cancelDate: '2024-06-01' },
      { regDate: '2025-09-01', cancelDate: null },
    ];
    expect(checkLongTermUnemployed(again, none, threeReferrals, '2026-02-01', rules.longTerm)).toMatchObject({
      ok: false,
      months: 5,
    });
  });

  it('needs CFG-11 referrals in the 12 months before the application; 0 switches that off', () => {
    const two = threeReferrals.slice(1);
    expect(checkLongTermUnemployed(regs, none, two, '2026-01-15', rules.longTerm)).toMatchObject({
      ok: false,
      referrals: 2,
      why: '近12个月接受职业介绍2次，少于3次',
    });
    const old = [{ date: '2025-01-15' }, ...two];
    expect(checkLongTermUnemployed(regs, none, old, '2026-01-15', rules.longTerm).referrals).toBe(2);
    expect(checkLongTermUnemployed(regs, none, [], '2026-01-15', { months: 12, referrals: 0 }).ok).toBe(true);
  });

  it("an 8-day-old registration is far from long-term (the issue's example)", () => {
    const r = checkLongTermUnemployed(
      [{ regDate: '2026-11-22', cancelDate: null }],
      none,
      [],
      '2026-11-30',
      rules.longTerm,
    );
    expect(r).toMatchObject({ ok: false, months: 0, why: '登记失业至2026-11-30为0个月，不满12个月' });
  });
});

describe('employment status on a date (records, not today)', () => {
  const r: EmploymentRecord = {
    events: [
      { date: '2025-01-01', status: '10' },
      { date: '2026-03-01', status: '21' },
    ],
    placements: [{ start: '2025-05-01', end: '2025-08-31' }],
    current: '21',
  };
  it.each([
    ['2024-12-31', null],
    ['2025-01-01', '10'],
    ['2025-05-01', '24'],
    ['2025-09-01', '10'],
    ['2026-03-01', '21'],
  ])('%s → %s', (d, s) => expect(employmentStatusOn(r, d)).toBe(s));
  it('without dated records the current status is all there is', () => {
    expect(employmentStatusOn({ events: [], placements: [], current: '21' }, '2020-01-01')).toBe('21');
  });
  it('finds the first employment in a window', () => {
    expect(employmentBetween(r, '2025-01-01', '2026-12-31')).toEqual({ date: '2025-05-01', status: '24' });
    expect(employmentBetween(r, '2025-09-01', '2026-02-28')).toBeNull();
  });
});

describe('BR-15 zero-employment household (K04)', () => {
  const spouse = { name: '阿依努尔', relation: '配偶', status: '失业', worksAgeAble: true };
  it('all able members unemployed passes; one member employed fails naming the member', () => {
    expect(
      checkZeroEmploymentHousehold('10', [
        spouse,
        { name: '小明', relation: '子女', status: '学生', worksAgeAble: false },
      ]).ok,
    ).toBe(true);
    expect(
      checkZeroEmploymentHousehold('10', [
        spouse,
        { name: '买买提', relation: '子女', status: '21', worksAgeAble: true },
      ]),
    ).toEqual({
      ok: false,
      why: '家庭成员买买提（子女）目前状况为“21”',
    });
    expect(checkZeroEmploymentHousehold('10', [{ ...spouse, status: '务工' }]).ok).toBe(false);
  });
  it('an employed member without working ability (e.g. retired) does not count; the applicant employed fails; no members cannot be checked', () => {
    expect(checkZeroEmploymentHousehold('10', [{ ...spouse, status: '务工', worksAgeAble: false }]).ok).toBe(true);
    expect(checkZeroEmploymentHousehold('22', [spouse])).toEqual({ ok: false, why: '本人有就业记录' });
    expect(checkZeroEmploymentHousehold('10', [])).toEqual({ ok: false, why: '未录入家庭成员，无法核对零就业家庭' });
  });
  it.each([
    ['务工', true],
    ['未就业', false],
    ['无工作', false],
    ['单位就业', true],
    ['灵活就业', true],
    ['失业(未就业)', false],
    ['退休', false],
    ['24', true],
  ])('member status %s employed = %s', (s, e) => expect(memberEmployed(s)).toBe(e));
  // S5: and no business or investment income (经营性、财产性收入), as declared on the application.
  it.each([
    [
      'none declared, members unemployed',
      '10',
      [spouse],
      false,
      { ok: true, why: '劳动年龄内有劳动能力的家庭成员1人均未就业，申请表填写家庭无经营性、财产性收入' },
    ],
    [
      'income declared',
      '10',
      [spouse],
      true,
      {
        ok: false,
        field: 'householdBusinessIncome',
        why: '申请表“家庭经营性、财产性收入”填的是“有”，零就业家庭须无经营性、财产性收入',
      },
    ],
    [
      'not filled in',
      '10',
      [spouse],
      null,
      { ok: false, field: 'householdBusinessIncome', why: '申请表未填写“家庭经营性、财产性收入”' },
    ],
    [
      'no application (placement, enrolment): income not judged',
      '10',
      [spouse],
      undefined,
      { ok: true, why: '劳动年龄内有劳动能力的家庭成员1人均未就业' },
    ],
    [
      'a member employed is reported before the income',
      '10',
      [{ ...spouse, status: '务工' }],
      true,
      { ok: false, why: '家庭成员阿依努尔（配偶）目前状况为“务工”' },
    ],
    ['the applicant employed is reported first', '21', [spouse], true, { ok: false, why: '本人有就业记录' }],
    [
      'no able member, none declared',
      '10',
      [{ ...spouse, worksAgeAble: false }],
      false,
      { ok: true, why: '家庭成员中没有劳动年龄内有劳动能力的人，本人未就业，申请表填写家庭无经营性、财产性收入' },
    ],
  ] as const)('%s', (_, applicant, members, income, expected) => {
    expect(checkZeroEmploymentHousehold(applicant, members, income)).toEqual(expected);
  });
});

describe('record-based categories', () => {
  const facts: PersonFacts = {
    sex: '1',
    birthDate: '1990-01-01',
    education: '20',
    disabilityType: null,
    disabilityCertNo: null,
    dibao: false,
    povertyStatus: '0',
    registrations: [{ regDate: '2025-01-15', cancelDate: null }],
    employment: none,
    referrals: [],
    household: [],
    rural: true,
  };
  it.each([
    ['K02', {}, 'fail'],
    ['K02', { disabilityCertNo: '65312119900101123X44' }, 'pass'],
    ['K03', {}, 'fail'],
    ['K03', { dibao: true }, 'pass'],
    ['K07', {}, 'fail'],
    ['K07', { povertyStatus: '2' }, 'pass'],
    ['K07', { povertyStatus: '2', rural: false }, 'fail'],
    ['K07', { povertyStatus: '2', rural: null }, 'fail'],
    ['K06', {}, 'pass'],
    ['K06', { education: '60' }, 'fail'],
    ['K08', {}, 'manual'],
    ['K99', {}, 'manual'],
  ] as const)('%s with %o → %s', (code, over, outcome) => {
    expect(checkCategory(code, { ...facts, ...over }, '2026-01-15', rules).outcome).toBe(outcome);
  });
  it('K04 reads the household income from the application and names its field when that fails', () => {
    const household = [{ name: '阿依努尔', relation: '配偶', status: '失业', worksAgeAble: true }];
    const k04 = (income?: boolean | null) =>
      checkCategory(
        'K04',
        { ...facts, household },
        '2026-01-15',
        rules,
        income === undefined ? undefined : { householdBusinessIncome: income },
      );
    expect(k04(false)).toMatchObject({ outcome: 'pass', label: '零就业家庭成员' });
    expect(k04(false).field).toBeUndefined();
    expect(k04(true)).toMatchObject({ outcome: 'fail', field: 'householdBusinessIncome' });
    expect(k04(null)).toMatchObject({ outcome: 'fail', field: 'householdBusinessIncome' });
    expect(k04()).toEqual({
      code: 'K04',
      label: '零就业家庭成员',
      outcome: 'pass',
      why: '劳动年龄内有劳动能力的家庭成员1人均未就业',
    });
  });
  // K03 (XJ 2020): 低保 and continuously unemployed ≥ 6 months since the latest registration (2025-01-15).
  it.each([
    ['exactly 6 months', {}, '2025-07-15', 6, 'pass', '低保对象，连续失业6个月'],
    ['5 months 30 days', {}, '2025-07-14', 6, 'fail', '低保对象还须连续失业满6个月：登记失业至2025-07-14为5个月'],
    ['the setting at 0: 低保 alone', {}, '2025-01-20', 0, 'pass', '人员信息中标记为低保'],
    ['低保 not ticked', { dibao: false }, '2026-01-15', 6, 'fail', '人员信息中未标记低保'],
    [
      'employed in between',
      { employment: { events: [{ date: '2025-03-01', status: '21' }], placements: [], current: '21' } },
      '2025-08-01',
      6,
      'fail',
      '低保对象还须连续失业满6个月：2025-01-15登记失业后，2025-03-01有就业记录',
    ],
    [
      'registration cancelled',
      { registrations: [{ regDate: '2025-01-15', cancelDate: '2025-05-01' }] },
      '2025-08-01',
      6,
      'fail',
      '低保对象还须连续失业满6个月：最近一次失业登记已于2025-05-01注销',
    ],
  ] as const)('K03 %s', (_, over, on, months, outcome, why) => {
    const r = checkCategory('K03', { ...facts, dibao: true, ...over }, on, { ...rules, dibaoUnemployedMonths: months });
    expect(r).toMatchObject({ outcome, why });
  });
  it.each([
    ['rural, monitored', { povertyStatus: '3', rural: true }, 'pass', '农村劳动力，登记为脱贫人口或监测对象'],
    [
      'town resident',
      { povertyStatus: '1', rural: false },
      'fail',
      '“城乡属性”为城镇：脱贫人口/监测对象劳动力须为农村劳动力',
    ],
    [
      'area unknown',
      { povertyStatus: '1', rural: null },
      'fail',
      '人员信息的“城乡属性”和所住村(社区)的城乡分类代码均未登记，无法核对是否为农村劳动力',
    ],
    ['no status', { povertyStatus: '0', rural: true }, 'fail', '人员信息中脱贫/监测状态为“无”'],
  ] as const)('K07 %s', (_, over, outcome, why) => {
    expect(checkCategory('K07', { ...facts, ...over }, '2026-01-15', rules)).toMatchObject({ outcome, why });
  });
  it('K06 a graduate 11 months unemployed fails with why', () => {
    expect(checkCategory('K06', facts, '2026-01-14', rules)).toMatchObject({
      outcome: 'fail',
      why: '高校毕业生登记失业至2026-01-14为11个月，不满12个月',
    });
  });
});

describe('BR-10 prerequisites on the application date', () => {
  const base = {
    birthDate: '1980-01-01',
    retirementCategory: 'M60' as const,
    employment: none,
    registration: { regDate: '2026-01-01', cancelDate: null, jobWish: '1' },
    localHukou: true,
  };
  it('met: no refusals', () => expect(recognitionPrerequisites(base, '2026-02-01', ['K05'], false)).toEqual([]));
  it('each failure names its field', () => {
    expect(recognitionPrerequisites({ ...base, registration: null }, '2026-02-01', ['K05'], false)).toEqual([
      { field: 'registrationId', message: '申请认定须先办理失业登记：该人员没有有效的失业登记' },
    ]);
    expect(recognitionPrerequisites(base, '2025-12-31', [], false).map((r) => r.field)).toEqual([
      'applyDate',
      'categories',
    ]);
    expect(
      recognitionPrerequisites(
        { ...base, registration: { ...base.registration, jobWish: '3' } },
        '2026-02-01',
        ['K05'],
        false,
      )[0].message,
    ).toBe('申请认定须有就业意愿：失业登记中的就业意愿不是“有”');
    expect(recognitionPrerequisites({ ...base, localHukou: false }, '2026-02-01', ['K05'], true)[0].field).toBe(
      'personId',
    );
    expect(
      recognitionPrerequisites({ ...base, birthDate: '1963-01-01' }, '2026-02-01', ['K01'], false)[0].message,
    ).toBe('该人员已于2023-01-01达到法定退休年龄，不能申请就业困难人员认定');
  });
  it('CFG-13 on: an empty 户籍地 is refused; off, it is not asked for', () => {
    expect(recognitionPrerequisites({ ...base, localHukou: null }, '2026-02-01', ['K05'], true)).toEqual([
      { field: 'personId', message: HUKOU_MISSING },
    ]);
    expect(recognitionPrerequisites({ ...base, localHukou: null }, '2026-02-01', ['K05'], false)).toEqual([]);
  });
});
