import { describe, expect, it } from 'vitest';
import {
  designationRefusal,
  filingRefusal,
  latestFilingDate,
  transitionRefusal,
  type ClassAction,
} from '../../shared/domain/training-class';
import { enrolmentRefusal, spansOverlap, type TraineeFacts } from '../../shared/domain/training-enrolment';
import {
  DEFAULT_TRAINING_RULES,
  livingAllowanceFen,
  subsidyDecision,
  type TraineeOutcome,
} from '../../shared/domain/training-subsidy';
import { employedAfterTraining, employmentRate } from '../../shared/domain/training-employment';
import type { ClassStatusCode, TraineeCategoryCode } from '../../shared/enums/training-codes';

// DOMAIN §11.1 class status machine (E32).
describe('training class status machine', () => {
  it.each<[ClassStatusCode, ClassAction, boolean]>([
    ['01', 'file', true],
    ['02', 'file', false],
    ['02', 'open', true],
    ['01', 'open', false],
    ['03', 'close', true],
    ['02', 'close', false],
    ['01', 'cancel', true],
    ['03', 'cancel', true],
    ['04', 'cancel', false],
    ['05', 'cancel', false],
    ['09', 'file', false],
  ])('%s + %s allowed = %s', (status, action, ok) => {
    expect(transitionRefusal(status, action, '某状态') === null).toBe(ok);
  });
});

// CFG-37 filing lead time in working days (calendar: weekends only unless given).
describe('class filing lead time (CFG-37)', () => {
  it.each([
    ['2026-12-14', 3, '2026-12-08'], // Monday start: Wed, Thu, Fri lie between Tue and the start
    ['2026-12-16', 3, '2026-12-10'], // Wednesday start: Fri, Mon, Tue
    ['2026-12-14', 0, '2026-12-11'], // the bound is Sunday 12-13: the clerk is told the Friday before
    ['2026-11-16', 5, '2026-11-06'], // five working days 11-09..11-13 lie after Sunday 11-08; told Friday 11-06
  ])('start %s lead %i → latest %s', (start, lead, latest) => {
    expect(latestFilingDate(start, lead)).toBe(latest);
  });
  it('a holiday pushes the latest filing day back', () => {
    expect(latestFilingDate('2026-12-14', 3, { holidays: ['2026-12-11'] })).toBe('2026-12-07');
  });
  it('a 调休 Saturday is a working day the clerk may be told', () => {
    expect(latestFilingDate('2026-11-16', 5, { workdays: ['2026-11-07'] })).toBe('2026-11-07');
  });
  it.each([
    [
      'the message names the last working day, while a weekend filing that leaves the working days still passes',
      { passes: '2026-11-08', refused: '2026-11-09', start: '2026-11-16', lead: 5 },
      '培训班应在开班前至少5个工作日备案：开班日期 2026-11-16，最晚应于 2026-11-06 备案，现为 2026-11-09。' +
        '如仍要开班，请先修改培训班，把培训开始日期推迟到 2026-11-17 或以后，再备案',
    ],
    [
      'filing on the latest day passes, the day after is refused with the dates',
      { passes: '2026-12-08', refused: '2026-12-09', start: '2026-12-14', lead: 3 },
      '培训班应在开班前至少3个工作日备案：开班日期 2026-12-14，最晚应于 2026-12-08 备案，现为 2026-12-09。' +
        '如仍要开班，请先修改培训班，把培训开始日期推迟到 2026-12-15 或以后，再备案',
    ],
  ])('%s', (_title, { passes, refused, start, lead }, message) => {
    expect(filingRefusal(passes, start, lead)).toBeNull();
    expect(filingRefusal(refused, start, lead)).toBe(message);
  });
});

// §11.1: a class cannot run past its provider's 定点 designation.
describe('provider designation covers the class', () => {
  const d = { designatedDate: '2026-01-01', validUntil: '2026-12-31' };
  it.each([
    ['2026-03-01', '2026-03-20', null],
    ['2025-12-20', '2026-01-10', 'startDate'],
    ['2026-12-20', '2027-01-10', 'endDate'],
  ])('%s..%s → %s', (s, e, field) => {
    expect(designationRefusal(d, '甲', s, e)?.field ?? null).toBe(field);
  });
  it('no designation names the provider field', () => {
    expect(designationRefusal(null, '甲', '2026-03-01', '2026-03-02')).toEqual({
      field: 'providerId',
      message: '“甲”不是定点培训机构，请先认定',
    });
  });
});

const facts = (over: Partial<TraineeFacts> = {}): TraineeFacts => ({
  birthDate: '1990-05-01',
  retirementCategory: 'M60',
  statusOnStart: '10',
  registeredOnStart: false,
  recognisedOnStart: false,
  zeroHousehold: { ok: false, why: '未录入家庭成员，无法核对零就业家庭' },
  povertyStatus: '0',
  disabled: false,
  ...over,
});

// BR-33 enrolment category checked against the register as of the class start.
describe('BR-33 enrolment category', () => {
  const start = '2026-12-14';
  it.each<[TraineeCategoryCode, Partial<TraineeFacts>, string | null]>([
    ['01', { registeredOnStart: true }, null],
    ['01', {}, 'category'],
    ['02', { recognisedOnStart: true }, null],
    ['02', { registeredOnStart: true }, 'category'],
    ['03', { zeroHousehold: { ok: true, why: '' } }, null],
    ['03', {}, 'category'],
    ['05', { povertyStatus: '2' }, null],
    ['05', {}, 'category'],
    ['09', { disabled: true }, null],
    ['09', {}, 'category'],
    ['04', {}, 'categoryNote'],
    ['99', {}, 'categoryNote'],
  ])('category %s with %j → %s', (category, over, field) => {
    const r = enrolmentRefusal(facts(over), { category, note: null, graduationDate: null }, start);
    expect(r?.field ?? null).toBe(field);
  });
  it('a declared category passes with a note', () => {
    expect(enrolmentRefusal(facts(), { category: '04', note: '外出务工返乡', graduationDate: null }, start)).toBeNull();
  });
  it('the message names the category and the date checked', () => {
    expect(enrolmentRefusal(facts(), { category: '01', note: null, graduationDate: null }, start)?.message).toBe(
      '人员类别“城镇登记失业人员”与台账不符：开班时该人员没有有效的失业登记（按开班日期 2026-12-14 核对）',
    );
  });
  it.each([
    ['2026-07-01', null],
    ['2025-06-30', null],
    ['2024-06-30', 'graduationDate'],
    [null, 'graduationDate'],
  ])('06 graduation %s → %s', (g, field) => {
    const r = enrolmentRefusal(facts(), { category: '06', note: null, graduationDate: g }, start);
    expect(r?.field ?? null).toBe(field);
  });
  it('under 16 on the class start is refused (BR-03)', () => {
    const r = enrolmentRefusal(
      facts({ birthDate: '2010-12-15', registeredOnStart: true }),
      { category: '01', note: null, graduationDate: null },
      start,
    );
    expect(r?.field).toBe('personId');
  });
});

describe('BR-34 overlapping classes', () => {
  it.each([
    ['2026-01-01', '2026-01-10', '2026-01-10', '2026-01-20', true],
    ['2026-01-01', '2026-01-10', '2026-01-11', '2026-01-20', false],
    ['2026-01-05', '2026-01-06', '2026-01-01', '2026-01-20', true],
  ])('%s..%s vs %s..%s → %s', (a, b, c, d, overlap) => {
    expect(spansOverlap(a, b, c, d)).toBe(overlap);
  });
});

const outcome = (over: Partial<TraineeOutcome> = {}): TraineeOutcome => ({
  classClosed: true,
  classHours: 100,
  occupation: '家政服务员',
  classEndYear: '2026',
  attendedHours: 90,
  result: '1',
  certificate: '01',
  category: '01',
  ...over,
});

// BR-35 eligibility, BR-36 amount from the standard (CFG-32 illustrative defaults), BR-37 living allowance.
describe('BR-35/36/37 training subsidy', () => {
  const R = DEFAULT_TRAINING_RULES;
  it('passes with the standard of the certificate', () => {
    expect(subsidyDecision(outcome(), [], R)).toEqual({
      eligible: true,
      reason: null,
      standardFen: 100_000,
      subsidyFen: 100_000,
      livingFen: 0,
    });
  });
  it.each<[Partial<TraineeOutcome>, string]>([
    [{ classClosed: false }, '培训班尚未结业'],
    [{ result: '2' }, '考核结果不是合格'],
    [{ result: null }, '未录入考核结果'],
    [{ attendedHours: 79 }, '出勤学时 79 不足课程学时 100 的80%（至少 80 学时）'],
    [{ certificate: '00' }, '未取得证书'],
  ])('%j refused: %s', (over, reason) => {
    expect(subsidyDecision(outcome(over), [], R).reason).toBe(reason);
  });
  it('80 % exactly passes', () => {
    expect(subsidyDecision(outcome({ attendedHours: 80 }), [], R).eligible).toBe(true);
  });
  it('the same occupation and level once ever; another level is fine', () => {
    const prior = [{ occupation: '家政 服务员', certificate: '01' as const, year: '2024' }];
    expect(subsidyDecision(outcome(), prior, R).reason).toBe(
      '同一工种“家政服务员”同一等级（职业技能等级证书(五级/初级工)）已于2024年享受过培训补贴',
    );
    expect(subsidyDecision(outcome({ certificate: '02' }), prior, R).subsidyFen).toBe(150_000);
  });
  it('at most 3 subsidised trainings per calendar year', () => {
    const prior = ['a', 'b', 'c'].map((o) => ({ occupation: o, certificate: '05' as const, year: '2026' }));
    expect(subsidyDecision(outcome(), prior, R).reason).toBe('2026年已享受3次培训补贴，每年最多3次');
    expect(subsidyDecision(outcome({ classEndYear: '2027' }), prior, R).eligible).toBe(true);
  });
  it.each<[TraineeCategoryCode, number, number]>([
    ['02', 90, 11 * 3_000],
    ['03', 500, 30 * 3_000],
    ['03', 7, 0],
    ['01', 90, 0],
  ])('living allowance %s for %i hours = %i fen', (category, hours, fen) => {
    expect(livingAllowanceFen(category, hours, R)).toBe(fen);
  });
});

// BR-38 employment after training and the rate.
describe('BR-38 employment after training', () => {
  const none = { events: [], placements: [], current: '10' };
  it.each([
    ['2026-06-30', '2026-07-15', '2026-07-15'],
    ['2026-06-30', '2027-01-01', null],
    ['2026-06-30', '2026-06-30', null],
  ])('class end %s, recorded %s → %s', (end, rec, out) => {
    expect(employedAfterTraining(end, 6, rec, none)).toBe(out);
  });
  it('a registration cancelled for employment in the window counts', () => {
    const reg = { events: [{ date: '2026-08-01', status: '21' }], placements: [], current: '21' };
    expect(employedAfterTraining('2026-06-30', 6, null, reg)).toBe('2026-08-01');
  });
  // Only an employment STARTING in (class end, class end + 6 months] counts: a post held before or during the class
  // and still held at its end does not, nor does a later 公益性岗位 finding for such a person.
  it.each<[string, string | null, string | null]>([
    ['2026-03-01', null, null], // before the class, still on the post
    ['2026-06-20', null, null], // during the class, still on the post
    ['2026-06-30', null, null], // starting on the class end day itself
    ['2026-03-01', '2026-06-29', null], // left before the class end: no employment
    ['2026-07-10', null, '2026-07-10'], // after the class end
    ['2026-12-30', null, '2026-12-30'], // the window's last day (06-30 + 6 months)
    ['2026-12-31', null, null], // after the window
  ])('a placement from %s (left %s) → %s', (start, end, out) => {
    const r = { events: [], placements: [{ start, end }], current: '24' };
    expect(employedAfterTraining('2026-06-30', 6, null, r)).toBe(out);
  });
  it('a 公益性岗位 finding on a post held at the class end does not count; another employment found does', () => {
    const onPost = { start: '2026-03-01', end: null };
    const found = (status: string) => ({
      events: [{ date: '2026-08-01', status }],
      placements: [onPost],
      current: status,
    });
    expect(employedAfterTraining('2026-06-30', 6, null, found('24'))).toBeNull();
    expect(employedAfterTraining('2026-06-30', 6, null, found('21'))).toBe('2026-08-01');
    const later = { events: [{ date: '2026-08-01', status: '24' }], placements: [], current: '24' };
    expect(employedAfterTraining('2026-06-30', 6, null, later)).toBe('2026-08-01');
  });
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [0, 0, null],
    [5, 5, 100],
  ])('%i of %i → %s %%', (e, p, rate) => {
    expect(employmentRate(e, p)).toBe(rate);
  });
});
