// BR-19 / BR-20 / BR-22 / VR-14 amounts of one month of attendance (DOMAIN §3.9), and BR-27's early-hire remainder.
// Pure: no I/O, integer fen only (BR-32).
//
// - days on post: the days of the month between the placement's start and leave dates (BR-22: nothing after leaving).
// - required days (应出勤天数): the working days of the whole month by the county calendar (weekends, 法定节假日 and
//   调休上班 days of the setting calendar.workingDays, the one the contact deadlines use).
// - attended days default to full attendance: the working days of the month that fall on post.
// - due (应发) = standard × factor (CFG-09 mode, BR-19, rounded half-up to the fen) — see allowance.ts.
// - paid (实发) = due − deduction, never below 0: a deduction above the due amount is refused (VR-14).
// - social-insurance subsidy (BR-20) = the employer's actual pension + medical + unemployment amounts (+ work injury
//   where the county includes it, CFG-03), 0 when the post does not carry the subsidy. The person's share is never
//   entered here. Rates are not computed: the clerk enters the amounts paid [D].
// - daily marks (E28) are optional: one character per day of the month, √ 出勤 休 休息 假 请假 旷 旷工 — 不在岗;
//   days off post must be —, days on post must not; 假 and 旷 only on working days (a 休息日 by the calendar is not
//   required, so nobody can be on leave or absent from it); when marks are given, attended days = the number of √.
import { daysInSpan, internshipAllowances, monthlyDue, type ProrationMode } from './allowance';
import { daysInMonth, formatDate, parseMonth } from './dates';
import { addDays, isWorkingDay, workingDaysFrom, type WorkingCalendar } from './working-days';
import { fenToYuanText } from './money';

export const MARK_PRESENT = '√';
export const MARK_REST = '休';
export const MARK_LEAVE = '假';
export const MARK_ABSENT = '旷';
export const MARK_OFF_POST = '—';
/** E28 考勤标记. */
export const DAILY_MARKS = [MARK_PRESENT, MARK_REST, MARK_LEAVE, MARK_ABSENT, MARK_OFF_POST] as const;

export interface MonthSpan {
  month: string;
  /** First and last day of the month (YYYY-MM-DD). */
  first: string;
  last: string;
  calendarDays: number;
}

export function monthSpan(month: string): MonthSpan {
  const m = parseMonth(month);
  if (!m) throw new RangeError(`Invalid month: ${month}`);
  const calendarDays = daysInMonth(m.y, m.m);
  return { month, first: formatDate(m.y, m.m, 1), last: formatDate(m.y, m.m, calendarDays), calendarDays };
}

/** Working days of [from, to] (inclusive) by the calendar; 0 when to < from. */
export function workingDaysIn(from: string, to: string, calendar: WorkingCalendar = {}): number {
  return workingDaysFrom(from, to, calendar);
}

export interface PlacementDays {
  /** Days on post in the month (BR-22). */
  daysOnPost: number;
  /** 应出勤天数: working days of the whole month. */
  requiredDays: number;
  /** Default attended days: working days of the month while on post. */
  workingDaysOnPost: number;
  /** First and last day on post within the month; null when not on post. */
  from: string | null;
  to: string | null;
}

/** The days of one placement [start, leave] in a month, by the working-day calendar. */
export function placementDays(
  month: string,
  start: string,
  leave: string | null,
  calendar: WorkingCalendar = {},
): PlacementDays {
  const s = monthSpan(month);
  const requiredDays = workingDaysIn(s.first, s.last, calendar);
  const daysOnPost = daysInSpan(month, start, leave);
  if (daysOnPost === 0) return { daysOnPost, requiredDays, workingDaysOnPost: 0, from: null, to: null };
  const from = start > s.first ? start : s.first;
  const to = leave !== null && leave < s.last ? leave : s.last;
  return { daysOnPost, requiredDays, workingDaysOnPost: workingDaysIn(from, to, calendar), from, to };
}

/**
 * 应出勤天数 as the 考勤表 (RPT-05) prints it for a placement: the row's required days (the whole month's working days,
 * what BR-19's PRORATE_ATTENDANCE divides by) for a month on post throughout; for a month on post in part, the working
 * days within the span on post, never more than the row's (audit9 gap 6: 21 beside 4 days on post read as absences).
 */
export function requiredDaysOnPost(
  month: string,
  start: string,
  leave: string | null,
  requiredDays: number,
  calendar: WorkingCalendar = {},
): number {
  const d = placementDays(month, start, leave, calendar);
  return d.daysOnPost < monthSpan(month).calendarDays ? Math.min(requiredDays, d.workingDaysOnPost) : requiredDays;
}

/** Default E28 marks: √ on working days on post, 休 on other days on post, — off post. */
export function defaultMarks(
  month: string,
  from: string | null,
  to: string | null,
  calendar: WorkingCalendar = {},
): string {
  const s = monthSpan(month);
  let out = '';
  for (let d = s.first; d <= s.last; d = addDays(d, 1)) {
    if (from === null || to === null || d < from || d > to) out += MARK_OFF_POST;
    else out += isWorkingDay(d, calendar) ? MARK_PRESENT : MARK_REST;
  }
  return out;
}

export interface MarkCounts {
  present: number;
  rest: number;
  leave: number;
  absent: number;
  offPost: number;
}

export function countMarks(marks: string): MarkCounts {
  const c: MarkCounts = { present: 0, rest: 0, leave: 0, absent: 0, offPost: 0 };
  for (const ch of Array.from(marks)) {
    if (ch === MARK_PRESENT) c.present++;
    else if (ch === MARK_REST) c.rest++;
    else if (ch === MARK_LEAVE) c.leave++;
    else if (ch === MARK_ABSENT) c.absent++;
    else if (ch === MARK_OFF_POST) c.offPost++;
  }
  return c;
}

export interface SiAmounts {
  pensionFen: number;
  medicalFen: number;
  unemploymentFen: number;
  injuryFen: number;
}

export interface AttendanceFacts {
  month: string;
  /** Placement start and leave dates. */
  start: string;
  leave: string | null;
  daysOnPost: number;
  requiredDays: number;
  attendedDays: number;
  dailyMarks: string | null;
  /** Standard copied from the post at month start, fen. */
  standardFen: number;
  deductionFen: number;
  deductionReason: string | null;
  si: SiAmounts;
  /** The post carries the social-insurance subsidy (§3.7 si_subsidy). */
  siSubsidy: boolean;
  /** CFG-03: work injury insurance is part of the subsidy. */
  siInjuryIncluded: boolean;
  /** The working-day calendar of the month (the daily marks' 休息日); weekends only when absent. */
  calendar?: WorkingCalendar;
  /**
   * BR-18: the month lies within the person's subsidy period. false = the entitlement ended before this month: the
   * person may stay on post and attendance is kept, but nothing is due (岗位补贴 and 社保补贴 both 0). Default true.
   */
  entitled?: boolean;
}

export interface AttendanceAmounts {
  dueFen: number;
  paidFen: number;
  siSubsidyFen: number;
  /** paid + social-insurance subsidy. */
  totalFen: number;
}

/** One refusal: the field (as the input names it) and the Chinese message. */
export interface AmountIssue {
  field: string;
  message: string;
}

const isFen = (v: number) => Number.isSafeInteger(v) && v >= 0;

/** BR-19: 应发岗位补贴 by the CFG-09 mode. */
export function dueFenOf(
  f: Pick<AttendanceFacts, 'month' | 'daysOnPost' | 'requiredDays' | 'attendedDays' | 'standardFen' | 'entitled'>,
  mode: ProrationMode,
): number {
  if (f.entitled === false) return 0;
  const calendarDays = monthSpan(f.month).calendarDays;
  return monthlyDue(f.standardFen, mode, {
    daysOn: f.daysOnPost,
    calendarDays,
    attendedDays: f.attendedDays,
    requiredDays: f.requiredDays,
  });
}

/** BR-20: 社保补贴 from the employer's actual amounts. */
export function siSubsidyFenOf(si: SiAmounts, enabled: boolean, injuryIncluded: boolean): number {
  if (!enabled) return 0;
  return si.pensionFen + si.medicalFen + si.unemploymentFen + (injuryIncluded ? si.injuryFen : 0);
}

/** Every refusal of one attendance row (VR-14, §3.9); empty when the row may be saved. */
export function checkAttendance(f: AttendanceFacts, mode: ProrationMode): AmountIssue[] {
  const issues: AmountIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const span = monthSpan(f.month);
  const whole = (field: string, label: string, v: number, max: number) => {
    if (!Number.isInteger(v) || v < 0) add(field, `${label}应为不小于0的整数`);
    else if (v > max) add(field, `${label}不能超过${max}天`);
  };
  whole('requiredDays', '应出勤天数', f.requiredDays, span.calendarDays);
  whole('attendedDays', '实际出勤天数', f.attendedDays, span.calendarDays);
  if (Number.isInteger(f.attendedDays) && Number.isInteger(f.requiredDays) && f.attendedDays > f.requiredDays) {
    add('attendedDays', `实际出勤天数（${f.attendedDays}天）不能多于应出勤天数（${f.requiredDays}天）`);
  } else if (Number.isInteger(f.attendedDays) && f.attendedDays > f.daysOnPost) {
    add(
      'attendedDays',
      `实际出勤天数（${f.attendedDays}天）不能多于本月在岗天数（${f.daysOnPost}天），在岗期间以外不能记出勤`,
    );
  }
  if (f.dailyMarks !== null) {
    const marks = Array.from(f.dailyMarks);
    if (marks.length !== span.calendarDays)
      add('dailyMarks', `每日考勤应有${span.calendarDays}天，现为${marks.length}天`);
    else {
      const bad = marks.findIndex((m) => !(DAILY_MARKS as readonly string[]).includes(m));
      if (bad >= 0) add('dailyMarks', `${bad + 1}日的考勤标记“${marks[bad]}”无效，只能是 √ 休 假 旷 —`);
      else {
        for (let i = 0; i < marks.length; i++) {
          const day = formatDate(Number(f.month.slice(0, 4)), Number(f.month.slice(5, 7)), i + 1);
          const onPost = day >= f.start && (f.leave === null || day <= f.leave);
          if (!onPost && marks[i] !== MARK_OFF_POST) {
            add(
              'dailyMarks',
              `${i + 1}日不在岗（上岗日期 ${f.start}${f.leave ? `，离岗日期 ${f.leave}` : ''}），只能记“—”`,
            );
            break;
          }
          if (onPost && marks[i] === MARK_OFF_POST) {
            add('dailyMarks', `${i + 1}日在岗，不能记“—”`);
            break;
          }
          if ((marks[i] === MARK_LEAVE || marks[i] === MARK_ABSENT) && !isWorkingDay(day, f.calendar)) {
            add('dailyMarks', `${i + 1}日是休息日，不能记“${marks[i]}”（请假、旷工只记在工作日）`);
            break;
          }
        }
        const present = countMarks(f.dailyMarks).present;
        if (issues.length === 0 && present !== f.attendedDays) {
          add('attendedDays', `实际出勤天数（${f.attendedDays}天）与每日考勤中的出勤（√）天数（${present}天）不一致`);
        }
      }
    }
  }
  const money: [keyof SiAmounts, string, string][] = [
    ['pensionFen', 'siPensionFen', '单位缴纳养老保险'],
    ['medicalFen', 'siMedicalFen', '单位缴纳医疗保险'],
    ['unemploymentFen', 'siUnemploymentFen', '单位缴纳失业保险'],
    ['injuryFen', 'siInjuryFen', '单位缴纳工伤保险'],
  ];
  for (const [k, field, label] of money) if (!isFen(f.si[k])) add(field, `${label}应为不小于0、最多两位小数的金额`);
  if (!isFen(f.standardFen)) add('standardFen', '补贴标准应为不小于0、最多两位小数的金额');
  issues.push(
    ...deductionIssues(f.deductionFen, f.deductionReason, '应发岗位补贴', () =>
      issues.length === 0 ? dueFenOf(f, mode) : null,
    ),
  );
  return issues;
}

/**
 * VR-14 of a month's deduction (扣减), the same on an attendance row and an internship allowance month: whole fen, a
 * reason when there is one, never above the month's due amount, named `dueLabel` (应发岗位补贴, 应发生活费补助).
 * `dueFen` is asked only when the deduction itself is well-formed; null when the due amount cannot be known (the
 * row's other fields are wrong). Fields: deductionFen, deductionReason.
 */
export function deductionIssues(
  deductionFen: number,
  deductionReason: string | null,
  dueLabel: string,
  dueFen: () => number | null,
): AmountIssue[] {
  if (!isFen(deductionFen)) return [{ field: 'deductionFen', message: '扣减应为不小于0、最多两位小数的金额' }];
  if (deductionFen > 0 && !(deductionReason ?? '').trim())
    return [{ field: 'deductionReason', message: '有扣减时请填写扣减原因' }];
  const due = dueFen();
  if (due !== null && deductionFen > due)
    return [
      {
        field: 'deductionFen',
        message: `扣减（${fenToYuanText(deductionFen)}元）不能超过${dueLabel}（${fenToYuanText(due)}元）`,
      },
    ];
  return [];
}

/** BR-19 / BR-20 amounts of a row that passed checkAttendance. */
export function attendanceAmounts(f: AttendanceFacts, mode: ProrationMode): AttendanceAmounts {
  const dueFen = dueFenOf(f, mode);
  const paidFen = dueFen - f.deductionFen;
  if (paidFen < 0) throw new RangeError('扣减不能超过应发岗位补贴');
  const siSubsidyFen = f.entitled === false ? 0 : siSubsidyFenOf(f.si, f.siSubsidy, f.siInjuryIncluded);
  return { dueFen, paidFen, siSubsidyFen, totalFen: paidFen + siSubsidyFen };
}

/**
 * BR-27: when the host signs a labour contract early (E22 3 提前留用), the allowance of the rest of the agreement —
 * the months from the day after the actual end to the planned end, each prorated as BR-19 — may go to the host.
 * 0 when the internship ran to its planned end.
 */
export function earlyHireRemainderFen(
  standardFen: number,
  endDate: string,
  agreementEnd: string,
  mode: ProrationMode,
): number {
  if (endDate >= agreementEnd) return 0;
  return internshipAllowances(standardFen, addDays(endDate, 1), agreementEnd, mode).reduce(
    (sum, m) => sum + m.dueFen,
    0,
  );
}
