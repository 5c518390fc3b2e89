// RPT-13 职业技能培训学员花名册 (DOMAIN §11.4): every trainee of the classes that start in the 统计期 (cancelled
// classes left out), grouped by class — the group label names the class, provider, type and target certificate —
// with 小计 per class and 合计. 培训后就业情况 follows BR-38 (employed-sql.ts).
import type Database from 'better-sqlite3';
import { column, type ReportDefinition } from '../../../excel/report-definition';
import { fixedReport, rangeDates, rangePeriod, type ReportScope } from '../../reports/report-source';
import { educationLabel, ethnicityLabel, sexLabel } from '../../../../../shared/enums';
import {
  certificateLabel,
  traineeCategoryLabel,
  trainingResultLabel,
  trainingTypeLabel,
} from '../../../../../shared/enums/training-codes';
import { trainingRulesOn } from '../config';
import { employedAfterSql } from './employed-sql';

export const RPT13_CODE = 'RPT-13';
export const RPT13_NAME = '职业技能培训学员花名册';

export const rpt13Definition: ReportDefinition = {
  code: RPT13_CODE,
  name: RPT13_NAME,
  unitLabel: '单位：人、学时',
  columns: [
    column('seq', '序号', 'seq'),
    column('klass', '培训班', 'text', { width: 30 }),
    column('name', '姓名'),
    column('sex', '性别', 'text', { width: 6 }),
    column('ethnicity', '民族', 'text', { width: 8 }),
    column('id', '公民身份号码', 'id'),
    column('category', '人员类别', 'text', { width: 16 }),
    column('education', '文化程度', 'text', { width: 10 }),
    column('phone', '联系电话', 'phone'),
    column('occupation', '培训工种', 'text', { width: 12 }),
    column('term', '培训起止', 'text', { width: 23 }),
    column('hours', '学时', 'int', { sum: false }),
    column('attended', '出勤学时', 'int', { sum: false }),
    column('result', '考核结果', 'text', { width: 8 }),
    column('cert', '证书类型', 'text', { width: 20 }),
    column('certNo', '证书编号', 'text', { width: 16 }),
    column('employed', '培训后就业情况', 'text', { width: 20 }),
    column('remark', '备注', 'text', { width: 14 }),
  ],
  grouping: [{ key: 'klass' }],
  totals: { labelColumn: 'klass', countColumn: 'name' },
  freezeColumns: 3,
  notes: [
    '按统计期内开班的培训班（不含已撤销的）列出学员；培训班栏写明班级编号、培训机构、培训类型和目标证书。',
    '培训后就业情况：结业后规定月数内有就业记录（本表登记、公益性岗位安置、因就业注销失业登记或联系中发现已就业）的写明就业日期。',
  ],
};

interface Row {
  code: string;
  provider: string;
  training_type: string;
  target_certificate: string;
  occupation: string;
  start_date: string;
  end_date: string;
  hours: number;
  name: string;
  sex: string;
  ethnicity: string;
  id_number: string;
  category: string;
  education: string | null;
  phone: string | null;
  attended_hours: number | null;
  result: string | null;
  cert_type: string | null;
  cert_no: string | null;
  employed_date: string | null;
  employed_unit: string | null;
  employed: 0 | 1;
  category_note: string | null;
}

/**
 * The classes of the 统计期 (cancelled ones left out), or the one class the export names — whatever its dates: the
 * roster a provider hands in at 备案 is exported before the start, so the 统计期's cut at today does not apply.
 */
function classesOf(scope: ReportScope): { where: string; args: Record<string, string> } {
  if (scope.classId) return { where: `c.status <> '09' AND c.id = @classId`, args: { classId: scope.classId } };
  const { from, to } = rangeDates(scope);
  return { where: `c.status <> '09' AND c.start_date >= @from AND c.start_date <= @to`, args: { from, to } };
}

function query(db: Database.Database, scope: ReportScope): { sql: string; args: Record<string, string> } {
  const { to } = rangeDates(scope);
  const classes = classesOf(scope);
  const months = trainingRulesOn(db, to).followUpMonths;
  return {
    sql: `SELECT c.code, e.name AS provider, c.training_type, c.target_certificate, c.occupation, c.start_date, c.end_date, c.hours,
      pe.name, pe.sex, pe.ethnicity, pe.id_number, te.category, pe.education, pe.phone, te.attended_hours, te.result, te.cert_type,
      te.cert_no, te.employed_date, te.employed_unit, te.category_note, ${employedAfterSql(months)} AS employed
    FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id JOIN employers e ON e.id = c.provider_id
    JOIN persons pe ON pe.id = te.person_id
    WHERE ${classes.where}
    ORDER BY c.start_date, c.code, te.enrol_date, te.id`,
    args: classes.args,
  };
}

export function* rpt13Rows(db: Database.Database, scope: ReportScope): Generator<object> {
  const q = query(db, scope);
  for (const r of db.prepare(q.sql).iterate(q.args) as Iterable<Row>) {
    yield {
      klass: `${r.code} ${r.provider}（${trainingTypeLabel(r.training_type)}，目标证书：${certificateLabel(r.target_certificate)}）`,
      name: r.name,
      sex: sexLabel(r.sex),
      ethnicity: ethnicityLabel(r.ethnicity),
      id: r.id_number,
      category: traineeCategoryLabel(r.category),
      education: educationLabel(r.education),
      phone: r.phone,
      occupation: r.occupation,
      term: `${r.start_date}至${r.end_date}`,
      hours: r.hours,
      attended: r.attended_hours,
      result: trainingResultLabel(r.result),
      cert: r.cert_type && r.cert_type !== '00' ? certificateLabel(r.cert_type) : '',
      certNo: r.cert_no,
      employed: r.employed
        ? `已就业${r.employed_date ? `（${r.employed_date} ${r.employed_unit ?? ''}）` : ''}`.trim()
        : '',
      remark: r.category_note,
    };
  }
}

export const rpt13 = fixedReport(rpt13Definition, {
  count: (db, scope) => {
    const classes = classesOf(scope);
    return db
      .prepare(
        `SELECT count(*) FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id WHERE ${classes.where}`,
      )
      .pluck()
      .get(classes.args) as number;
  },
  rows: rpt13Rows,
  period: rangePeriod,
});
