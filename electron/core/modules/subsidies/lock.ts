// The review lock (DOMAIN §3.10, BR-21, ARCHITECTURE §7a) in one place: every write of attendance rows, allowance
// rows and roster items asks here first. A row is locked while an ordinary roster that covers it is no longer a
// draft (已审核, 已上报, 已拨付); a roster is locked from 已审核 on. The refusal names the roster and says how to
// correct: a supplementary (补发/扣回) roster in a later month. Triggers in migration 0007 back this up.
import type Database from 'better-sqlite3';
import { ruleViolation } from '../../../../shared/contract/result';
import {
  batchKindLabel,
  batchStatusLabel,
  rosterTitle,
  type BatchKind,
  type BatchStatus,
} from '../../../../shared/contract/subsidies';
import { prepared } from '../../db/prepared';
import { chineseMonth } from '../../../../shared/domain/dates';
import { quarterText } from '../../../../shared/domain/claim-period';
import { COUNTY, inScope, type Scope } from '../../scope/scope';

export interface BatchHead {
  id: string;
  kind: BatchKind;
  month: string;
  supplementary: 0 | 1;
  status: BatchStatus;
  /** The 乡镇(街道) or 用人单位 of a scoped roster (scopeNameSql); null or absent for the county's. */
  scope_name?: string | null;
  /** The last month of a quarterly roster (BR-24); null or absent for a roster of one month. */
  month_to?: string | null;
}

/** SQL of a roster's scope name over the roster's alias: the 乡镇(街道) or the 用人单位, NULL for the county. */
export const scopeNameSql = (b: string) =>
  `coalesce((SELECT name FROM regions WHERE id = ${b}.township_id), (SELECT name FROM employers WHERE id = ${b}.employer_id))`;

/**
 * SQL of the 乡镇(街道) a roster belongs to, over its alias: a 乡镇 roster's own, a 单位 roster's 单位's; NULL for the
 * county's rosters (and 补发/扣回 rosters, which are the county's). Township scope (DOMAIN §9.4) follows it.
 */
export const batchTownshipSql = (b: string) =>
  `coalesce(${b}.township_id, (SELECT township_id FROM employers WHERE id = ${b}.employer_id))`;

/** A roster's head columns over its alias, with its scope name: what batchName and the lock messages read. */
export const headSql = (b: string) =>
  `${b}.id, ${b}.kind, ${b}.month, ${b}.month_to, ${b}.supplementary, ${b}.status, ${scopeNameSql(b)} AS scope_name`;

/** 2026年11月, or 2026年第四季度 for a quarterly roster (BR-24). */
export function periodText(b: Pick<BatchHead, 'month' | 'month_to'>): string {
  return b.month_to ? quarterText(b.month) : chineseMonth(b.month);
}

/** 2026年11月公益性岗位岗位补贴发放花名册 / 2026年11月乌帕尔镇公益性岗位岗位补贴发放花名册 / 2026年第四季度… / …补发扣回花名册. */
export function batchName(b: Pick<BatchHead, 'kind' | 'month' | 'supplementary' | 'scope_name' | 'month_to'>): string {
  const scoped = `${periodText(b)}${b.scope_name ?? ''}`;
  return b.supplementary ? `${scoped}${batchKindLabel(b.kind)}补发/扣回花名册` : `${scoped}${rosterTitle(b.kind)}`;
}

const lockView = (b: BatchHead) => ({
  batchId: b.id,
  batchName: batchName(b),
  status: batchStatusLabel(b.status),
});

const HEAD = headSql('b');

/** The first non-draft ordinary roster covering an attendance (or allowance) row; null when the row is free. */
export type RowColumn = 'attendance_id' | 'allowance_id' | 'enrolment_id';

export function lockOfRow(
  db: Database.Database,
  column: RowColumn,
  rowId: string,
): (BatchHead & { township: string | null }) | null {
  const sql = `SELECT ${HEAD}, ${batchTownshipSql('b')} AS township FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
    WHERE i.${column} = ? AND i.adjusts_item_id IS NULL AND b.status <> 'draft' ORDER BY b.reviewed_at LIMIT 1`;
  return (prepared(db, sql).get(rowId) as (BatchHead & { township: string | null }) | undefined) ?? null;
}

/** What a locked row says to a 乡镇经办 about another 乡镇's (or its 单位's) roster: not its name (issue 19). */
const OTHER_ROSTER = '其他乡镇或单位的花名册';

/**
 * The lock of a row as the caller may see it (attendance.grid, allowances.list): the county's roster and the
 * caller's townships' by name; another 乡镇's or 单位's roster without its name or id.
 */
export function lockViewOf(db: Database.Database, column: RowColumn, rowId: string, scope: Scope) {
  const b = lockOfRow(db, column, rowId);
  return b ? rosterViewFor(scope, b) : null;
}

/** A roster as the caller may see it: by name when it is the county's or the caller's 乡镇's, else OTHER_ROSTER. */
export function rosterViewFor(scope: Scope, b: BatchHead & { township: string | null }) {
  if (seenBy(scope, b)) return lockView(b);
  return { batchId: '', batchName: OTHER_ROSTER, status: batchStatusLabel(b.status) };
}

/** Whether the caller may see the roster by name: the county's, or one of the caller's townships'. */
const seenBy = (scope: Scope, b: { township: string | null }) => b.township === null || inScope(scope, b.township);

function refuse(b: BatchHead & { township: string | null }, what: string, scope: Scope): never {
  const seen = seenBy(scope, b);
  throw ruleViolation(
    `${what}已列入${seen ? `“${batchName(b)}”` : OTHER_ROSTER}（${batchStatusLabel(b.status)}），已锁定，不能修改。如需更正，请在以后月份的补发/扣回花名册中办理。`,
    undefined,
    seen ? { rule: 'BR-21', batchId: b.id } : { rule: 'BR-21' },
  );
}

/**
 * Refuses a write to an attendance or allowance row that a reviewed roster covers. `what` names the row; `scope`:
 * the caller's, so that another 乡镇's roster is not named to a 乡镇经办 (lockViewOf).
 */
export function assertRowWritable(
  db: Database.Database,
  column: RowColumn,
  rowId: string,
  what: string,
  scope: Scope = COUNTY,
): void {
  const b = lockOfRow(db, column, rowId);
  if (b) refuse(b, what, scope);
}

/** Refuses a change of a roster that is no longer a draft. */
export function assertBatchDraft(b: BatchHead): void {
  if (b.status !== 'draft')
    throw ruleViolation(
      `“${batchName(b)}”${batchStatusLabel(b.status)}，已锁定，不能修改。如需更正，请在以后月份的补发/扣回花名册中办理。`,
      undefined,
      { rule: 'BR-21', batchId: b.id },
    );
}

/** A table of month rows (attendance or internship allowance months) and the roster item column that points at its rows. */
export interface MonthRowTable {
  column: 'attendance_id' | 'allowance_id';
  table: 'attendance_months' | 'internship_allowances';
}

/** Non-draft rosters of a kind covering any row of a month (for generation: such rows are left alone). */
export function lockedRowIds(db: Database.Database, t: MonthRowTable, month: string): Set<string> {
  const sql = `SELECT DISTINCT r.id FROM ${t.table} r JOIN subsidy_batch_items i ON i.${t.column} = r.id AND i.adjusts_item_id IS NULL
    JOIN subsidy_batches b ON b.id = i.batch_id WHERE r.month = ? AND b.status <> 'draft'`;
  return new Set(prepared(db, sql).pluck().all(month) as string[]);
}
