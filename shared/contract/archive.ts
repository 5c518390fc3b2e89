// 档案到期 (CFG-31 retention, DOMAIN §9.8): the administrator's list of closed cases past the retention period,
// their archive workbook (full data, 内部资料), and the purge (a backup first, then one transaction). All admin only;
// the archive workbook also needs 导出完整号码 (permissions.ts FULL_ID_WHEN); none of them for a 乡镇经办 (county).
import { z } from 'zod';
import { channel, writeJobChannel } from './define';
import { writtenFile } from './files';

/** What the administrator types to confirm a purge (the app's pattern for a destructive action). */
export const PURGE_CONFIRM_TEXT = '确认删除';

export const expiredPerson = z.object({
  id: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  township: z.string().nullable(),
  /** The last dated event of the case (YYYY-MM-DD). */
  lastActivity: z.string(),
});
export type ExpiredPerson = z.infer<typeof expiredPerson>;

export const archiveView = z.object({
  /** CFG-31 in force today. */
  years: z.number(),
  /** Last activity before this day = past retention. */
  cutoff: z.string(),
  total: z.number(),
  /** The first 200 by last activity (oldest first). */
  persons: z.array(expiredPerson),
});
export type ArchiveView = z.infer<typeof archiveView>;

export const archiveExportResult = writtenFile.extend({ persons: z.number() });

export const archivePurgeInput = z.object({
  /** The count the administrator saw: refused when the list has changed since. */
  count: z.number().int().min(1),
  confirm: z.literal(PURGE_CONFIRM_TEXT, { error: `请输入“${PURGE_CONFIRM_TEXT}”` }),
});

export const archivePurgeResult = z.object({
  persons: z.number(),
  /** Rows deleted per table. */
  deleted: z.record(z.string(), z.number()),
  /** The backup made first (file name in the data folder's backups). */
  backup: z.string(),
});
export type ArchivePurgeResult = z.infer<typeof archivePurgeResult>;

export const archiveChannels = {
  'archive.list': channel({ input: z.object({}).strict(), output: archiveView }),
  'archive.export': writeJobChannel(z.object({}).strict(), archiveExportResult, 'archive'),
  'archive.purge': writeJobChannel(archivePurgeInput, archivePurgeResult, 'archive'),
};
