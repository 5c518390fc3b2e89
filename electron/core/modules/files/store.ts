// Files written for the clerk to save: <dataDir>/exports/<fileId>.xlsx with <fileId>.json holding the name to
// save under, what the file holds, whether it carries ID numbers in full and the account that had it written.
// files.take reads a file once, deletes it and is audited (issue 20); only the account that had it written may take
// it: another account is answered as for a file that is not there (audit4 gap 7). Lifetimes: a file holding full ID
// numbers (or of unknown content: no .json, a crash between the writer's rename and publishFile) is removed
// FULL_ID_MAX_AGE_MS after it was written, and at every start; other files after MAX_AGE_MS. A half-written
// '.partial' goes at start. Callers only ever pass a UUID-shaped id: a path never reaches the file system.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_ID_PATTERN, type TakenFile, type WrittenFile } from '../../../../shared/contract/files';
import { notFound, ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext, WriteResult } from '../../context';
import { newId } from '../../ids';
import { systemMillis } from '../../clock';
import { callerId, instantMs } from '../accounts/caller';

const EXPORTS_FOLDER = 'exports';
/** Files without full ID numbers (masked reports, templates): a download the clerk never took goes after a day. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
/**
 * Files with full ID numbers: ten minutes. The screens take a file the moment its job finishes (a save dialog or a
 * download follows), so only a file nobody will take lives that long.
 */
export const FULL_ID_MAX_AGE_MS = 10 * 60 * 1000;
/** How often the running core looks for expired files (core.ts). */
export const SWEEP_EVERY_MS = 60 * 1000;
export const FILE_GONE = '文件不存在或已被取走，请重新导出。';

/** Whether a file holds ID numbers in full, masked, or none at all (a blank template). */
type IdNumbers = 'full' | 'masked' | 'none';

/** What a written file holds, for the audit row of its download. */
export interface FileAbout {
  /** e.g. RPT-01 就业困难人员实名制台账 2026-11 城关镇 */
  subject: string;
  ids: IdNumbers;
}

interface FileMeta extends Partial<FileAbout> {
  fileName?: string;
  /** Core clock (ctx.now) in ms when the file was published. */
  writtenAt?: number;
  /** The id of the account whose call wrote the file (null: nobody signed in); only it may take the file. */
  owner?: string | null;
}

const ID_WORDS: Record<IdNumbers, string> = { full: '完整号码', masked: '隐藏号码', none: '' };

/** （完整号码） / （隐藏号码） / nothing: the masking level in an audit summary. */
const idNumbersText = (ids: IdNumbers) => (ID_WORDS[ids] ? `（${ID_WORDS[ids]}）` : '');

export function exportsDir(ctx: Pick<CoreContext, 'dataDir'>): string {
  const dir = join(ctx.dataDir, EXPORTS_FOLDER);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function readMeta(path: string): FileMeta | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as FileMeta) : null;
  } catch {
    return null;
  }
}

/** Removes a file and its companions. Never throws. */
function removeQuietly(dir: string, fileId: string): boolean {
  try {
    for (const ext of ['.xlsx', '.json', '.xlsx.partial']) rmSync(join(dir, fileId + ext), { force: true });
    return true;
  } catch {
    return false; // locked by another program: try again next time
  }
}

/** The file ids in exports/ whose .xlsx holds full ID numbers, or whose content is unknown (no readable .json). */
function fullIdFiles(dir: string): { fileId: string; writtenAt: number | null }[] {
  const out: { fileId: string; writtenAt: number | null }[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.xlsx')) continue;
    const fileId = name.slice(0, -'.xlsx'.length);
    const meta = readMeta(join(dir, `${fileId}.json`));
    if (meta && meta.ids !== 'full') continue;
    out.push({ fileId, writtenAt: typeof meta?.writtenAt === 'number' ? meta.writtenAt : null });
  }
  return out;
}

/**
 * Removes expired files: every file last modified more than maxAgeMs ago, and every full-ID file written more than
 * FULL_ID_MAX_AGE_MS ago by the core clock (by its modification time when its .json is missing). Never throws.
 */
export function purgeOldExports(
  ctx: Pick<CoreContext, 'dataDir' | 'now'>,
  now = systemMillis(),
  maxAgeMs = MAX_AGE_MS,
): number {
  const dir = exportsDir(ctx);
  let removed = 0;
  const clock = instantMs(ctx);
  for (const f of fullIdFiles(dir)) {
    try {
      const age = f.writtenAt === null ? now - statSync(join(dir, `${f.fileId}.xlsx`)).mtimeMs : clock - f.writtenAt;
      if (age > FULL_ID_MAX_AGE_MS && removeQuietly(dir, f.fileId)) removed++;
    } catch {
      // a file taken meanwhile: the next sweep looks again
    }
  }
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
 * At start: removes every export a killed process left half-written ('.partial', possibly holding full ID numbers),
 * every file with full ID numbers whatever its age (no screen that could take it survived the restart) and every
 * other file older than the age limit (issue 20). Masked files younger than a day stay. Never throws.
 */
export function purgeAtStart(ctx: Pick<CoreContext, 'dataDir' | 'now'>, now = systemMillis()): number {
  let removed = purgeOldExports(ctx, now);
  const dir = exportsDir(ctx);
  for (const f of fullIdFiles(dir)) if (removeQuietly(dir, f.fileId)) removed++;
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

/** A fresh id and path in exports/, after clearing out expired files. */
export function reserveFile(ctx: Pick<CoreContext, 'dataDir' | 'now'>): PendingFile {
  purgeOldExports(ctx);
  const fileId = newId();
  return { fileId, filePath: join(exportsDir(ctx), `${fileId}.xlsx`) };
}

/** Records the name to save under, and what the file holds, once the workbook is complete. */
export function publishFile(
  ctx: Pick<CoreContext, 'dataDir' | 'now' | 'caller'>,
  pending: PendingFile,
  fileName: string,
  about: FileAbout,
): WrittenFile {
  const meta: FileMeta = { fileName, ...about, writtenAt: instantMs(ctx), owner: callerId(ctx) };
  writeFileSync(join(exportsDir(ctx), `${pending.fileId}.json`), JSON.stringify(meta));
  return { fileId: pending.fileId, fileName };
}

/** Deletes a written file (an export whose audit row could not be committed). */
export function discardFile(ctx: Pick<CoreContext, 'dataDir'>, fileId: string): void {
  if (!FILE_ID_PATTERN.test(fileId)) return;
  const dir = exportsDir(ctx);
  for (const ext of ['.xlsx', '.json', '.xlsx.partial']) rmSync(join(dir, fileId + ext), { force: true });
}

/**
 * Runs `step` on a reserved file (writing it, or publishing it with its audit row); when it fails, the file is
 * deleted and the error thrown on.
 */
export async function orDiscard<T>(
  ctx: Pick<CoreContext, 'dataDir'>,
  pending: PendingFile,
  step: () => T | Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (err) {
    discardFile(ctx, pending.fileId);
    throw err;
  }
}

/**
 * files.take: the bytes and the name of a written file, which is then deleted; the audit row names the file, what
 * it holds and its masking level (issue 20). Expired files are swept first, so an old full-ID file is never handed
 * over. Runs inside dispatch's write transaction, which holds the write lock from its start.
 */
export function takeFile(ctx: Pick<CoreContext, 'dataDir' | 'now' | 'caller'>, fileId: string): WriteResult<TakenFile> {
  if (!FILE_ID_PATTERN.test(fileId)) throw ruleViolation('文件编号不正确');
  purgeOldExports(ctx);
  const dir = exportsDir(ctx);
  const xlsx = join(dir, `${fileId}.xlsx`);
  const metaPath = join(dir, `${fileId}.json`);
  if (!existsSync(xlsx) || !existsSync(metaPath)) throw notFound(FILE_GONE);
  const meta = readMeta(metaPath);
  // Another account's file (or one of unknown owner) is left where it is and answered as a file that is not there.
  if (meta?.owner !== callerId(ctx)) throw notFound(FILE_GONE);
  const fileName = typeof meta?.fileName === 'string' && meta.fileName ? meta.fileName : `${fileId}.xlsx`;
  const subject = typeof meta?.subject === 'string' ? meta.subject : '';
  const ids: IdNumbers = meta?.ids === 'masked' || meta?.ids === 'none' ? meta.ids : 'full';
  const contentBase64 = readFileSync(xlsx).toString('base64');
  discardFile(ctx, fileId);
  return {
    data: { fileName, contentBase64 },
    entityId: fileId,
    summary: `下载 ${fileName}${subject ? `：${subject}` : ''}${idNumbersText(ids)}`,
  };
}
