// BR-19 (all three CFG-09 modes), BR-20, BR-22, VR-14 and BR-27 early-hire remainder, as tables.
import { describe, expect, it } from 'vitest';
import type { ProrationMode } from '../../shared/domain/allowance';
import {
  attendanceAmounts,
  checkAttendance,
  countMarks,
  deductionIssues,
  defaultMarks,
  earlyHireRemainderFen,
  placementDays,
  siSubsidyFenOf,
  workingDaysIn,
  type AttendanceFacts,
} from '../../shared/domain/subsidy-amounts';

// 2026 National Day: Thursday 1 – Wednesday 7 October off (weekdays 1, 2, 5, 6, 7), Saturday 10 October worked (调休).
const OCTOBER = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-10-10'],
};
const STD = 190_000;

function facts(over: Partial<AttendanceFacts> = {}): AttendanceFacts {
  return {
    month: '2026-11',
    start: '2026-01-01',
    leave: null,
    daysOnPost: 30,
    requiredDays: 21,
    attendedDays: 21,
    dailyMarks: null,
    standardFen: STD,
    deductionFen: 0,
    deductionReason: null,
    si: { pensionFen: 30_400, medicalFen: 14_250, unemploymentFen: 950, injuryFen: 380 },
    siSubsidy: true,
    siInjuryIncluded: false,
    ...over,
  };
}

describe('required and attended days from the working-day calendar', () => {
  it.each([
    ['November 2026, weekends only: 21', '2026-11', '2026-01-01', null, {}, 30, 21, 21],
    ['October 2026 with 国庆 holidays and the 调休 Saturday: 18', '2026-10', '2026-01-01', null, OCTOBER, 31, 18, 18],
    ['joins on Monday 16 November: 15 days, 11 working days on post', '2026-11', '2026-11-16', null, {}, 15, 21, 11],
    ['leaves on Tuesday 10 November: 10 days, 7 working days', '2026-11', '2025-05-01', '2026-11-10', {}, 10, 21, 7],
    ['left before the month: not on post', '2026-11', '2025-05-01', '2026-10-31', {}, 0, 21, 0],
    ['joins after the month: not on post', '2026-11', '2026-12-01', null, {}, 0, 21, 0],
  ] as const)('%s', (_n, month, start, leave, cal, daysOn, required, worked) => {
    const d = placementDays(month, start, leave, cal);
    expect([d.daysOnPost, d.requiredDays, d.workingDaysOnPost]).toEqual([daysOn, required, worked]);
  });

  it('counts working days inclusive, the 调休 Saturday included and the holiday weekdays not', () => {
    expect(workingDaysIn('2026-10-01', '2026-10-11', OCTOBER)).toBe(3); // 8, 9, 10
    expect(workingDaysIn('2026-10-11', '2026-10-01', OCTOBER)).toBe(0);
  });

  it('default marks: √ on working days on post, 休 on rest days, — off post', () => {
    const m = defaultMarks('2026-11', '2026-11-16', '2026-11-30');
    expect(Array.from(m)).toHaveLength(30);
    expect(m.slice(0, 15)).toBe('—'.repeat(15));
    expect(m.slice(15, 22)).toBe('√√√√√休休'); // Mon 16 … Sun 22
    expect(countMarks(m)).toEqual({ present: 11, rest: 4, leave: 0, absent: 0, offPost: 15 });
  });
});

describe('BR-19 due by CFG-09 mode, deduction and paid (integer fen)', () => {
  const cases: [string, ProrationMode, Partial<AttendanceFacts>, number, number][] = [
    ['days on post, whole month', 'PRORATE_DAYS_ON_POST', {}, 190_000, 190_000],
    [
      'days on post, 15 of 30 days',
      'PRORATE_DAYS_ON_POST',
      { daysOnPost: 15, attendedDays: 11, start: '2026-11-16' },
      95_000,
      95_000,
    ],
    [
      'days on post, 10 of 30 with a 100.50 deduction',
      'PRORATE_DAYS_ON_POST',
      {
        daysOnPost: 10,
        attendedDays: 7,
        leave: '2026-11-10',
        start: '2025-01-01',
        deductionFen: 10_050,
        deductionReason: '迟到',
      },
      63_333,
      53_283,
    ],
    [
      'full if on post: one day is the whole standard',
      'FULL_IF_ON_POST',
      { daysOnPost: 1, attendedDays: 0, start: '2026-11-30' },
      190_000,
      190_000,
    ],
    ['attendance: 19 of 21 days = 1719.047… → 1719.05', 'PRORATE_ATTENDANCE', { attendedDays: 19 }, 171_905, 171_905],
    [
      'attendance: 20 of 21 days, deduction = due leaves 0',
      'PRORATE_ATTENDANCE',
      { attendedDays: 20, deductionFen: 180_952, deductionReason: '全额扣减' },
      180_952,
      0,
    ],
    ['attendance: 0 days', 'PRORATE_ATTENDANCE', { attendedDays: 0 }, 0, 0],
    [
      'rural standard 1000.00, days on post 17 of 30 = 566.666… → 566.67',
      'PRORATE_DAYS_ON_POST',
      { standardFen: 100_000, daysOnPost: 17, attendedDays: 12, start: '2026-11-14' },
      56_667,
      56_667,
    ],
  ];
  it.each(cases)('%s', (_n, mode, over, due, paid) => {
    const f = facts(over);
    expect(checkAttendance(f, mode)).toEqual([]);
    const a = attendanceAmounts(f, mode);
    expect([a.dueFen, a.paidFen]).toEqual([due, paid]);
    expect(Number.isInteger(a.dueFen) && Number.isInteger(a.paidFen)).toBe(true);
    expect(a.totalFen).toBe(a.paidFen + a.siSubsidyFen);
  });
});

describe('BR-20 social-insurance subsidy from the employer amounts', () => {
  const si = { pensionFen: 30_400, medicalFen: 14_250, unemploymentFen: 950, injuryFen: 380 };
  it.each([
    ['pension + medical + unemployment', true, false, 45_600],
    ['work injury included (CFG-03)', true, true, 45_980],
    ['post without the subsidy', false, true, 0],
  ] as const)('%s', (_n, enabled, injury, fen) => {
    expect(siSubsidyFenOf(si, enabled, injury)).toBe(fen);
  });
});

describe('refusals name the field', () => {
  const refuse = (over: Partial<AttendanceFacts>, mode: ProrationMode = 'PRORATE_DAYS_ON_POST') =>
    checkAttendance(facts(over), mode);
  it.each([
    ['attended above required', { attendedDays: 22 }, 'attendedDays', '实际出勤天数（22天）不能多于应出勤天数（21天）'],
    [
      'attended outside the placement dates',
      { start: '2026-11-16', daysOnPost: 15, attendedDays: 16 },
      'attendedDays',
      '不能多于本月在岗天数（15天）',
    ],
    ['fractional days', { attendedDays: 20.5 }, 'attendedDays', '实际出勤天数应为不小于0的整数'],
    ['negative deduction', { deductionFen: -100, deductionReason: 'x' }, 'deductionFen', '扣减应为不小于0'],
    [
      'fractional fen',
      { si: { pensionFen: 100.5, medicalFen: 0, unemploymentFen: 0, injuryFen: 0 } },
      'siPensionFen',
      '单位缴纳养老保险应为不小于0、最多两位小数的金额',
    ],
    [
      'negative social insurance',
      { si: { pensionFen: 0, medicalFen: -1, unemploymentFen: 0, injuryFen: 0 } },
      'siMedicalFen',
      '单位缴纳医疗保险',
    ],
    ['deduction without reason', { deductionFen: 100 }, 'deductionReason', '有扣减时请填写扣减原因'],
    [
      'deduction above due',
      { deductionFen: 190_001, deductionReason: '多扣' },
      'deductionFen',
      '扣减（1900.01元）不能超过应发岗位补贴（1900.00元）',
    ],
    ['marks: wrong length', { dailyMarks: '√'.repeat(29) }, 'dailyMarks', '每日考勤应有30天，现为29天'],
    ['marks: unknown mark', { dailyMarks: 'x' + '√'.repeat(29) }, 'dailyMarks', '1日的考勤标记“x”无效'],
    [
      'marks: present before the start',
      {
        start: '2026-11-16',
        daysOnPost: 15,
        attendedDays: 11,
        dailyMarks: '√' + defaultMarks('2026-11', '2026-11-16', '2026-11-30').slice(1),
      },
      'dailyMarks',
      '1日不在岗（上岗日期 2026-11-16），只能记“—”',
    ],
    [
      'marks: — while on post',
      { dailyMarks: '—' + defaultMarks('2026-11', '2026-11-01', '2026-11-30').slice(1) },
      'dailyMarks',
      '1日在岗，不能记“—”',
    ],
    [
      'marks: absent on a Sunday (休息日)',
      { dailyMarks: '旷' + defaultMarks('2026-11', '2026-11-01', '2026-11-30').slice(1) },
      'dailyMarks',
      '1日是休息日，不能记“旷”（请假、旷工只记在工作日）',
    ],
    [
      'marks: leave on a 国庆 holiday by the calendar',
      {
        month: '2026-10',
        daysOnPost: 31,
        requiredDays: 18,
        attendedDays: 18,
        calendar: OCTOBER,
        dailyMarks: '假' + defaultMarks('2026-10', '2026-10-01', '2026-10-31', OCTOBER).slice(1),
      },
      'dailyMarks',
      '1日是休息日，不能记“假”',
    ],
    [
      'marks and attended days disagree',
      { attendedDays: 20, dailyMarks: defaultMarks('2026-11', '2026-11-01', '2026-11-30') },
      'attendedDays',
      '与每日考勤中的出勤（√）天数（21天）不一致',
    ],
  ] as const)('%s', (_n, over, field, text) => {
    const issues = refuse(over as Partial<AttendanceFacts>);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].field).toBe(field);
    expect(issues[0].message).toContain(text);
  });

  it('an absence on the 调休 Saturday (a working day by the calendar) is accepted', () => {
    const marks = defaultMarks('2026-10', '2026-10-01', '2026-10-31', OCTOBER);
    expect(marks[9]).toBe('√');
    const f = facts({
      month: '2026-10',
      daysOnPost: 31,
      requiredDays: 18,
      attendedDays: 17,
      calendar: OCTOBER,
      dailyMarks: marks.slice(0, 9) + '旷' + marks.slice(10),
    });
    expect(checkAttendance(f, 'PRORATE_ATTENDANCE')).toEqual([]);
  });

  it('two absences in the marks are accepted with attended = number of √', () => {
    const marks = defaultMarks('2026-11', '2026-11-01', '2026-11-30').replace('√', '旷').replace('√', '假');
    const f = facts({ dailyMarks: marks, attendedDays: 19 });
    expect(checkAttendance(f, 'PRORATE_ATTENDANCE')).toEqual([]);
    expect(countMarks(marks)).toMatchObject({ present: 19, absent: 1, leave: 1 });
    expect(attendanceAmounts(f, 'PRORATE_ATTENDANCE').dueFen).toBe(171_905);
  });
});

describe('VR-14 deduction of a month (attendance and internship allowance alike)', () => {
  const due = () => 190_000;
  it.each([
    ['none', 0, null, []],
    ['within the due amount, with a reason', 30_000, '事假3天', []],
    ['all of it', 190_000, '旷岗', []],
    ['no reason', 30_000, '  ', [{ field: 'deductionReason', message: '有扣减时请填写扣减原因' }]],
    [
      'above the due amount',
      190_001,
      '多扣',
      [{ field: 'deductionFen', message: '扣减（1900.01元）不能超过应发生活费补助（1900.00元）' }],
    ],
    ['a fraction of a fen', 0.5, '半分', [{ field: 'deductionFen', message: '扣减应为不小于0、最多两位小数的金额' }]],
    ['negative', -1, '负数', [{ field: 'deductionFen', message: '扣减应为不小于0、最多两位小数的金额' }]],
  ] as const)('%s', (_n, fen, reason, issues) => {
    expect(deductionIssues(fen, reason, '应发生活费补助', due)).toEqual(issues);
  });

  it('does not ask for the due amount when the deduction itself is wrong, nor compare with an unknown one', () => {
    let asked = 0;
    const counted = () => (asked++, 100);
    expect(deductionIssues(-1, null, '应发岗位补贴', counted)).toHaveLength(1);
    expect(deductionIssues(5, null, '应发岗位补贴', counted)).toHaveLength(1);
    expect(asked).toBe(0);
    expect(deductionIssues(500, '旷工', '应发岗位补贴', () => null)).toEqual([]);
  });
});

describe('BR-27 early-hire remainder', () => {
  it('the rest of the agreement after an early end, each month prorated by days', () => {
    // Ends 2026-09-15; planned end 2026-12-31: 15/30 of September + October + November + December.
    expect(earlyHireRemainderFen(STD, '2026-09-15', '2026-12-31', 'PRORATE_DAYS_ON_POST')).toBe(95_000 + 3 * STD);
    expect(earlyHireRemainderFen(STD, '2026-12-31', '2026-12-31', 'PRORATE_DAYS_ON_POST')).toBe(0);
    // 10 of 31 days of December = 612.903… → 612.90.
    expect(earlyHireRemainderFen(STD, '2026-12-21', '2026-12-31', 'PRORATE_DAYS_ON_POST')).toBe(61_290);
  });
});
