// imports.<kind>.commit for the roster kinds: the rows that passed the dry run, through the same committer, in
// the channel's ONE transaction with one audit row. Records may have changed since the check: any row the rules
// now refuse undoes everything, with the row and the rule's message. A cancel before the transaction leaves the
// database exactly as it was; so does a cancel during it (noticed before each row, audit8 gap 1). A 导入前 copy of
// the register is taken just before the transaction (backups/before-import).
import type { RosterImportResult, rosterImportCommitInput } from '../../../../shared/contract/roster-imports';
import { AppError, ruleViolation } from '../../../../shared/contract/result';
import type { z } from 'zod';
import type { CoreContext } from '../../context';
import type { Commit } from '../../handlers';
import type { JobControl } from '../../jobs/registry';
import { RowErrorCollector } from '../../excel/import/errors';
import { loadPlaces } from './places';
import type { RosterKind, RosterRow, RowEnv } from './roster-kind';
import { applyRows } from './roster-run';
import { writeTicker } from './check-read';
import { commitRecorded } from './batch-record';
import { assertCommittable, getCheckedRoster, type CheckedRoster } from './store';

type Input = z.output<typeof rosterImportCommitInput>;

export async function commitRoster<R extends RosterRow, S>(
  kind: RosterKind<R, S>,
  input: Input,
  ctx: CoreContext,
  job: JobControl,
  commit: Commit,
): Promise<RosterImportResult> {
  job.checkCancelled();
  const entry = getCheckedRoster(ctx, input.token, kind.id);
  assertCommittable(entry, input.skipInvalidRows);
  const { result } = entry;
  const rows = entry.accepted as R[];
  recheckScope(kind, entry, rows, ctx);
  if (!rows.length) throw ruleViolation(`文件中没有可以导入的${kind.recordNoun}：所有行都有错误。`);
  await job.breathe();
  job.checkCancelled();
  const skipped = result.total - rows.length;
  const data = commitRecorded(ctx, job, commit, { kind: kind.id, fileName: entry.fileName }, ({ backup, batchId }) => {
    const run = applyRows(
      ctx,
      kind,
      rows,
      (row, err) => {
        throw new AppError(
          err.code,
          `第 ${row.row} 行：${err.message.replace(/。$/, '')}。未导入任何数据，请重新检查文件。`,
          err.fields,
          {
            ...err.details,
            row: row.row,
          },
        );
      },
      writeTicker(job, rows.length),
    );
    job.progress(rows.length, rows.length, '写入数据库');
    const counts = {
      created: run.accepted.length,
      skipped,
      persons: run.persons.length,
      employers: run.employers.length,
      posts: run.posts.length,
      backup,
      batchId,
    };
    const extra = [
      counts.persons ? `新增人员 ${counts.persons} 人` : '',
      counts.employers ? `新增用人单位 ${counts.employers} 个` : '',
      counts.posts ? `新增岗位 ${counts.posts} 个` : '',
    ].filter(Boolean);
    return {
      data: counts,
      entityId: null,
      summary: `导入${kind.noun}：${kind.recordNoun} ${counts.created} 条${extra.length ? `，${extra.join('，')}` : ''}，跳过 ${skipped} 行（文件“${entry.fileName}”）`,
    };
  });
  entry.committed = true;
  return data;
}

/**
 * A township clerk's commit reads its rows again under the clerk's townships (issue 19), before anything is written:
 * the check may have run for another account (the token is the only link), or the account's townships changed since.
 * A row the clerk may not import (a person or place of another 乡镇) refuses the whole commit with its row and column.
 */
function recheckScope<R extends RosterRow, S>(
  kind: RosterKind<R, S>,
  entry: CheckedRoster,
  rows: readonly R[],
  ctx: CoreContext,
): void {
  if (ctx.scope.county || !entry.source) return;
  const places = loadPlaces(ctx.db, ctx.scope);
  const { columns } = entry.source.map;
  const { defaults } = entry.source.mapping;
  kind.checkDefaults(defaults, places);
  const errors = new RowErrorCollector(1);
  const env: RowEnv = { ctx, today: entry.today, places, columns, defaults, errors };
  for (const row of rows) {
    kind.readRow(row.source, env);
    const [e] = errors.errors;
    if (e)
      throw ruleViolation(
        `第 ${e.row} 行（${e.column}列 ${e.field}）：${e.message.replace(/。$/, '')}。未导入任何数据，请重新检查文件。`,
      );
  }
}
