// Files written for the clerk to save: <dataDir>/exports/<fileId>.xlsx with <fileId>.json holding the name to
// save under. files.take reads a file once and deletes it; anything left older than a day (a download the
// clerk never took, a crash mid-write) is removed when the next file is written. Callers only ever pass a
// UUID-shaped id: a path never reaches the file system.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_ID_PATTERN, type TakenFile, type WrittenFile } from '../../../../shared/contract/files';
import { notFound, ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { newId } from '../../ids';
import { systemMillis } from '../../clock';

export const EXPORTS_FOLDER = 'exports';
export const MAX_AGE_MS = 24 * 60 * 60 * 1000;
export const FILE_GONE = '文件不存在或已被取走，请重新导出。';

export function exportsDir(ctx: Pick<CoreContext, 'dataDir'>): string {
  const dir = join(ctx.dataDir, EXPORTS_FOLDER);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Removes every file in exports/ last modified more than maxAgeMs ago. Never throws. */
export function purgeOldExports(
  ctx: Pick<CoreContext, 'dataDir'>,
  now = systemMillis(),
  maxAgeMs = MAX_AGE_MS,
): number {
  const dir = exportsDir(ctx);
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > maxAgeMs) {
        rmSync(path, { force: true, recursive: true });
        removed++;
      }
    } catch {
      // a file taken meanwhile, or locked by another program: try again next time
    }
  }
  return removed;
}

/**
 * At start: removes every export a killed process left half-written ('.partial', possibly holding full ID numbers)
 * and every finished file older than the age limit (issue 20). Never throws.
 */
export function purgeAtStart(ctx: Pick<CoreContext, 'dataDir'>, now = systemMillis()): number {
  let removed = purgeOldExports(ctx, now);
  const dir = exportsDir(ctx);
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue;
    try {
      rmSync(join(dir, name), { force: true });
      removed++;
    } catch {
      // locked by another program: the next start tries again
    }
  }
  return removed;
}

export interface PendingFile {
  fileId: string;
  /** Where the writer puts the workbook. */
  filePath: string;
}

/** A fresh id and path in exports/, after clearing out old files. */
export function reserveFile(ctx: Pick<CoreContext, 'dataDir'>): PendingFile {
  purgeOldExports(ctx);
  const fileId = newId();
  return { fileId, filePath: join(exportsDir(ctx), `${fileId}.xlsx`) };
}

/** Records the name to save under once the workbook is complete. */
export function publishFile(ctx: Pick<CoreContext, 'dataDir'>, pending: PendingFile, fileName: string): WrittenFile {
  writeFileSync(join(exportsDir(ctx), `${pending.fileId}.json`), JSON.stringify({ fileName }));
  return { fileId: pending.fileId, fileName };
}

/** Deletes a written file (an export whose audit row could not be committed). */
export function discardFile(ctx: Pick<CoreContext, 'dataDir'>, fileId: string): void {
  if (!FILE_ID_PATTERN.test(fileId)) return;
  const dir = exportsDir(ctx);
  for (const ext of ['.xlsx', '.json', '.xlsx.partial']) rmSync(join(dir, fileId + ext), { force: true });
}

/** files.take: the bytes and the name of a written file, which is then deleted. */
export function takeFile(ctx: Pick<CoreContext, 'dataDir'>, fileId: string): TakenFile {
  if (!FILE_ID_PATTERN.test(fileId)) throw ruleViolation('文件编号不正确');
  const dir = exportsDir(ctx);
  const xlsx = join(dir, `${fileId}.xlsx`);
  const meta = join(dir, `${fileId}.json`);
  if (!existsSync(xlsx) || !existsSync(meta)) throw notFound(FILE_GONE);
  let fileName = `${fileId}.xlsx`;
  try {
    const parsed = JSON.parse(readFileSync(meta, 'utf8')) as { fileName?: unknown };
    if (typeof parsed.fileName === 'string' && parsed.fileName) fileName = parsed.fileName;
  } catch {
    // keep the id as the name
  }
  const contentBase64 = readFileSync(xlsx).toString('base64');
  discardFile(ctx, fileId);
  return { fileName, contentBase64 };
}
