// The SQL behind the work lists (shared/contract/contact-worklists.ts explains the three lists). Built here so the
// bench runs exactly what the core runs as its raw baseline.
//
// reg: registrations open at the month end (not cancelled on or before it; registrations/month-sql.ts openAtEndSql,
//      the partial indexes of migration 0013) of persons not deleted, with the level at the month end (BR-09
//      history) and the person's 乡镇/村/姓名, filtered by the caller's scope and the list's filters;
// mc:  contacts dated in the month per registration (contacts_month range, grouped).
// Durations are date comparisons against cutoffs computed in JS (completedMonthsCutoff).
// Members are sorted in SQL (ORDER BY over the members only); the service keeps the ordered list until a write.
import type { WorklistKind } from '../../../../shared/contract/contact-worklists';
import { levelAtEnd, MONTH_COUNTS_CTE, openAtEndSql, type LevelSql } from '../registrations/month-sql';

export interface WorklistParams {
  start: string;
  end: string;
  asOf: string;
  /** BR-07: last success (or reg_date) on or before this date = lost contact (CFG-23 months before asOf). */
  cutoff: string;
  /**
   * BR-07 for a member of a zero-employment household (registrations/lost-contact.ts): month-state.ts marks such rows
   * (MonthRow.zeroHousehold); the SQL lists here (the bench's baseline) use `cutoff` for everyone.
   */
  zeroCutoff: string;
  minA: number;
  minB: number;
  minC: number;
}

/**
 * Which filters a statement applies to reg (each a named parameter): $scope (JSON array of the caller's townships),
 * $township, $village, $staff. The statement text depends only on which are present.
 */
interface RegFilters {
  scope?: boolean;
  township?: boolean;
  village?: boolean;
  staff?: boolean;
}

function filterSql(f: RegFilters): string {
  const terms = ['p.deleted_at IS NULL'];
  if (f.scope) terms.push('p.township_id IN (SELECT value FROM json_each($scope))');
  if (f.township) terms.push('p.township_id = $township');
  if (f.village) terms.push('p.residence_region_id = $village');
  if (f.staff) terms.push('r.responsible_staff = $staff');
  return terms.join(' AND ');
}

/** The columns of reg and the joins that give them. */
function regParts(level: LevelSql) {
  return {
    columns: `r.id, r.person_id, r.reg_date, r.responsible_staff, ${level.expr} AS level,
    p.township_id, p.residence_region_id AS village_id, p.name`,
    joins: `CROSS JOIN persons AS p INDEXED BY persons_registration ON p.id = r.person_id
  ${level.join}`,
  };
}

/** pastLevels: see levelAtEnd (registrations/month-sql.ts). */
function base(pastLevels: boolean, filters: RegFilters = {}): string {
  const level = levelAtEnd(pastLevels);
  const { columns, joins } = regParts(level);
  return `WITH ${level.ctes}${MONTH_COUNTS_CTE},
reg AS (
  ${openAtEndSql(columns, joins, filterSql(filters))}
)`;
}

/**
 * base restricted to the registrations of $ids (JSON array), each read by id and its month's contacts from
 * contacts_registration: the rows a write changed, at the cost of those rows (month-state.ts). The WHERE terms
 * are those of openAtEndSql's two branches.
 */
function baseOf(pastLevels: boolean): string {
  const level = levelAtEnd(pastLevels);
  const { columns, joins } = regParts(level);
  return `WITH ${level.ctes}mc AS MATERIALIZED (
  SELECT registration_id AS rid, count(*) AS n, sum(result = '1') AS ok
  FROM contacts INDEXED BY contacts_registration
  WHERE registration_id IN (SELECT value FROM json_each($ids)) AND contact_date BETWEEN $start AND $end
  GROUP BY registration_id
),
reg AS (
  SELECT ${columns}
  FROM registrations AS r
  ${joins}
  WHERE r.id IN (SELECT value FROM json_each($ids)) AND r.reg_date <= $end
    AND (r.cancel_date IS NULL OR (r.status = 'cancelled' AND r.cancel_date > $end)) AND p.deleted_at IS NULL
)`;
}

const LAST_SUCCESS = `(SELECT c.contact_date FROM contacts AS c INDEXED BY contacts_registration
    WHERE c.registration_id = reg.id AND c.contact_date <= $asOf AND c.result = '1' ORDER BY c.contact_date DESC LIMIT 1)`;

const MIN_OF_LEVEL = `CASE reg.level WHEN 'A' THEN $minA WHEN 'B' THEN $minB ELSE $minC END`;

/**
 * Membership condition of each list, on a row of reg LEFT JOIN mc. A success in the month (mc.ok, dated ≤ asOf)
 * rules out the other two lists before their per-registration lookups run.
 */
export const CONDITION: Record<WorklistKind, string> = {
  toContact: `coalesce(mc.ok, 0) < ${MIN_OF_LEVEL}`,
  lostContact: `coalesce(mc.ok, 0) = 0 AND reg.reg_date <= $cutoff AND coalesce(${LAST_SUCCESS}, reg.reg_date) <= $cutoff`,
  firstContactDue: `coalesce(mc.ok, 0) = 0 AND reg.reg_date > $cutoff AND NOT EXISTS (SELECT 1 FROM contacts AS c INDEXED BY contacts_registration
    WHERE c.registration_id = reg.id AND c.contact_date <= $asOf AND c.result = '1')`,
};

/** Sort keys of a page: 乡镇 → 村 → 联系责任人 → 姓名 ('place') or 联系责任人 → 乡镇 → 村 → 姓名 ('staff'). */
const ORDER = {
  place: `coalesce(tw.code, ''), coalesce(vg.code, ''), reg.responsible_staff, reg.name, reg.id`,
  staff: `reg.responsible_staff, coalesce(tw.code, ''), coalesce(vg.code, ''), reg.name, reg.id`,
} as const;

/**
 * Every member of a list in the list's order, with the filters applied in reg (the work lists pass the caller's
 * scope; the sort is SQLite's, over the members only). The service keeps this until a write and cuts pages from it.
 */
export function membersSql(
  kind: WorklistKind,
  pastLevels: boolean,
  filters: RegFilters,
  groupBy: keyof typeof ORDER,
): string {
  return `${base(pastLevels, filters)}
SELECT reg.id AS registrationId, reg.level AS serviceLevel, reg.responsible_staff AS responsibleStaff, reg.reg_date AS regDate,
  coalesce(mc.n, 0) AS monthContacts, coalesce(mc.ok, 0) AS monthSuccessful, reg.township_id AS townshipId,
  reg.village_id AS villageId, reg.name
FROM reg
LEFT JOIN mc ON mc.rid = reg.id
LEFT JOIN regions AS tw ON tw.id = reg.township_id
LEFT JOIN regions AS vg ON vg.id = reg.village_id
WHERE ${CONDITION[kind]}
ORDER BY ${ORDER[groupBy]}`;
}

/**
 * Every registration open at the month end (reg), with what the three conditions test in month-state.ts: the
 * month's counts, the last success on or before $asOf (only when the month has none: every list but 待联系
 * needs none), and the codes the lists sort by. `only`: the registrations of $ids alone (baseOf).
 */
export const monthRowsSql = (pastLevels: boolean, only: boolean) => `${only ? baseOf(pastLevels) : base(pastLevels)}
SELECT reg.id AS registrationId, reg.person_id AS personId, reg.level AS serviceLevel, reg.responsible_staff AS responsibleStaff, reg.reg_date AS regDate,
  coalesce(mc.n, 0) AS monthContacts, coalesce(mc.ok, 0) AS monthSuccessful, reg.township_id AS townshipId,
  reg.village_id AS villageId, reg.name, coalesce(tw.code, '') AS townshipCode, coalesce(vg.code, '') AS villageCode,
  CASE WHEN coalesce(mc.ok, 0) = 0 THEN ${LAST_SUCCESS} END AS lastSuccess
FROM reg
LEFT JOIN mc ON mc.rid = reg.id
LEFT JOIN regions AS tw ON tw.id = reg.township_id
LEFT JOIN regions AS vg ON vg.id = reg.village_id`;

const COUNT_COLUMNS = `coalesce(sum(${CONDITION.toContact}), 0) AS toContact,
  coalesce(sum(${CONDITION.lostContact}), 0) AS lostContact,
  coalesce(sum(${CONDITION.firstContactDue}), 0) AS firstContactDue`;

/** The three badge counts in one pass. */
export const countsSql = (pastLevels: boolean, filters: RegFilters = {}) => `${base(pastLevels, filters)}
SELECT ${COUNT_COLUMNS}
FROM reg
LEFT JOIN mc ON mc.rid = reg.id`;

/**
 * The same counts per 乡镇 of the person (the lists' township filter), with the registrations open at the month end
 * (`registered`): the 首页 reads the county, one township and the contact rate per township from one pass.
 */
export const countsByTownshipSql = (pastLevels: boolean) => `${base(pastLevels)}
SELECT reg.township_id AS townshipId, count(*) AS registered, ${COUNT_COLUMNS}
FROM reg
LEFT JOIN mc ON mc.rid = reg.id
GROUP BY reg.township_id`;

/**
 * Display columns of one page of members ($ids: JSON array of registration ids). suggestedReason: the 建议注销原因
 * of the latest contact that heard the person (联系成功) or suggested cancelling; a later successful contact
 * without the suggestion withdraws it, a later unanswered call does not.
 */
export const PAGE_SQL = `SELECT r.id AS registrationId, p.id AS personId, p.name, p.sex, p.id_number AS idNumber, p.phone, p.is_difficult AS isDifficult,
  (SELECT c.contact_date || '|' || c.result || '|' || coalesce(c.next_contact_date, '') FROM contacts AS c INDEXED BY contacts_registration
    WHERE c.registration_id = r.id AND c.contact_date <= $asOf ORDER BY c.contact_date DESC, c.created_at DESC LIMIT 1) AS lastContact,
  (SELECT c.contact_date FROM contacts AS c INDEXED BY contacts_registration
    WHERE c.registration_id = r.id AND c.contact_date <= $asOf AND c.result = '1' ORDER BY c.contact_date DESC LIMIT 1) AS lastSuccess,
  (SELECT CASE WHEN c.suggest_cancel = 1 THEN c.suggest_reason END FROM contacts AS c INDEXED BY contacts_registration
    WHERE c.registration_id = r.id AND c.contact_date <= $asOf AND (c.result = '1' OR c.suggest_cancel = 1)
    ORDER BY c.contact_date DESC, c.created_at DESC LIMIT 1) AS suggestedReason
FROM registrations AS r
JOIN persons AS p ON p.id = r.person_id
WHERE r.id IN (SELECT value FROM json_each($ids))`;
