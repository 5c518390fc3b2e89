// SQL of the attendance module (DOMAIN §3.9). Rows of a month are read with their placement, post and person.
import { COUNTY, scopeSql, type Scope } from '../../scope/scope';
import type Database from 'better-sqlite3';
import { prepared } from '../../db/prepared';
import { insertRow } from '../../db/update-row';
import type { MonthDaysColumns, MonthPayColumns } from './month-pay';

export interface OnPostPlacement {
  id: string;
  person_id: string;
  start_date: string;
  leave_date: string | null;
  monthly_standard: number;
  si_subsidy: 0 | 1;
  /** The post's fields its standard in force on a date follows (posts/service.ts standardOn). */
  standard_source: 'default' | 'custom';
  area_type: 'urban' | 'rural';
  full_time: 0 | 1;
  monthly_hours: number | null;
}

const ON_POST = `SELECT pl.id, pl.person_id, pl.start_date, pl.leave_date, po.monthly_standard, po.si_subsidy,
      po.standard_source, po.area_type, po.full_time, po.monthly_hours
    FROM placements pl JOIN posts po ON po.id = pl.post_id
    WHERE pl.deleted_at IS NULL AND pl.start_date <= ? AND (pl.leave_date IS NULL OR pl.leave_date >= ?)`;

/** Placements on post on at least one day of [first, last] (BR-21), not deleted. */
export function placementsOnPost(db: Database.Database, first: string, last: string): OnPostPlacement[] {
  return prepared(db, ON_POST).all(last, first) as OnPostPlacement[];
}

/** One placement as placementsOnPost reads it, if on post in [first, last]. */
export function placementOnPost(
  db: Database.Database,
  id: string,
  first: string,
  last: string,
): OnPostPlacement | undefined {
  return prepared(db, `${ON_POST} AND pl.id = ?`).get(last, first, id) as OnPostPlacement | undefined;
}

/** An attendance_months row: its days and amounts are the columns month-pay.ts maps. */
export interface AttendanceDbRow extends MonthDaysColumns, MonthPayColumns {
  id: string;
  placement_id: string;
  month: string;
  daily_marks: string | null;
  standard: number;
  si_pension: number;
  si_medical: number;
  si_unemployment: number;
  si_injury: number;
  si_subsidy: number;
  assessment: 'pass' | 'fail' | null;
  remark: string | null;
  entered_at: string | null;
}

export interface AttendanceGridRow extends AttendanceDbRow {
  person_id: string;
  person_name: string;
  /** The 乡镇 the person lives in (persons.township_id). */
  person_township_id: string | null;
  id_number: string;
  post_code: string;
  post_title: string;
  post_si: 0 | 1;
  employer_id: string;
  start_date: string;
  leave_date: string | null;
}

const GRID_SELECT = `SELECT a.*, pe.id AS person_id, pe.name AS person_name, pe.township_id AS person_township_id, pe.id_number, po.post_code, po.title AS post_title,
  po.si_subsidy AS post_si, po.employer_id, pl.start_date, pl.leave_date
  FROM attendance_months a JOIN placements pl ON pl.id = a.placement_id JOIN posts po ON po.id = pl.post_id JOIN persons pe ON pe.id = pl.person_id`;

export function rowsOfMonth(db: Database.Database, month: string): AttendanceDbRow[] {
  return prepared(db, 'SELECT * FROM attendance_months WHERE month = ?').all(month) as AttendanceDbRow[];
}

/** One employer's rows of a month; a 乡镇经办 gets their townships' persons only (issue 19). */
export function gridRows(
  db: Database.Database,
  month: string,
  employerId: string,
  scope: Scope = COUNTY,
): AttendanceGridRow[] {
  const own = scopeSql(scope, 'pe.township_id');
  return prepared(
    db,
    `${GRID_SELECT} WHERE a.month = ? AND po.employer_id = ? AND ${own.sql} ORDER BY po.post_code, pe.name, pe.id_number`,
  ).all(month, employerId, ...own.params) as AttendanceGridRow[];
}

export function gridRowById(db: Database.Database, id: string): AttendanceGridRow | undefined {
  return prepared(db, `${GRID_SELECT} WHERE a.id = ?`).get(id) as AttendanceGridRow | undefined;
}

const AMOUNT_KEYS = [
  'days_on_post',
  'required_days',
  'attended_days',
  'daily_marks',
  'standard',
  'due_amount',
  'deduction',
  'deduction_reason',
  'paid_amount',
  'si_pension',
  'si_medical',
  'si_unemployment',
  'si_injury',
  'si_subsidy',
] as const satisfies readonly (keyof AttendanceDbRow)[];

/** The amount columns of an attendance row, as stored. */
export type AmountColumns = Pick<AttendanceDbRow, (typeof AMOUNT_KEYS)[number]>;

/** Exactly the amount columns (named parameters must match the statement). */
const amountColumns = (v: AmountColumns): AmountColumns =>
  Object.fromEntries(AMOUNT_KEYS.map((k) => [k, v[k]])) as unknown as AmountColumns;

const INSERT_COLUMNS = ['placement_id', 'month', ...AMOUNT_KEYS];

export function insertAttendance(
  db: Database.Database,
  id: string,
  placementId: string,
  month: string,
  v: AmountColumns,
  by: string,
  at: string,
): void {
  insertRow(db, 'attendance_months', id, { placement_id: placementId, month, ...v }, by, at, INSERT_COLUMNS);
}

export function updateAttendance(
  db: Database.Database,
  id: string,
  v: AmountColumns & { notes?: { assessment: string | null; remark: string | null } },
  by: string,
  at: string,
): void {
  prepared(
    db,
    `UPDATE attendance_months SET days_on_post = @days_on_post, required_days = @required_days, attended_days = @attended_days,
      daily_marks = @daily_marks, standard = @standard, due_amount = @due_amount, deduction = @deduction, deduction_reason = @deduction_reason,
      paid_amount = @paid_amount, si_pension = @si_pension, si_medical = @si_medical, si_unemployment = @si_unemployment, si_injury = @si_injury,
      si_subsidy = @si_subsidy, assessment = CASE WHEN @entered THEN @assessment ELSE assessment END,
      remark = CASE WHEN @entered THEN @remark ELSE remark END,
      entered_at = CASE WHEN @entered THEN @at ELSE entered_at END, entered_by = CASE WHEN @entered THEN @by ELSE entered_by END,
      updated_at = @at, updated_by = @by WHERE id = @id`,
  ).run({
    ...amountColumns(v),
    assessment: v.notes?.assessment ?? null,
    remark: v.notes?.remark ?? null,
    entered: v.notes ? 1 : 0,
    id,
    at,
    by,
  });
}
