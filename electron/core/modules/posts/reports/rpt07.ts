// RPT-07 公益性岗位安置情况统计表 (DOMAIN §6.7): rows = 乡镇 (or 用人单位) + 合计, columns 1–21 with a 栏次 row.
// Period [first day, asOf] (asOf = month end, or today in the running month). A placement is 期初在岗 when it is on
// post at the end of the day before the month (start < first day, leave none or ≥ first day), 期末在岗 when on post
// at the end of asOf (start ≤ asOf, leave none or > asOf); 本期新上岗 / 本期离岗 start / leave within the period.
// So, per row: 4 = 5+…+9, 10 = 2 + 3 − 4, 10 = 11 + 12, 18 = 1 − 10 (核定 of the posts in force at asOf).
// 13–17 (composition at the end) may overlap. 19–21 come from reviewed subsidy rosters (subsidies/paid-amounts.ts):
// empty, not 0, where the month (19, 20) or the year to date (21) has no reviewed roster. A month's reviewed 补发/扣回
// roster alone does not fill 19/20 (a correction is not the month's subsidy) but is in 21 at once; the 说明 says so
// (audit5 gap 10: the note read as if the reviewed correction should show in 19/20).
import type Database from 'better-sqlite3';
import {
  column as col,
  countColumns,
  group,
  scopeNote,
  unitTable,
  type HeaderNode,
  type ReportDefinition,
} from '../../../excel/report-definition';
import { placementRulesOn } from '../config';
import { day21Line, monthDates, type ReportScope, type ReportSource } from '../../reports/report-source';
import { olderCutoffs } from './params';
import { recognisedOn } from '../../recognitions/in-force-sql';
import { hasReviewedRoster, postPaidByUnit } from '../../subsidies/paid-amounts';
import { subsidyRulesForMonth } from '../../subsidies/config';
import { chineseDate } from '../../../../../shared/domain/dates';

export const RPT07_CODE = 'RPT-07';
export const RPT07_NAME = '公益性岗位安置情况统计表';
export const RPT07_AMOUNTS_NOTE =
  '19–21栏取自已审核（含已上报、已拨付）的补贴发放花名册，补发/扣回花名册计入编制当月。所属期本月的补贴发放花名册尚未审核的，19、20栏空白（不是0），当月已审核的补发/扣回金额待本月花名册审核后一并计入19、20栏，在此之前只计入21栏；21栏为年初至本期已审核花名册（含补发/扣回）的累计，年内均无已审核花名册的空白。';

/** Columns 1–21 after the unit column. */
export const RPT07_COLUMNS: HeaderNode[] = [
  ...countColumns(1, ['核定岗位数', '期初在岗', '本期新上岗', '本期离岗']),
  group('其中', countColumns(5, ['实现其他就业', '补贴期满', '退休', '辞退/考核不合格', '其他'])),
  ...countColumns(10, ['期末在岗']),
  group('其中', countColumns(11, ['城镇岗位', '乡村岗位'])),
  group('期末在岗构成', countColumns(13, ['就业困难人员', '零就业家庭成员', '脱贫/监测人口', '残疾人', '大龄'])),
  ...countColumns(18, ['空岗数']),
  col('c19', '本期岗位补贴(元)', 'money'),
  col('c20', '本期社保补贴(元)', 'money'),
  col('c21', '年初至本期累计补贴(元)', 'money'),
];

/** E19 reasons of columns 5–8; everything else is 9 其他. */
const DISMISSED = "('L06', 'L07', 'L08', 'L12')";

function args(db: Database.Database, p: ReportScope) {
  const { from, asOf, before } = monthDates(p);
  const cut = olderCutoffs(asOf, placementRulesOn(db, asOf).olderAge);
  return { from, asOf, before, maleCut: cut.male, femaleCut: cut.female, townshipId: p.townshipId ?? null };
}

const UNIT = (p: ReportScope) => (p.groupBy === 'employer' ? 'po.employer_id' : 'po.township_id');

/** Per-unit figures (unit_id → c1…c17). */
function sql(p: ReportScope): string {
  const t = p.townshipId ? ' AND po.township_id = @townshipId' : '';
  const end = '(x.start_date <= @asOf AND (x.leave_date IS NULL OR x.leave_date > @asOf))';
  return `
    WITH approved AS (
      SELECT ${UNIT(p)} AS unit_id, sum(po.approved_count) AS c1 FROM posts po
      WHERE po.created_date <= @asOf AND (po.revoked_date IS NULL OR po.revoked_date > @asOf)${t} GROUP BY 1),
    x AS (
      SELECT ${UNIT(p)} AS unit_id, po.area_type, pl.start_date, pl.leave_date, pl.leave_reason, pl.basis_list, pl.basis_code,
        pe.sex, pe.birth_date, ${recognisedOn('pe.id', '@asOf')} AS is_difficult, pe.poverty_status, pe.disability_type, pe.disability_cert_no
      FROM placements pl JOIN posts po ON po.id = pl.post_id JOIN persons pe ON pe.id = pl.person_id
      WHERE pl.deleted_at IS NULL AND pl.start_date <= @asOf AND (pl.leave_date IS NULL OR pl.leave_date >= @from)${t}),
    moves AS (
      SELECT unit_id,
        sum(x.start_date <= @before) AS c2,
        sum(x.start_date >= @from) AS c3,
        sum(x.leave_date BETWEEN @from AND @asOf) AS c4,
        sum(x.leave_date BETWEEN @from AND @asOf AND x.leave_reason = 'L01') AS c5,
        sum(x.leave_date BETWEEN @from AND @asOf AND x.leave_reason = 'L02') AS c6,
        sum(x.leave_date BETWEEN @from AND @asOf AND x.leave_reason = 'L03') AS c7,
        sum(x.leave_date BETWEEN @from AND @asOf AND x.leave_reason IN ${DISMISSED}) AS c8,
        sum(x.leave_date BETWEEN @from AND @asOf AND x.leave_reason NOT IN ('L01', 'L02', 'L03', 'L06', 'L07', 'L08', 'L12')) AS c9,
        sum(${end}) AS c10,
        sum(${end} AND x.area_type = 'urban') AS c11,
        sum(${end} AND x.area_type = 'rural') AS c12,
        sum(${end} AND (x.basis_list = 'E06' OR x.is_difficult = 1)) AS c13,
        sum(${end} AND x.basis_list = 'E06' AND x.basis_code = 'K04') AS c14,
        sum(${end} AND (x.basis_list = 'E24' OR x.poverty_status IN ('1', '2', '3', '4', '5'))) AS c15,
        sum(${end} AND (x.disability_type IS NOT NULL OR x.disability_cert_no IS NOT NULL OR (x.basis_list = 'E06' AND x.basis_code = 'K02'))) AS c16,
        sum(${end} AND ((x.sex = '1' AND x.birth_date <= @maleCut) OR (x.sex = '2' AND x.birth_date <= @femaleCut)
          OR (x.basis_list = 'E06' AND x.basis_code = 'K01'))) AS c17
      FROM x GROUP BY unit_id)
    SELECT m.*, u.unit_id AS uid, coalesce(a.c1, 0) AS c1 FROM (SELECT unit_id FROM approved UNION SELECT unit_id FROM moves) u
    LEFT JOIN approved a ON a.unit_id = u.unit_id LEFT JOIN moves m ON m.unit_id = u.unit_id`;
}

const KEYS = [
  'c2',
  'c3',
  'c4',
  'c5',
  'c6',
  'c7',
  'c8',
  'c9',
  'c10',
  'c11',
  'c12',
  'c13',
  'c14',
  'c15',
  'c16',
  'c17',
] as const;

/** Units listed: every 乡镇 in use (the chosen one only) or every 用人单位 with figures, in code / name order. */
function units(
  db: Database.Database,
  p: ReportScope,
  withFigures: Set<string>,
  from: string,
): { id: string; name: string }[] {
  if (p.groupBy === 'employer') {
    const all = db.prepare('SELECT id, name FROM employers ORDER BY name, id').all() as { id: string; name: string }[];
    return all.filter((u) => withFigures.has(u.id));
  }
  const all = db.prepare('SELECT id, name, retired_on FROM regions WHERE level = 4 ORDER BY code').all() as {
    id: string;
    name: string;
    retired_on: string | null;
  }[];
  return all.filter((u) =>
    p.townshipId ? u.id === p.townshipId : withFigures.has(u.id) || !u.retired_on || u.retired_on >= from,
  );
}

/** Columns 19–21 per unit from reviewed rosters; null (empty cell) where no reviewed roster covers the figure. */
function paidAmounts(db: Database.Database, p: ReportScope) {
  const unit = p.groupBy === 'employer' ? 'employer' : 'township';
  const year = `${p.month.slice(0, 4)}-01`;
  const month = postPaidByUnit(db, p.month, p.month, unit, p.townshipId ?? null);
  const ytd = postPaidByUnit(db, year, p.month, unit, p.townshipId ?? null);
  const postReviewed = hasReviewedRoster(db, ['post'], p.month, p.month);
  const siReviewed =
    subsidyRulesForMonth(db, p.month).siClaim === 'separate'
      ? hasReviewedRoster(db, ['si'], p.month, p.month)
      : postReviewed;
  // 21: any reviewed roster of the year, a 补发/扣回 too (as RPT-10's 14).
  const anyThisYear = hasReviewedRoster(db, ['post', 'si'], year, p.month, 'any');
  return {
    of: (id: string) => ({
      c19: postReviewed ? (month.post.get(id) ?? 0) : null,
      c20: siReviewed ? (month.si.get(id) ?? 0) : null,
      c21: anyThisYear ? (ytd.post.get(id) ?? 0) + (ytd.si.get(id) ?? 0) : null,
    }),
  };
}

function* rows(db: Database.Database, p: ReportScope): Generator<object> {
  const a = args(db, p);
  const paid = paidAmounts(db, p);
  const figures = new Map(
    (db.prepare(sql(p)).all(a) as Record<string, number | string | null>[]).map((r) => [r.uid as string, r]),
  );
  for (const u of units(db, p, new Set(figures.keys()), a.from)) {
    const f = figures.get(u.id);
    const row: Record<string, number | string | null> = { unit: u.name, c1: Number(f?.c1 ?? 0) };
    for (const k of KEYS) row[k] = Number(f?.[k] ?? 0);
    row.c18 = (row.c1 as number) - (row.c10 as number);
    Object.assign(row, paid.of(u.id));
    yield row;
  }
}

export const rpt07: ReportSource = {
  // CFG-30: a statistical table; its amounts follow the county's unit (元 or 万元).
  statisticalMoney: true,
  code: RPT07_CODE,
  name: RPT07_NAME,
  followsReportPeriod: true,
  definition(p: ReportScope): ReportDefinition {
    const { from, asOf } = monthDates(p);
    const notes = [
      '逻辑关系：4 = 5+6+7+8+9；10 = 2+3−4；10 = 11+12；18 = 1−10。',
      `期初在岗为${chineseDate(from)}前一日日终在岗人数，期末在岗为${chineseDate(asOf)}日终在岗人数（当日离岗的不计）；核定岗位数为期末有效岗位的核定数。`,
      '13–17栏为期末在岗人员构成，一人可同时属于多类，不要求相加等于10栏；13栏含未经就业困难人员认定、按经办人登记并经人员信息核对的类别安置的人员。',
      '8栏含因考核不合格、严重违反单位制度、违法以及长期外出、冒名顶替、一人多岗被清退而离岗的人员。',
      RPT07_AMOUNTS_NOTE,
    ];
    if (p.dates) notes.push(`${day21Line('人数')}；19–21栏的补贴仍按补贴发放花名册的所属月份。`);
    return unitTable(
      {
        code: RPT07_CODE,
        name: RPT07_NAME,
        unitLabel: '单位：个、人、元',
        columns: RPT07_COLUMNS,
        notes: [...notes, ...scopeNote(p.townshipName)],
      },
      { header: '单位', width: 20 },
    );
  },
  count(db, p) {
    return Array.from(rows(db, p)).length;
  },
  rows,
};
