// Training classes (DOMAIN §11.1 TrainingClass, E32; CFG-37): the status machine 计划 → 已备案 → 开班 → 结业 →
// 已申领补贴, or 撤销 with a reason from any state before 结业; the provider's 定点 designation must cover every day
// of the class; filing (备案) must be at least CFG-37 working days before the start.
import { addDays, isWorkingDay, workingDaysBetween, type WorkingCalendar } from './working-days';
import type { ClassStatusCode } from '../enums/training-codes';
import { codeList, type CodeItem, type CodeOf } from '../enums/code-list';
import { addMonths, chineseMonth } from './dates';

/** The actions on a class (training.classes.act) and their Chinese names. */
export const CLASS_ACTION_LIST = [
  { code: 'file', label: '备案' },
  { code: 'open', label: '开班' },
  { code: 'close', label: '结业' },
  { code: 'cancel', label: '撤销' },
] as const satisfies readonly CodeItem[];
export type ClassAction = CodeOf<typeof CLASS_ACTION_LIST>;
export const { codes: CLASS_ACTIONS, label: classActionLabel } = codeList(CLASS_ACTION_LIST);

/** The status an action leads to, from the statuses it may start from. */
export const CLASS_TRANSITIONS: Record<ClassAction, { from: readonly ClassStatusCode[]; to: ClassStatusCode }> = {
  file: { from: ['01'], to: '02' },
  open: { from: ['02'], to: '03' },
  close: { from: ['03'], to: '04' },
  cancel: { from: ['01', '02', '03'], to: '09' },
};

/** Null when `action` may be taken from `status`; otherwise the plain Chinese reason. */
export function transitionRefusal(status: ClassStatusCode, action: ClassAction, statusLabel: string): string | null {
  if (CLASS_TRANSITIONS[action].from.includes(status)) return null;
  const label = classActionLabel(action);
  if (action === 'cancel') return `培训班已${statusLabel}，不能撤销`;
  return `培训班当前为“${statusLabel}”，不能${label}`;
}

export interface Designation {
  designatedDate: string;
  validUntil: string | null;
}

/** Null when the designation covers [start, end]; otherwise the reason and the field it concerns. */
export function designationRefusal(
  d: Designation | null,
  providerName: string,
  start: string,
  end: string,
): { field: 'providerId' | 'startDate' | 'endDate'; message: string } | null {
  if (!d) return { field: 'providerId', message: `“${providerName}”不是定点培训机构，请先认定` };
  if (start < d.designatedDate)
    return {
      field: 'startDate',
      message: `“${providerName}”于 ${d.designatedDate} 认定为定点培训机构，培训开始日期不能早于认定日期`,
    };
  if (d.validUntil && end > d.validUntil)
    return {
      field: 'endDate',
      message: `“${providerName}”定点资质有效期至 ${d.validUntil}，培训结束日期不能晚于有效期`,
    };
  return null;
}

/** Working days strictly between `from` and `to` (neither end counts). */
export function workingDaysInside(from: string, to: string, calendar: WorkingCalendar = {}): number {
  return workingDaysBetween(from, addDays(to, -1), calendar);
}

/** The last calendar day that leaves `leadDays` working days strictly between it and `start` (the CFG-37 count). */
function filingBound(start: string, leadDays: number, calendar: WorkingCalendar): string {
  let day = addDays(start, -1);
  while (workingDaysInside(day, start, calendar) < leadDays) day = addDays(day, -1);
  return day;
}

/**
 * The latest filing day a clerk is told: the last WORKING day on or before the CFG-37 bound (start Monday 2026-11-16,
 * 5 working days → the bound is Sunday 11-08, the office's last day is Friday 11-06). The count itself is unchanged:
 * a filing on the weekend after it still leaves the working days the rule asks for and is accepted.
 */
export function latestFilingDate(start: string, leadDays: number, calendar: WorkingCalendar = {}): string {
  let day = filingBound(start, leadDays, calendar);
  for (let i = 0; i < 60 && !isWorkingDay(day, calendar); i++) day = addDays(day, -1);
  return day;
}

/** The earliest start date a filing on `filedDate` allows: `leadDays` working days strictly between the two. */
export function earliestStartDate(filedDate: string, leadDays: number, calendar: WorkingCalendar = {}): string {
  let day = addDays(filedDate, 1);
  while (workingDaysInside(filedDate, day, calendar) < leadDays) day = addDays(day, 1);
  return day;
}

/**
 * CFG-37: null when filing on `filedDate` leaves ≥ `leadDays` working days before `start`; else the reason, which
 * also tells the clerk the way on: a late filing is refused, the class (still 计划, so editable) must move its start.
 */
export function filingRefusal(
  filedDate: string,
  start: string,
  leadDays: number,
  calendar: WorkingCalendar = {},
): string | null {
  if (filedDate <= filingBound(start, leadDays, calendar)) return null;
  const latest = latestFilingDate(start, leadDays, calendar);
  const moveTo = earliestStartDate(filedDate, leadDays, calendar);
  return (
    `培训班应在开班前至少${leadDays}个工作日备案：开班日期 ${start}，最晚应于 ${latest} 备案，现为 ${filedDate}。` +
    `如仍要开班，请先修改培训班，把培训开始日期推迟到 ${moveTo} 或以后，再备案`
  );
}

/** The class page's 已逾期: a class still in 计划 that can no longer be filed on `today` for its start date. */
export const filingOverdue = (
  status: string,
  today: string,
  start: string,
  leadDays: number,
  calendar: WorkingCalendar = {},
): boolean => status === '01' && filingRefusal(today, start, leadDays, calendar) !== null;

/**
 * A month's 培训补贴 roster takes the classes closed by its review; once reviewed it takes no more, so a class that
 * closes later in the month goes to the next month's roster (generateTrainingBatch, the review dialog).
 */
export const laterClassesNote = (month: string): string =>
  `本月花名册审核后，月内之后结业的培训班列入${chineseMonth(addMonths(month, 1))}的花名册`;
