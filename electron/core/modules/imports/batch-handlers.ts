// imports.batches.list / imports.batches.undo (撤销本次导入, fix27b): the newest imports and the undo of one
// (batch-record.ts records them, batch-undo.ts takes one back). A 乡镇经办 or 审核员 sees and undoes their own imports;
// the administrator everyone's.
import type { ImportBatch } from '../../../../shared/contract/import-batches';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import type { PartialHandlers } from '../../handlers';
import { undoImportBatch } from './batch-undo';

/** How many imports the list shows. */
export const LISTED_BATCHES = 20;

interface BatchLine {
  id: string;
  kind: string;
  file_name: string;
  summary: string;
  backup: string | null;
  account_id: string | null;
  committed_by: string;
  committed_at: string;
  row_count: number;
  status: ImportBatch['status'];
  undone_by: string | null;
  undone_at: string | null;
}

const isAdmin = (ctx: CoreContext) => !ctx.caller.account || ctx.caller.account.role === 'admin';

export function listImportBatches(ctx: CoreContext): { items: ImportBatch[] } {
  const admin = isAdmin(ctx);
  const lines = prepared(
    ctx.db,
    `SELECT id, kind, file_name, summary, backup, account_id, committed_by, committed_at, row_count, status,
            undone_by, undone_at
     FROM import_batches WHERE (@all OR account_id = @account) ORDER BY committed_at DESC, rowid DESC LIMIT @limit`,
  ).all({ all: admin ? 1 : 0, account: ctx.caller.account?.id ?? null, limit: LISTED_BATCHES }) as BatchLine[];
  return {
    items: lines.map((b) => ({
      id: b.id,
      kind: b.kind,
      fileName: b.file_name,
      summary: b.summary,
      backup: b.backup,
      committedBy: b.committed_by,
      committedAt: b.committed_at,
      rowCount: b.row_count,
      status: b.status,
      undoneBy: b.undone_by,
      undoneAt: b.undone_at,
      canUndo: b.status === 'open' && (admin || b.account_id === ctx.caller.account?.id),
    })),
  };
}

type Channels = 'imports.batches.list' | 'imports.batches.undo';

export const importBatchHandlers: PartialHandlers<Channels> = {
  'imports.batches.list': (_input, ctx) => listImportBatches(ctx),
  // A job (its commit: one transaction with the audit row; 取消 rolls it back), run in the job worker.
  'imports.batches.undo': (input, ctx, job, commit) =>
    Promise.resolve(commit(() => undoImportBatch(ctx, input.id, job))),
};
