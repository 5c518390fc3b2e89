// Rows of the subsidy rosters (RPT-06, RPT-09) read from a roster's items: the amounts the roster pays (frozen at
// review) with the person, 乡镇 and 单位, in roster order (乡镇 code → 单位 → 姓名) for the frame's 小计.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../../shared/contract/result';
import { batchStatusLabel, rosterTitle, type BatchKind } from '../../../../../shared/contract/subsidies';
import type { ReportDefinition } from '../../../excel/report-definition';
import { batchName, periodText, scopeNameSql } from '../lock';
import { listBatches, ordinaryBatch, type BatchRow } from '../queries';
import type { AmountColumns, AttendanceDbRow } from '../../attendance/queries';
import { chineseMonth } from '../../../../../shared/domain/dates';
import { payee, withDetached } from '../payee-copies';
import { prepared } from '../../../db/prepared';

/** The month's ordinary roster of `kind`, or a refusal saying it must be made first. */
export function requireRoster(db: Database.Database, kind: BatchKind, month: string): BatchRow {
  const b = ordinaryBatch(db, kind, month);
  if (!b) throw ruleViolation(`${chineseMonth(month)}还没有编制${rosterTitle(kind)}，请先编制花名册。`);
  return b;
}

/**
 * The month's ordinary rosters of `kind`, the county's first then each 乡镇's or 单位's (DOMAIN §3.10 范围), or a
 * refusal saying one must be made first.
 */
export function monthRosters(db: Database.Database, kind: BatchKind, month: string): BatchRow[] {
  const rosters = listBatches(db, month, kind).filter((b) => b.supplementary === 0);
  if (!rosters.length) throw ruleViolation(`${chineseMonth(month)}还没有编制${rosterTitle(kind)}，请先编制花名册。`);
  return rosters;
}

/**
 * The frame of a scoped or quarterly roster's sheet: the title names the period and the 乡镇 or 单位 (疏附县2026年11月
 * 乌帕尔镇公益性岗位补贴发放花名册, 疏附县2026年第四季度公益性岗位补贴发放花名册) and a scoped sheet is named
 * `sheet（乌帕尔镇）`; nothing for the county's roster of one month.
 */
export function rosterFrame(b: BatchRow, sheet: string): Pick<ReportDefinition, 'title' | 'sheetName'> {
  if (!b.scope_name && !b.month_to) return {};
  const period = b.month_to ? periodText(b) : '{年}年{月}月';
  return {
    title: `{县市名}${period}${b.scope_name ?? ''}{报表名}`,
    ...(b.scope_name ? { sheetName: `${sheet}（${b.scope_name}）` } : {}),
  };
}

/** Who prepared, reviewed and approved the roster: recorded names, above the frame's signature line. */
function rosterNames(b: BatchRow): string {
  const gap = '　　';
  return `编制人：${b.prepared_by}${gap}审核人：${b.reviewed_by ?? ''}${gap}审批人：${b.approved_by ?? ''}`;
}

/**
 * The close of a payment roster (RPT-06, RPT-09, RPT-14; BR-32): 小计/合计 rows labelled in `labelColumn` with the
 * count of persons under 姓名, the 合计人民币（大写） of `capitalColumn`, 经办人签字 and the roster's recorded names,
 * then the frame's signature line. The names are lines above the signatures, not signatures: a county's 报表格式
 * replaces the signature line, never who prepared and reviewed the roster.
 */
export function rosterClose(
  b: BatchRow | null,
  labelColumn: string,
  capitalColumn: string,
): Pick<ReportDefinition, 'totals' | 'capitalTotal' | 'preFooter'> {
  return {
    totals: { labelColumn, countColumn: 'name' },
    capitalTotal: { column: capitalColumn },
    preFooter: ['经办人签字：', ...(b ? [rosterNames(b)] : [])],
  };
}

/** A 说明 line on a roster that is still a draft; none once reviewed. */
export function draftNote(b: BatchRow): string[] {
  return b.status === 'draft'
    ? [`本花名册（${batchName(b)}）为${batchStatusLabel('draft')}，尚未审核，金额以审核后为准。`]
    : [];
}

/** An item with the attendance row it pays (the row's amount columns as stored) and who and where. */
export interface AttendanceItemRow
  extends Omit<AmountColumns, 'days_on_post' | 'daily_marks'>, Pick<AttendanceDbRow, 'remark'> {
  item_id: string;
  amount_fen: number;
  placement_id: string;
  person_id: string;
  township_id: string;
  township_code: string;
  township: string;
  employer_id: string;
  employer: string;
  post: string;
  name: string;
  id_number: string;
  basis_list: 'E06' | 'E24';
  basis_code: string;
  start_date: string;
  bank: string | null;
  bank_name: string | null;
  row_month: string;
  reason: string | null;
  /** The item's kind: 'si' on a 岗位补贴 补发/扣回 roster corrects the 社保补贴 claimed with it. */
  item_kind: BatchKind;
  adjusts_batch_month: string | null;
  adjusts_batch_kind: BatchKind | null;
  adjusts_batch_scope_name: string | null;
  /** The 补贴期限已届满 note a purge kept with a detached row (RPT-06 works it out for linked rows). */
  beyond_note: string | null;
}

/** An attendance item's row over its linked records (a purge's detached rows are read from `printed`). */
const ATTENDANCE_ROWS = `SELECT i.id AS item_id, i.amount_fen, a.placement_id, pe.id AS person_id, po.township_id, r.code AS township_code, r.name AS township,
  e.id AS employer_id, ${payee('unit', 'e.name')} AS employer, ${payee('post', 'po.title')} AS post, ${payee('name', 'pe.name')} AS name,
  ${payee('id_number', 'pe.id_number')} AS id_number, pl.basis_list, pl.basis_code, pl.start_date, a.required_days, a.attended_days, a.standard, a.due_amount, a.deduction,
  a.deduction_reason, a.paid_amount, a.si_pension, a.si_medical, a.si_unemployment, a.si_injury, a.si_subsidy,
  ${payee('account', 'pe.bank_card_no')} AS bank, ${payee('bank_name', 'pe.bank_name')} AS bank_name, a.remark, a.month AS row_month, i.reason, i.kind AS item_kind,
  ob.month AS adjusts_batch_month, ob.kind AS adjusts_batch_kind, ${scopeNameSql('ob')} AS adjusts_batch_scope_name, NULL AS beyond_note
FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id JOIN placements pl ON pl.id = a.placement_id
JOIN posts po ON po.id = pl.post_id JOIN persons pe ON pe.id = pl.person_id JOIN employers e ON e.id = po.employer_id
JOIN regions r ON r.id = po.township_id
LEFT JOIN subsidy_batch_items oi ON oi.id = i.adjusts_item_id LEFT JOIN subsidy_batches ob ON ob.id = oi.batch_id
WHERE i.batch_id = @batch`;

/** The attendance items of one roster still linked to their records, in no order (what a purge writes to `printed`). */
export const linkedAttendanceItems = (db: Database.Database, batch: string): AttendanceItemRow[] =>
  prepared(db, ATTENDANCE_ROWS).all({ batch }) as AttendanceItemRow[];

/**
 * Items of one roster that pay attendance rows, in roster order (`byMonth`: a quarterly roster, months inside 单位);
 * the payee and 单位 as the roster was reviewed (payee-copies.ts), rows of purged persons as the purge kept them.
 */
export function attendanceItems(db: Database.Database, batchId: string, byMonth = false): AttendanceItemRow[] {
  const months = byMonth ? 'row_month, name, id_number' : 'name, id_number, row_month';
  const order = `ORDER BY township_code, employer, employer_id, ${months}, item_id`;
  return prepared(db, withDetached(db, ATTENDANCE_ROWS, 'i.batch_id = @batch', order)).all({
    batch: batchId,
  }) as AttendanceItemRow[];
}
