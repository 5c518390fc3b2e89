import { z } from 'zod';
import { channel, writeJobChannel, jobChannel, writeChannel } from './define';
import { itemsOf, orNull, whole } from './fields';
import { writtenFile } from './files';
import { codeList, type CodeItem, type CodeOf } from '../enums/code-list';

// Backups of the register (issue 20), for the 备份与恢复 page.
// - A backup in the data folder (backups/) is a plain SQLite copy plus a small .json beside it: taken every day at
//   first start (auto), before every upgrade (before-upgrade), before every restore (before-restore), before every
//   import commit (before-import, audit8 gap 1), or on request (manual).
// - A backup written elsewhere (a USB stick, or a download in browser mode) holds every ID number in the county, so it
//   is one encrypted file (.tzbak, AES-256-GCM, key from the office's backup passphrase with scrypt).
// A backup is named by its file name and, when it is not in the data folder, the folder holding it. Paths never
// reach the file system unchecked: the name is a plain file name ending in .db or .tzbak.

/** The kinds of backup with their labels for the list (the page shows these, never the codes). */
export const BACKUP_KIND_LIST = [
  { code: 'auto', label: '每日自动' },
  { code: 'manual', label: '手动' },
  { code: 'before-upgrade', label: '升级前' },
  { code: 'before-restore', label: '恢复前' },
  { code: 'before-purge', label: '清理档案前' },
  { code: 'before-import', label: '导入前' },
] as const satisfies readonly CodeItem[];
export type BackupKind = CodeOf<typeof BACKUP_KIND_LIST>;
export const { codes: BACKUP_KINDS, label: backupKindLabel } = codeList(BACKUP_KIND_LIST);
export const backupKind = z.enum(BACKUP_KINDS);

/** What an import's result says about the 导入前 copy its commit took (audit8 gap 1). */
export const importBackupNote = (name: string) => `已在导入前自动备份：${name}`;

/** Rows per table, shown in the list so a clerk can tell backups apart. */
export const backupCounts = z.object({
  persons: z.number().int(),
  registrations: z.number().int(),
  contacts: z.number().int(),
  employers: z.number().int(),
  posts: z.number().int(),
  placements: z.number().int(),
  internships: z.number().int(),
});
export type BackupCounts = z.infer<typeof backupCounts>;

export const BACKUP_COUNT_LABELS: Record<keyof BackupCounts, string> = {
  persons: '人员',
  registrations: '登记',
  contacts: '联系记录',
  employers: '用人单位',
  posts: '岗位',
  placements: '安置',
  internships: '见习',
};

/** What a backup file says about itself (the .json beside a plain copy, the header of an encrypted file). */
export const backupMeta = z.object({
  kind: backupKind,
  /** ISO timestamp the copy was taken. */
  createdAt: z.string(),
  /** The working day (YYYY-MM-DD, injectable clock) the copy belongs to: retention counts these. */
  day: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  counts: backupCounts,
});
export type BackupMeta = z.infer<typeof backupMeta>;

export const backupEntry = backupMeta.extend({
  /** File name, e.g. taizhang-auto-20261128-083000.db; with `folder` it names the backup. */
  name: z.string(),
  /** Folder holding it; null = the data folder's backups/. */
  folder: z.string().nullable(),
  sizeBytes: z.number().int(),
  encrypted: z.boolean(),
  /** False when the file could not be read as a backup (then counts are zero and `problem` says why). */
  readable: z.boolean(),
  problem: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntry>;

export const BACKUP_NAME_PATTERN = /^[^/\\]+\.(db|tzbak)$/;

const hasControls = (s: string) => Array.from(s).some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127);

const backupName = z
  .string({ error: '请选择备份文件' })
  .regex(BACKUP_NAME_PATTERN, { error: '备份文件名不正确（应为 .db 或 .tzbak 文件）' })
  .refine((n) => n !== '.db' && n !== '.tzbak' && !n.startsWith('..') && !hasControls(n), {
    error: '备份文件名不正确',
  });

/** An absolute folder path (a USB stick); absent = the data folder's backups/. */
const folderPath = z
  .string()
  .trim()
  .min(1, { error: '请选择文件夹' })
  .max(1000, { error: '文件夹路径太长' })
  .refine((p) => !hasControls(p), { error: '文件夹路径含有无效字符' });

export const backupRef = z.object({ name: backupName, folder: orNull(folderPath) });
export type BackupRef = z.infer<typeof backupRef>;

const passphrase = (label: string) =>
  z
    .string({ error: `请输入${label}` })
    .min(1, { error: `请输入${label}` })
    .max(200, { error: `${label}不能超过200个字符` });

export const PASSPHRASE_MIN = 8;

export const backupSettings = z.object({
  /** How many daily automatic backups are kept (the newest days). */
  keepDaily: z.number().int(),
  /** How many monthly automatic backups are kept (the first backup of each of the newest months). */
  keepMonthly: z.number().int(),
  /** Whether the office has set a backup passphrase (only a verifier is stored, never the passphrase). */
  passphraseSet: z.boolean(),
  /** The data folder's backups/ path, shown on the page. */
  folder: z.string(),
});
export type BackupSettings = z.infer<typeof backupSettings>;

export const retentionInput = z.object({
  keepDaily: whole('每日备份份数', 1, 90, {
    missing: '请填写保留的每日备份份数',
    tooSmall: '每日备份至少保留1份',
    tooLarge: '每日备份最多保留90份',
  }),
  keepMonthly: whole('每月备份份数', 0, 120, {
    missing: '请填写保留的每月备份份数',
    tooLarge: '每月备份最多保留120份',
  }),
});

export const passphraseInput = z.object({
  passphrase: passphrase('新的备份口令').refine((p) => p.length >= PASSPHRASE_MIN, {
    error: `备份口令至少${PASSPHRASE_MIN}个字符`,
  }),
  /** Required when a passphrase is already set. */
  current: z.string().max(200).nullish(),
});

/**
 * Where backups.create writes: the data folder (plain copy), a chosen folder such as a USB stick (encrypted), or
 * a download (browser mode: an encrypted file handed over by files.take).
 */
export const backupCreateInput = z.discriminatedUnion('target', [
  z.object({ target: z.literal('dataFolder') }),
  z.object({ target: z.literal('folder'), folder: folderPath, passphrase: passphrase('备份口令') }),
  z.object({ target: z.literal('download'), passphrase: passphrase('备份口令') }),
]);

export const backupCreateResult = z.object({
  backup: backupEntry,
  /** For target 'download': the file to take with files.take. */
  file: writtenFile.nullable(),
});

export const backupVerifyInput = backupRef.extend({ passphrase: z.string().max(200).nullish() });
export const backupVerifyResult = z.object({
  ok: z.boolean(),
  /** Chinese: what the check found. */
  message: z.string(),
  schemaVersion: z.number().int().nullable(),
});

export const backupRestoreInput = backupRef.extend({ passphrase: z.string().max(200).nullish() });
export const backupRestoreResult = z.object({
  /** The backup of the register as it was just before the restore: restoring it undoes the restore. */
  undo: backupEntry,
  restored: backupEntry,
  schemaVersion: z.number().int(),
});

export const backupsChannels = {
  'backups.settings': channel({ input: z.object({}).strict(), output: backupSettings }),
  'backups.setRetention': writeChannel(retentionInput, backupSettings, 'settings'),
  'backups.setPassphrase': writeChannel(passphraseInput, backupSettings, 'settings'),
  /** Backups in the data folder, or the backups found in a chosen folder; newest first. */
  'backups.list': channel({
    input: z.object({ folder: orNull(folderPath) }),
    output: itemsOf(backupEntry),
  }),
  'backups.create': writeJobChannel(backupCreateInput, backupCreateResult, 'backup'),
  /** Integrity check on a temporary copy; nothing in the register changes. */
  'backups.verify': jobChannel(backupVerifyInput, backupVerifyResult),
  /** Backs up the current register (before-restore), then replaces it with the backup; cancel or failure changes nothing. */
  'backups.restore': writeJobChannel(backupRestoreInput, backupRestoreResult, 'backup'),
};
