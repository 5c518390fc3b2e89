// Monthly attendance (DOMAIN §3.9): generate a month for every placement on post (BR-21), read and save one
// employer's grid. Amounts by shared/domain/subsidy-amounts.ts (BR-19, BR-20, VR-14); the lock by subsidies/lock.ts.
// Writes run in the transaction dispatch opened, with the audit row.
import { idMaskerOn, personColumnsOf, type IdMasker } from '../settings/display';
import { COUNTY, type Scope } from '../../scope/scope';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  AttendanceGrid,
  AttendanceRow,
  attendanceGenerateOutput,
  attendanceSaveInput,
} from '../../../../shared/contract/attendance';
import { badInput, notFound } from '../../../../shared/contract/result';
import {
  attendanceAmounts,
  checkAttendance,
  defaultMarks,
  monthSpan,
  placementDays,
  type AttendanceFacts,
} from '../../../../shared/domain/subsidy-amounts';
import { addDays, isWorkingDay, type WorkingCalendar } from '../../../../shared/domain/working-days';
import { assertMonthOpen } from '../period-locks/guard';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { beyondEntitlement, entitlementEnds, entitlementNote } from './entitlement';
import { prepared } from '../../db/prepared';
import { newId } from '../../ids';
import { standardOn } from '../posts/service';
import { subsidyRulesForMonth, type SubsidyMonthRules } from '../subsidies/config';
import { refreshDraftItems } from '../subsidies/items';
import { assertRowWritable, lockViewOf, lockedRowIds } from '../subsidies/lock';
import { monthDaysOf, monthPayOf } from './month-pay';
import { ATTENDANCE_ROWS, finishGeneration } from '../subsidies/month-rows';
import { assertMonthStarted } from '../subsidies/month-order';
import {
  gridRowById,
  gridRows,
  insertAttendance,
  placementsOnPost,
  rowsOfMonth,
  updateAttendance,
  type AmountColumns,
  type AttendanceDbRow,
  type AttendanceGridRow,
} from './queries';
import { chineseMonth } from '../../../../shared/domain/dates';

/** Period lock: attendance is dated by its month (period-locks/guard.ts). */
const ATTENDANCE_WHAT = '考勤';

type SaveInput = z.output<typeof attendanceSaveInput>;

function factsOf(
  month: string,
  start: string,
  leave: string | null,
  c: AmountColumns,
  siEnabled: boolean,
  rules: SubsidyMonthRules,
  entitled: boolean,
): AttendanceFacts {
  return {
    entitled,
    month,
    start,
    leave,
    daysOnPost: c.days_on_post,
    requiredDays: c.required_days,
    attendedDays: c.attended_days,
    dailyMarks: c.daily_marks,
    standardFen: c.standard,
    deductionFen: c.deduction,
    deductionReason: c.deduction_reason,
    si: {
      pensionFen: c.si_pension,
      medicalFen: c.si_medical,
      unemploymentFen: c.si_unemployment,
      injuryFen: c.si_injury,
    },
    siSubsidy: siEnabled,
    siInjuryIncluded: rules.siInjuryIncluded,
    calendar: rules.calendar,
  };
}

/** The stored amounts of a row whose facts passed checkAttendance. */
function withAmounts(c: AmountColumns, facts: AttendanceFacts, rules: SubsidyMonthRules): AmountColumns {
  const a = attendanceAmounts(facts, rules.mode);
  return { ...c, due_amount: a.dueFen, paid_amount: a.paidFen, si_subsidy: a.siSubsidyFen };
}

/** Full attendance by default: the working days on post (never above the required days). */
export function fresh(
  month: string,
  p: { start_date: string; leave_date: string | null; monthly_standard: number; si_subsidy: 0 | 1 },
  rules: SubsidyMonthRules,
  entitled: boolean,
): AmountColumns {
  // p.monthly_standard: the post's standard in force on the month's first day (standardOn in generateMonth).
  const d = placementDays(month, p.start_date, p.leave_date, rules.calendar);
  const c: AmountColumns = {
    days_on_post: d.daysOnPost,
    required_days: d.requiredDays,
    attended_days: Math.min(d.workingDaysOnPost, d.requiredDays),
    daily_marks: null,
    standard: p.monthly_standard,
    due_amount: 0,
    deduction: 0,
    deduction_reason: null,
    paid_amount: 0,
    si_pension: 0,
    si_medical: 0,
    si_unemployment: 0,
    si_injury: 0,
    si_subsidy: 0,
  };
  return withAmounts(c, factsOf(month, p.start_date, p.leave_date, c, p.si_subsidy === 1, rules, entitled), rules);
}

export type GenerateResult = z.output<typeof attendanceGenerateOutput>;

/**
 * BR-21: one row per placement on post in the month. Idempotent: existing rows keep what was entered; unlocked rows
 * follow a change of the placement dates (days on post; attended days and deduction kept within the new bounds,
 * daily marks dropped when they no longer fit) and go when the placement no longer falls in the month. Rows a
 * reviewed roster covers are never touched — neither by a later change of the post's standard nor of the placement.
 */
export function generateMonth(ctx: CoreContext, month: string): GenerateResult {
  const db = ctx.db;
  assertMonthOpen(db, month, ATTENDANCE_WHAT, 'month');
  assertMonthStarted(ctx.today(), month, 1);
  const span = monthSpan(month);
  const rules = subsidyRulesForMonth(db, month);
  const locked = lockedRowIds(db, ATTENDANCE_ROWS, month);
  const existing = new Map(rowsOfMonth(db, month).map((r) => [r.placement_id, r]));
  const by = ctx.operator();
  const at = ctx.now();
  const out: GenerateResult = { month, created: 0, refreshed: 0, removed: 0, locked: 0, total: 0 };
  const touched: string[] = [];
  const onPost = placementsOnPost(db, span.first, span.last);
  // BR-18: months after the entitlement end keep their row but pay nothing.
  const ends = entitlementEnds(
    db,
    onPost.map((p) => p.person_id),
    span.first,
  );
  // BR-19 / CFG-01: a post on the default standard follows the minimum wage and tier in force on the month's
  // first day, so a dated change of the tier reaches the months from its date and no earlier one.
  const standards = new Map<string, number | null>();
  for (const placement of onPost) {
    const p = { ...placement, monthly_standard: standardOn(db, placement, span.first, standards) };
    const row = existing.get(p.id);
    existing.delete(p.id);
    const entitled = !beyondEntitlement(ends.get(p.id), month);
    if (!row) {
      insertAttendance(db, newId(), p.id, month, fresh(month, p, rules, entitled), by, at);
      out.created++;
      continue;
    }
    if (locked.has(row.id)) {
      out.locked++;
      continue;
    }
    const d = placementDays(month, p.start_date, p.leave_date, rules.calendar);
    const daysChanged = d.daysOnPost !== row.days_on_post;
    const standardChanged = p.monthly_standard !== row.standard;
    const c: AmountColumns = daysChanged
      ? {
          ...row,
          standard: p.monthly_standard,
          days_on_post: d.daysOnPost,
          daily_marks: null,
          // Not yet entered: full attendance again; entered: what the clerk entered, within the new bounds.
          attended_days:
            row.entered_at === null
              ? Math.min(d.workingDaysOnPost, row.required_days)
              : Math.min(row.attended_days, d.daysOnPost, row.required_days),
        }
      : { ...row, standard: p.monthly_standard };
    const facts = factsOf(month, p.start_date, p.leave_date, c, p.si_subsidy === 1, rules, entitled);
    const due = withAmounts({ ...c, deduction: 0, deduction_reason: null }, facts, rules).due_amount;
    if (c.deduction > due) c.deduction = due;
    const next = withAmounts(c, { ...facts, deductionFen: c.deduction }, rules);
    if (
      !daysChanged &&
      !standardChanged &&
      next.due_amount === row.due_amount &&
      next.paid_amount === row.paid_amount &&
      next.si_subsidy === row.si_subsidy
    )
      continue;
    updateAttendance(db, row.id, next, by, at);
    touched.push(row.id);
    out.refreshed++;
  }
  finishGeneration(db, ATTENDANCE_ROWS, month, { leftOver: existing.values(), locked, touched }, out, by, at);
  return out;
}

export const generateSummary = (r: GenerateResult) =>
  `生成${chineseMonth(r.month)}考勤：新增 ${r.created} 人，更新 ${r.refreshed} 人，移除 ${r.removed} 人，已锁定 ${r.locked} 人，共 ${r.total} 人`;

/** The row's E28 marks before any day is marked: √ on working days on post, 休 on 休息日, — off post. */
function defaultMarksOf(r: AttendanceGridRow, calendar: WorkingCalendar): string {
  const d = placementDays(r.month, r.start_date, r.leave_date, calendar);
  return defaultMarks(r.month, d.from, d.to, calendar);
}

function toRow(
  db: Database.Database,
  r: AttendanceGridRow,
  ends: Map<string, string | null>,
  calendar: WorkingCalendar,
  mask: IdMasker,
  scope: Scope,
): AttendanceRow {
  return {
    id: r.id,
    placementId: r.placement_id,
    ...personColumnsOf(r, mask),
    postCode: r.post_code,
    postTitle: r.post_title,
    startDate: r.start_date,
    leaveDate: r.leave_date,
    month: r.month,
    ...monthDaysOf(r),
    dailyMarks: r.daily_marks,
    defaultMarks: defaultMarksOf(r, calendar),
    standardFen: r.standard,
    ...monthPayOf(r),
    siPensionFen: r.si_pension,
    siMedicalFen: r.si_medical,
    siUnemploymentFen: r.si_unemployment,
    siInjuryFen: r.si_injury,
    siEnabled: r.post_si === 1,
    siSubsidyFen: r.si_subsidy,
    assessment: r.assessment,
    remark: r.remark,
    enteredAt: r.entered_at,
    lock: lockViewOf(db, 'attendance_id', r.id, scope),
    entitlementNote: entitlementNote(ends.get(r.placement_id), r.month),
  };
}

function employerName(db: Database.Database, employerId: string): string {
  const name = prepared(db, 'SELECT name FROM employers WHERE id = ?').pluck().get(employerId) as string | undefined;
  if (name === undefined) throw notFound('找不到该用人单位。');
  return name;
}

export function attendanceGrid(
  db: Database.Database,
  month: string,
  employerId: string,
  today: string,
  scope: Scope = COUNTY,
): AttendanceGrid {
  const mask = idMaskerOn(db, today); // CFG-29
  const name = employerName(db, employerId);
  const rows = gridRows(db, month, employerId, scope);
  const ends = entitlementEnds(
    db,
    rows.map((r) => r.person_id),
    monthSpan(month).first,
  );
  const span = monthSpan(month);
  const { calendar } = subsidyRulesForMonth(db, month);
  const restDays: number[] = [];
  for (let d = span.first, n = 1; d <= span.last; d = addDays(d, 1), n++)
    if (!isWorkingDay(d, calendar)) restDays.push(n);
  return {
    month,
    employerId,
    employerName: name,
    calendarDays: span.calendarDays,
    restDays,
    rows: rows.map((r) => toRow(db, r, ends, calendar, mask, scope)),
  };
}

/**
 * Saves one employer's grid: every row checked first, nothing written when any row is wrong (fields rows.<i>.<field>,
 * the message naming the row and the person); a row a reviewed roster covers is refused with the roster's name.
 */
export function saveGrid(ctx: CoreContext, input: SaveInput): Saved<AttendanceGrid> {
  const { name, written } = saveEntries(ctx, input, (i, person) =>
    person ? `第${i + 1}行（${person}）` : `第${i + 1}行`,
  );
  return {
    data: attendanceGrid(ctx.db, input.month, input.employerId, ctx.today()),
    summary: `录入考勤：${name} ${chineseMonth(input.month)}，${written} 人`,
  };
}

/**
 * The checks and writes of saveGrid; `where` names an entry in messages (第3行（张三） on the grid, 张三 in an
 * imported sheet, where the import names the Excel row itself). Returns the employer's name and how many rows.
 */
export function saveEntries(
  ctx: CoreContext,
  input: SaveInput,
  where: (index: number, person?: string) => string,
): { name: string; written: number } {
  const db = ctx.db;
  assertMonthOpen(db, input.month, ATTENDANCE_WHAT, 'month');
  const name = employerName(db, input.employerId);
  const rules = subsidyRulesForMonth(db, input.month);
  const fields: Record<string, string> = {};
  const writes: { id: string; cols: AmountColumns; notes: { assessment: string | null; remark: string | null } }[] = [];
  const seen = new Set<string>();
  const found = input.rows.map((e) => gridRowById(db, e.id));
  const ends = entitlementEnds(
    db,
    found.flatMap((r) => (r ? [r.person_id] : [])),
    monthSpan(input.month).first,
  );
  input.rows.forEach((e, i) => {
    const r = found[i];
    if (!r || r.month !== input.month || r.employer_id !== input.employerId) {
      fields[`rows.${i}.id`] = `${where(i)}：不是“${name}”${chineseMonth(input.month)}的考勤记录`;
      return;
    }
    const who = where(i, r.person_name);
    if (seen.has(e.id)) {
      fields[`rows.${i}.id`] = `${who}：重复`;
      return;
    }
    seen.add(e.id);
    assertRowWritable(db, 'attendance_id', r.id, `${who}${chineseMonth(input.month)}的考勤`, ctx.scope);
    const cols: AmountColumns = {
      ...(r as AttendanceDbRow),
      required_days: e.requiredDays,
      attended_days: e.attendedDays,
      daily_marks: e.dailyMarks,
      deduction: e.deductionFen,
      deduction_reason: e.deductionReason,
      si_pension: e.siPensionFen,
      si_medical: e.siMedicalFen,
      si_unemployment: e.siUnemploymentFen,
      si_injury: e.siInjuryFen,
    };
    const facts = factsOf(
      input.month,
      r.start_date,
      r.leave_date,
      cols,
      r.post_si === 1,
      rules,
      !beyondEntitlement(ends.get(r.placement_id), input.month),
    );
    const issues = checkAttendance(facts, rules.mode);
    for (const issue of issues) fields[`rows.${i}.${issue.field}`] ??= `${who}：${issue.message}`;
    if (issues.length === 0)
      writes.push({
        id: r.id,
        cols: withAmounts(cols, facts, rules),
        notes: { assessment: e.assessment, remark: e.remark },
      });
  });
  if (Object.keys(fields).length) throw badInput(fields, Object.values(fields)[0]);
  const by = ctx.operator();
  const at = ctx.now();
  for (const w of writes) updateAttendance(db, w.id, { ...w.cols, notes: w.notes }, by, at);
  refreshDraftItems(
    db,
    'attendance_id',
    writes.map((w) => w.id),
    by,
    at,
  );
  return { name, written: writes.length };
}
