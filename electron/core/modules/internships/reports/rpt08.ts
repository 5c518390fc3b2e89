// RPT-08 就业见习人员花名册 (DOMAIN §6.8): one row per internship whose period [agreement_start, end_date or
// agreement_end] meets the report period, sorted 见习单位 → 协议开始 → 姓名; 合计 counts the persons.
// 生活费补助标准 is the monthly standard in force in the period's last month, or in the internship's last month when it
// ended earlier (BR-27, allowance-standard.ts): one on the minimum wage shows the wage of that month, not of its start.
import type Database from 'better-sqlite3';
import { agreementMonths } from '../../../../../shared/domain/allowance';
import { monthOf } from '../../../../../shared/domain/dates';
import { ethnicityLabel, sexLabel } from '../../../../../shared/enums';
import {
  degreeLabel,
  internshipEndTypeLabel,
  internshipStatusLabel,
  internTypeLabel,
} from '../../../../../shared/enums/internship-codes';
import { column as col, type ReportDefinition } from '../../../excel/report-definition';
import { fixedReport, rangeDates, rangePeriod } from '../../reports/report-source';
import type { InternshipRow } from '../queries';
import { internshipMeetsSql } from '../period-sql';
import { yesNoText } from '../../../excel/report-cells';
import { allowanceStandards } from '../allowance-standard';

export const RPT08_CODE = 'RPT-08';
export const RPT08_NAME = '就业见习人员花名册';

export interface InternshipReportParams {
  /** Period [from, to] (dates, inclusive). */
  from: string;
  to: string;
  /** Only this 见习单位. */
  hostId?: string;
}

/** The internships RPT-08 lists and RPT-10 counts: live, their period meeting [from, to], of the one 见习单位 asked for. */
export const reportInternshipsSql = (p: InternshipReportParams) =>
  `i.deleted_at IS NULL AND ${internshipMeetsSql('@from', '@to')}${p.hostId ? ' AND i.host_id = @hostId' : ''}`;

/** The named parameters of reportInternshipsSql. */
export const reportInternshipsArgs = (p: InternshipReportParams) => ({
  from: p.from,
  to: p.to,
  hostId: p.hostId ?? null,
});

export const rpt08Definition: ReportDefinition = {
  code: RPT08_CODE,
  name: RPT08_NAME,
  unitLabel: '单位：人、元',
  columns: [
    col('seq', '序号', 'seq'),
    col('host', '见习单位(基地)', 'text', { width: 22 }),
    col('position', '见习岗位'),
    col('name', '姓名'),
    col('sex', '性别', 'text', { width: 6 }),
    col('ethnicity', '民族', 'text', { width: 10 }),
    col('idNumber', '公民身份号码', 'id'),
    col('internType', '人员类别', 'text', { width: 20 }),
    col('school', '毕业院校', 'text', { width: 18 }),
    col('major', '专业'),
    col('degree', '学历'),
    col('graduationDate', '毕业时间', 'date'),
    col('agreement', '见习协议起止', 'text', { width: 24 }),
    col('months', '见习期限(月)', 'int', { sum: false }),
    col('allowance', '生活费补助标准', 'money', { sum: false }),
    col('hostAllowance', '单位岗位补助标准', 'money', { sum: false }),
    col('policy', '意外伤害保险单号', 'text', { width: 20 }),
    col('status', '状态', 'text', { width: 8 }),
    col('endDate', '结束日期', 'date'),
    col('endType', '结束方式', 'text', { width: 18 }),
    col('retained', '是否留用', 'text', { width: 8 }),
    col('phone', '联系电话', 'phone'),
    col('remark', '备注'),
  ],
  totals: { labelColumn: 'seq', countColumn: 'name' },
  freezeColumns: 4,
  notes: [
    '“生活费补助标准”为统计期截止月份执行的月标准（见习在此之前结束的，为其最后一个月执行的标准）；按最低工资标准执行的，随最低工资标准调整。',
  ],
};

/** The internship's own columns as stored, with its host and person. */
interface Row extends Pick<
  InternshipRow,
  | 'position'
  | 'intern_type'
  | 'school'
  | 'major'
  | 'degree'
  | 'graduation_date'
  | 'agreement_start'
  | 'agreement_end'
  | 'allowance_standard'
  | 'allowance_source'
  | 'host_allowance'
  | 'insurance_policy'
  | 'status'
  | 'end_date'
  | 'end_type'
  | 'retained'
  | 'remark'
  | 'other_type_note'
> {
  host: string;
  name: string;
  sex: string;
  ethnicity: string;
  id_number: string;
  phone: string | null;
}

export function rpt08Rows(db: Database.Database, p: InternshipReportParams): object[] {
  const rows = db
    .prepare(
      `SELECT e.name AS host, i.position, pe.name, pe.sex, pe.ethnicity, pe.id_number, i.intern_type, i.school, i.major, i.degree,
      i.graduation_date, i.agreement_start, i.agreement_end, i.allowance_standard, i.allowance_source, i.host_allowance, i.insurance_policy, i.status, i.end_date,
      i.end_type, i.retained, pe.phone, i.remark, i.other_type_note
    FROM internships i JOIN employers e ON e.id = i.host_id JOIN persons pe ON pe.id = i.person_id
    WHERE ${reportInternshipsSql(p)}
    ORDER BY e.name, e.id, i.agreement_start, pe.name, i.id`,
    )
    .all(reportInternshipsArgs(p)) as Row[];
  const standardOf = allowanceStandards(db);
  const periodEnd = monthOf(p.to);
  /** The period's last month, or the internship's when it ended (or ends) before it. */
  const standardMonth = (r: Row) => {
    const last = monthOf(r.end_date ?? r.agreement_end);
    return last < periodEnd ? last : periodEnd;
  };
  return rows.map((r) => ({
    host: r.host,
    position: r.position,
    name: r.name,
    sex: sexLabel(r.sex),
    ethnicity: ethnicityLabel(r.ethnicity),
    idNumber: r.id_number,
    internType: internTypeLabel(r.intern_type),
    school: r.school,
    major: r.major,
    degree: degreeLabel(r.degree) || null,
    graduationDate: r.graduation_date,
    agreement: `${r.agreement_start}至${r.agreement_end}`,
    months: agreementMonths(r.agreement_start, r.agreement_end),
    allowance: standardOf(r, standardMonth(r)),
    hostAllowance: r.host_allowance,
    policy: r.insurance_policy,
    status: internshipStatusLabel(r.status),
    endDate: r.end_date,
    endType: internshipEndTypeLabel(r.end_type) || null,
    retained: r.status === 'ended' ? yesNoText(r.retained) : null,
    phone: r.phone,
    // E20 9 其他: the kind of person the clerk named (其他类别说明) before any remark.
    remark: [r.other_type_note && `其他类别：${r.other_type_note}`, r.remark].filter(Boolean).join('；') || null,
  }));
}

/** The whole county, 统计期 from–to (BR-31). */
export const rpt08 = fixedReport(rpt08Definition, {
  rows: (db, scope) => rpt08Rows(db, rangeDates(scope)),
  period: rangePeriod,
});
