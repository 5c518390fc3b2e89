import { z } from 'zod';
import { channel, writeJobChannel } from './define';
import { itemsOf, uuid } from './fields';

// 撤销本次导入 (fix27b): every import commit is recorded as a batch (the rows it inserted, and the rows it changed or
// deleted with their values before). The newest imports can be undone one at a time: the rows it inserted are
// deleted and the rows it changed are put back, in one transaction with an audit row — refused, nothing changed, when
// a row was changed since, a later record hangs on an imported one, a month it touches is locked, or a reviewed
// roster holds one of its rows. Whoever may import may undo their own import; the administrator any import.

export const IMPORT_BATCH_STATUS_LIST = [
  { code: 'open', label: '可撤销' },
  { code: 'undone', label: '已撤销' },
  { code: 'expired', label: '已过期' },
] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUS_LIST)[number]['code'];

export const importBatchKindLabels: Record<string, string> = {
  persons: '人员',
  registrations: '失业登记',
  placements: '公益性岗位安置',
  trainees: '培训学员',
  results: '培训考核结果',
  attendance: '考勤表',
};

export const importBatch = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  /** The import's audit summary (导入人员：新增 5 人，…). */
  summary: z.string(),
  /** The 导入前 copy the commit took (its file name in backups/), as the import's result named it. */
  backup: z.string().nullable(),
  committedBy: z.string(),
  committedAt: z.string(),
  /** Rows the import wrote (inserted, changed or deleted), in every table. */
  rowCount: z.number().int(),
  status: z.enum(['open', 'undone', 'expired']),
  undoneBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
  /** The caller may undo it (open, and their own import or the caller is the administrator). */
  canUndo: z.boolean(),
});
export type ImportBatch = z.infer<typeof importBatch>;

export const importBatchesChannels = {
  /** The newest imports (the caller's own; the administrator sees everyone's), newest first. */
  'imports.batches.list': channel({ input: z.object({}), output: itemsOf(importBatch) }),
  /** A job (progress, 取消 leaves everything as it was): one transaction with its audit row. */
  'imports.batches.undo': writeJobChannel(
    z.object({ id: uuid('导入记录') }),
    z.object({ id: z.string(), reverted: z.number().int() }),
    'import_batch',
  ),
};
