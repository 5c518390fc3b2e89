// The 导入前 copy (audit8 gap 1): every import commit first copies the register into backups/, so a wrong file
// imported by mistake (last year's roster, another 乡镇's file) can be undone by restoring that copy. The copy is
// removed again when the commit does not happen (refused, cancelled, failed): it would only repeat the register as
// it still is. Only the newest KEEP_BEFORE_IMPORT copies are kept; the older ones go when a new one is taken.
import { join } from 'node:path';
import { ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import type { JobControl } from '../../jobs/registry';
import { removePlain, takePlainBackup } from './create';
import { BUSY_BACKUP, tryBackupLock } from './files';
import { listDataFolder } from './list';
import { backupsDir } from './meta';

/**
 * How many 导入前 copies stay in backups/ (each is a whole register: 475 MB at 100,000 persons, npm run bench -- --only
 * import-undo). 2 since imports can be undone one by one (撤销本次导入, imports/batch-undo.ts): the copy is the last
 * resort for an import that can no longer be undone, and five of them filled 2.4 GB of a county's disk.
 */
export const KEEP_BEFORE_IMPORT = 2;

const IMPORT_BACKUP_FAILED = '导入前自动备份失败，未导入任何数据。请检查数据文件夹的磁盘空间后重试。';
const IMPORT_BACKUP_BUSY = `正在进行备份或恢复，导入前无法自动备份，未导入任何数据。${BUSY_BACKUP}`;

/** The phase shown while the copy is taken. */
const BACKUP_PHASE = '导入前自动备份';

/** Keeps the copy just taken and the newest `keep - 1` other 导入前 copies; removes the rest. */
function pruneBeforeImport(ctx: CoreContext, taken: string, keep: number): void {
  const others = listDataFolder(ctx)
    .filter((b) => b.kind === 'before-import' && b.name !== taken)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const b of others.slice(keep - 1)) removePlain(join(backupsDir(ctx), b.name));
}

/**
 * Takes the 导入前 copy, then runs `write` (the commit's one transaction) with the copy's file name. Refused before
 * anything is written when the copy cannot be taken. When `write` throws, the copy is removed and the error passed on.
 */
export function withImportBackup<T>(ctx: CoreContext, job: JobControl, write: (backup: string) => T): T {
  job.checkCancelled();
  job.progress(0, 0, BACKUP_PHASE);
  const release = tryBackupLock(ctx);
  if (!release) throw ruleViolation(IMPORT_BACKUP_BUSY);
  let name: string;
  try {
    name = takePlainBackup(ctx, 'before-import').name;
  } catch (err) {
    ctx.logError(err, 'imports backup');
    throw ruleViolation(IMPORT_BACKUP_FAILED);
  } finally {
    release();
  }
  let result: T;
  try {
    job.checkCancelled();
    result = write(name);
  } catch (err) {
    removePlain(join(backupsDir(ctx), name));
    throw err;
  }
  try {
    pruneBeforeImport(ctx, name, KEEP_BEFORE_IMPORT);
  } catch (err) {
    ctx.logError(err, 'imports backup prune');
  }
  return result;
}
