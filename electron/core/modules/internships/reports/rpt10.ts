// RPT-10 就业见习情况统计表 (DOMAIN §6.10): rows = 见习单位 + 合计, columns 1–14 with a 栏次 row, as DOMAIN numbers them
// (the prefecture keys the figures by 栏次). Issue 18: interns of category 其他 (E20 9) are not counted as 失业青年 in 5;
// they have a column of their own, 15 本期新增中其他人员, at the end of the table (audit5: under 本期新增 it renumbered
// every column after it), so 3 = 4 + 5 + 15. Row keys cN = 栏次 N; 栏次 15 = key `others`.
// Period [from, to]. An internship's period is [agreement_start, end_date or agreement_end]. Per host:
//   1 见习岗位数 = distinct 见习岗位 of the internships meeting the period;
//   2 期初在见习 = start < from and not ended before from; 3 本期新增 = start in the period (4 = E20 1, 5 = E20 2,
//   others = E20 9);
//   6 本期结束 = end_date in the period; 7 期满 = E22 1 + 2; 8 期满留用 = E22 2 (8 ⊂ 7); 9 提前留用 = E22 3;
//   10 提前终止 = E22 4, 5 and 9; 11 期末在见习 = start ≤ to and not ended by to;
//   12 留用率 = (8 + 9) ÷ (7 + 9) (BR-29), recomputed in 合计 from the summed hidden fields retainedN / countedN;
//   13 本期补贴 = 见习补贴 of reviewed rosters of the period's months; 14 = from January of to's year (subsidies/paid-amounts.ts);
//   empty, not 0, where no reviewed ordinary roster covers the period (13) or no reviewed roster, 补发/扣回 included,
//   the year to date (14).
// So c3 = c4 + c5 + others, c6 = c7 + c9 + c10, c11 = c2 + c3 − c6 hold per row and in 合计.
import type Database from 'better-sqlite3';
import { monthOf } from '../../../../../shared/domain/dates';
import {
  column as col,
  countColumns,
  group,
  unitTable,
  type HeaderNode,
  type ReportDefinition,
} from '../../../excel/report-definition';
import { fixedReport, rangeDates, rangePeriod } from '../../reports/report-source';
import { hasReviewedRoster, internshipPaidByHost } from '../../subsidies/paid-amounts';
import { reportInternshipsArgs, reportInternshipsSql, type InternshipReportParams } from './rpt08';
import { INTERNSHIP_PERIOD_END } from '../period-sql';

export const RPT10_CODE = 'RPT-10';
export const RPT10_NAME = '就业见习情况统计表';

/** The columns after the 见习单位 column. */
export const RPT10_COLUMNS: HeaderNode[] = [
  ...countColumns(1, ['见习岗位数', '期初在见习', '本期新增']),
  group('其中', countColumns(4, ['高校毕业生', '失业青年'])),
  ...countColumns(6, ['本期结束']),
  group('其中', countColumns(7, ['期满', '期满留用', '提前留用', '提前终止'])),
  ...countColumns(11, ['期末在见习']),
  { key: 'c12', header: '留用率%', type: 'rate', rate: { numerator: 'retainedN', denominator: 'countedN' } },
  { key: 'c13', header: '本期补贴(元)', type: 'money' },
  { key: 'c14', header: '累计补贴(元)', type: 'money' },
  // Not in §6.10: after its columns, so that 1–14 keep DOMAIN's 栏次.
  col('others', '本期新增中其他人员', 'int'),
];

export const rpt10Definition: ReportDefinition = unitTable(
  {
    code: RPT10_CODE,
    name: RPT10_NAME,
    unitLabel: '单位：个、人、元',
    columns: RPT10_COLUMNS,
    notes: [
      '逻辑关系：3 = 4+5+15；6 = 7+9+10（8为7的其中项）；11 = 2+3−6；12 = (8+9)÷(7+9)×100（合计行按合计数重新计算）。',
      '15栏为本期新增中见习人员类别既不是高校毕业生也不是失业青年的人员（类别为“其他”），列在表末，1至14栏的栏次不变；10栏含本人提前终止、单位提前终止及以其他方式结束的人员，留用率不计这些人员。',
      '1栏为统计期内有见习人员的不同见习岗位数；13、14栏取自已审核（含已上报、已拨付）的见习补贴发放花名册，补发/扣回花名册计入编制当月；统计期内尚无已审核的见习补贴发放花名册的，13栏空白（不是0），已审核的补发/扣回金额待当月花名册审核后一并计入13栏；14栏为年初至本期已审核花名册（含补发/扣回）的累计，年内均无已审核花名册的空白。',
    ],
  },
  { header: '见习单位', width: 24 },
);

interface Row {
  host_id: string;
  host: string;
  position: string;
  intern_type: string;
  agreement_start: string;
  period_end: string;
  end_date: string | null;
  end_type: string | null;
}

const KEYS = ['c2', 'c3', 'c4', 'c5', 'others', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'retainedN', 'countedN'] as const;
type Figures = Record<(typeof KEYS)[number], number> & { unit: string; c1: number; positions: Set<string> };

export function rpt10Rows(db: Database.Database, p: InternshipReportParams): object[] {
  const host = p.hostId ? 'AND e.id = @hostId' : '';
  const hosts = db
    .prepare(
      `SELECT e.id, e.name FROM employers e WHERE e.deleted_at IS NULL AND e.is_internship_base = 1
      AND (e.base_recognised_date IS NULL OR e.base_recognised_date <= @to) AND (e.base_valid_until IS NULL OR e.base_valid_until >= @from) ${host}
    UNION SELECT e.id, e.name FROM internships i JOIN employers e ON e.id = i.host_id WHERE ${reportInternshipsSql(p)}
    ORDER BY 2, 1`,
    )
    .all(reportInternshipsArgs(p)) as { id: string; name: string }[];
  const figures = new Map<string, Figures>();
  for (const h of hosts) {
    const f = { unit: h.name, c1: 0, positions: new Set<string>() } as Figures;
    for (const k of KEYS) f[k] = 0;
    figures.set(h.id, f);
  }
  const rows = db
    .prepare(
      `SELECT i.host_id, e.name AS host, i.position, i.intern_type, i.agreement_start, ${INTERNSHIP_PERIOD_END} AS period_end,
      i.end_date, i.end_type
    FROM internships i JOIN employers e ON e.id = i.host_id
    WHERE ${reportInternshipsSql(p)}`,
    )
    .all(reportInternshipsArgs(p)) as Row[];
  for (const r of rows) {
    const f = figures.get(r.host_id);
    if (!f) continue;
    f.positions.add(r.position);
    const endedIn = r.end_date !== null && r.end_date >= p.from && r.end_date <= p.to;
    if (r.agreement_start < p.from) f.c2++;
    if (r.agreement_start >= p.from) {
      f.c3++;
      if (r.intern_type === '1') f.c4++;
      else if (r.intern_type === '2') f.c5++;
      else f.others++;
    }
    if (endedIn) {
      f.c6++;
      if (r.end_type === '1' || r.end_type === '2') f.c7++;
      if (r.end_type === '2') f.c8++;
      if (r.end_type === '3') f.c9++;
      if (r.end_type === '4' || r.end_type === '5' || r.end_type === '9') f.c10++;
    }
    if (r.end_date === null || r.end_date > p.to) f.c11++;
  }
  const lastMonth = monthOf(p.to);
  const period = paidIfReviewed(db, monthOf(p.from), lastMonth, 'ordinary');
  const year = paidIfReviewed(db, `${p.to.slice(0, 4)}-01`, lastMonth, 'any');
  return [...figures.entries()].map(([hostId, f]) => {
    const { positions, ...rest } = f;
    return {
      ...rest,
      c1: positions.size,
      retainedN: f.c8 + f.c9,
      countedN: f.c7 + f.c9,
      c13: period ? (period.get(hostId) ?? 0) : null,
      c14: year ? (year.get(hostId) ?? 0) : null,
    };
  });
}

/**
 * 见习补贴 per 见习单位 of the reviewed rosters of months [from, to], or null (empty cells) when no reviewed roster of
 * `rosters` is there: 13 waits for an ordinary roster of the period (a 补发/扣回 reviewed before the month's own
 * roster joins 13 with it, as RPT-07's 19–20); 14 counts any reviewed roster of the year, a 补发/扣回 too (money
 * that moved this year is a figure even before the year's first ordinary roster is reviewed).
 */
function paidIfReviewed(db: Database.Database, from: string, to: string, rosters: 'ordinary' | 'any') {
  return hasReviewedRoster(db, ['internship'], from, to, rosters) ? internshipPaidByHost(db, from, to) : null;
}

/** The whole county, 统计期 from–to (BR-31). */
export const rpt10 = fixedReport(rpt10Definition, {
  // CFG-30: a statistical table; its amounts follow the county's unit (元 or 万元).
  statisticalMoney: true,
  rows: (db, scope) => rpt10Rows(db, rangeDates(scope)),
  period: rangePeriod,
});
