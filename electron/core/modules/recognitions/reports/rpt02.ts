// RPT-02 就业困难人员认定及就业情况统计表 (DOMAIN §6.2): month M, rows = 乡镇 (every current township, and a retired
// one with data) + 合计, 栏次 row. Persons are counted in their current 乡镇 of residence. A recognition is valid on
// day d when recognised on or before d (a back-filled one without a date counts as recognised before any period)
// and not exited on or before d (BR-14).
//   1 期初有效 = valid on the day before M starts; 2 本期新认定 = recognised in M; 3–10 of 2 by primary category
//   (K01 大龄, K02 残疾, K03 低保, K04 零就业家庭, K05 长期失业, K06 高校毕业生, K07 脱贫/监测, the rest 其他);
//   11 本期实现就业 = persons valid in M whose first employment record dated in M is 12 单位就业 (a contact finding 21,
//   a cancellation C01/C12), 13 灵活就业 (22, C03), 14 自主创业 (23, C02) or 15 公益性岗位安置 (a placement starting);
//   16 本期退出 = exits dated in M; 17 期末有效 = valid at the end of M; 18 of 17 not employed at the end of M: the
//   person's E09 status on that day as RPT-01 prints it (reports/employment-status.ts, shared/domain/
//   employment-history.ts reportedStatusOn: the dated records, and a status typed on the person row from the day
//   it was typed) is not 21–24. In the 21st–20th period (CFG-26) M ends on the 20th while RPT-01, a roster of a
//   state, stays at the calendar month end (statistical-period.ts): the same function on two days, so the two may
//   differ by what happened between the 21st and the month end; in calendar months they agree;
//   19 零就业家庭期末户数 = households (BR-15, "动态清零": still at zero) of the persons of 17 recognised under K04:
//   recognised members linked through the ID numbers of their household members are one household, counted once
//   in the 乡镇 of its first member by ID number; a household counts while none of its recognised members is
//   employed at the end of M (as 18) and none of its recorded able members is recorded as working (目前状况).
//   A member's 目前状况 the records cannot read (member-status.ts: unknown) does not take the household off: the
//   K04 checks (recognition categories, placements, enrolments) refuse to confirm such a household from the records
//   and leave it to a review, but column 19 counts households already recognised under K04 — that review is the
//   confirmation — and BR-15's 动态清零 takes one off on a record of work, which an unreadable status is not.
// Checks (§6.2, written in the notes and asserted by the tests): 2 = 3+…+10; 11 = 12+13+14+15; 17 = 1 + 2 − 16.
import type Database from 'better-sqlite3';
import { group, type ReportColumn, type ReportDefinition } from '../../../excel/report-definition';
import { prepared } from '../../../db/prepared';
import { monthEnd } from '../../../../../shared/domain/dates';
import { memberEmployed } from '../../../../../shared/domain/zero-employment-household';
import { fixedReport, withDay21Line, type ReportSource } from '../../reports/report-source';
import { employmentRecordsSql, mayBeEmployedSql, onPostSql, statusOnFromJson } from '../../reports/employment-status';
import { isEmployedStatus } from '../../../../../shared/domain/employment-history';

const n = (key: string, header: string): ReportColumn => ({ key, header, type: 'int', width: 9 });

const RPT02_DEFINITION: ReportDefinition = {
  code: 'RPT-02',
  name: '就业困难人员认定及就业情况统计表',
  unitLabel: '单位：人、户',
  lanci: true,
  columns: [
    { key: 'township', header: '单位(乡镇)', type: 'text', width: 16 },
    n('opening', '期初有效人数'),
    n('fresh', '本期新认定'),
    group('其中按主类别', [
      n('k01', '大龄'),
      n('k02', '残疾'),
      n('k03', '低保'),
      n('k04', '零就业家庭'),
      n('k05', '长期失业'),
      n('k06', '高校毕业生'),
      n('k07', '脱贫/监测'),
      n('other', '其他'),
    ]),
    n('employed', '本期实现就业'),
    group('其中', [
      n('unit', '单位就业'),
      n('flexible', '灵活就业'),
      n('business', '自主创业'),
      n('post', '公益性岗位安置'),
    ]),
    n('exited', '本期退出'),
    n('closing', '期末有效人数'),
    n('closingUnemployed', '其中期末未就业'),
    n('zeroHouseholds', '零就业家庭期末户数'),
  ],
  totals: { labelColumn: 'township' },
  notes: [
    '2 = 3 + 4 + … + 10；11 = 12 + 13 + 14 + 15；17 = 1 + 2 − 16。',
    '新认定按主要类别统计，每人只计一次；补录且认定日期不详的人员计入期初有效人数。',
  ],
};

export interface Rpt02Row {
  township: string;
  opening: number;
  fresh: number;
  k01: number;
  k02: number;
  k03: number;
  k04: number;
  k05: number;
  k06: number;
  k07: number;
  other: number;
  employed: number;
  unit: number;
  flexible: number;
  business: number;
  post: number;
  exited: number;
  closing: number;
  closingUnemployed: number;
  zeroHouseholds: number;
}

/** Employment records of a person dated in [@start, @end], as date || E09 status; the first one wins. */
const FIRST_JOB = `(SELECT min(d || s) FROM (
    SELECT pl.start_date AS d, '24' AS s FROM placements pl
      WHERE pl.person_id = r.person_id AND pl.deleted_at IS NULL AND pl.start_date BETWEEN @start AND @end
    UNION ALL SELECT c.contact_date, c.employment_status_found FROM registrations g JOIN contacts c ON c.registration_id = g.id
      WHERE g.person_id = r.person_id AND c.result = '1' AND c.employment_status_found IN ('21', '22', '23') AND c.contact_date BETWEEN @start AND @end
    UNION ALL SELECT g.cancel_date, CASE g.cancel_reason WHEN 'C02' THEN '23' WHEN 'C03' THEN '22' ELSE '21' END FROM registrations g
      WHERE g.person_id = r.person_id AND g.cancel_reason IN ('C01', 'C02', 'C03', 'C12') AND g.cancel_date BETWEEN @start AND @end))`;

const CLOSING = '(r.exit_date IS NULL OR r.exit_date > @end)';

/**
 * Col 18 and 19's input: the recognitions valid at @end whose person's records can make them employed then
 * (mayBeEmployedSql; the others are not employed at @end), one row per recognition (col 17 counts recognitions), with
 * the person's dated records (reports/employment-status.ts) — except for a person on a post at @end, employed whatever
 * else the records say, whose `records` is null (not read: most of the employed are on a post, and reading their
 * records made the report 1.7 times slower).
 */
export const RPT02_STATUS_SQL = `
SELECT p.id, p.township_id AS township, p.employment_status AS status,
  CASE WHEN ${onPostSql('p.id', '@end')} THEN NULL ELSE ${employmentRecordsSql('p.id', 'p.updated_at', '@end')} END AS records
FROM recognitions r CROSS JOIN persons p ON p.id = r.person_id
WHERE r.status IN ('03', '05') AND p.deleted_at IS NULL AND coalesce(r.recognition_date, '') <= @end AND ${CLOSING}
  AND (@township IS NULL OR p.township_id = @township) AND ${mayBeEmployedSql('p.id', 'p.employment_status', '@end')}`;

/** Who is employed (E09 21–24) at the end of the period, as reportedStatusOn judges it (RPT02_STATUS_SQL). */
interface EmployedAtEnd {
  persons: Set<string>;
  /** Township id → recognitions valid at the end whose person is employed then (17 − 18). */
  byTownship: Map<string, number>;
}

function employedAtEnd(db: Database.Database, end: string, today: string, township: string | null): EmployedAtEnd {
  const rows = prepared(db, RPT02_STATUS_SQL).all({ end, township }) as {
    id: string;
    township: string;
    status: string;
    records: string | null;
  }[];
  const out: EmployedAtEnd = { persons: new Set(), byTownship: new Map() };
  for (const r of rows) {
    if (r.records !== null && !isEmployedStatus(statusOnFromJson(r.records, r.status, end, today))) continue;
    out.persons.add(r.id);
    out.byTownship.set(r.township, (out.byTownship.get(r.township) ?? 0) + 1);
  }
  return out;
}

const FRESH = "coalesce(r.recognition_date, '') >= @start";

export const RPT02_SQL = `
WITH b AS MATERIALIZED (
  SELECT r.person_id, p.township_id, r.recognition_date, r.exit_date, r.primary_category, r.categories
  FROM recognitions r CROSS JOIN persons p ON p.id = r.person_id
  WHERE r.status IN ('03', '05') AND p.deleted_at IS NULL
    AND coalesce(r.recognition_date, '') <= @end AND (r.exit_date IS NULL OR r.exit_date >= @start)
), v AS MATERIALIZED (
  SELECT r.township_id, r.recognition_date, r.exit_date, r.primary_category, r.categories,
    ${FRESH} AS fresh, ${CLOSING} AS closing,
    substr(${FIRST_JOB}, 11, 2) AS job
  FROM b r
)
SELECT t.name AS township, t.id AS tid,
  coalesce(sum(NOT v.fresh), 0) AS opening,
  coalesce(sum(v.fresh), 0) AS fresh,
  ${['K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K07'].map((c) => `coalesce(sum(v.fresh AND v.primary_category = '${c}'), 0) AS ${c.toLowerCase()}`).join(',\n  ')},
  coalesce(sum(v.fresh AND v.primary_category NOT IN ('K01', 'K02', 'K03', 'K04', 'K05', 'K06', 'K07')), 0) AS other,
  coalesce(sum(v.job IS NOT NULL), 0) AS employed,
  coalesce(sum(v.job = '21'), 0) AS unit, coalesce(sum(v.job = '22'), 0) AS flexible,
  coalesce(sum(v.job = '23'), 0) AS business, coalesce(sum(v.job = '24'), 0) AS post,
  coalesce(sum(v.exit_date <= @end), 0) AS exited,
  coalesce(sum(v.closing), 0) AS closing,
  0 AS closingUnemployed,
  0 AS zeroHouseholds
FROM regions t LEFT JOIN v ON v.township_id = t.id
WHERE t.level = 4 AND (@township IS NULL OR t.id = @township)
GROUP BY t.id
HAVING t.retired_on IS NULL OR count(v.township_id) > 0
ORDER BY t.code`;

/** M is the month's calendar days, or `dates` (CFG-26: the county's 21st–20th report period, statistical-period.ts). */
export function rpt02Rows(
  db: Database.Database,
  month: string,
  today: string,
  townshipId?: string,
  dates?: { start: string; end: string },
): Rpt02Row[] {
  const last = dates?.end ?? monthEnd(month);
  const end = last < today ? last : today;
  const township = townshipId ?? null;
  const params = { start: dates?.start ?? `${month}-01`, end, township };
  const employed = employedAtEnd(db, end, today, township);
  const rows = prepared(db, RPT02_SQL).all(params) as (Rpt02Row & { tid: string })[];
  const households = zeroHouseholdsByTownship(db, params, employed.persons);
  return rows.map(({ tid, ...r }) => ({
    ...r,
    closingUnemployed: r.closing - (employed.byTownship.get(tid) ?? 0),
    zeroHouseholds: households.get(tid) ?? 0,
  }));
}

/** Column 19's recognised members: valid at @end under K04. */
const K04_MEMBERS_SQL = `
SELECT p.id, p.id_number, p.township_id
FROM recognitions r CROSS JOIN persons p ON p.id = r.person_id
WHERE r.status IN ('03', '05') AND p.deleted_at IS NULL AND instr(r.categories, 'K04') > 0
  AND coalesce(r.recognition_date, '') <= @end AND ${CLOSING} AND (@township IS NULL OR p.township_id = @township)`;

/** Column 19 by township id: households still at zero employment at @end (see the header). */
function zeroHouseholdsByTownship(
  db: Database.Database,
  params: { end: string; township: string | null },
  employed: ReadonlySet<string>,
): Map<string, number> {
  const members = prepared(db, K04_MEMBERS_SQL).all(params) as {
    id: string;
    id_number: string;
    township_id: string;
  }[];
  const byIdNumber = new Map(members.map((m) => [m.id_number, m]));
  const root = new Map(members.map((m) => [m.id_number, m.id_number]));
  const find = (x: string): string => {
    let r = x;
    while (root.get(r) !== r) r = root.get(r) as string;
    root.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)].sort();
    root.set(y as string, x as string);
  };
  const working = new Set<string>();
  const household = prepared(
    db,
    'SELECT member_id_number, status, works_age_able FROM household_members WHERE person_id = ?',
  );
  for (const m of members) {
    if (employed.has(m.id)) working.add(m.id_number);
    for (const h of household.all(m.id) as {
      member_id_number: string | null;
      status: string;
      works_age_able: 0 | 1;
    }[]) {
      const linked = h.member_id_number ? byIdNumber.get(h.member_id_number.toUpperCase()) : undefined;
      if (linked) union(m.id_number, linked.id_number);
      else if (h.works_age_able === 1 && memberEmployed(h.status)) working.add(m.id_number);
    }
  }
  const atWork = new Set([...working].map(find));
  const out = new Map<string, number>();
  for (const m of members) {
    // Counted once, at its root (the member with the smallest ID number), in that member's 乡镇.
    if (find(m.id_number) !== m.id_number || atWork.has(m.id_number)) continue;
    out.set(m.township_id, (out.get(m.township_id) ?? 0) + 1);
  }
  return out;
}

/**
 * The 21st–20th period: col 17/18 are the state on the 20th, RPT-01 (a roster of a state, statistical-period.ts) the
 * month end — the same status function on two days (see the header), said on the sheet.
 */
export const RPT02_DAY21_STATUS_NOTE =
  '17、18栏为本期末（20日）的人数和就业状态；就业困难人员实名制台账按所属月月末列示，两者可能不同。';

export const rpt02: ReportSource = {
  ...fixedReport(RPT02_DEFINITION, {
    followsReportPeriod: true,
    rows: (db, scope) => rpt02Rows(db, scope.month, scope.today, scope.townshipId, scope.dates),
  }),
  definition: (scope) => {
    const def = withDay21Line(RPT02_DEFINITION, scope, '人数');
    return scope.dates ? { ...def, notes: [...(def.notes ?? []), RPT02_DAY21_STATUS_NOTE] } : def;
  },
};
