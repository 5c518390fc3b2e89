// RPT-12 登记失业人员定期联系情况统计表 (DOMAIN §6.12): rows = 乡镇 (every current township, and any retired one
// with data) + 合计, with a 栏次 row. Persons are counted in their current 乡镇 of residence.
//   1 期末登记失业人数: registrations open at the month end; 2 of them recognised 就业困难人员 (current flag);
//   3 / 4 unemployed ≥ 6 / ≥ 12 completed months on asOf (BR-12); 5–7 level at the month end (BR-09 history),
//   so 5 + 6 + 7 = 1;
//   8 应联系人数 = persons with a registration active at any time in the month (BR-05);
//   9 已联系(成功) = of those, persons with a successful contact dated in the month; 10 = 9 ÷ 8 (recomputed in 合计);
//   11 联系未果 = persons contacted in the month without success;
//   12–16 服务人次 = successful contacts of the month giving SV1–SV5 (issue 18: one reading for 11 and 12–16 — a contact
//   not answered by the person, 家属代答 included, counts under 11 联系未果 and its services are not counted);
//   17 本期实现就业 = persons whose registration was cancelled in the month for work (C01, C02, C03, C12);
//   18 本期注销登记 = persons whose registration was cancelled in the month.
// One statement: registrations are read in person order and grouped per person without sorting (a person
// has at most one registration open at the month end, but one may end and another start within the month),
// then the persons are summed per 乡镇.
import type Database from 'better-sqlite3';
import { column as col, group, type ReportColumn, type ReportDefinition } from '../../../excel/report-definition';
import { EMPLOYMENT_CANCEL_REASONS } from '../../../../../shared/domain/registration-cancel';
import { prepared } from '../../../db/prepared';
import {
  activeRegistrationsSql,
  hasLevelChangesAfter,
  levelAtEnd,
  MONTH_COUNTS_CTE,
} from '../../registrations/month-sql';
import { fixedReport, withDay21Line, type ReportSource } from '../../reports/report-source';
import { recognisedOn } from '../../recognitions/in-force-sql';
import { durationCutoffs, monthBounds, type MonthReportParams } from './month';

const n = (key: string, header: string): ReportColumn => col(key, header, 'int', { width: 9 });

export const RPT12_DEFINITION: ReportDefinition = {
  code: 'RPT-12',
  name: '登记失业人员定期联系情况统计表',
  unitLabel: '单位：人、人次',
  lanci: true,
  columns: [
    { key: 'unit', header: '单位', type: 'text', width: 16 },
    n('registered', '期末登记失业人数'),
    group('其中', [n('difficult', '就业困难人员'), n('over6', '失业6个月以上'), n('over12', '失业12个月以上')]),
    group('服务等级', [n('levelA', 'A 重点帮扶'), n('levelB', 'B 关注服务'), n('levelC', 'C 常规服务')]),
    n('due', '应联系人数'),
    n('contacted', '已联系(成功)人数'),
    { key: 'rate', header: '联系率%', type: 'rate', rate: { numerator: 'contacted', denominator: 'due' } },
    n('failed', '联系未果人数'),
    group('服务人次', [
      n('sv1', '职业介绍'),
      n('sv2', '职业指导'),
      n('sv3', '创业服务'),
      n('sv4', '政策推介'),
      n('sv5', '培训推荐'),
    ]),
    n('employed', '本期实现就业'),
    n('cancelled', '本期注销登记'),
  ],
  totals: { labelColumn: 'unit' },
  notes: [
    '5 + 6 + 7 = 1；10 = 9 ÷ 8 × 100%；8 为本期内任一时间处于有效登记状态的人数（每月至少联系1次）。',
    '服务人次只计联系成功的联系所提供的服务项目，每次联系每个项目计1人次。未联系上本人的联系（包括本人外出由家属代答、无人接听、拒绝沟通）不算联系成功：本期只有这类联系的人员计入联系未果人数，这类联系登记的服务不计入服务人次。',
    '本期实现就业指本期因被用人单位录用、从事个体经营或创办企业、有稳定收入的劳动或已进行就业登记而注销登记的人数。',
  ],
};

export interface Rpt12Row {
  unit: string;
  registered: number;
  difficult: number;
  over6: number;
  over12: number;
  levelA: number;
  levelB: number;
  levelC: number;
  due: number;
  contacted: number;
  failed: number;
  sv1: number;
  sv2: number;
  sv3: number;
  sv4: number;
  sv5: number;
  employed: number;
  cancelled: number;
}

/** The count columns of a row, in column order (rpt12-state.ts keeps them as vectors in this order). */
export const RPT12_COUNTS = [
  'registered',
  'difficult',
  'over6',
  'over12',
  'levelA',
  'levelB',
  'levelC',
  'due',
  'contacted',
  'failed',
  'sv1',
  'sv2',
  'sv3',
  'sv4',
  'sv5',
  'employed',
  'cancelled',
] as const satisfies readonly (keyof Rpt12Row)[];

export const WORK_REASONS = EMPLOYMENT_CANCEL_REASONS.map((r) => `'${r}'`).join(', ');

/** mc with the successful contacts giving SV1–SV5 (bit k−1 = SVk), from MONTH_COUNTS_CTE (or a copy of it). */
export const withServices = (cte: string): string =>
  cte.replace(
    "sum(result = '1') AS ok",
    "sum(result = '1') AS ok, " +
      [1, 2, 4, 8, 16].map((bit, i) => `sum(result = '1' AND (services & ${bit}) > 0) AS sv${i + 1}`).join(', '),
  );

/** pastLevels: see levelAtEnd (registrations/month-sql.ts). Parameters $start, $end, $m6, $m12. */
export function rpt12Sql(pastLevels: boolean): string {
  const level = levelAtEnd(pastLevels);
  const open = '(r.cancel_date IS NULL OR r.cancel_date > $end)';
  const cancelled = 'r.cancel_date BETWEEN $start AND $end';
  return `WITH ${level.ctes}${withServices(MONTH_COUNTS_CTE)},
per_person AS (
  SELECT r.township_id,
    max(${open}) AS registered,
    max(${open} AND r.is_difficult = 1) AS difficult,
    max(${open} AND r.reg_date <= $m6) AS over6,
    max(${open} AND r.reg_date <= $m12) AS over12,
    max(${open} AND r.level = 'A') AS levelA,
    max(${open} AND r.level = 'B') AS levelB,
    max(${open} AND r.level = 'C') AS levelC,
    max(coalesce(mc.ok, 0) > 0) AS ok,
    max(mc.n IS NOT NULL) AS tried,
    coalesce(sum(mc.sv1), 0) AS sv1, coalesce(sum(mc.sv2), 0) AS sv2, coalesce(sum(mc.sv3), 0) AS sv3,
    coalesce(sum(mc.sv4), 0) AS sv4, coalesce(sum(mc.sv5), 0) AS sv5,
    max(${cancelled} AND r.cancel_reason IN (${WORK_REASONS})) AS employed,
    max(${cancelled}) AS cancelled
  FROM (${activeRegistrationsSql({
    columns: `r.id, r.person_id, r.reg_date, r.cancel_date, r.cancel_reason, ${level.expr} AS level,
    p.township_id, ${recognisedOn('p.id', '$end')} AS is_difficult`,
    joins: `CROSS JOIN persons AS p INDEXED BY persons_registration ON p.id = r.person_id
  ${level.join}`,
    where: 'p.deleted_at IS NULL',
    cancelledFrom: '>= $start',
  })}) AS r
  LEFT JOIN mc ON mc.rid = r.id
  GROUP BY r.person_id
),
by_township AS (
  SELECT township_id, sum(registered) AS registered, sum(difficult) AS difficult, sum(over6) AS over6, sum(over12) AS over12,
    sum(levelA) AS levelA, sum(levelB) AS levelB, sum(levelC) AS levelC,
    count(*) AS due, sum(ok) AS contacted, sum(tried AND NOT ok) AS failed,
    sum(sv1) AS sv1, sum(sv2) AS sv2, sum(sv3) AS sv3, sum(sv4) AS sv4, sum(sv5) AS sv5,
    sum(employed) AS employed, sum(cancelled) AS cancelled
  FROM per_person
  GROUP BY township_id
)
SELECT t.name AS unit,
  ${RPT12_COUNTS.map((c) => `coalesce(b.${c}, 0) AS ${c}`).join(', ')}
FROM regions AS t
LEFT JOIN by_township AS b ON b.township_id = t.id
WHERE t.level = 4 AND (t.retired_on IS NULL OR b.township_id IS NOT NULL)
ORDER BY t.code`;
}

/** The statement and parameters rpt12Rows runs for a month (the bench runs them raw as its baseline). */
export function rpt12Query(
  db: Database.Database,
  params: MonthReportParams,
): { sql: string; params: Record<string, string> } {
  const b = monthBounds(params);
  const { m6, m12 } = durationCutoffs(b.asOf);
  return { sql: rpt12Sql(hasLevelChangesAfter(db, b.end)), params: { start: b.start, end: b.end, m6, m12 } };
}

/** The rows of RPT-12 for a month: one per 乡镇 in code order (the writer adds the 合计 and the rate). */
export function rpt12Rows(db: Database.Database, params: MonthReportParams): Rpt12Row[] {
  const q = rpt12Query(db, params);
  return prepared(db, q.sql).all(q.params) as Rpt12Row[];
}

/** The whole county, one month. */
export const rpt12: ReportSource = {
  ...fixedReport(RPT12_DEFINITION, {
    followsReportPeriod: true,
    rows: (db, scope) => rpt12Rows(db, scope),
  }),
  definition: (scope) => withDay21Line(RPT12_DEFINITION, scope, '人数和服务人次'),
};
