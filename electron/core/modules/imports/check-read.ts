// The reading half of an import's check, the same for the person roster and every roster kind: the places the
// clerk may name, the file's table under its mapping with the defaults checked once, then every data row read
// with the job's progress, the 公民身份号码 of each collected for the duplicate check.
import { MAX_ERRORS_SHOWN, type ImportFileInput, type ImportRowError } from '../../../../shared/contract/imports';
import { ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import type { RowErrorCollector } from '../../excel/import/errors';
import type { HeaderSpec } from '../../excel/import/headers';
import { mappedRow, readImportTable, type ImportTable, type MappedRow } from '../../excel/import/rows';
import type { MappingChoice } from '../../excel/import/mapping';
import { pace } from '../../excel/import/pace';
import { prepared } from '../../db/prepared';
import { newId } from '../../ids';
import type { JobControl } from '../../jobs/registry';
import type { RowId } from './duplicates';
import { mappingChoice, type MappingScope } from './mappings';
import { loadPlaces, type Places } from './places';

/** A loop over rows in time slices: between slices, progress, a turn of the event loop, and 取消 noticed. */
export function rowTicker(job: JobControl) {
  const slice = pace(() => job.breathe());
  return async (i: number, total: number, phase: string) => {
    if (!slice.due()) return;
    job.progress(i, total, phase);
    await slice.rest();
    job.checkCancelled();
  };
}

/**
 * Inside a commit's one transaction (no turn of the event loop there): before each row, 取消 is noticed (the job
 * worker sees it at once; the throw rolls the whole transaction back) and, every WRITE_TICK_MS, the rows written.
 */
export function writeTicker(job: JobControl, total: number, phase = '写入数据库') {
  let last = -Infinity;
  return (i: number) => {
    job.checkCancelled();
    const now = performance.now();
    if (now - last < WRITE_TICK_MS) return;
    last = now;
    job.progress(i, total, phase);
  };
}
const WRITE_TICK_MS = 100;

export interface ImportFileKind {
  specs: HeaderSpec[];
  /** Where the kind's saved mappings are kept; default the person roster's. */
  mappings?: MappingScope;
  /** What the file is called in messages about its sheet and header. */
  noun?: string;
  /** The refusal when the county has no 乡镇 and 村 yet. */
  noDivisions: string;
  checkDefaults(defaults: Readonly<Record<string, string>>, places: Places): void;
}

/**
 * audit8 gap 7: a 乡镇经办 of one 乡镇 may import only that 乡镇's rows, so a roster without a 乡镇 column (or with a
 * blank cell) is read as theirs — a default the check lists with the others (按默认值导入). A default the clerk
 * set, or several 乡镇 on the account, leave the choice as it is.
 */
function withClerkTownship(ctx: CoreContext, choice: MappingChoice, specs: HeaderSpec[]): MappingChoice {
  const { scope } = ctx;
  if (scope.county || scope.townshipIds.length !== 1 || choice.defaults?.township) return choice;
  if (!specs.some((s) => s.key === 'township')) return choice;
  const name = prepared(ctx.db, 'SELECT name FROM regions WHERE id = ?').pluck().get(scope.townshipIds[0]) as
    string | undefined;
  return name ? { ...choice, defaults: { ...choice.defaults, township: name } } : choice;
}

/** Reads the file under its mapping; refuses without divisions or with a default that is not a valid value. */
export async function openImportFile(
  input: ImportFileInput,
  ctx: CoreContext,
  job: JobControl,
  kind: ImportFileKind,
): Promise<{ places: Places; table: ImportTable; defaults: Readonly<Record<string, string>> }> {
  job.progress(0, 0, '读取文件');
  job.checkCancelled();
  const places = loadPlaces(ctx.db, ctx.scope);
  if (!places.any) throw ruleViolation(kind.noDivisions);
  const choice = withClerkTownship(ctx, mappingChoice(ctx.db, input, kind.mappings), kind.specs);
  const table = await readImportTable(
    input.fileName,
    Buffer.from(input.contentBase64, 'base64'),
    kind.specs,
    choice,
    kind.noun,
    () => job.breathe(),
    // audit8 gap 9: rows read of the sheet's declared rows, instead of 0 % until the whole file is read.
    (read, total) => job.progress(read, total, '读取文件'),
  );
  const { defaults } = table.mapping;
  kind.checkDefaults(defaults, places);
  job.checkCancelled();
  return { places, table, defaults };
}

/** What every check answers first: a new token for the commit, the file, the row counts and the first errors. */
export function checkCounts(fileName: string, total: number, errors: RowErrorCollector) {
  return {
    token: newId(),
    fileName,
    total,
    valid: total - errors.rowCount,
    errorRows: errors.rowCount,
    errorCount: errors.count,
    errors: errors.errors.slice(0, MAX_ERRORS_SHOWN),
  };
}

/** Every data row through `read`: the rows read well, and each row's 公民身份号码 as written. */
export async function readDataRows<R>(
  table: ImportTable,
  job: JobControl,
  read: (mapped: MappedRow) => { idNumber?: string | null; read?: R | null },
): Promise<{ reads: R[]; ids: RowId[] }> {
  const total = table.dataRows.length;
  const reads: R[] = [];
  const ids: RowId[] = [];
  const tick = rowTicker(job);
  for (let i = 0; i < total; i++) {
    await tick(i, total, '检查数据');
    const mapped = mappedRow(table, i);
    const outcome = read(mapped);
    if (outcome.idNumber)
      ids.push({ row: mapped.row, idNumber: outcome.idNumber, raw: String(mapped.cells.idNumber ?? '') });
    if (outcome.read) reads.push(outcome.read);
  }
  return { reads, ids };
}

/** A check's 提醒 as the preview gets them: the first notes, how many notes, and on how many rows. */
export function warningFields(warnings: readonly ImportRowError[]) {
  return {
    warnings: warnings.slice(0, MAX_ERRORS_SHOWN),
    warningCount: warnings.length,
    warningRows: new Set(warnings.map((w) => w.row)).size,
  };
}
