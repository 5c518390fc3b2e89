// backups.restore (issue 20). In order:
//   1. copy (or decrypt) the backup into a staging file and check it like a start-up would, upgrading the copy's
//      schema if it is older — nothing of the register is touched yet;
//   2. back up the register as it is now (kind before-restore): restoring that copy undoes the restore;
//   3. last chance to cancel; then, synchronously (no other request runs meanwhile): close the connection, hard-link
//      the register aside (taizhang.db.before-restore), rename the staging file over it (one atomic step), open it
//      and swap ctx.db. If anything in step 3 fails, the set-aside file is renamed back and reopened, so the register
//      is exactly as before; a killed process leaves either the old or the new file under the real name.
// The audit row goes into the restored register.
import { copyFileSync, existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { BackupEntry, backupRestoreInput, backupRestoreResult } from '../../../../shared/contract/backups';
import { ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { openDatabase } from '../../db/open';
import type { JobControl } from '../../jobs/registry';
import { writeAudit } from '../audit/service';
import { removePlain, takePlainBackup } from './create';
import { KEEP_SUFFIX, exclusive, pathOf } from './files';
import { encryptedEntry } from './list';
import { backupsDir, plainEntry } from './meta';
import { checkStaged, removeStaged, stageBackup } from './staging';

type Input = z.output<typeof backupRestoreInput>;
type Output = z.output<typeof backupRestoreResult>;

const OTHER_JOBS = '还有其他任务（导出、导入等）正在进行，请等它们完成后再恢复。数据未改动。';
const OPEN_READERS = '数据库仍被其他任务占用，无法替换，恢复未进行。数据未改动，请稍后再试。';

/** Test seams: called at the named points of the swap. */
export interface RestoreHooks {
  beforeSwap?: () => void;
  afterSwap?: () => void;
}

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

function reopen(ctx: CoreContext, file: string): void {
  const opened = openDatabase(file, { backupDir: null, nativeBinding: ctx.nativeBinding });
  ctx.db = opened.db;
  ctx.schemaVersion = opened.schemaVersion;
}

/** Step 3: replaces the register by the staged file, or leaves it exactly as it was. */
function swapIn(ctx: CoreContext, staged: string, hooks: RestoreHooks): void {
  const file = ctx.db.name;
  const keep = file + KEEP_SUFFIX;
  ctx.db.close();
  // A clean close folds the WAL into the file and deletes it; a -wal left means another connection is open, and
  // its frames would be replayed onto the wrong file.
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
    reopen(ctx, file);
    throw ruleViolation(OPEN_READERS);
  }
  for (const path of sidecars(file)) rmSync(path, { force: true });
  rmSync(keep, { force: true });
  try {
    linkSync(file, keep);
  } catch {
    copyFileSync(file, keep);
  }
  try {
    renameSync(staged, file);
    hooks.afterSwap?.();
    reopen(ctx, file);
  } catch (err) {
    try {
      ctx.db.close();
    } catch {
      // the new file was never opened, or is closed already
    }
    for (const path of sidecars(file)) rmSync(path, { force: true });
    renameSync(keep, file);
    reopen(ctx, file);
    throw err;
  }
  rmSync(keep, { force: true });
}

export function restoreBackup(
  input: Input,
  ctx: CoreContext,
  job: JobControl,
  hooks: RestoreHooks = {},
): Promise<Output> {
  return exclusive(ctx, async () => {
    if (ctx.jobs.running() > 1) throw ruleViolation(OTHER_JOBS);
    const source = pathOf(ctx, input);
    const restored: BackupEntry = input.name.endsWith('.tzbak')
      ? encryptedEntry(source, input.name, input.folder)
      : plainEntry(source, input.name, input.folder, ctx);
    let staged: string | null = null;
    let undo: BackupEntry | null = null;
    try {
      staged = await stageBackup(ctx, input, input.passphrase, job);
      job.checkCancelled();
      job.progress(0, 1, '检查备份');
      checkStaged(ctx, staged);
      job.checkCancelled();
      job.progress(0, 1, '备份当前数据');
      undo = takePlainBackup(ctx, 'before-restore');
      job.checkCancelled();
      if (ctx.jobs.running() > 1) throw ruleViolation(OTHER_JOBS);
      hooks.beforeSwap?.();
      job.checkCancelled();
      job.progress(0, 1, '替换数据');
      // The job worker's connection is closed for the swap (its WAL would be replayed onto the wrong file).
      // Without a job worker (tests, in-process cores) nothing is awaited: the swap follows the checks at once.
      if (ctx.lane) await ctx.lane.suspend();
      try {
        if (ctx.jobs.running() > 1) throw ruleViolation(OTHER_JOBS);
        swapIn(ctx, staged, hooks);
      } finally {
        if (ctx.lane) await ctx.lane.resume();
      }
      staged = null;
      const done = { undo, restored, schemaVersion: ctx.schemaVersion };
      undo = null; // kept from here on: it is how the clerk undoes the restore
      // The register is replaced now: a failed audit row is logged, not reported as a failed restore.
      try {
        ctx.db
          .transaction(() =>
            writeAudit(ctx.db, {
              at: ctx.now(),
              operator: ctx.operator(),
              channel: 'backups.restore',
              entity: 'backup',
              entityId: restored.name,
              summary: `从备份恢复：${restored.name}（${restored.day}，人员 ${restored.counts.persons}）；恢复前的数据已备份为 ${done.undo.name}`,
            }),
          )
          .immediate();
      } catch (err) {
        ctx.logError(err, 'backups.restore audit');
      }
      job.progress(1, 1, '已恢复');
      return done;
    } finally {
      if (staged) removeStaged(staged);
      // A restore that did not happen needs no undo copy.
      if (undo) removePlain(join(backupsDir(ctx), undo.name));
    }
  });
}
