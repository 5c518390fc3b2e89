// imports.persons.errorWorkbook and imports.rosters.errorWorkbook (any kind's token): the rows with errors as read (bad cells highlighted, a 错误说明 column added),
// to correct and import again, and every error as a list (行号, 列, 字段, 原值, 问题); written with the engine's
// writeErrorWorkbook into exports/ for files.take (files/export-step.ts writtenFile).
import type { WrittenFile } from '../../../../shared/contract/files';
import { ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { writeErrorWorkbook } from '../../excel/import/errors';
import type { OriginalRows } from '../../excel/import/error-rows';
import type { JobControl } from '../../jobs/registry';
import { writtenFile } from '../files/export-step';
import { getCheckedFile } from './store';
import { TEXT_COLUMNS } from './person-columns';

/** 人员名册.xlsx → 人员名册_错误清单.xlsx */
export const errorFileName = (fileName: string) =>
  `${fileName.replace(/\.(xlsx|xls|csv)$/i, '') || '导入文件'}_错误清单.xlsx`;

/** The checked sheet, for the annotated copy of the rows with errors. */
function originalRows(entry: ReturnType<typeof getCheckedFile>): OriginalRows | undefined {
  const source = entry.source;
  if (!source) return undefined;
  const textKeys: ReadonlySet<string> = entry.textKeys ?? TEXT_COLUMNS;
  const textColumns = Object.entries(source.map.columns)
    .filter(([key]) => textKeys.has(key))
    .map(([, c]) => c);
  return { table: source.table, headerRow: source.map.headerRow, firstDataRow: source.map.firstDataRow, textColumns };
}

export async function writeImportErrors(
  input: { token: string },
  ctx: CoreContext,
  job: JobControl,
): Promise<WrittenFile> {
  const entry = getCheckedFile(ctx, input.token);
  if (!entry.errors.length) throw ruleViolation('该文件没有错误，无需下载错误清单。');
  job.progress(0, entry.errors.length, '写入错误清单');
  return writtenFile(ctx, {
    write: async (filePath) => {
      await writeErrorWorkbook(entry.errors, filePath, originalRows(entry));
      job.checkCancelled();
    },
    // The error list repeats the clerk's rows, ID numbers in full as typed: removed soon like any full-ID file.
    publish: () => ({
      fileName: errorFileName(entry.fileName),
      about: { subject: `导入错误清单（${entry.fileName}，${entry.errors.length} 处错误）`, ids: 'full' },
    }),
  });
}
