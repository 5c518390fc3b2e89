// The step every file written for the clerk shares: reserve a file in exports/, write the workbook, then publish it.
// An export (reports.export, audit.export, persons.exportRoster, archive.export) is published together with its ONE
// audit row (§9.9): exportFile. A blank import template or an import's error list is not audited when written (its
// download is, by files.take): writtenFile. A failed or cancelled write or publish leaves neither a file nor an audit
// row: the writer removes its '.partial', a complete file is discarded, and the commit's transaction is rolled back.
import type { WrittenFile } from '../../../../shared/contract/files';
import type { CoreContext } from '../../context';
import type { Commit } from '../../handlers';
import { type FileAbout, orDiscard, type PendingFile, publishFile, reserveFile } from './store';

/** What a written file is published as: the name to save under and what it holds. */
interface FilePublished {
  fileName: string;
  about: FileAbout;
}

/** What a written export is published as: also its answer and its audit row. */
interface ExportPublished<D extends object> extends FilePublished {
  /** Answered beside the file (rows written, persons exported). */
  data: D;
  /** The audit row's summary. */
  summary: string;
}

interface FileStep<W, P> {
  /** Writes the workbook at filePath (the report writer goes through '<filePath>.partial'). */
  write(filePath: string): Promise<W>;
  /** Called once the workbook is complete, inside the discard guard: what the file is published as. */
  publish(written: W): P;
}

type ExportStep<W, D extends object> = FileStep<W, ExportPublished<D>>;

/** Reserves a file, writes it, then publishes it with `publish`; when either step fails, the file is deleted. */
async function reserveWritePublish<W, P, T>(
  ctx: CoreContext,
  step: FileStep<W, P>,
  publish: (pending: PendingFile, published: P) => T,
): Promise<T> {
  const pending = reserveFile(ctx);
  const written = await orDiscard(ctx, pending, () => step.write(pending.filePath));
  return orDiscard(ctx, pending, () => publish(pending, step.publish(written)));
}

/** Reserves, writes and publishes one export file with its audit row; nothing is left behind when a step fails. */
export function exportFile<W, D extends object>(
  ctx: CoreContext,
  commit: Commit,
  step: ExportStep<W, D>,
): Promise<WrittenFile & D> {
  return reserveWritePublish(ctx, step, (pending, { fileName, about, data, summary }) =>
    commit(() => ({
      data: { ...publishFile(ctx, pending, fileName, about), ...data },
      entityId: null,
      summary,
    })),
  );
}

/** Reserves, writes and publishes one file without an audit row (templates, error lists); nothing left on failure. */
export function writtenFile<W>(ctx: CoreContext, step: FileStep<W, FilePublished>): Promise<WrittenFile> {
  return reserveWritePublish(ctx, step, (pending, { fileName, about }) => publishFile(ctx, pending, fileName, about));
}
