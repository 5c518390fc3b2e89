// imports.<kind>.check for the roster kinds (roster-kind.ts): read the file, map its columns (saved mapping and the
// clerk's choices), run the row validator on every row, mark repeated IDs, then rehearse the committer on the valid
// rows (rolled back) so every refusal of the module's rules is reported by row and column. Writes nothing; keeps
// the accepted rows under a token for the commit.
import type { ImportFileInput } from '../../../../shared/contract/imports';
import type { RosterImportCheck } from '../../../../shared/contract/roster-imports';
import { systemMillis } from '../../clock';
import type { CoreContext } from '../../context';
import { RowErrorCollector } from '../../excel/import/errors';
import type { JobControl } from '../../jobs/registry';
import { differingColumns, markDuplicates } from './duplicates';
import { checkCounts, openImportFile, readDataRows, warningFields } from './check-read';
import { NO_DIVISIONS } from './person-check';
import { previewOf } from './person-preview';
import { labelOf, type RosterKind, type RosterRow, type RowEnv } from './roster-kind';
import { rehearse } from './roster-run';
import { ReadingCollector } from './readings';
import { keepChecked } from './store';

export async function checkRoster<R extends RosterRow, S>(
  kind: RosterKind<R, S>,
  input: ImportFileInput,
  ctx: CoreContext,
  job: JobControl,
): Promise<RosterImportCheck> {
  const { places, table, defaults } = await openImportFile(input, ctx, job, {
    specs: kind.specs,
    mappings: kind.mappings,
    noun: kind.noun,
    noDivisions: NO_DIVISIONS.replace('再导入人员', '再导入名册'),
    checkDefaults: (d, p) => kind.checkDefaults(d, p),
  });
  const columns = table.map.columns;
  const errors = new RowErrorCollector(50_000);
  const readings = new ReadingCollector(columns, (key) => labelOf(kind, key));
  const env: RowEnv = { ctx, today: ctx.today(), places, columns, defaults, errors, notes: [], readings };
  const total = table.dataRows.length;
  const { reads, ids } = await readDataRows(table, job, (mapped) => kind.readRow(mapped, env));
  const duplicates = kind.uniqueIds
    ? markDuplicates(
        ids,
        errors,
        columns.idNumber,
        labelOf(kind, 'idNumber'),
        differingColumns(table, (key) => labelOf(kind, key)),
      )
    : new Set<number>();
  const valid = reads.filter((r) => !duplicates.has(r.row));
  kind.plan?.(valid);
  job.progress(total, total, '按业务规则检查');
  job.checkCancelled();
  const run = rehearse(ctx, kind, valid, errors, columns);
  const all = errors.errors;
  const acceptedRows = new Set(run.accepted.map((r) => r.row));
  for (const r of run.readings) readings.note(r.row, r.key, r.written, r.readAs);
  const warnings = (env.notes ?? []).filter((n) => acceptedRows.has(n.row));
  const result: RosterImportCheck = {
    ...checkCounts(input.fileName, total, errors),
    kind: kind.id,
    ignoredColumns: table.map.unmapped,
    readings: readings.list((row) => acceptedRows.has(row)),
    acceptedCount: run.accepted.length,
    newPersons: run.persons,
    newEmployers: run.employers,
    newPosts: run.posts,
    ...warningFields(warnings),
    ...previewOf(table, kind.specs),
  };
  job.checkCancelled();
  keepChecked(ctx, {
    kind: kind.id,
    token: result.token,
    fileName: input.fileName,
    checkedAt: systemMillis(),
    today: env.today,
    errors: all,
    accepted: run.accepted,
    result,
    source: table,
    textKeys: kind.textKeys,
  });
  return result;
}
