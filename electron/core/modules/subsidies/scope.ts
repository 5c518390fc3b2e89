// 范围 of an ordinary roster (DOMAIN §3.10 SubsidyBatch "region or employer"): the whole county, one 乡镇(街道) or one
// 用人单位 (见习单位 for 见习补贴). Which rows a scope holds: 岗位补贴/社保补贴 rows by their post's 乡镇 and 用人单位 (the
// roster's own grouping), 见习补贴 rows by the 见习单位 and its 乡镇. A row is on at most one ordinary roster of its
// kind: a county roster takes the rows not yet on one; a 乡镇 or 单位 roster refuses rows already on another.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract/result';
import type { BatchKind, GenerateBatchInput } from '../../../../shared/contract/subsidies';
import { prepared } from '../../db/prepared';
import type { ClaimPeriod } from './config';
import { batchName, headSql, periodText, type BatchHead } from './lock';
import { COUNTY_SCOPE, type BatchScopeIds } from './queries';

/** A scope resolved: its ids as stored on the roster and the name its title carries (null for the county). */
interface ResolvedScope {
  ids: BatchScopeIds;
  name: string | null;
}

/** Checks the 乡镇(街道) or 用人单位 the clerk chose; refuses one that does not exist, naming the field. */
export function resolveScope(db: Database.Database, input: GenerateBatchInput): ResolvedScope {
  if (input.townshipId) {
    const name = prepared(db, 'SELECT name FROM regions WHERE id = ? AND level = 4').pluck().get(input.townshipId) as
      string | undefined;
    if (!name) throw ruleViolation('找不到所选的乡镇(街道)。', { townshipId: '找不到该乡镇(街道)' });
    return { ids: { township_id: input.townshipId, employer_id: null }, name };
  }
  if (input.employerId) {
    const name = prepared(db, 'SELECT name FROM employers WHERE id = ? AND deleted_at IS NULL')
      .pluck()
      .get(input.employerId) as string | undefined;
    if (!name) throw ruleViolation('找不到所选的用人单位。', { employerId: '找不到该用人单位' });
    return { ids: { township_id: null, employer_id: input.employerId }, name };
  }
  return { ids: COUNTY_SCOPE, name: null };
}

/** The source table of a kind's rows, its alias, and the item column pointing at it. */
export const rowSource = (kind: BatchKind) =>
  kind === 'internship'
    ? { table: 'internship_allowances', alias: 'ia', column: 'allowance_id' as const, what: '见习补贴' }
    : { table: 'attendance_months', alias: 'a', column: 'attendance_id' as const, what: '考勤' };

/**
 * SQL condition over the row alias (a or ia) keeping the rows of a scope, with the parameters @township_id and
 * @employer_id; empty for the county.
 */
export function rowScopeSql(kind: BatchKind, scope: BatchScopeIds): string {
  if (!scope.township_id && !scope.employer_id) return '';
  if (kind === 'internship') {
    return scope.township_id
      ? ` AND EXISTS (SELECT 1 FROM internships it JOIN employers e ON e.id = it.host_id WHERE it.id = ia.internship_id AND e.township_id = @township_id)`
      : ` AND EXISTS (SELECT 1 FROM internships it WHERE it.id = ia.internship_id AND it.host_id = @employer_id)`;
  }
  const column = scope.township_id ? 'po.township_id = @township_id' : 'po.employer_id = @employer_id';
  return ` AND EXISTS (SELECT 1 FROM placements pl JOIN posts po ON po.id = pl.post_id WHERE pl.id = a.placement_id AND ${column})`;
}

/** SQL condition: the row is a row the kind pays (a 社保补贴 roster only lists rows with a subsidy). */
export const kindRowSql = (kind: BatchKind) => (kind === 'si' ? ' AND a.si_subsidy > 0' : '');

/** 2026年11月 or 2026年第四季度: the period in a message. */
export const periodWords = (p: ClaimPeriod) => periodText({ month: p.from, month_to: p.to === p.from ? null : p.to });

/** The rows of the period in the scope, and how many of them are not yet on an ordinary roster of the kind. */
export function scopeRows(
  db: Database.Database,
  kind: BatchKind,
  period: ClaimPeriod,
  scope: BatchScopeIds,
): { all: number; free: number } {
  const { table, alias, column } = rowSource(kind);
  return prepared(
    db,
    `SELECT count(*) AS "all", coalesce(sum(NOT EXISTS (SELECT 1 FROM subsidy_batch_items x WHERE x.${column} = ${alias}.id
      AND x.kind = @kind AND x.adjusts_item_id IS NULL)), 0) AS free
    FROM ${table} ${alias} WHERE ${alias}.month BETWEEN @from AND @to${rowScopeSql(kind, scope)}`,
  ).get({ kind, ...period, ...scope }) as { all: number; free: number };
}

/**
 * A 乡镇 or 单位 roster refuses rows already on another ordinary roster of its kind: the first such roster is named
 * with the number of its rows in the scope. `batchId`: the scope's own draft when it exists (its rows are its own).
 */
export function assertScopeFree(
  db: Database.Database,
  kind: BatchKind,
  period: ClaimPeriod,
  scope: ResolvedScope,
  batchId: string | null,
): void {
  if (!scope.name) return;
  const { table, alias, column, what } = rowSource(kind);
  const other = prepared(
    db,
    `SELECT ${headSql('b')}, count(*) AS n
    FROM ${table} ${alias} JOIN subsidy_batch_items x ON x.${column} = ${alias}.id AND x.kind = @kind AND x.adjusts_item_id IS NULL
    JOIN subsidy_batches b ON b.id = x.batch_id
    WHERE ${alias}.month BETWEEN @from AND @to AND b.id IS NOT @batchId${kindRowSql(kind)}${rowScopeSql(kind, scope.ids)}
    GROUP BY b.id ORDER BY b.created_at LIMIT 1`,
  ).get({ kind, ...period, batchId, ...scope.ids }) as (BatchHead & { n: number }) | undefined;
  if (other) {
    const field = scope.ids.township_id ? 'townshipId' : 'employerId';
    throw ruleViolation(
      `${scope.name}${periodWords(period)}有 ${other.n} 人的${what}已列入“${batchName(other)}”，一条${what}只能列入一个发放花名册，不能再编制${scope.name}的花名册。`,
      { [field]: `已有 ${other.n} 人列入其他花名册` },
    );
  }
}

/**
 * BR-24: a month is claimed by month or by quarter, never both. When 补贴申领周期 changed inside a quarter, a roster
 * of the other period over the same months may exist: the new one is refused naming it, nothing written (its rows
 * would be paid once, but the month would have two ordinary rosters side by side).
 */
export function assertNoOtherPeriod(db: Database.Database, kind: BatchKind, period: ClaimPeriod): void {
  const monthTo = period.to === period.from ? null : period.to;
  const other = prepared(
    db,
    `SELECT ${headSql('b')} FROM subsidy_batches b
    WHERE b.kind = @kind AND b.supplementary = 0 AND b.month <= @to AND coalesce(b.month_to, b.month) >= @from
      AND (b.month <> @from OR b.month_to IS NOT @monthTo)
    ORDER BY b.created_at LIMIT 1`,
  ).get({ kind, ...period, monthTo }) as BatchHead | undefined;
  if (!other) return;
  const by = monthTo ? '按季度' : '按月';
  throw ruleViolation(
    `${periodText(other)}已有“${batchName(other)}”，同一月份不能再${by}编制${periodWords(period)}的花名册。请在已有的花名册中办理，或核对“补贴申领周期”设置。`,
    { month: `已有“${batchName(other)}”` },
  );
}
