// File names and locations of backups, the one-at-a-time guard, and the clean-up at start.
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { ruleViolation, notFound } from '../../../../shared/contract/result';
import type { BackupRef } from '../../../../shared/contract/backups';
import type { CoreContext } from '../../context';
import { PARTIAL } from '../../db/copy';
import { fileStamp } from '../../db/open';
import { newId } from '../../ids';
import { BACKUPS_FOLDER, backupsDir } from './meta';

/** Working copies (decrypted or about to be encrypted) live in backups/ under this prefix and never outlive a job. */
export const STAGING = 'staging-';
/** The old register, hard-linked while a restore swaps files; put back if the swap fails. */
export const KEEP_SUFFIX = '.before-restore';

export const BUSY_BACKUP = '另一个备份或恢复任务正在进行，请等它完成后再试。';

/** Held while a backup, verify or restore runs; a STAGING name, so a killed job's lock goes at the next start. */
const BUSY_LOCK = `${STAGING}busy.lock`;

/**
 * Takes the one-backup-at-a-time lock of the data folder, or answers null when a backup, verify or restore holds it.
 * The guard is a file created exclusively in backups/, not memory: backups run on the job worker and restore on the
 * interactive worker (jobs/lane.ts), two threads that share no module state, and each call has its own context.
 * Returns the release.
 */
export function tryBackupLock(ctx: Pick<CoreContext, 'dataDir'>): (() => void) | null {
  const lock = join(backupsDir(ctx), BUSY_LOCK);
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw err;
  }
  return () => {
    closeSync(fd);
    rmSync(lock, { force: true });
  };
}

/** Runs one backup, verify or restore at a time per data folder (tryBackupLock); refuses while another runs. */
export async function exclusive<T>(ctx: Pick<CoreContext, 'dataDir'>, fn: () => Promise<T>): Promise<T> {
  const release = tryBackupLock(ctx);
  if (!release) throw ruleViolation(BUSY_BACKUP);
  try {
    return await fn();
  } finally {
    release();
  }
}

/** Notes of half-written encrypted files outside the data folder (a USB stick), so a killed backup's is removed at start. */
export const OUTSIDE = 'outside-';

/** Records `partial` (a .tzbak.partial being written elsewhere) until the returned function is called. */
export function noteOutsideWrite(ctx: Pick<CoreContext, 'dataDir'>, partial: string): () => void {
  const note = join(backupsDir(ctx), `${OUTSIDE}${newId()}.json`);
  writeFileSync(note, JSON.stringify({ partial }));
  return () => rmSync(note, { force: true });
}

function removeNotedPartial(note: string): void {
  try {
    const { partial } = JSON.parse(readFileSync(note, 'utf8')) as { partial?: unknown };
    if (typeof partial === 'string' && partial.endsWith(`.tzbak${PARTIAL}`)) rmSync(partial, { force: true });
  } catch {
    // an unreadable note: only the note goes
  }
  rmSync(note, { force: true });
}

/** A name not yet used in `dir`: <prefix>-<YYYYMMDD-HHMMSS>[-n]<ext>. */
export function freshName(dir: string, prefix: string, nowIso: string, ext: '.db' | '.tzbak'): string {
  const base = `${prefix}-${fileStamp(nowIso)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
    if (!existsSync(join(dir, name)) && !existsSync(join(dir, name + PARTIAL))) return name;
  }
}

export function stagingPath(ctx: Pick<CoreContext, 'dataDir'>): string {
  return join(backupsDir(ctx), `${STAGING}${newId()}.db`);
}

/** The folder a reference points into: the data folder's backups/ when none is given. */
export function folderOf(ctx: Pick<CoreContext, 'dataDir'>, folder: string | null): string {
  if (folder === null) return backupsDir(ctx);
  const dir = resolve(folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw ruleViolation(`找不到文件夹“${folder}”，请检查U盘是否已插好。`, { folder: '找不到这个文件夹' });
  return dir;
}

/** True when the folder is the data folder's own backups/ (its copies are plain, not encrypted). */
export const isDataFolder = (ctx: Pick<CoreContext, 'dataDir'>, dir: string) =>
  resolve(dir) === resolve(ctx.dataDir, BACKUPS_FOLDER);

export function pathOf(ctx: Pick<CoreContext, 'dataDir'>, ref: BackupRef): string {
  const path = join(folderOf(ctx, ref.folder), ref.name);
  if (!existsSync(path) || !statSync(path).isFile())
    throw notFound(`找不到备份文件“${ref.name}”，可能已被删除或移走。`);
  return path;
}

/**
 * At start, before the register is opened: puts back a register a killed restore had set aside (only if the
 * register itself is missing), then removes staging copies and half-written files, here and (as noted) on a USB
 * stick still plugged in. Never throws.
 */
export function cleanUpAtStart(dataDir: string, dbFile: string): void {
  const keep = dbFile + KEEP_SUFFIX;
  try {
    if (existsSync(keep)) {
      if (existsSync(dbFile)) rmSync(keep, { force: true });
      else renameSync(keep, dbFile);
    }
  } catch {
    // the open that follows reports what is wrong with the register
  }
  const dir = join(dataDir, BACKUPS_FOLDER);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(PARTIAL) && !name.startsWith(STAGING) && !name.startsWith(OUTSIDE)) continue;
    try {
      if (name.startsWith(OUTSIDE)) removeNotedPartial(join(dir, name));
      else rmSync(join(dir, name), { force: true });
    } catch {
      // locked by another program: the next start tries again
    }
  }
}
