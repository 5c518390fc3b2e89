// imports.batches.undo (撤销本次导入, fix27b): one import batch (batch-record.ts) taken back in one transaction: the
// rows the import inserted are deleted, the rows it changed or deleted are put back as they were before it. A job
// (imp28; 12,000 rows take seconds): it runs in the job worker with its progress, and 取消 (noticed before each row)
// rolls the transaction back. Refused, with nothing changed, naming the first row that stands in the way:
//   - a row the import wrote is no longer what the import left (edited, deleted, or written by a later import);
//   - a later record hangs on a row the import inserted (a contact, a placement, a roster row on an imported person
//     or record: any foreign key from a row outside the batch);
//   - a reviewed roster (not a draft) holds an attendance, allowance or enrolment row the import wrote;
//   - the row is dated in a locked month (the dates period-locks/guard.ts checks for that record), or an inserted
//     失业登记 or 认定 counts in a locked month from its date on (as their delete is refused).
// The batch's row records are dropped once undone (they hold the register's data); its line stays, marked 已撤销.
import type Database from 'better-sqlite3';
import { AppError, notFound, ruleViolation } from '../../../../shared/contract/result';
import { lockedMessage } from '../../../../shared/contract/period-locks';
import { importBatchKindLabels } from '../../../../shared/contract/import-batches';
import type { CoreContext, WriteResult } from '../../context';
import { prepared } from '../../db/prepared';
import type { JobControl } from '../../jobs/registry';
import { writeTicker } from './check-read';
import { currentRow, literal, quoted, recordedTables, rowAt, type TableShape } from './batch-tables';
import { describeRow, nounOf } from './batch-describe';

export interface BatchRow {
  seq: number;
  table_name: string;
  row_key: string;
  before_row: string | null;
  after_row: string | null;
}

interface BatchHead {
  kind: string;
  file_name: string;
  account_id: string | null;
  status: 'open' | 'undone' | 'expired';
}

/** The phases the undo's progress names. */
export const UNDO_PHASES = { check: '检查导入后的修改', revert: '撤销导入' } as const;

const NOTHING = '未撤销任何数据。';
const refuse = (why: string) => ruleViolation(`不能撤销本次导入：${why}。${NOTHING}`);

/** The dates of a record that a locked month freezes (period-locks/guard.ts), by table. */
const DATED: Readonly<Record<string, readonly string[]>> = {
  contacts: ['contact_date'],
  registrations: ['reg_date', 'cancel_date'],
  service_level_changes: ['change_date'],
  placements: ['start_date', 'leave_date', 'vacancy_report_date'],
  attendance_months: ['month'],
  internship_allowances: ['month'],
  recognitions: [
    'apply_date',
    'village_date',
    'township_date',
    'county_date',
    'recognition_date',
    'refuse_date',
    'exit_date',
  ],
  recognition_steps: ['step_date'],
};
/** Records that count in every month from their date on: an inserted one cannot go once a later month is locked. */
const COUNTS_SINCE: Readonly<Record<string, string>> = { registrations: 'reg_date', recognitions: 'apply_date' };

/** Roster rows hold these records by these columns; a roster past its draft may not lose or change them. */
const ROSTER_LINKS: Readonly<Record<string, string>> = {
  attendance_months: 'attendance_id',
  internship_allowances: 'allowance_id',
  training_enrolments: 'enrolment_id',
};

const keyOf = (r: BatchRow) => JSON.parse(r.row_key) as unknown[];

function loadBatch(ctx: CoreContext, id: string): BatchHead {
  const head = prepared(ctx.db, 'SELECT kind, file_name, account_id, status FROM import_batches WHERE id = ?').get(
    id,
  ) as BatchHead | undefined;
  if (!head) throw notFound('找不到该导入记录。');
  const account = ctx.caller.account;
  if (account && account.role !== 'admin' && head.account_id !== account.id)
    throw new AppError('FORBIDDEN', '只能撤销您自己的导入；其他人的导入请由管理员撤销。');
  if (head.status === 'undone') throw ruleViolation('这次导入已经撤销过了。');
  if (head.status === 'expired')
    throw ruleViolation('这次导入已不能撤销：只有最近的几次导入可以撤销。如需撤回，请管理员恢复导入前的备份。');
  return head;
}

/** The first row (in the order the import wrote them) that is no longer what the import left; per table in SQL. */
function assertUnchanged(db: Database.Database, batchId: string, tables: Map<string, TableShape>) {
  const names = prepared(db, 'SELECT DISTINCT table_name FROM import_batch_rows WHERE batch_id = ?')
    .pluck()
    .all(batchId) as string[];
  let first: { seq: number; table: string; before: string | null; after: string | null; now: string | null } | null =
    null;
  for (const name of names) {
    const t = tables.get(name);
    const now = t ? `(${rowAt(t, 'b.row_key')})` : 'NULL';
    const changed = db
      .prepare(
        `SELECT seq, before_row AS before, after_row AS after, now FROM (
           SELECT b.seq, b.before_row, b.after_row, ${now} AS now FROM import_batch_rows b
           WHERE b.batch_id = ? AND b.table_name = ${literal(name)})
         WHERE now IS NOT after_row ORDER BY seq LIMIT 1`,
      )
      .get(batchId) as { seq: number; before: string | null; after: string | null; now: string | null } | undefined;
    if (changed && (!first || changed.seq < first.seq)) first = { ...changed, table: name };
  }
  if (!first) return;
  if (first.now === null)
    throw refuse(`导入之后，${describeRow(db, first.table, first.before ?? first.after)}已被删除`);
  if (first.after === null) throw refuse(`导入之后，${describeRow(db, first.table, first.now)}又被重新录入`);
  throw refuse(`导入之后，${describeRow(db, first.table, first.now)}已被修改`);
}

/** A reviewed roster holding a row the import wrote. */
function assertNoReviewedRoster(db: Database.Database, batchId: string, tables: Map<string, TableShape>) {
  for (const [table, link] of Object.entries(ROSTER_LINKS)) {
    const held = prepared(
      db,
      `SELECT b.row_key FROM import_batch_rows b
       JOIN subsidy_batch_items i ON i.${link} = json_extract(b.row_key, '$[0]')
       JOIN subsidy_batches s ON s.id = i.batch_id AND s.status <> 'draft'
       WHERE b.batch_id = ? AND b.table_name = ${literal(table)} LIMIT 1`,
    )
      .pluck()
      .get(batchId) as string | undefined;
    if (!held) continue;
    const row = currentRow(db, tables.get(table) as TableShape, JSON.parse(held) as unknown[]);
    throw refuse(`${describeRow(db, table, row)}已列入审核后的补贴发放花名册`);
  }
}

/** A row outside the batch that references a row the import inserted (the undo would delete its parent). */
function assertNoLaterChildren(db: Database.Database, batchId: string, tables: Map<string, TableShape>) {
  const inserted = new Set(
    prepared(db, 'SELECT DISTINCT table_name FROM import_batch_rows WHERE batch_id = ? AND before_row IS NULL')
      .pluck()
      .all(batchId) as string[],
  );
  for (const child of tables.values()) {
    const fks = db.prepare(`PRAGMA main.foreign_key_list(${quoted(child.name)})`).all() as {
      id: number;
      table: string;
      from: string;
      to: string | null;
    }[];
    const byId = new Map<number, typeof fks>();
    for (const fk of fks) byId.set(fk.id, [...(byId.get(fk.id) ?? []), fk]);
    for (const cols of byId.values()) {
      const parent = tables.get(cols[0].table);
      if (!parent || !inserted.has(parent.name)) continue;
      const on = cols.map((c, i) => `p.${quoted(c.to ?? parent.key[i])} = c.${quoted(c.from)}`).join(' AND ');
      const pKey = `json_array(${parent.key.map((k) => `p.${quoted(k)}`).join(', ')})`;
      const cKey = `json_array(${child.key.map((k) => `c.${quoted(k)}`).join(', ')})`;
      const byKey = parent.key.map((k, i) => `p.${quoted(k)} = json_extract(b.row_key, '$[${i}]')`).join(' AND ');
      const found = db
        .prepare(
          `SELECT ${pKey} AS parent_key, ${cKey} AS child_key FROM import_batch_rows b
           JOIN main.${quoted(parent.name)} p ON ${byKey}
           JOIN main.${quoted(child.name)} c ON ${on}
           WHERE b.batch_id = @batch AND b.table_name = ${literal(parent.name)} AND b.before_row IS NULL
             AND NOT EXISTS (SELECT 1 FROM import_batch_rows o
                             WHERE o.batch_id = @batch AND o.table_name = ${literal(child.name)} AND o.row_key = ${cKey})
           LIMIT 1`,
        )
        .get({ batch: batchId }) as { parent_key: string; child_key: string } | undefined;
      if (!found) continue;
      const parentRow = currentRow(db, parent, JSON.parse(found.parent_key) as unknown[]);
      const childRow = currentRow(db, child, JSON.parse(found.child_key) as unknown[]);
      throw refuse(
        `导入之后，本次导入的${describeRow(db, parent.name, parentRow)}又有了${describeRow(db, child.name, childRow)}`,
      );
    }
  }
}

/** A row dated in a locked month (its dates before and after the import), or an inserted record counted since. */
function assertMonthsOpen(db: Database.Database, rows: readonly BatchRow[], tables: Map<string, TableShape>) {
  const months = prepared(db, 'SELECT month FROM period_locks ORDER BY month').pluck().all() as string[];
  if (!months.length) return;
  const locked = new Set(months);
  const firstLockSince = (date: string) => months.find((m) => m >= date.slice(0, 7));
  for (const r of rows) {
    const columns = DATED[r.table_name];
    if (!columns) continue;
    const now = currentRow(db, tables.get(r.table_name) as TableShape, keyOf(r));
    const states = [r.before_row, now].filter((s): s is string => s !== null).map((s) => JSON.parse(s));
    for (const state of states)
      for (const c of columns) {
        const date = state[c];
        if (typeof date !== 'string' || !locked.has(date.slice(0, 7))) continue;
        throw refuse(
          `${describeRow(db, r.table_name, now ?? r.before_row)}：${lockedMessage(date.slice(0, 7), nounOf(r.table_name))}`,
        );
      }
    const since = COUNTS_SINCE[r.table_name];
    const date = r.before_row === null && now ? (JSON.parse(now)[since] as unknown) : null;
    const month = typeof date === 'string' ? firstLockSince(date) : undefined;
    if (month) throw refuse(`${describeRow(db, r.table_name, now)}：${lockedMessage(month, nounOf(r.table_name))}`);
  }
}

/**
 * Puts every row back, the last written first (children before their parents). Foreign keys are checked at the
 * commit (defer_foreign_keys, reset by it): a row the import changed may point at one it inserted until both are back.
 */
function revert(
  db: Database.Database,
  rows: readonly BatchRow[],
  tables: Map<string, TableShape>,
  tick: (done: number) => void,
) {
  db.pragma('defer_foreign_keys = ON');
  let done = 0;
  for (const r of [...rows].reverse()) {
    tick(done++);
    const t = tables.get(r.table_name) as TableShape;
    const where = t.key.map((c, i) => `${quoted(c)} = @k${i}`).join(' AND ');
    const keys = Object.fromEntries(keyOf(r).map((v, i) => [`k${i}`, v]));
    const value = (c: string) => `json_extract(@row, ${literal(`$."${c}"`)})`;
    try {
      if (r.before_row === null) {
        prepared(db, `DELETE FROM main.${quoted(t.name)} WHERE ${where}`).run(keys);
      } else if (r.after_row !== null) {
        const set = t.columns.map((c) => `${quoted(c)} = ${value(c)}`).join(', ');
        prepared(db, `UPDATE main.${quoted(t.name)} SET ${set} WHERE ${where}`).run({ ...keys, row: r.before_row });
      } else {
        const cols = t.columns.map(quoted).join(', ');
        const values = t.columns.map(value).join(', ');
        prepared(db, `INSERT INTO main.${quoted(t.name)} (${cols}) VALUES (${values})`).run({ row: r.before_row });
      }
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? String(err.code) : '';
      if (!code.startsWith('SQLITE_CONSTRAINT')) throw err;
      const why = code === 'SQLITE_CONSTRAINT_TRIGGER' ? (err as Error).message : '还有其他记录与它相关';
      throw refuse(`${describeRow(db, t.name, r.before_row ?? currentRow(db, t, keyOf(r)))}：${why}`);
    }
  }
}

/**
 * Undoes one import batch inside the caller's transaction (the job's commit); answers how many rows were put back or
 * removed, with the audit summary.
 */
export function undoImportBatch(
  ctx: CoreContext,
  id: string,
  job: JobControl,
): WriteResult<{ id: string; reverted: number }> {
  const { db } = ctx;
  const head = loadBatch(ctx, id);
  job.progress(0, 0, UNDO_PHASES.check);
  const rows = prepared(
    db,
    'SELECT seq, table_name, row_key, before_row, after_row FROM import_batch_rows WHERE batch_id = ? ORDER BY seq',
  ).all(id) as BatchRow[];
  const tables = recordedTables(db);
  assertUnchanged(db, id, tables);
  assertNoReviewedRoster(db, id, tables);
  assertNoLaterChildren(db, id, tables);
  assertMonthsOpen(db, rows, tables);
  revert(db, rows, tables, writeTicker(job, rows.length, UNDO_PHASES.revert));
  job.progress(rows.length, rows.length, UNDO_PHASES.revert);
  prepared(db, 'DELETE FROM import_batch_rows WHERE batch_id = ?').run(id);
  prepared(db, "UPDATE import_batches SET status = 'undone', undone_by = ?, undone_at = ? WHERE id = ?").run(
    ctx.operator(),
    ctx.now(),
    id,
  );
  return {
    data: { id, reverted: rows.length },
    entityId: id,
    summary: `撤销导入${importBatchKindLabels[head.kind] ?? ''}（文件“${head.file_name}”）：删除或恢复 ${rows.length} 条记录`,
  };
}
