// RPT-15 职业技能培训情况统计表 (DOMAIN §11.4): 统计期; rows = 培训机构 (groupBy employer) or the class's 乡镇 (default),
// + 合计. Classes counted: those that opened (开班, 结业, 已申领补贴) with the start in the period. Per row:
//   1 开班数; 2 培训人数 = their trainees, 3–9 by the trainee's one category (3 登记失业 01, 4 就业困难 02, 5 农村转移 04,
//   6 脱贫/监测 05, 7 高校毕业生 06, 8 企业职工 08, 9 其他 = 03, 07, 09, 99), so 2 = 3 + … + 9;
//   10 结业合格 = result 合格 in a closed class; 11 取得证书 = a certificate other than 未取得, 12 职业技能等级证书 (01–03),
//   13 专项职业能力证书 (04), 14 培训合格证书 (05, 06), so 11 = 12 + 13 + 14;
//   15 培训后就业 = passed trainees of 就业技能培训 / 创业培训 employed within the follow-up window (BR-38, employed-sql.ts);
//   16 培训后就业率 = 15 ÷ 19 × 100 (recomputed in 合计); 17 培训补贴, 18 生活费补贴 = amounts on reviewed 培训补贴 rosters;
//   19 (after DOMAIN's columns, so 1–18 keep their 栏次) = the passed trainees of 就业技能培训 / 创业培训, the rate's base.
// One rate, on BR-38's base: DOMAIN §11.4's check reads 16 = 15 ÷ 10 × 100, but 10 counts every type's passed trainees
// while 15 follows only the two types BR-38 names, so that quotient understates the rate (audit5: the sheet carried
// both, 12.3 % in 16 and 20.7 % in a 说明 line). BR-38 is the rule: 培训后就业率 = employed ÷ 结业合格 of the followed
// types. The 说明 states the base.
import type Database from 'better-sqlite3';
import {
  column as col,
  countColumns,
  group,
  unitTable,
  type HeaderNode,
  type ReportDefinition,
} from '../../../excel/report-definition';
import { rangeDates, rangePeriod, type ReportScope, type ReportSource } from '../../reports/report-source';
import { trainingRulesOn } from '../config';
import { employedAfterSql, FOLLOWED_PASSED } from './employed-sql';

export const RPT15_CODE = 'RPT-15';
export const RPT15_NAME = '职业技能培训情况统计表';

/** The columns after the unit (乡镇 or 培训机构) column. */
export const RPT15_COLUMNS: HeaderNode[] = [
  ...countColumns(1, ['开班数', '培训人数']),
  group('其中', countColumns(3, ['登记失业', '就业困难', '农村转移', '脱贫/监测', '高校毕业生', '企业职工', '其他'])),
  ...countColumns(10, ['结业合格人数', '取得证书人数']),
  group('其中', countColumns(12, ['职业技能等级证书', '专项职业能力证书', '培训合格证书'])),
  ...countColumns(15, ['培训后就业人数']),
  { key: 'c16', header: '培训后就业率%', type: 'rate', rate: { numerator: 'c15', denominator: 'c19' } },
  col('c17', '培训补贴(元)', 'money'),
  col('c18', '生活费补贴(元)', 'money'),
  // Not in §11.4: the base of 16 (BR-38), after DOMAIN's columns.
  col('c19', '就业技能和创业培训结业合格人数', 'int'),
];

/** The classes counted (opened, started in the period) with their trainees and providers; params @from, @to. */
const COUNTED = `FROM training_classes c JOIN employers e ON e.id = c.provider_id JOIN regions r ON r.id = c.township_id
    LEFT JOIN training_enrolments te ON te.class_id = c.id`;
const COUNTED_WHERE = "c.status IN ('03', '04', '05') AND c.start_date >= @from AND c.start_date <= @to";

export function rpt15Definition(scope: ReportScope): ReportDefinition {
  return unitTable(
    {
      code: RPT15_CODE,
      name: RPT15_NAME,
      unitLabel: '单位：个、人、元',
      columns: RPT15_COLUMNS,
      notes: [
        '逻辑关系：2 = 3+4+5+6+7+8+9（每名学员按一个人员类别统计）；11 = 12+13+14；16 = 15÷19×100（合计行按合计数重新计算）。',
        '统计期内开班（不含已撤销、尚未开班的）培训班；乡镇(街道)为培训地点所在乡镇。14栏含创业培训合格证书。',
        '培训后就业只跟踪就业技能培训和创业培训：15栏为这两类培训结业合格学员中结业后规定月数内就业的人数，19栏为这两类培训的结业合格人数，16栏培训后就业率以19栏为基数（10栏为各类培训的结业合格人数）。',
        '17、18栏取自已审核（含已上报、已拨付）的培训补贴申领花名册。',
      ],
    },
    { header: scope.groupBy === 'employer' ? '培训机构' : '乡镇(街道)', width: 24 },
  );
}

export function rpt15Sql(months: number, groupBy: 'township' | 'employer' | undefined): string {
  const unit = groupBy === 'employer' ? 'e.name' : 'r.name';
  const unitKey = groupBy === 'employer' ? 'e.id' : 'r.code';
  return `SELECT ${unit} AS unit, ${unitKey} AS unit_key,
      count(DISTINCT c.id) AS c1,
      count(te.id) AS c2,
      sum(te.category = '01') AS c3, sum(te.category = '02') AS c4, sum(te.category = '04') AS c5, sum(te.category = '05') AS c6,
      sum(te.category = '06') AS c7, sum(te.category = '08') AS c8, sum(te.category IN ('03', '07', '09', '99')) AS c9,
      sum(te.result = '1' AND c.status IN ('04', '05')) AS c10,
      sum(te.cert_type IS NOT NULL AND te.cert_type <> '00') AS c11,
      sum(te.cert_type IN ('01', '02', '03')) AS c12, sum(te.cert_type = '04') AS c13, sum(te.cert_type IN ('05', '06')) AS c14,
      sum(CASE WHEN ${FOLLOWED_PASSED} THEN ${employedAfterSql(months)} ELSE 0 END) AS c15,
      sum(CASE WHEN pay.id IS NOT NULL THEN te.subsidy_fen ELSE 0 END) AS c17,
      sum(CASE WHEN pay.id IS NOT NULL THEN te.living_fen ELSE 0 END) AS c18,
      sum(${FOLLOWED_PASSED}) AS c19
    ${COUNTED}
    LEFT JOIN (SELECT i.id, i.enrolment_id FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
               WHERE i.adjusts_item_id IS NULL AND i.enrolment_id IS NOT NULL AND b.status <> 'draft') pay ON pay.enrolment_id = te.id
    WHERE ${COUNTED_WHERE}
    GROUP BY unit_key ORDER BY unit_key`;
}

export function rpt15Rows(db: Database.Database, scope: ReportScope): object[] {
  const { from, to } = rangeDates(scope);
  const months = trainingRulesOn(db, to).followUpMonths;
  return db.prepare(rpt15Sql(months, scope.groupBy)).all({ from, to }) as object[];
}

export const rpt15: ReportSource = {
  // CFG-30: a statistical table; its amounts follow the county's unit (元 or 万元).
  statisticalMoney: true,
  code: RPT15_CODE,
  name: RPT15_NAME,
  definition: rpt15Definition,
  rows: rpt15Rows,
  period: rangePeriod,
};
