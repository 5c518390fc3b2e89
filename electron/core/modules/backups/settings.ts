// Backup settings, stored like every other setting (settings table, JSON values): how many automatic backups to
// keep, and a verifier of the office's backup passphrase — scrypt(passphrase, random salt), never the passphrase.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { BackupSettings } from '../../../../shared/contract/backups';
import { ruleViolation } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { readSetting, writeSetting } from '../settings/queries';
import { DEFAULT_KDF, deriveBytesSync, type KdfParams } from './envelope';
import { backupsDir } from './meta';

const KEY_RETENTION = 'backup.retention';
const KEY_PASSPHRASE = 'backup.passphrase';
const DEFAULT_RETENTION = { keepDaily: 7, keepMonthly: 12 };

/** The scrypt parameters of the backups' key derivation (envelope.ts) and the passphrase's hash under them. */
interface Verifier extends Omit<KdfParams, 'name'> {
  hash: string;
}

export const NO_PASSPHRASE =
  '还没有设置备份口令。备份到本机数据文件夹以外（如U盘）的文件要加密，请先在“备份与恢复”中设置备份口令。';
export const PASSPHRASE_MISMATCH = '备份口令与本单位设置的备份口令不一致，请重新输入。';

export function readRetention(ctx: Pick<CoreContext, 'db'>): { keepDaily: number; keepMonthly: number } {
  return { ...DEFAULT_RETENTION, ...(readSetting<Partial<typeof DEFAULT_RETENTION>>(ctx.db, KEY_RETENTION) ?? {}) };
}

export function backupSettingsOf(ctx: Pick<CoreContext, 'db' | 'dataDir'>): BackupSettings {
  return {
    ...readRetention(ctx),
    passphraseSet: !!readSetting<Verifier>(ctx.db, KEY_PASSPHRASE),
    folder: backupsDir(ctx),
  };
}

export function saveRetention(
  ctx: Pick<CoreContext, 'db' | 'operator' | 'now'>,
  value: { keepDaily: number; keepMonthly: number },
): void {
  writeSetting(ctx.db, KEY_RETENTION, value, ctx.operator(), ctx.now());
}

function hashOf(passphrase: string, v: Omit<Verifier, 'hash'>): Buffer {
  return deriveBytesSync(passphrase, Buffer.from(v.salt, 'base64'), v, 32);
}

/** True when the passphrase matches the stored verifier. */
export function passphraseMatches(ctx: Pick<CoreContext, 'db'>, passphrase: string): boolean {
  const v = readSetting<Verifier>(ctx.db, KEY_PASSPHRASE);
  if (!v) return false;
  const actual = hashOf(passphrase, v);
  const expected = Buffer.from(v.hash, 'base64');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Refuses a backup outside the data folder unless the passphrase is the office's. */
export function checkOfficePassphrase(ctx: Pick<CoreContext, 'db'>, passphrase: string): void {
  if (!readSetting<Verifier>(ctx.db, KEY_PASSPHRASE)) throw ruleViolation(NO_PASSPHRASE);
  if (!passphraseMatches(ctx, passphrase))
    throw ruleViolation(PASSPHRASE_MISMATCH, { passphrase: PASSPHRASE_MISMATCH });
}

export function makeVerifier(passphrase: string): Verifier {
  const params = { ...DEFAULT_KDF, salt: randomBytes(16).toString('base64') };
  return { ...params, hash: hashOf(passphrase, params).toString('base64') };
}

export function hasPassphrase(ctx: Pick<CoreContext, 'db'>): boolean {
  return !!readSetting<Verifier>(ctx.db, KEY_PASSPHRASE);
}

export function savePassphraseVerifier(ctx: Pick<CoreContext, 'db' | 'operator' | 'now'>, verifier: Verifier): void {
  writeSetting(ctx.db, KEY_PASSPHRASE, verifier, ctx.operator(), ctx.now());
}
