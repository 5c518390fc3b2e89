// The SQL behind the work lists (shared/contract/contact-worklists.ts explains the three lists). Built here so the
// bench runs exactly what the core runs as its raw baseline.
//
// reg: registrations open at the month end (not cancelled on or before it) of persons not deleted, with the
//      level at the month end (BR-09 history, registrations/month-sql.ts);
// mc:  contacts dated in the month per registration (contacts_month range, grouped).
// Durations are date comparisons against cutoffs computed in JS (completedMonthsCutoff).
import type { WorklistKind } from '../../../../shared/contract/contact-worklists';
import { levelAtEnd, MONTH_COUNTS_CTE } from '../registrations/month-sql';

export interface WorklistParams {
  start: string;
  end: string;
  asOf: string;
  /** BR-07: last success (or reg_date) on or before this date = lost contact (CFG-23 months before asOf). */
  cutoff: string;
  minA: number;
  minB: number;
  minC: number;
}

/** Persons soft-deleted: their registrations leave every list (few rows, read from persons_updated). */
export const DELETED_PERSONS = 'SELECT id FROM persons INDEXED BY persons_updated WHERE deleted_at IS NOT NULL';

/** pastLevels: see levelAtEnd (registrations/month-sql.ts). */
function base(pastLevels: boolean): string {
  const level = levelAtEnd(pastLevels);
  return `WITH ${level.ctes}${MONTH_COUNTS_CTE},
reg AS (
  SELECT r.id, r.person_id, r.reg_date, r.responsible_staff, ${level.expr} AS level
  FROM registrations AS r INDEXED BY registrations_person
  ${level.join}
  WHERE r.reg_date <= $end AND (r.cancel_date IS NULL OR r.cancel_date > $end) AND r.person_id NOT IN (${DELETED_PERSONS})
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

/**
 * Every member of one list with its group and sort keys (sorted and paged in JS, where the groups are counted).
 * Membership is decided first; only members are then looked up in persons.
 */
export function memberSql(kind: WorklistKind, pastLevels: boolean): string {
  return `${base(pastLevels)},
members AS MATERIALIZED (
  SELECT reg.id, reg.person_id, reg.level, reg.responsible_staff, reg.reg_date, coalesce(mc.n, 0) AS n, coalesce(mc.ok, 0) AS ok
  FROM reg LEFT JOIN mc ON mc.rid = reg.id
  WHERE ${CONDITION[kind]}
)
SELECT m.id AS registrationId, m.level AS serviceLevel, m.responsible_staff AS responsibleStaff, m.reg_date AS regDate,
  m.n AS monthContacts, m.ok AS monthSuccessful, p.township_id AS townshipId, p.residence_region_id AS villageId, p.name
FROM members AS m
CROSS JOIN persons AS p INDEXED BY persons_registration ON p.id = m.person_id`;
}

const COUNT_COLUMNS = `coalesce(sum(${CONDITION.toContact}), 0) AS toContact,
  coalesce(sum(${CONDITION.lostContact}), 0) AS lostContact,
  coalesce(sum(${CONDITION.firstContactDue}), 0) AS firstContactDue`;

/** The three badge counts in one pass. */
export const countsSql = (pastLevels: boolean) => `${base(pastLevels)}
SELECT ${COUNT_COLUMNS}
FROM reg
LEFT JOIN mc ON mc.rid = reg.id`;

/**
 * The same counts per 乡镇 of the person (the lists' township filter), with the registrations open at the month end
 * (`registered`): the 首页 reads the county, one township and the contact rate per township from one pass.
 */
export const countsByTownshipSql = (pastLevels: boolean) => `${base(pastLevels)}
SELECT p.township_id AS townshipId, count(*) AS registered, ${COUNT_COLUMNS}
FROM reg
LEFT JOIN mc ON mc.rid = reg.id
CROSS JOIN persons AS p INDEXED BY persons_registration ON p.id = reg.person_id
GROUP BY p.township_id`;

/** Display columns of one page of members ($ids: JSON array of registration ids). */
export const PAGE_SQL = `SELECT r.id AS registrationId, p.id AS personId, p.name, p.sex, p.id_number AS idNumber, p.phone, p.is_difficult AS isDifficult,
  (SELECT c.contact_date || '|' || c.result || '|' || coalesce(c.next_contact_date, '') FROM contacts AS c INDEXED BY contacts_registration
    WHERE c.registration_id = r.id AND c.contact_date <= $asOf ORDER BY c.contact_date DESC, c.created_at DESC LIMIT 1) AS lastContact,
  (SELECT c.contact_date FROM contacts AS c INDEXED BY contacts_registration
    WHERE c.registration_id = r.id AND c.contact_date <= $asOf AND c.result = '1' ORDER BY c.contact_date DESC LIMIT 1) AS lastSuccess
FROM registrations AS r
JOIN persons AS p ON p.id = r.person_id
WHERE r.id IN (SELECT value FROM json_each($ids))`;
