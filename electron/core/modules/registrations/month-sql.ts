// SQL pieces of "a month" shared by the work lists (worklists/sql.ts) and RPT-11 / RPT-12 (contacts/reports).
// Parameters: $start, $end (the month's first and last day).
// Plans are pinned (INDEXED BY, CROSS JOIN order) so they do not depend on ANALYZE statistics: registrations
// are read from the partial indexes of open and cancelled registrations (activeRegistrationsSql, covering), then
// each person by id from persons_registration (covering).
import type Database from 'better-sqlite3';

/**
 * past_level: the level at $end of the registrations whose level changed AFTER $end (BR-09 history); every
 * other registration still has that level now. For the running month the set is empty.
 */
const PAST_LEVEL_CTES = `later AS (
  SELECT DISTINCT registration_id AS rid FROM service_level_changes INDEXED BY service_level_changes_date WHERE change_date > $end
),
past_level AS MATERIALIZED (
  SELECT rid, (SELECT s.to_level FROM service_level_changes AS s INDEXED BY service_level_changes_asof
      WHERE s.registration_id = later.rid AND s.change_date <= $end ORDER BY s.change_date DESC, s.seq DESC LIMIT 1) AS level
  FROM later
)`;

/** How a statement reads the level of registration `r` at $end: WITH-clause entries, a join, an expression. */
export interface LevelSql {
  /** '' or PAST_LEVEL_CTES followed by a comma, to start a WITH list. */
  ctes: string;
  join: string;
  expr: string;
}

/**
 * pastLevels = hasLevelChangesAfter(db, end). Without changes after $end (the running month, usually the last
 * months too) every registration's level at $end is its level now, and the history is not read at all.
 */
export function levelAtEnd(pastLevels: boolean): LevelSql {
  return pastLevels
    ? {
        ctes: `${PAST_LEVEL_CTES},\n`,
        join: 'LEFT JOIN past_level AS pl ON pl.rid = r.id',
        expr: 'coalesce(pl.level, r.service_level)',
      }
    : { ctes: '', join: '', expr: 'r.service_level' };
}

export function hasLevelChangesAfter(db: Database.Database, end: string): boolean {
  return !!db
    .prepare('SELECT 1 FROM service_level_changes INDEXED BY service_level_changes_date WHERE change_date > ? LIMIT 1')
    .get(end);
}

/** mc: the month's contacts per registration: count (any result) and successful ones (result 1). */
export const MONTH_COUNTS_CTE = `mc AS MATERIALIZED (
  SELECT registration_id AS rid, count(*) AS n, sum(result = '1') AS ok
  FROM contacts INDEXED BY contacts_month
  WHERE contact_date BETWEEN $start AND $end
  GROUP BY registration_id
)`;

/**
 * mc (for RPT-11, per registration): count, successful count, and for the services E14 (bit k−1 = SVk)
 * the number of contacts giving SV1 … SV5 and any of SV6–SV9, and the jobs recommended with SV1.
 */
export const MONTH_CONTACTS_CTE = `mc AS MATERIALIZED (
  SELECT registration_id AS rid, count(*) AS n, sum(result = '1') AS ok,
    sum((services & 1) > 0) AS sv1, sum((services & 2) > 0) AS sv2, sum((services & 4) > 0) AS sv3,
    sum((services & 8) > 0) AS sv4, sum((services & 16) > 0) AS sv5, sum((services & 480) > 0) AS sv_other,
    sum(CASE WHEN (services & 1) > 0 THEN coalesce(jobs_recommended, 0) END) AS jobs
  FROM contacts INDEXED BY contacts_month
  WHERE contact_date BETWEEN $start AND $end
  GROUP BY registration_id
)`;

/**
 * Registrations registered on or before `registeredBy` and not cancelled before `cancelledFrom` (a SQL comparison on
 * r.cancel_date, e.g. '> $end' = open at the month end, '>= $start' = active at some time in the month), read from
 * the partial indexes of migration 0013: the open ones, then the cancelled ones from that date on (none for the
 * running month). Both branches select `columns` with the same `joins` and extra `where` term, so the rows read do
 * not grow with the registrations cancelled in earlier months (issue 13).
 */
export function activeRegistrationsSql(o: {
  columns: string;
  joins: string;
  where?: string;
  registeredBy?: string;
  cancelledFrom?: string;
}): string {
  const where = o.where ?? '1 = 1';
  const by = o.registeredBy ?? '$end';
  return `SELECT ${o.columns}
  FROM registrations AS r INDEXED BY registrations_open
  ${o.joins}
  WHERE r.cancel_date IS NULL AND r.reg_date <= ${by} AND ${where}
  UNION ALL
  SELECT ${o.columns}
  FROM registrations AS r INDEXED BY registrations_closed
  ${o.joins}
  WHERE r.status = 'cancelled' AND r.cancel_date ${o.cancelledFrom ?? '> $end'} AND r.reg_date <= ${by} AND ${where}`;
}

/** The registrations open at $end (activeRegistrationsSql). */
export const openAtEndSql = (columns: string, joins: string, where = '1 = 1'): string =>
  activeRegistrationsSql({ columns, joins, where });
