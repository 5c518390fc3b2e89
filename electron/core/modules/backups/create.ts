// backups.create and the copies other paths take (daily, before a restore). A copy in the data folder is a plain
// SQLite file with its .json; a copy for a USB stick or a download is first copied into backups/ as a staging file,
// then encrypted into the target, and the staging file removed. A cancelled or failed backup leaves no file.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type {
  BackupEntry,
  BackupKind,
  backupCreateInput,
  backupCreateResult,
} from '../../../../shared/contract/backups';
import type { CoreContext } from '../../context';
import type { Commit } from '../../handlers';
import type { JobControl } from '../../jobs/registry';
import { discardFile, publishFile, reserveFile } from '../files/store';
import { encryptFile } from './envelope';
import { exclusive, folderOf, freshName, noteOutsideWrite, stagingPath } from './files';
import { PARTIAL, copyDatabase } from '../../db/copy';
import { encryptedEntry } from './list';
import { backupsDir, describeRegister, plainEntry, sidecarOf, writeSidecar } from './meta';
import { checkOfficePassphrase } from './settings';

type Input = z.output<typeof backupCreateInput>;
type Output = z.output<typeof backupCreateResult>;

const PREFIX: Record<BackupKind, string> = {
  auto: 'taizhang-auto',
  manual: 'taizhang-manual',
  'before-upgrade': 'taizhang-before-upgrade',
  'before-restore': 'taizhang-before-restore',
  'before-purge': 'taizhang-before-purge',
  'before-import': 'taizhang-before-import',
};

/** A plain copy of the register in backups/ with its .json. Synchronous: nothing else runs on the connection meanwhile. */
export function takePlainBackup(ctx: CoreContext, kind: BackupKind): BackupEntry {
  const dir = backupsDir(ctx);
  const name = freshName(dir, PREFIX[kind], ctx.now(), '.db');
  const file = join(dir, name);
  const meta = describeRegister(ctx.db, kind, ctx);
  copyDatabase(ctx.db, file);
  try {
    writeSidecar(file, meta);
  } catch (err) {
    removePlain(file);
    throw err;
  }
  return plainEntry(file, name, null, ctx);
}

export function removePlain(file: string): void {
  rmSync(file, { force: true });
  rmSync(sidecarOf(file), { force: true });
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export function createBackup(input: Input, ctx: CoreContext, job: JobControl, commit: Commit): Promise<Output> {
  return exclusive(ctx, async () => {
    if (input.target === 'dataFolder') {
      job.progress(0, 1, '复制数据');
      const backup = takePlainBackup(ctx, 'manual');
      try {
        return commit(() => ({
          data: { backup, file: null },
          entityId: backup.name,
          summary: `备份到本机数据文件夹：${backup.name}（${mb(backup.sizeBytes)}）`,
        }));
      } catch (err) {
        removePlain(join(backupsDir(ctx), backup.name));
        throw err;
      }
    }
    checkOfficePassphrase(ctx, input.passphrase);
    const folder = input.target === 'folder' ? folderOf(ctx, input.folder) : null;
    job.progress(0, 1, '复制数据');
    const meta = describeRegister(ctx.db, 'manual', ctx);
    const staging = stagingPath(ctx);
    const pending = folder ? null : reserveFile(ctx);
    const name = folder
      ? freshName(folder, 'taizhang-backup', ctx.now(), '.tzbak')
      : `taizhang-backup-${meta.day.replace(/-/g, '')}.tzbak`;
    const dest = folder ? join(folder, name) : (pending as { filePath: string }).filePath;
    const noted = folder ? noteOutsideWrite(ctx, dest + PARTIAL) : () => undefined;
    try {
      copyDatabase(ctx.db, staging);
      job.checkCancelled();
      await encryptFile(staging, dest, input.passphrase, meta, job);
    } catch (err) {
      if (pending) discardFile(ctx, pending.fileId);
      throw err;
    } finally {
      rmSync(staging, { force: true });
      noted();
    }
    try {
      const backup = { ...encryptedEntry(dest, name, folder), folder };
      // Encrypted, but every ID number of the county is inside: removed soon like any full-ID file.
      const file = pending ? publishFile(ctx, pending, name, { subject: '加密备份', ids: 'full' }) : null;
      const where = folder ? `文件夹 ${folder}` : '下载文件';
      return commit(() => ({
        data: { backup, file },
        entityId: name,
        summary: `加密备份到${where}：${name}（${mb(backup.sizeBytes)}）`,
      }));
    } catch (err) {
      if (pending) discardFile(ctx, pending.fileId);
      else rmSync(dest, { force: true });
      throw err;
    }
  });
}
