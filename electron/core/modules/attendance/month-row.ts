// One placement's attendance row of one month (DOMAIN §3.9, BR-21) as 生成考勤 makes and refreshes it: a new row at
// full attendance, an existing one following the placement's dates. generateMonth (service.ts) runs it for every
// placement on post; a placement's own save (placement-months.ts) for the months it touches.
import type Database from 'better-sqlite3';
import { attendanceAmounts, placementDays, type AttendanceFacts } from '../../../../shared/domain/subsidy-amounts';
import { newId } from '../../ids';
import { standardOn } from '../posts/service';
import type { SubsidyMonthRules } from '../subsidies/config';
import { beyondEntitlement } from './entitlement';
import { insertAttendance, type AmountColumns, type AttendanceDbRow, type OnPostPlacement } from './queries';

export function factsOf(
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
export function withAmounts(c: AmountColumns, facts: AttendanceFacts, rules: SubsidyMonthRules): AmountColumns {
  const a = attendanceAmounts(facts, rules.mode);
  return { ...c, due_amount: a.dueFen, paid_amount: a.paidFen, si_subsidy: a.siSubsidyFen };
}

/** Full attendance by default: the working days on post (never above the required days). */
function fresh(
  month: string,
  p: { start_date: string; leave_date: string | null; monthly_standard: number; si_subsidy: 0 | 1 },
  rules: SubsidyMonthRules,
  entitled: boolean,
): AmountColumns {
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

/** What a month's row is computed from, besides the placement's dates. */
export interface MonthBasis {
  month: string;
  /** The month's first day: the post's standard in force on it (BR-19 / CFG-01). */
  first: string;
  rules: SubsidyMonthRules;
  /** standardOn's cache, shared by the month's placements. */
  standards: Map<string, number | null>;
}

/**
 * The placement with the post's standard in force on the month's first day — a post on the default standard follows
 * the minimum wage and tier in force then, so a dated change reaches the months from its date and no earlier one —
 * and whether the month is within the entitlement (BR-18: months after its end keep their row but pay nothing).
 */
function inForce(db: Database.Database, b: MonthBasis, placement: OnPostPlacement, end: string | null | undefined) {
  return {
    p: { ...placement, monthly_standard: standardOn(db, placement, b.first, b.standards) },
    entitled: !beyondEntitlement(end, b.month),
  };
}

/** A new row at full attendance for a placement on post in the month; `end`: its entitlement end (entitlementEnds). */
export function newRow(
  db: Database.Database,
  b: MonthBasis,
  placement: OnPostPlacement,
  end: string | null | undefined,
  by: string,
  at: string,
): void {
  const { p, entitled } = inForce(db, b, placement, end);
  insertAttendance(db, newId(), p.id, b.month, fresh(b.month, p, b.rules, entitled), by, at);
}

/**
 * An existing row following the placement (null when nothing changes): days on post from its dates — not yet
 * entered, full attendance again; entered, what the clerk entered within the new bounds (at most the working days
 * on post, as a new row's full attendance: a leave on the 15th keeps no more than the working days up to it);
 * daily marks dropped when the days change — the standard in force and the entitlement, the deduction never above
 * the amount due.
 */
export function refreshedRow(
  db: Database.Database,
  b: MonthBasis,
  placement: OnPostPlacement,
  row: AttendanceDbRow,
  end: string | null | undefined,
): AmountColumns | null {
  const { p, entitled } = inForce(db, b, placement, end);
  const { month, rules } = b;
  const d = placementDays(month, p.start_date, p.leave_date, rules.calendar);
  const daysChanged = d.daysOnPost !== row.days_on_post;
  const standardChanged = p.monthly_standard !== row.standard;
  const c: AmountColumns = daysChanged
    ? {
        ...row,
        standard: p.monthly_standard,
        days_on_post: d.daysOnPost,
        daily_marks: null,
        attended_days:
          row.entered_at === null
            ? Math.min(d.workingDaysOnPost, row.required_days)
            : Math.min(row.attended_days, d.workingDaysOnPost, row.required_days),
      }
    : { ...row, standard: p.monthly_standard };
  const facts = factsOf(month, p.start_date, p.leave_date, c, p.si_subsidy === 1, rules, entitled);
  const due = withAmounts({ ...c, deduction: 0, deduction_reason: null }, facts, rules).due_amount;
  if (c.deduction > due) c.deduction = due;
  const next = withAmounts(c, { ...facts, deductionFen: c.deduction }, rules);
  const same =
    !daysChanged &&
    !standardChanged &&
    next.due_amount === row.due_amount &&
    next.paid_amount === row.paid_amount &&
    next.si_subsidy === row.si_subsidy;
  return same ? null : next;
}
