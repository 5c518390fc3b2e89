// BR-16 and BR-25 as pure rules (issue 11): every placement category is checked against the records or an active
// recognition, and every check is judged on its own date.
import { describe, expect, it } from 'vitest';
import type { PersonFacts } from '../../shared/domain/category-checks';
import { internshipRefusal, otherTypeAgeWarning } from '../../shared/domain/internship-eligibility';
import { DEFAULT_OLDER_AGE } from '../../shared/domain/older-age';
import { placementEligibility, recognitionOn } from '../../shared/domain/placement-eligibility';

const rules = {
  olderAge: DEFAULT_OLDER_AGE,
  longTerm: { months: 12, referrals: 3 },
  ruralMaxAge: 60,
  dibaoUnemployedMonths: 0,
};
const facts: PersonFacts = {
  sex: '1',
  birthDate: '1990-03-01',
  education: '70',
  disabilityType: null,
  disabilityCertNo: null,
  dibao: false,
  povertyStatus: '0',
  registrations: [{ regDate: '2026-11-22', cancelDate: null }],
  employment: { events: [{ date: '2026-11-22', status: '10' }], placements: [], current: '10' },
  referrals: [],
  household: [],
  rural: true,
};
const k05 = { list: 'E06' as const, code: 'K05', date: '2026-11-30' };

describe('BR-16 placement eligibility of an existing placement (the roster import: recorded categories)', () => {
  it("the issue's case: a 36-year-old registered 8 days earlier is not 长期失业 on an urban post", () => {
    expect(placementEligibility('urban', k05, '2026-12-01', facts, false, [], rules, 'existing')).toEqual({
      ok: false,
      rule: 'BR-16',
      field: 'basisCode',
      message: '登记的安置类别“长期失业人员”与人员信息不符：登记失业至2026-11-30为0个月，不满12个月',
    });
  });
  it('an active recognition holding the category is the basis; one exited before the basis date is not', () => {
    const rec = { categories: ['K05'], recognitionDate: '2026-10-01', exitDate: null };
    expect(placementEligibility('urban', k05, '2026-12-01', facts, false, [rec], rules, 'existing')).toEqual({
      ok: true,
      source: 'recognition',
    });
    const exited = { ...rec, exitDate: '2026-11-30' };
    expect(placementEligibility('urban', k05, '2026-12-01', facts, false, [exited], rules, 'existing').ok).toBe(false);
    expect(recognitionOn([exited], '2026-11-29')).toBe(exited);
    const later = { ...rec, recognitionDate: '2026-12-01' };
    expect(placementEligibility('urban', k05, '2026-12-01', facts, false, [later], rules, 'existing').ok).toBe(false);
  });
  it('a category with no record to check needs a recognition', () => {
    const k08 = { list: 'E06' as const, code: 'K08', date: '2026-11-30' };
    expect(placementEligibility('urban', k08, '2026-12-01', facts, false, [], rules, 'existing')).toMatchObject({
      ok: false,
      message: '安置类别“失地农民”在人员信息中无法核对，须先经就业困难人员认定后才能作为安置依据',
    });
    expect(
      placementEligibility(
        'urban',
        k08,
        '2026-12-01',
        facts,
        false,
        [{ categories: ['K08'], recognitionDate: null, exitDate: null }],
        rules,
        'existing',
      ).ok,
    ).toBe(true);
  });
  it('K01 is judged on the basis date: the birthday and the day before (male 55)', () => {
    const older = { ...facts, birthDate: '1971-06-15' };
    const k01On = (date: string) =>
      placementEligibility(
        'urban',
        { list: 'E06', code: 'K01', date },
        '2026-07-01',
        older,
        false,
        [],
        rules,
        'existing',
      ).ok;
    expect(k01On('2026-06-15')).toBe(true);
    expect(k01On('2026-06-14')).toBe(false);
  });
});

describe('BR-16 urban eligibility of a new placement (placements.create): a recognition or K04 by the household', () => {
  const k03 = { list: 'E06' as const, code: 'K03', date: '2026-11-30' };
  const dibao = { ...facts, dibao: true };
  it('a category the record confirms is refused without a recognition in force on the basis date', () => {
    expect(placementEligibility('urban', k03, '2026-12-01', dibao, false, [], rules, 'new')).toEqual({
      ok: false,
      rule: 'BR-16',
      field: 'basisCode',
      message:
        '城镇公益性岗位须安置已认定的就业困难人员（或零就业家庭成员）：该人员在 2026-11-30 没有有效的就业困难人员认定',
    });
    // The same person on a roster import (a placement made before the app) stands on the record.
    expect(placementEligibility('urban', k03, '2026-12-01', dibao, false, [], rules, 'existing')).toEqual({
      ok: true,
      source: 'recorded',
    });
    const exited = { categories: ['K03'], recognitionDate: '2026-01-01', exitDate: '2026-11-30' };
    expect(placementEligibility('urban', k03, '2026-12-01', dibao, false, [exited], rules, 'new').ok).toBe(false);
  });
  it('a recognition in force holding the category is the basis; one without it names what it holds', () => {
    const rec = { categories: ['K01', 'K03'], recognitionDate: '2026-10-01', exitDate: null };
    expect(placementEligibility('urban', k03, '2026-12-01', facts, false, [rec], rules, 'new')).toEqual({
      ok: true,
      source: 'recognition',
    });
    const k05 = { categories: ['K05'], recognitionDate: '2026-10-01', exitDate: null };
    expect(placementEligibility('urban', k03, '2026-12-01', dibao, false, [k05], rules, 'new')).toMatchObject({
      ok: false,
      field: 'basisCode',
      message:
        '城镇公益性岗位须安置已认定的就业困难人员（或零就业家庭成员）：该人员 2026-11-30 有效的认定类别为“长期失业人员”，不含“低保对象”',
    });
  });
  it('K04 stands on the household members (BR-15) without a recognition', () => {
    const k04 = { list: 'E06' as const, code: 'K04', date: '2026-11-30' };
    const spouse = { name: '阿依努尔', relation: '配偶', worksAgeAble: true };
    const zero = { ...facts, household: [{ ...spouse, status: '失业' }] };
    expect(placementEligibility('urban', k04, '2026-12-01', zero, false, [], rules, 'new')).toEqual({
      ok: true,
      source: 'recorded',
    });
    const working = { ...facts, household: [{ ...spouse, status: '务工' }] };
    expect(placementEligibility('urban', k04, '2026-12-01', working, false, [], rules, 'new')).toMatchObject({
      ok: false,
      message: '登记的安置类别“零就业家庭成员”与人员信息不符：家庭成员阿依努尔（配偶）目前状况为“务工”',
    });
  });
  it('rural posts keep their recorded bases for a new placement', () => {
    const poor = { ...facts, povertyStatus: '1' };
    const e24 = { list: 'E24' as const, code: '1', date: '2026-11-30' };
    expect(placementEligibility('rural', e24, '2026-12-01', poor, true, [], rules, 'new')).toEqual({
      ok: true,
      source: 'recorded',
    });
  });
});

describe('BR-25 internship eligibility on the agreement start', () => {
  const applicant = {
    birthDate: '2003-05-10',
    retirementCategory: 'F50' as const,
    registeredOnStart: true,
    employment: {
      events: [
        { date: '2025-09-01', status: '10' },
        { date: '2026-10-01', status: '21' },
      ],
      placements: [],
      current: '21',
    },
  };
  const terms = { internType: '2', agreementStart: '2026-03-01', graduationDate: null };
  const youth = { graduateWindowMonths: 24, youthMinAge: 16, youthMaxAge: 24 };
  it("a back-dated internship is judged by the status on its start, not today's 单位就业", () => {
    expect(internshipRefusal(applicant, terms, youth)).toBeNull();
    expect(internshipRefusal(applicant, { ...terms, agreementStart: '2026-10-02' }, youth)).toMatchObject({
      rule: 'BR-25',
      message: '见习开始日（2026-10-02）该人员就业状态为“单位就业”，已就业人员不能参加就业见习',
    });
  });
  it('youth age on the start date: 24 passes, the 25th birthday fails', () => {
    expect(internshipRefusal(applicant, { ...terms, agreementStart: '2028-05-09' }, youth)?.rule ?? null).toBe('BR-25');
    const unemployed = { ...applicant, employment: { events: [], placements: [], current: '10' } };
    expect(internshipRefusal(unemployed, { ...terms, agreementStart: '2028-05-09' }, youth)).toBeNull();
    expect(internshipRefusal(unemployed, { ...terms, agreementStart: '2028-05-10' }, youth)?.message).toContain(
      '该人员当日25周岁',
    );
  });
  it('E20 9 其他: no age cap (BR-25 names none), only a warning over the youth cap on the start date', () => {
    const unemployed = { ...applicant, employment: { events: [], placements: [], current: '10' } };
    const other = { ...terms, internType: '9', agreementStart: '2028-05-10' };
    expect(internshipRefusal(unemployed, other, youth)).toBeNull();
    expect(otherTypeAgeWarning(applicant.birthDate, '2028-05-09', 24)).toBeNull();
    expect(otherTypeAgeWarning(applicant.birthDate, '2028-05-10', 24)).toBe(
      '见习开始日该人员25周岁，超过失业青年见习的年龄上限（24周岁）。“其他”类别不限年龄，请确认本县政策允许后再保存',
    );
    // The county's cap (CFG-18) is the one compared.
    expect(otherTypeAgeWarning(applicant.birthDate, '2028-05-10', 25)).toBeNull();
  });
});
