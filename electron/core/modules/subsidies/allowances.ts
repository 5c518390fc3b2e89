// Internship allowance months (DOMAIN §3.11 InternshipMonthly; BR-27 with the BR-19 proration of CFG-09): one row per
// internship per month of [agreement_start, end date or planned end], the month's standard (the minimum wage on the
// month's first day unless the internship has a fixed one: internships/allowance-standard.ts), and in the month an
// early hire (E22 3) ended it, the remainder of the agreement (BR-27) beside the month's allowance. A host allowance
// under the month's floor (CFG-20 percent of that month's wage) is answered as a warning, nothing changed.
// Generation is idempotent like attendance: rows a reviewed roster covers are never touched, a month a period lock
// covers is refused, and a deduction the clerk entered (allowance-save.ts) is kept — within a due amount that fell.
import { idMaskerOn } from '../settings/display';
import { COUNTY, scopeSql, type Scope } from '../../scope/scope';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { AllowanceRow, allowancesGenerateOutput } from '../../../../shared/contract/subsidies';
import { daysInSpan, monthlyDue } from '../../../../shared/domain/allowance';
import { addMonths, monthOf } from '../../../../shared/domain/dates';
import { earlyHireRemainderFen, monthSpan } from '../../../../shared/domain/subsidy-amounts';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { insertRow, updateRow } from '../../db/update-row';
import { newId } from '../../ids';
import { assertMonthOpen } from '../period-locks/guard';
import { allowanceStandardOf, minWageOfMonth, type AllowanceStandardSource } from '../internships/allowance-standard';
import { internshipRulesOn } from '../internships/config';
import { fenToYuanText } from '../../../../shared/domain/money';
import { chineseMonth } from '../../../../shared/domain/dates';
import { subsidyRulesForMonth } from './config';
import { lockViewOf, lockedRowIds } from './lock';
import { monthPayOf, type MonthPayColumns } from '../attendance/month-pay';
import { assertMonthStarted } from './month-order';
import { ALLOWANCE_ROWS, finishGeneration, removeMonthRow } from './month-rows';

/** What of an internship its allowance months come from. */
export interface InternshipSpan extends AllowanceStandardSource {
  id: string;
  agreement_start: string;
  agreement_end: string;
  end_date: string | null;
  end_type: string | null;
}

interface AllowanceDbRow {
  id: string;
  internship_id: string;
  days: number;
  standard: number;
  due_amount: number;
  deduction: number;
  early_hire_amount: number;
}

/** Period lock: an allowance month is dated by its month (period-locks/guard.ts), as attendance is. */
export const ALLOWANCE_WHAT = '见习补贴';

type AllowanceGenerateResult = z.output<typeof allowancesGenerateOutput>;

/** The amount columns a generation writes, and rewrites on a row whose amounts changed. */
const storedAmounts = (a: ReturnType<typeof amounts>) => ({
  days: a.days,
  standard: a.standard,
  due_amount: a.due,
  early_hire_amount: a.early,
});

function amounts(month: string, i: InternshipSpan, db: Database.Database) {
  const span = monthSpan(month);
  const mode = subsidyRulesForMonth(db, month).mode;
  const days = daysInSpan(month, i.agreement_start, i.end_date ?? i.agreement_end);
  const standard = allowanceStandardOf(db, i, month);
  const due = monthlyDue(standard, mode, {
    daysOn: days,
    calendarDays: span.calendarDays,
    attendedDays: days,
    requiredDays: span.calendarDays,
  });
  const early =
    i.end_type === '3' && i.end_date && monthOf(i.end_date) === month
      ? earlyHireRemainderFen(standard, i.end_date, i.agreement_end, mode)
      : 0;
  return { days, calendarDays: span.calendarDays, standard, due, early };
}

/**
 * VR-14 / BR-27 per month: the host's share must be at least CFG-20 percent of the minimum wage in force on the
 * month's first day; the floor and how a warning states it, or null without a wage table.
 */
function hostFloorOf(db: Database.Database, month: string): { fen: number; text: string } | null {
  const wage = minWageOfMonth(db, month);
  if (wage === null) return null;
  const percent = internshipRulesOn(db, `${month}-01`).hostPercent;
  const fen = Math.ceil((wage * percent) / 100);
  return {
    fen,
    text: `${chineseMonth(month)}最低工资标准 ${fenToYuanText(wage)} 元的${percent}%（${fenToYuanText(fen)} 元/月）`,
  };
}

/**
 * Every month of an internship's span with the allowance generation writes for it (days, standard, due, early-hire
 * remainder), in month order: what an internship's correction, deletion or restore compares to find the months it
 * changes.
 */
export function allowanceByMonth(db: Database.Database, i: InternshipSpan): Map<string, ReturnType<typeof amounts>> {
  const out = new Map<string, ReturnType<typeof amounts>>();
  const last = monthOf(i.end_date ?? i.agreement_end);
  for (let m = monthOf(i.agreement_start); m <= last; m = addMonths(m, 1)) out.set(m, amounts(m, i, db));
  return out;
}

/** Removes an allowance row no reviewed roster covers, with its items on draft rosters. */
export function removeAllowanceRow(db: Database.Database, id: string): void {
  removeMonthRow(db, ALLOWANCE_ROWS, id);
}

export function generateAllowances(ctx: CoreContext, month: string): AllowanceGenerateResult {
  const db = ctx.db;
  assertMonthOpen(db, month, ALLOWANCE_WHAT, 'month');
  assertMonthStarted(ctx.today(), month, 1);
  const span = monthSpan(month);
  const locked = lockedRowIds(db, ALLOWANCE_ROWS, month);
  const existing = new Map(
    (
      prepared(
        db,
        'SELECT id, internship_id, days, standard, due_amount, deduction, early_hire_amount FROM internship_allowances WHERE month = ?',
      ).all(month) as AllowanceDbRow[]
    ).map((r) => [r.internship_id, r]),
  );
  const spans = prepared(
    db,
    `SELECT it.id, it.agreement_start, it.agreement_end, it.end_date, it.end_type, it.allowance_standard,
      it.allowance_source, it.host_allowance, pe.name AS person_name, e.name AS host_name
    FROM internships it JOIN persons pe ON pe.id = it.person_id JOIN employers e ON e.id = it.host_id
    WHERE it.deleted_at IS NULL AND it.agreement_start <= ? AND coalesce(it.end_date, it.agreement_end) >= ?
    ORDER BY e.name, pe.name`,
  ).all(span.last, span.first) as (InternshipSpan & {
    host_allowance: number;
    person_name: string;
    host_name: string;
  })[];
  const hostFloor = hostFloorOf(db, month);
  const by = ctx.operator();
  const at = ctx.now();
  const out: AllowanceGenerateResult = {
    month,
    created: 0,
    refreshed: 0,
    removed: 0,
    locked: 0,
    total: 0,
    warnings: [],
  };
  const touched: string[] = [];
  for (const i of spans) {
    const a = amounts(month, i, db);
    const row = existing.get(i.id);
    existing.delete(i.id);
    if (hostFloor && i.host_allowance < hostFloor.fen && !(row && locked.has(row.id)))
      out.warnings.push(
        `${i.person_name}（${i.host_name}）的单位岗位补助 ${fenToYuanText(i.host_allowance)} 元低于${hostFloor.text}，请核实`,
      );
    if (!row) {
      const fresh = { internship_id: i.id, month, calendar_days: a.calendarDays, ...storedAmounts(a) };
      insertRow(db, 'internship_allowances', newId(), fresh, by, at, Object.keys(fresh));
      out.created++;
    } else if (locked.has(row.id)) out.locked++;
    else if (
      row.days !== a.days ||
      row.due_amount !== a.due ||
      row.early_hire_amount !== a.early ||
      row.standard !== a.standard
    ) {
      // A deduction never exceeds the due amount (VR-14): one the new due amount no longer covers shrinks to it.
      updateRow(
        db,
        'internship_allowances',
        row.id,
        { ...storedAmounts(a), deduction: Math.min(row.deduction, a.due) },
        by,
        at,
      );
      touched.push(row.id);
      out.refreshed++;
    }
  }
  finishGeneration(db, ALLOWANCE_ROWS, month, { leftOver: existing.values(), locked, touched }, out, by, at);
  return out;
}

type ListedRow = AllowanceDbRow &
  MonthPayColumns & {
    month: string;
    calendar_days: number;
    host_allowance_verified: 0 | 1;
    updated_at: string;
    person_id: string;
    person_name: string;
    id_number: string;
    host_name: string;
    position: string;
    agreement_start: string;
    agreement_end: string;
    end_date: string | null;
  };

/** Allowance rows matching `where` (over ia, pe) in the list's order, as the list shows them. */
export function allowanceRows(
  db: Database.Database,
  where: string,
  params: unknown[],
  today: string,
  scope: Scope = COUNTY,
): AllowanceRow[] {
  const mask = idMaskerOn(db, today); // CFG-29
  const own = scopeSql(scope, 'pe.township_id');
  const rows = prepared(
    db,
    `SELECT ia.*, pe.id AS person_id, pe.name AS person_name, pe.id_number, e.name AS host_name, it.position, it.agreement_start, it.agreement_end, it.end_date
    FROM internship_allowances ia JOIN internships it ON it.id = ia.internship_id JOIN persons pe ON pe.id = it.person_id JOIN employers e ON e.id = it.host_id
    WHERE ${where} AND ${own.sql} ORDER BY e.name, e.id, pe.name, pe.id_number`,
  ).all(...params, ...own.params) as ListedRow[];
  return rows.map((r) => ({
    id: r.id,
    internshipId: r.internship_id,
    personId: r.person_id,
    personName: r.person_name,
    idNumberMasked: mask(r.id_number),
    hostName: r.host_name,
    position: r.position,
    agreementStart: r.agreement_start,
    agreementEnd: r.agreement_end,
    endDate: r.end_date,
    month: r.month,
    days: r.days,
    calendarDays: r.calendar_days,
    standardFen: r.standard,
    ...monthPayOf(r),
    earlyHireFen: r.early_hire_amount,
    totalFen: r.paid_amount + r.early_hire_amount,
    hostAllowanceVerified: r.host_allowance_verified === 1,
    updatedAt: r.updated_at,
    lock: lockViewOf(db, 'allowance_id', r.id, scope),
  }));
}

export const listAllowances = (db: Database.Database, month: string, today: string, scope: Scope = COUNTY) =>
  allowanceRows(db, 'ia.month = ?', [month], today, scope);
