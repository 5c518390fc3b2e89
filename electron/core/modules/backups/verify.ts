// backups.verify: a working copy of the backup (decrypted if need be) goes through the same checks a restore
// makes — SQLite file, integrity_check, a schema this program can use — and is removed. Nothing else changes.
import type { z } from 'zod';
import type { backupVerifyInput, backupVerifyResult } from '../../../../shared/contract/backups';
import { AppError } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import type { JobControl } from '../../jobs/registry';
import { exclusive } from './files';
import { checkStaged, removeStaged, stageBackup } from './staging';
import { NEED_PASSPHRASE, WRONG_PASSPHRASE } from './envelope';

type Input = z.output<typeof backupVerifyInput>;
type Output = z.output<typeof backupVerifyResult>;

export function verifyBackup(input: Input, ctx: CoreContext, job: JobControl): Promise<Output> {
  return exclusive(ctx, async () => {
    let staged: string | null = null;
    try {
      staged = await stageBackup(ctx, input, input.passphrase, job);
      job.checkCancelled();
      job.progress(0, 1, '完整性检查');
      const schemaVersion = checkStaged(ctx, staged);
      job.progress(1, 1, '完整性检查');
      return { ok: true, message: '备份完好，可以用于恢复。', schemaVersion };
    } catch (err) {
      // A wrong passphrase is the clerk's input to correct, not a finding about the file.
      if (
        !(err instanceof AppError) ||
        err.code !== 'RULE_VIOLATION' ||
        err.fields ||
        err.message === WRONG_PASSPHRASE ||
        err.message === NEED_PASSPHRASE
      )
        throw err;
      return { ok: false, message: err.message, schemaVersion: null };
    } finally {
      if (staged) removeStaged(staged);
    }
  });
}
