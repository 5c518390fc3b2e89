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
import { checkAttendance, defaultMarks, monthSpan, placementDays } from '../../../../shared/domain/subsidy-amounts';
import { addDays, isWorkingDay, type WorkingCalendar } from '../../../../shared/domain/working-days';
import { assertMonthOpen } from '../period-locks/guard';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { beyondEntitlement, entitlementEnds, entitlementNote } from './entitlement';
import { prepared } from '../../db/prepared';
import { subsidyRulesForMonth } from '../subsidies/config';
import { factsOf, newRow, refreshedRow, withAmounts, type MonthBasis } from './month-row';
import { refreshDraftItems } from '../subsidies/items';
import { assertRowWritable, lockViewOf, lockedRowIds } from '../subsidies/lock';
import { monthDaysOf, monthPayOf } from './month-pay';
import { ATTENDANCE_ROWS, finishGeneration } from '../subsidies/month-rows';
import { assertMonthStarted } from '../subsidies/month-order';
import {
  gridRowById,
  gridRows,
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

type GenerateResult = z.output<typeof attendanceGenerateOutput>;

/**
 * BR-21: one row per placement on post in the month (month-row.ts). Idempotent: existing rows keep what was entered;
 * unlocked rows follow a change of the placement dates (days on post; attended days and deduction kept within the
 * new bounds, daily marks dropped when they no longer fit) and go when the placement no longer falls in the month.
 * Rows a reviewed roster covers are never touched — neither by a later change of the post's standard nor of the
 * placement.
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
  // BR-18: months after the entitlement end keep their row but pay nothing (month-row.ts).
  const ends = entitlementEnds(
    db,
    onPost.map((p) => p.person_id),
    span.first,
  );
  const basis: MonthBasis = { month, first: span.first, rules, standards: new Map() };
  for (const p of onPost) {
    const row = existing.get(p.id);
    existing.delete(p.id);
    if (!row) {
      newRow(db, basis, p, ends.get(p.id), by, at);
      out.created++;
      continue;
    }
    if (locked.has(row.id)) {
      out.locked++;
      continue;
    }
    const next = refreshedRow(db, basis, p, row, ends.get(p.id));
    if (!next) continue;
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
