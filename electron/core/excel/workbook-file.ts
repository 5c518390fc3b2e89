// Writes a streaming workbook to a file safely: the data goes to '<file>.partial' and is renamed to
// the chosen name only when complete, so a cancelled or failed export never leaves a half file
// behind (the partial file is deleted) and never destroys an older file of the same name.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type ExcelJS from 'exceljs';
import { excel } from './exceljs';
import { AppError, ruleViolation } from '../../../shared/contract/result';

export type StreamingWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;

interface ZipHandle {
  on(event: 'error', fn: (e: Error) => void): void;
  abort(): void;
}
const zipOf = (wb: StreamingWorkbook) => (wb as unknown as { zip?: ZipHandle }).zip;

/** fs errors → a Chinese message for the clerk; anything else passes through. */
function fileError(e: unknown): unknown {
  if (e instanceof AppError) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EBUSY' || code === 'EPERM')
    return ruleViolation('目标文件正被其他程序（如 Excel、WPS）打开或没有写入权限，请关闭该文件或另选位置后重试。');
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EROFS')
    return ruleViolation('无法保存到所选位置（文件夹不存在或没有写入权限），请另选位置。');
  if (code === 'ENOSPC') return ruleViolation('磁盘空间不足，文件未能保存。');
  return e;
}

async function closed(out: WriteStream): Promise<void> {
  if (out.closed) return;
  try {
    await once(out, 'close');
  } catch {
    // an error event also ends the stream
  }
}

/**
 * Creates a streaming workbook (styles on, inline strings: constant memory), lets `build` fill and
 * commit its worksheets, then commits the workbook and moves it into place. `build` may call
 * checkStream() now and then to stop early when the disk write has failed.
 */
export async function writeWorkbookFile<T>(
  filePath: string,
  build: (wb: StreamingWorkbook, checkStream: () => void) => Promise<T>,
): Promise<T> {
  const partial = `${filePath}.partial`;
  const out = createWriteStream(partial);
  let failure: Error | null = null;
  const failed = new Promise<never>((_, reject) =>
    out.once('error', (e) => {
      failure = e;
      reject(e);
    }),
  );
  failed.catch(() => undefined);
  let wb: StreamingWorkbook | null = null;
  try {
    await Promise.race([once(out, 'open'), failed]);
    wb = new (excel().stream.xlsx.WorkbookWriter)({ stream: out, useStyles: true, useSharedStrings: false });
    zipOf(wb)?.on('error', (e) => {
      failure ??= e;
    });
    const checkStream = () => {
      if (failure) throw failure;
    };
    const result = await build(wb, checkStream);
    checkStream();
    await Promise.race([wb.commit(), failed]);
    await closed(out);
    await rename(partial, filePath);
    return result;
  } catch (e) {
    if (wb) zipOf(wb)?.abort();
    out.destroy();
    await closed(out);
    await rm(partial, { force: true });
    throw fileError(e);
  }
}
