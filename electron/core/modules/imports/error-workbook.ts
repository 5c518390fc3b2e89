// imports.persons.errorWorkbook: every error of a checked file as a workbook (行号, 列, 字段, 原值, 问题),
// written with the engine's writeErrorWorkbook into exports/ for files.take.
import type { WrittenFile } from '../../../../shared/contract/files';
import { ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { writeErrorWorkbook } from '../../excel/import/errors';
import type { JobControl } from '../../jobs/registry';
import { discardFile, publishFile, reserveFile } from '../files/store';
import { getChecked } from './store';

/** 人员名册.xlsx → 人员名册_错误清单.xlsx */
export const errorFileName = (fileName: string) => `${fileName.replace(/\.(xlsx|csv)$/i, '') || '导入文件'}_错误清单.xlsx`;

export async function writeImportErrors(input: { token: string }, ctx: CoreContext, job: JobControl): Promise<WrittenFile> {
  const entry = getChecked(ctx, input.token);
  if (!entry.errors.length) throw ruleViolation('该文件没有错误，无需下载错误清单。');
  job.progress(0, entry.errors.length, '写入错误清单');
  const pending = reserveFile(ctx);
  try {
    await writeErrorWorkbook(entry.errors, pending.filePath);
    job.checkCancelled();
    return publishFile(ctx, pending, errorFileName(entry.fileName));
  } catch (err) {
    discardFile(ctx, pending.fileId);
    throw err;
  }
}
