// RPT-06 公益性岗位补贴发放花名册 (DOMAIN §6.6; BR-21, BR-32): the month's 岗位补贴 roster, grouped 乡镇 → 用人单位
// with 小计, a 合计 row and 合计人民币（大写）, 经办人签字 and the signature lines with who prepared, reviewed and approved.
// Claimed together (CFG-03 default) one sheet carries both amounts and 补贴合计 = 实发岗位补贴 + 社保补贴金额; claimed
// separately, the 社保补贴 roster is a sheet of its own. Each 补发/扣回 roster of the month follows on a sheet of its own.
// Amounts are those the roster pays (frozen at review), so a locked roster exports the same every time.
// Always in 元, whatever the statistical tables' unit (CFG-30): the finance office pays from this roster.
import type Database from 'better-sqlite3';
import type { BatchKind } from '../../../../../shared/contract/subsidies';
import { basisLabel } from '../../placements/detail';
import { column, type HeaderNode, type ReportDefinition } from '../../../excel/report-definition';
import type { ReportScope, ReportSource, SourceSheet } from '../../reports/report-source';
import { subsidyRulesForMonth } from '../config';
import { batchName } from '../lock';
import { listBatches, type BatchRow } from '../queries';
import { monthSpan } from '../../../../../shared/domain/subsidy-amounts';
import { beyondEntitlement, entitlementEnds } from '../../attendance/entitlement';
import {
  attendanceItems,
  draftNote,
  linkedAttendanceItems,
  monthRosters,
  rosterClose,
  rosterFrame,
  type AttendanceItemRow,
} from './roster-rows';
import { chineseMonth } from '../../../../../shared/domain/dates';

export const RPT06_CODE = 'RPT-06';
export const RPT06_NAME = '公益性岗位补贴发放花名册';

const money = (key: string, header: string) => column(key, header, 'money');
const WHO: HeaderNode[] = [
  column('seq', '序号', 'seq'),
  column('township', '乡镇', 'text', { width: 12 }),
  column('employer', '用人单位', 'text', { width: 16 }),
  column('post', '岗位名称', 'text', { width: 10 }),
  column('name', '姓名'),
  column('id', '公民身份号码', 'id'),
];
const SI: HeaderNode[] = [
  {
    header: '单位缴纳社会保险',
    children: [
      money('pension', '养老'),
      money('medical', '医疗'),
      money('unemployment', '失业'),
      money('injury', '工伤'),
    ],
  },
  money('si', '社保补贴金额'),
];
const PAY: HeaderNode[] = [
  column('bank', '社会保障卡号(银行账号)', 'bank'),
  column('bankName', '开户行', 'text', { width: 12 }),
  column('sign', '领取人签字', 'text', { width: 10 }),
  column('remark', '备注', 'text', { width: 14 }),
];

type Part = 'together' | 'post' | 'si';

/** What the 说明 says when some persons on the roster are on post after their subsidy period (BR-18). */
export const BEYOND_PERIOD_NOTE =
  '备注注明“补贴期限已届满”的人员本月仍在岗，但补贴期限已满，不再发放岗位补贴和社保补贴，金额为0。';

function definition(b: BatchRow, part: Part, beyondPeriod = false): ReportDefinition {
  const post: HeaderNode[] = [
    column('basis', '安置类别', 'text', { width: 12 }),
    column('start', '上岗日期', 'date'),
    column('required', '应出勤天数', 'int', { sum: false, width: 7 }),
    column('attended', '实际出勤天数', 'int', { sum: false, width: 7 }),
    column('standard', '补贴标准(元/月)', 'money', { sum: false }),
    money('due', '应发岗位补贴'),
    money('deduction', '扣减'),
    money('paid', '实发岗位补贴'),
  ];
  // A quarterly roster (BR-24): the month of each row after the 单位, with a 小计 per month inside each 单位.
  const who = b.month_to
    ? [...WHO.slice(0, 3), column('rowMonth', '所属年月', 'text', { width: 10 }), ...WHO.slice(3)]
    : WHO;
  const columns =
    part === 'together'
      ? [...who, ...post, ...SI, money('total', '补贴合计'), ...PAY]
      : part === 'post'
        ? [...who, ...post, ...PAY]
        : [...who, column('start', '上岗日期', 'date'), ...SI, ...PAY];
  const capital = part === 'together' ? 'total' : part === 'post' ? 'paid' : 'si';
  const notes = [
    ...draftNote(b),
    part === 'si'
      ? '社保补贴金额 = 单位实际缴纳的养老、医疗、失业保险费（含工伤保险的按本县规定），不含个人缴纳部分。'
      : '实发岗位补贴 = 应发岗位补贴 − 扣减；应发岗位补贴按在岗天数（或出勤天数）折算补贴标准，四舍五入到分。',
  ];
  if (part === 'together') notes.push('补贴合计 = 实发岗位补贴 + 社保补贴金额。');
  if (beyondPeriod) notes.push(BEYOND_PERIOD_NOTE);
  const sheet = part === 'si' ? '社保补贴' : '岗位补贴';
  return {
    code: RPT06_CODE,
    name: part === 'si' ? '公益性岗位社会保险补贴发放花名册' : RPT06_NAME,
    sheetName: sheet,
    ...rosterFrame(b, sheet),
    columns,
    grouping: [{ key: 'township' }, { key: 'employer' }, ...(b.month_to ? [{ key: 'rowMonth' }] : [])],
    ...rosterClose(b, 'township', capital),
    notes,
    freezeColumns: 5,
  };
}

/**
 * BR-18: the rows of persons on post after their subsidy period (kept on the roster with nothing due, BR-21), each
 * with the note saying when the period ended. Only rows that pay nothing are looked up (the period's end is the
 * attendance module's, so the roster says what the grid says).
 */
function beyondPeriodNotes(db: Database.Database, rows: AttendanceItemRow[], month: string): Map<string, string> {
  const zero = rows.filter((r) => r.due_amount === 0 && r.standard > 0);
  const out = new Map<string, string>();
  if (!zero.length) return out;
  const ends = entitlementEnds(
    db,
    zero.map((r) => r.person_id),
    monthSpan(month).first,
  );
  for (const r of zero) {
    const end = ends.get(r.placement_id);
    if (beyondEntitlement(end, r.row_month))
      out.set(r.placement_id, `补贴期限已于${chineseMonth(end as string)}届满，本月不再发放`);
  }
  return out;
}

/**
 * The rows of a roster still linked to their records with the 补贴期限已届满 note each gets today, for a purge to keep
 * with the rows it detaches (the note rests on the person's placements, which the purge deletes).
 */
export function linkedRowsWithNotes(db: Database.Database, b: BatchRow): AttendanceItemRow[] {
  const rows = linkedAttendanceItems(db, b.id);
  const beyond = beyondPeriodNotes(db, rows, b.month);
  return rows.map((r) => ({ ...r, beyond_note: beyond.get(r.placement_id) ?? null }));
}

function row(r: AttendanceItemRow, part: Part, beyond?: string): Record<string, string | number | null> {
  return {
    township: r.township,
    employer: r.employer,
    rowMonth: chineseMonth(r.row_month),
    post: r.post,
    name: r.name,
    id: r.id_number,
    basis: basisLabel(r.basis_list, r.basis_code),
    start: r.start_date,
    required: r.required_days,
    attended: r.attended_days,
    standard: r.standard,
    due: r.due_amount,
    deduction: r.deduction,
    paid: part === 'post' ? r.amount_fen : r.paid_amount,
    pension: r.si_pension,
    medical: r.si_medical,
    unemployment: r.si_unemployment,
    injury: r.si_injury,
    si: part === 'si' ? r.amount_fen : r.si_subsidy,
    total: r.amount_fen,
    bank: r.bank,
    bankName: r.bank_name,
    sign: null,
    remark: [beyond, r.deduction_reason && `扣减：${r.deduction_reason}`, r.remark].filter(Boolean).join('；') || null,
  };
}

const SUPPLEMENT_COLUMNS: HeaderNode[] = [
  ...WHO,
  column('rowMonth', '所属年月', 'text', { width: 10 }),
  column('original', '原花名册', 'text', { width: 24 }),
  money('amount', '补发(+)/扣回(−)金额'),
  column('reason', '原因', 'text', { width: 20 }),
  column('sign', '领取人签字', 'text', { width: 10 }),
];

/**
 * One 补发/扣回 roster's sheet (audit9 gap 5): its own rows, 合计, 大写 and the names of who prepared and reviewed it —
 * several rosters of a month are several documents, as the month's ordinary rosters are; a draft is exported like a
 * draft ordinary roster, saying it is one.
 */
function supplementSheet(db: Database.Database, b: BatchRow): SourceSheet {
  const items = attendanceItems(db, b.id);
  const siPart = (r: AttendanceItemRow) => r.item_kind === 'si' && b.kind === 'post';
  const rows = items.map((r) => ({
    township: r.township,
    employer: r.employer,
    post: r.post,
    name: r.name,
    id: r.id_number,
    rowMonth: r.row_month,
    original:
      r.adjusts_batch_kind && r.adjusts_batch_month
        ? batchName({
            kind: r.adjusts_batch_kind,
            month: r.adjusts_batch_month,
            supplementary: 0,
            scope_name: r.adjusts_batch_scope_name,
          }) + (siPart(r) ? '（社保补贴）' : '')
        : null,
    amount: r.amount_fen,
    reason: r.reason,
    sign: null,
  }));
  return { definition: supplementDefinition(b, items.some(siPart)), rows };
}

/** `siParts`: some rows correct the 社保补贴 claimed with the 岗位补贴 (the 说明 says how they are marked). */
function supplementDefinition(b: BatchRow, siParts = false): ReportDefinition {
  const sheet = b.kind === 'si' ? '社保补贴补发扣回' : '补发扣回';
  return {
    code: RPT06_CODE,
    name: b.kind === 'si' ? '公益性岗位社会保险补贴补发/扣回花名册' : '公益性岗位补贴补发/扣回花名册',
    sheetName: sheet,
    ...rosterFrame(b, sheet),
    columns: SUPPLEMENT_COLUMNS,
    grouping: [{ key: 'township' }, { key: 'employer' }],
    ...rosterClose(b, 'township', 'amount'),
    notes: [
      ...draftNote(b),
      '补发为正数，扣回为负数；更正已审核月份的补贴，不修改原花名册。',
      ...(siParts ? ['原花名册后注明“（社保补贴）”的，为对合并发放的社保补贴的更正。'] : []),
    ],
    freezeColumns: 5,
  };
}

/**
 * The month's sheets: each ordinary 岗位补贴 roster (the county's, then each 乡镇's or 单位's, DOMAIN §3.10 范围), each
 * 社保补贴 roster when claimed separately, then each of the month's 补发/扣回 rosters on a sheet of its own.
 */
export function rpt06Sheets(db: Database.Database, scope: ReportScope): SourceSheet[] {
  const month = scope.month;
  const posts = monthRosters(db, 'post', month);
  const separate = subsidyRulesForMonth(db, month).siClaim === 'separate';
  const sheets: SourceSheet[] = [];
  const part: Part = separate ? 'post' : 'together';
  for (const post of posts) {
    const items = attendanceItems(db, post.id, !!post.month_to);
    const beyond = beyondPeriodNotes(db, items, month);
    sheets.push({
      definition: definition(post, part, beyond.size > 0),
      rows: items.map((r) => row(r, part, beyond.get(r.placement_id) ?? r.beyond_note ?? undefined)),
    });
  }
  // The 社保补贴 roster lists only rows with a subsidy (none after the period).
  const sis = separate ? listBatches(db, month, 'si').filter((b) => b.supplementary === 0) : [];
  for (const si of sis)
    sheets.push({
      definition: definition(si, 'si'),
      rows: attendanceItems(db, si.id, !!si.month_to).map((r) => row(r, 'si')),
    });
  for (const kind of ['post', 'si'] as BatchKind[])
    for (const b of listBatches(db, month, kind).filter((x) => x.supplementary === 1))
      sheets.push(supplementSheet(db, b));
  return sheets;
}

export const rpt06: ReportSource = {
  code: RPT06_CODE,
  name: RPT06_NAME,
  definition: (scope) => definition(requireRosterStub(scope), 'together'),
  rows: () => [],
  sheets: rpt06Sheets,
  // 报表格式: the union of the sheets' trees (岗位补贴 with both amounts, 社保补贴, 补发扣回).
  layout: {
    definitions: (scope) => {
      const stub = requireRosterStub(scope);
      return [definition(stub, 'together'), definition(stub, 'si'), supplementDefinition(stub)];
    },
  },
};

/** definition() without a database: the column layout with an empty footer (the export uses sheets()). */
function requireRosterStub(scope: ReportScope): BatchRow {
  return {
    id: '',
    kind: 'post',
    month: scope.month,
    supplementary: 0,
    status: 'reviewed',
    township_id: null,
    employer_id: null,
    total_persons: null,
    total_fen: null,
    prepared_by: '',
    reviewed_by: null,
    reviewed_at: null,
    approved_by: null,
    paid_date: null,
  };
}
