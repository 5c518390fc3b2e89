// RPT-04 公益性岗位安置人员花名册 (DOMAIN §6.4): one row per placement on post at some time in the month
// (start ≤ asOf, leave none or ≥ the first day), grouped by 乡镇 with 小计 (人数) and 合计. Age (BR-01), months
// used and left (BR-18), the status and 合同(协议)起止 (the contract in force then, not a later renewal) are as of asOf (month end, or today in the running month). IDs, phones and
// bank numbers are text cells, masked unless the export is full (VR-09, §9.5).
import { personScopeNamedSql, scopeParam } from '../../../scope/scope';
import type Database from 'better-sqlite3';
import { ageOn } from '../../../../../shared/domain/age';
import { ethnicityLabel, sexLabel } from '../../../../../shared/enums';
import { areaTypeLabel, leaveReasonLabel } from '../../../../../shared/enums/post-codes';
import { column as col, scopeNote, type ReportColumn, type ReportDefinition } from '../../../excel/report-definition';
import { monthDates, RESIDENT_TOWNSHIP, type ReportScope, type ReportSource } from '../../reports/report-source';
import { basisLabel } from '../detail';
import { contractOnSql } from '../history';
import { overrideText } from '../override-text';
import type { SpanRow } from '../queries';
import { subsidyOf, toSpan, type RulesCache } from '../subsidy';
import { subsidyRulesOn } from '../../posts/config';
import { DEFAULT_SUBSIDY_RULES } from '../../../../../shared/domain/subsidy-period';
import { chineseDate } from '../../../../../shared/domain/dates';
import { yesNoText } from '../../../excel/report-cells';

export const RPT04_CODE = 'RPT-04';
export const RPT04_NAME = '公益性岗位安置人员花名册';
/** Marks a basis confirmed from the person's records without a recognition (BR-16); a recognition's category has no mark. */
export const RECORDED_MARK = '（登记）';

export const RPT04_COLUMNS: ReportColumn[] = [
  col('seq', '序号', 'seq'),
  col('township', '乡镇', 'text', { width: 12 }),
  col('employer', '用人单位', 'text', { width: 20 }),
  col('post', '岗位名称', 'text', { width: 12 }),
  col('area', '城镇/乡村', 'text', { width: 8 }),
  col('name', '姓名', 'text', { width: 18 }),
  col('sex', '性别', 'text', { width: 6 }),
  col('ethnicity', '民族', 'text', { width: 9 }),
  col('idNumber', '公民身份号码', 'id'),
  col('age', '年龄', 'int', { width: 6, sum: false }),
  col('basis', '安置类别', 'text', { width: 16 }),
  col('startDate', '上岗日期', 'date'),
  col('contract', '合同(协议)起止', 'text', { width: 23 }),
  col('firstMonth', '首次享受补贴年月', 'month'),
  col('endMonth', '补贴截止年月', 'month'),
  col('extended', '是否延至退休', 'text', { width: 8 }),
  col('monthsUsed', '已享受月数', 'int', { sum: false }),
  col('monthsLeft', '剩余月数', 'int', { sum: false }),
  col('bank', '社保卡号/银行账号', 'bank'),
  col('phone', '联系电话', 'phone'),
  col('status', '状态', 'text', { width: 8 }),
  col('leaveDate', '离岗日期', 'date'),
  col('leaveReason', '离岗原因', 'text', { width: 14 }),
  col('remark', '备注', 'text', { width: 14 }),
];

const WHERE = (p: ReportScope) =>
  `pl.deleted_at IS NULL AND pl.start_date <= @asOf AND (pl.leave_date IS NULL OR pl.leave_date >= @from)${p.townshipId ? ' AND po.township_id = @townshipId' : ''} AND ${personScopeNamedSql('pl.person_id', 'own')}`;

function args(p: ReportScope) {
  const { from, asOf } = monthDates(p);
  return { from, asOf, townshipId: p.townshipId ?? null, own: p.persons ? scopeParam(p.persons) : null };
}

interface Source {
  id: string;
  person_id: string;
  resident_township: string | null;
  township: string;
  employer: string;
  post: string;
  area_type: 'urban' | 'rural';
  name: string;
  sex: string;
  ethnicity: string;
  id_number: string;
  birth_date: string;
  retirement_category: 'M60' | 'F55' | 'F50';
  basis_list: string;
  basis_code: string;
  basis_source: string;
  start_date: string;
  /** In force at asOf (history.ts contractOnSql). */
  contract: string;
  leave_date: string | null;
  leave_reason: string | null;
  bank_card_no: string | null;
  phone: string | null;
  remark: string | null;
  override_rules: string | null;
}

/** Every live placement of the persons in the report, by person (BR-18 counts all of them). */
function spansByPerson(db: Database.Database, p: ReportScope): Map<string, SpanRow[]> {
  const all = db
    .prepare(
      `SELECT id, person_id, post_id, start_date, leave_date, new_cycle FROM placements WHERE deleted_at IS NULL AND person_id IN
       (SELECT pl.person_id FROM placements pl JOIN posts po ON po.id = pl.post_id WHERE ${WHERE(p)})`,
    )
    .all(args(p)) as (SpanRow & { person_id: string })[];
  const map = new Map<string, SpanRow[]>();
  for (const s of all) {
    const list = map.get(s.person_id);
    if (list) list.push(s);
    else map.set(s.person_id, [s]);
  }
  return map;
}

function* rows(db: Database.Database, p: ReportScope): Generator<object> {
  const a = args(p);
  const spans = spansByPerson(db, p);
  const cache: RulesCache = new Map();
  const stmt = db.prepare(
    `SELECT pl.id, pl.person_id, pe.township_id AS resident_township, t.name AS township, e.name AS employer, po.title AS post, po.area_type, pe.name, pe.sex, pe.ethnicity,
       pe.id_number, pe.birth_date, pe.retirement_category, pl.basis_list, pl.basis_code, pl.basis_source, pl.start_date,
       ${contractOnSql('pl', '@asOf')} AS contract, pl.leave_date, pl.leave_reason, pe.bank_card_no, pe.phone, pl.remark, pl.override_rules
     FROM placements pl JOIN posts po ON po.id = pl.post_id JOIN employers e ON e.id = po.employer_id
     JOIN regions t ON t.id = po.township_id JOIN persons pe ON pe.id = pl.person_id
     WHERE ${WHERE(p)} ORDER BY t.code, e.name, po.post_code, pl.start_date, pe.name, pl.id`,
  );
  for (const r of stmt.iterate(a) as IterableIterator<Source>) {
    const { info } = subsidyOf(db, r, (spans.get(r.person_id) ?? []).map(toSpan), r.id, a.asOf, cache);
    const left = r.leave_date !== null && r.leave_date <= a.asOf;
    const remark = [
      r.override_rules ? `强制保存：${overrideText(r.override_rules)}` : '',
      info.newCycle ? '特殊困难人员再次安置' : '',
      r.remark ?? '',
    ]
      .filter(Boolean)
      .join('；');
    yield {
      township: r.township,
      employer: r.employer,
      post: r.post,
      area: areaTypeLabel(r.area_type),
      name: r.name,
      sex: sexLabel(r.sex),
      ethnicity: ethnicityLabel(r.ethnicity),
      idNumber: r.id_number,
      age: ageOn(r.birth_date, a.asOf),
      basis: `${basisLabel(r.basis_list, r.basis_code)}${r.basis_source === 'recorded' ? RECORDED_MARK : ''}`,
      startDate: r.start_date,
      contract: r.contract,
      firstMonth: info.firstMonth,
      endMonth: info.endMonth,
      extended: yesNoText(info.extendedToRetirement),
      monthsUsed: info.monthsUsed,
      monthsLeft: info.monthsLeft,
      bank: r.bank_card_no,
      phone: r.phone,
      status: left ? '已离岗' : '在岗',
      leaveDate: left ? r.leave_date : null,
      leaveReason: left ? leaveReasonLabel(r.leave_reason) : null,
      remark: remark || null,
      [RESIDENT_TOWNSHIP]: r.resident_township,
    };
  }
}

export const rpt04: ReportSource = {
  code: RPT04_CODE,
  name: RPT04_NAME,
  definition(p: ReportScope, db?: Database.Database): ReportDefinition {
    const { asOf } = monthDates(p);
    // CFG-04/CFG-05 in force on the report date (DOMAIN's defaults without a connection).
    const rules = db ? subsidyRulesOn(db, asOf) : DEFAULT_SUBSIDY_RULES;
    const near = rules.nearRetirementMonths;
    const window = near % 12 === 0 ? `${near / 12}年` : `${near}个月`;
    const notes = [
      `年龄、已享受月数、剩余月数和状态为截至${chineseDate(asOf)}的情况；已享受月数按在岗的自然月计算，多个岗位累计，中间间断不重新计算。`,
      `安置类别标注“${RECORDED_MARK}”的，为未经就业困难人员认定、由经办人登记并经人员信息核对的类别；未标注的，安置依据为有效的就业困难人员认定。`,
      `首次享受补贴时距法定退休年龄不足${window}的，补贴延长至法定退休前一个月；其他人员累计不超过${rules.maxMonths}个月。`,
      ...scopeNote(p.townshipName),
    ];
    return {
      code: RPT04_CODE,
      name: RPT04_NAME,
      unitLabel: '单位：人',
      columns: RPT04_COLUMNS,
      grouping: [{ key: 'township' }],
      totals: { countColumn: 'name' },
      freezeColumns: 6,
      notes,
    };
  },
  count(db, p) {
    return db
      .prepare(`SELECT count(*) FROM placements pl JOIN posts po ON po.id = pl.post_id WHERE ${WHERE(p)}`)
      .pluck()
      .get(args(p)) as number;
  },
  rows,
};
