// The attendance grid's editable cells as text (what the clerk typed) and their conversion to attendance.save rows.
import type { AttendanceEntry, AttendanceRow } from '../../../../shared/contract/attendance';
import { fenToYuanText, formYuanToFen } from '../../../../shared/domain/money';
import { countMarks } from '../../../../shared/domain/subsidy-amounts';

/**
 * `label` names the cell (its input's accessible name: 张三 应出勤天数); `header`, when shorter, is its column's title
 * under a group header (天数, 单位缴纳社会保险(元)) so that no header wraps at 1366×768.
 */
export const CELLS = [
  { key: 'requiredDays', label: '应出勤天数', header: '应出勤', days: true },
  { key: 'attendedDays', label: '实际出勤天数', header: '实际出勤', days: true },
  { key: 'deduction', label: '扣减(元)', header: '扣减(元)', days: false },
  { key: 'deductionReason', label: '扣减原因', header: '扣减原因', days: false },
  { key: 'siPension', label: '养老(元)', header: '养老', days: false },
  { key: 'siMedical', label: '医疗(元)', header: '医疗', days: false },
  { key: 'siUnemployment', label: '失业(元)', header: '失业', days: false },
  { key: 'siInjury', label: '工伤(元)', header: '工伤', days: false },
] as const;
export type CellKey = (typeof CELLS)[number]['key'];
/** The typed cells, and the E28 marks (null = none kept; the row's default marks until the clerk marks a day). */
export type Draft = Record<CellKey, string> & { marks: string | null };

/** The field of attendance.save a cell feeds (for the core's rows.<i>.<field> errors). */
export const CELL_FIELD: Record<CellKey, string> = {
  requiredDays: 'requiredDays',
  attendedDays: 'attendedDays',
  deduction: 'deductionFen',
  deductionReason: 'deductionReason',
  siPension: 'siPensionFen',
  siMedical: 'siMedicalFen',
  siUnemployment: 'siUnemploymentFen',
  siInjury: 'siInjuryFen',
};

export function draftOf(r: AttendanceRow): Draft {
  const money = (fen: number) => (fen === 0 ? '' : fenToYuanText(fen));
  return {
    requiredDays: String(r.requiredDays),
    attendedDays: String(r.attendedDays),
    deduction: money(r.deductionFen),
    deductionReason: r.deductionReason ?? '',
    siPension: money(r.siPensionFen),
    siMedical: money(r.siMedicalFen),
    siUnemployment: money(r.siUnemploymentFen),
    siInjury: money(r.siInjuryFen),
    marks: r.dailyMarks,
  };
}

/**
 * The draft with day `day` (1-based) marked `mark`: the marks start from the row's default when none are kept, and
 * the attended days follow the number of √ (the core refuses marks that disagree with them).
 */
export function withMark(r: AttendanceRow, d: Draft, day: number, mark: string): Draft {
  const marks = Array.from(d.marks ?? r.defaultMarks);
  marks[day - 1] = mark;
  const next = marks.join('');
  return { ...d, marks: next, attendedDays: String(countMarks(next).present) };
}

const days = (v: string) => (v.trim() === '' ? Number.NaN : Number(v.trim()));
const fen = (v: string) => formYuanToFen(v.trim()) ?? 0;

/** The save row: empty amounts are 0; an attended-day count typed over the marks drops marks that no longer agree. */
export function entryOf(r: AttendanceRow, d: Draft): AttendanceEntry {
  const attendedDays = days(d.attendedDays);
  return {
    id: r.id,
    requiredDays: days(d.requiredDays),
    attendedDays,
    dailyMarks: d.marks !== null && countMarks(d.marks).present === attendedDays ? d.marks : null,
    deductionFen: fen(d.deduction),
    deductionReason: d.deductionReason.trim() || null,
    siPensionFen: fen(d.siPension),
    siMedicalFen: fen(d.siMedical),
    siUnemploymentFen: fen(d.siUnemployment),
    siInjuryFen: fen(d.siInjury),
    assessment: r.assessment,
    remark: r.remark,
  };
}

/**
 * 应发 and 实发 as the draft stands (audit6 gap 12): with the saved days, 应发 stays and 实发 follows a typed 扣减;
 * once the days change, 应发 depends on CFG-09's proration, which the core applies — null: computed on save.
 */
export function draftAmounts(r: AttendanceRow, d: Draft): { dueFen: number | null; paidFen: number | null } {
  const saved = draftOf(r);
  if (d.requiredDays.trim() !== saved.requiredDays || d.attendedDays.trim() !== saved.attendedDays)
    return { dueFen: null, paidFen: null };
  const deduction = d.deduction.trim() === '' ? 0 : formYuanToFen(d.deduction.trim());
  return { dueFen: r.dueFen, paidFen: deduction === null ? null : r.dueFen - deduction };
}
