import { ruleViolation } from '../../../../shared/contract/result';
import type { PartialHandlers } from '../../handlers';
import { createBackup } from './create';
import { listBackups } from './list';
import { restoreBackup } from './restore';
import {
  backupSettingsOf,
  hasPassphrase,
  makeVerifier,
  passphraseMatches,
  saveRetention,
  savePassphraseVerifier,
} from './settings';
import { verifyBackup } from './verify';

const CURRENT_WRONG = '原备份口令不正确';

export const backupsHandlers: PartialHandlers<
  | 'backups.settings'
  | 'backups.setRetention'
  | 'backups.setPassphrase'
  | 'backups.list'
  | 'backups.create'
  | 'backups.verify'
  | 'backups.restore'
> = {
  'backups.settings': (_input, ctx) => backupSettingsOf(ctx),
  'backups.setRetention': (input, ctx) => {
    saveRetention(ctx, input);
    return {
      data: backupSettingsOf(ctx),
      entityId: 'backup.retention',
      summary: `自动备份保留最近 ${input.keepDaily} 天的每日备份和 ${input.keepMonthly} 个月的每月备份`,
    };
  },
  'backups.setPassphrase': (input, ctx) => {
    const had = hasPassphrase(ctx);
    if (had && !(input.current && passphraseMatches(ctx, input.current))) {
      throw ruleViolation(`${CURRENT_WRONG}，备份口令未更改。`, { current: CURRENT_WRONG });
    }
    savePassphraseVerifier(ctx, makeVerifier(input.passphrase));
    return {
      data: backupSettingsOf(ctx),
      entityId: 'backup.passphrase',
      summary: had ? '更改备份口令' : '设置备份口令',
    };
  },
  'backups.list': (input, ctx) => ({ items: listBackups(ctx, input.folder) }),
  'backups.create': createBackup,
  'backups.verify': (input, ctx, job) => verifyBackup(input, ctx, job),
  'backups.restore': (input, ctx, job) => restoreBackup(input, ctx, job),
};
