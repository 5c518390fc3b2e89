// RPT-14 职业培训补贴申领花名册 (DOMAIN §11.4; BR-35..BR-37, BR-32): the month's 培训补贴 roster grouped by 培训机构 and
// then 班级 with 小计, 合计 and 合计人民币（大写）, and the roster's signature lines. Amounts are those the roster pays
// (frozen at review): 培训补贴 + 生活费补贴 = 合计. Always in 元, whatever the statistical tables' unit (CFG-30): the
// finance office pays from this roster.
import type Database from 'better-sqlite3';
import { column, type ReportDefinition } from '../../../excel/report-definition';
import { fixedReport, type ReportScope, type SourceSheet } from '../../reports/report-source';
import type { BatchRow } from '../../subsidies/queries';
import { draftNote, requireRoster, rosterClose } from '../../subsidies/reports/roster-rows';
import { payee, withDetached } from '../../subsidies/payee-copies';
import { prepared } from '../../../db/prepared';
import { certificateLabel, traineeCategoryLabel } from '../../../../../shared/enums/training-codes';

export const RPT14_CODE = 'RPT-14';
export const RPT14_NAME = '职业培训补贴申领花名册';

function definition(b: BatchRow | null): ReportDefinition {
  return {
    code: RPT14_CODE,
    name: RPT14_NAME,
    columns: [
      column('seq', '序号', 'seq'),
      column('provider', '培训机构', 'text', { width: 20 }),
      column('klass', '班级编号', 'text', { width: 13 }),
      column('occupation', '培训工种', 'text', { width: 12 }),
      column('name', '姓名'),
      column('id', '公民身份号码', 'id'),
      column('category', '人员类别', 'text', { width: 16 }),
      column('cert', '证书类型', 'text', { width: 20 }),
      column('certNo', '证书编号', 'text', { width: 16 }),
      column('standard', '补贴标准', 'money', { sum: false }),
      column('subsidy', '培训补贴', 'money'),
      column('living', '生活费补贴', 'money'),
      column('total', '合计', 'money'),
      column('account', '社会保障卡号(银行账号)', 'bank'),
      column('remark', '备注', 'text', { width: 14 }),
    ],
    grouping: [{ key: 'provider' }, { key: 'klass' }],
    ...rosterClose(b, 'provider', 'total'),
    notes: [
      ...(b ? draftNote(b) : []),
      '培训补贴按培训班结业日适用的补贴标准计发；生活费补贴仅发给就业困难人员和零就业家庭成员，按出勤天数计算。',
    ],
    freezeColumns: 5,
  };
}

interface Row {
  item_id: string;
  amount_fen: number;
  provider: string;
  code: string;
  occupation: string;
  name: string;
  id_number: string;
  category: string;
  cert_type: string | null;
  cert_no: string | null;
  standard_fen: number;
  subsidy_fen: number;
  living_fen: number;
  account: string | null;
  category_note: string | null;
}

/** An enrolment item's row over its linked records (a purge's detached rows are read from `printed`). */
const ENROLMENT_ROWS = `SELECT i.id AS item_id, i.amount_fen, ${payee('unit', 'e.name')} AS provider, e.id AS provider_id, c.code,
  ${payee('post', 'c.occupation')} AS occupation, ${payee('name', 'pe.name')} AS name, ${payee('id_number', 'pe.id_number')} AS id_number,
  te.category, te.cert_type, te.cert_no, te.standard_fen, te.subsidy_fen, te.living_fen,
  ${payee('account', 'pe.bank_card_no')} AS account, te.category_note
FROM subsidy_batch_items i JOIN training_enrolments te ON te.id = i.enrolment_id JOIN training_classes c ON c.id = te.class_id
JOIN persons pe ON pe.id = te.person_id JOIN employers e ON e.id = c.provider_id
WHERE i.batch_id = @batch AND i.adjusts_item_id IS NULL`;

/** The trainees of one roster still linked to their records, in no order (what a purge writes to `printed`). */
export const linkedEnrolmentItems = (db: Database.Database, batch: string): Row[] =>
  prepared(db, ENROLMENT_ROWS).all({ batch }) as Row[];

/**
 * The trainees of a roster; the trainee, 培训机构, 工种 and account as the roster was reviewed (payee-copies.ts), rows of
 * purged persons as the purge kept them.
 */
export function rpt14Rows(db: Database.Database, batchId: string): object[] {
  const sql = withDetached(
    db,
    ENROLMENT_ROWS,
    'i.batch_id = @batch AND i.adjusts_item_id IS NULL',
    'ORDER BY provider, provider_id, code, name, id_number, item_id',
  );
  const rows = prepared(db, sql).all({ batch: batchId }) as Row[];
  return rows.map((r) => ({
    provider: r.provider,
    klass: r.code,
    occupation: r.occupation,
    name: r.name,
    id: r.id_number,
    category: traineeCategoryLabel(r.category),
    cert: certificateLabel(r.cert_type),
    certNo: r.cert_no,
    standard: r.standard_fen,
    subsidy: r.subsidy_fen,
    living: r.living_fen,
    total: r.amount_fen,
    account: r.account,
    remark: r.category_note,
  }));
}

export function rpt14Sheets(db: Database.Database, scope: ReportScope): SourceSheet[] {
  const b = requireRoster(db, 'training', scope.month);
  return [{ definition: definition(b), rows: rpt14Rows(db, b.id) }];
}

export const rpt14 = fixedReport(definition(null), { rows: () => [], sheets: rpt14Sheets });
