// RPT-08 就业见习人员花名册 (DOMAIN §6.8): one row per internship whose period [agreement_start, end_date or
// agreement_end] meets the report period, sorted 见习单位 → 协议开始 → 姓名; 合计 counts the persons.
import type Database from 'better-sqlite3';
import { agreementMonths } from '../../../../../shared/domain/allowance';
import { ethnicityLabel, sexLabel } from '../../../../../shared/enums';
import { degreeLabel, internshipEndTypeLabel, internshipStatusLabel, internTypeLabel } from '../../../../../shared/enums/internship-codes';
import type { ReportDefinition } from '../../../excel/report-definition';
import { rangeDates, rangePeriod, type ReportSource } from '../../reports/report-source';

export const RPT08_CODE = 'RPT-08';
export const RPT08_NAME = '就业见习人员花名册';

export interface InternshipReportParams {
  /** Period [from, to] (dates, inclusive). */
  from: string;
  to: string;
  /** Only this 见习单位. */
  hostId?: string;
}

export const rpt08Definition: ReportDefinition = {
  code: RPT08_CODE,
  name: RPT08_NAME,
  unitLabel: '单位：人、元',
  columns: [
    { key: 'seq', header: '序号', type: 'seq' },
    { key: 'host', header: '见习单位(基地)', type: 'text', width: 22 },
    { key: 'position', header: '见习岗位', type: 'text' },
    { key: 'name', header: '姓名', type: 'text' },
    { key: 'sex', header: '性别', type: 'text', width: 6 },
    { key: 'ethnicity', header: '民族', type: 'text', width: 10 },
    { key: 'idNumber', header: '公民身份号码', type: 'id' },
    { key: 'internType', header: '人员类别', type: 'text', width: 20 },
    { key: 'school', header: '毕业院校', type: 'text', width: 18 },
    { key: 'major', header: '专业', type: 'text' },
    { key: 'degree', header: '学历', type: 'text' },
    { key: 'graduationDate', header: '毕业时间', type: 'date' },
    { key: 'agreement', header: '见习协议起止', type: 'text', width: 24 },
    { key: 'months', header: '见习期限(月)', type: 'int', sum: false },
    { key: 'allowance', header: '生活费补助标准', type: 'money', sum: false },
    { key: 'hostAllowance', header: '单位岗位补助标准', type: 'money', sum: false },
    { key: 'policy', header: '意外伤害保险单号', type: 'text', width: 20 },
    { key: 'status', header: '状态', type: 'text', width: 8 },
    { key: 'endDate', header: '结束日期', type: 'date' },
    { key: 'endType', header: '结束方式', type: 'text', width: 18 },
    { key: 'retained', header: '是否留用', type: 'text', width: 8 },
    { key: 'phone', header: '联系电话', type: 'phone' },
    { key: 'remark', header: '备注', type: 'text' },
  ],
  totals: { labelColumn: 'seq', countColumn: 'name' },
  freezeColumns: 4,
};

interface Row {
  host: string; position: string; name: string; sex: string; ethnicity: string; id_number: string; intern_type: string;
  school: string | null; major: string | null; degree: string | null; graduation_date: string | null; agreement_start: string;
  agreement_end: string; allowance_standard: number; host_allowance: number; insurance_policy: string; status: string;
  end_date: string | null; end_type: string | null; retained: 0 | 1; phone: string | null; remark: string | null;
}

export function rpt08Rows(db: Database.Database, p: InternshipReportParams): object[] {
  const rows = db.prepare(`SELECT e.name AS host, i.position, pe.name, pe.sex, pe.ethnicity, pe.id_number, i.intern_type, i.school, i.major, i.degree,
      i.graduation_date, i.agreement_start, i.agreement_end, i.allowance_standard, i.host_allowance, i.insurance_policy, i.status, i.end_date,
      i.end_type, i.retained, pe.phone, i.remark
    FROM internships i JOIN employers e ON e.id = i.host_id JOIN persons pe ON pe.id = i.person_id
    WHERE i.deleted_at IS NULL AND i.agreement_start <= @to AND coalesce(i.end_date, i.agreement_end) >= @from ${p.hostId ? 'AND i.host_id = @hostId' : ''}
    ORDER BY e.name, e.id, i.agreement_start, pe.name, i.id`).all({ from: p.from, to: p.to, hostId: p.hostId ?? null }) as Row[];
  return rows.map((r) => ({
    host: r.host, position: r.position, name: r.name, sex: sexLabel(r.sex), ethnicity: ethnicityLabel(r.ethnicity), idNumber: r.id_number,
    internType: internTypeLabel(r.intern_type), school: r.school, major: r.major, degree: degreeLabel(r.degree) || null,
    graduationDate: r.graduation_date, agreement: `${r.agreement_start}至${r.agreement_end}`, months: agreementMonths(r.agreement_start, r.agreement_end),
    allowance: r.allowance_standard, hostAllowance: r.host_allowance, policy: r.insurance_policy, status: internshipStatusLabel(r.status),
    endDate: r.end_date, endType: internshipEndTypeLabel(r.end_type) || null, retained: r.status === 'ended' ? (r.retained ? '是' : '否') : null,
    phone: r.phone, remark: r.remark,
  }));
}

/** The whole county, 统计期 from–to (BR-31). */
export const rpt08: ReportSource = {
  code: RPT08_CODE,
  name: RPT08_NAME,
  definition: () => rpt08Definition,
  rows: (db, scope) => rpt08Rows(db, rangeDates(scope)),
  period: rangePeriod,
};
