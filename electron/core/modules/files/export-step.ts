// The step every export job shares (reports.export, audit.export, persons.exportRoster, archive.export): reserve a
// file in exports/, write the workbook, then publish it together with the export's ONE audit row (§9.9). A failed or
// cancelled write or commit leaves neither a file nor an audit row: the writer removes its '.partial', a complete
// file is discarded, and the commit's transaction is rolled back.
import type { WrittenFile } from '../../../../shared/contract/files';
import type { CoreContext } from '../../context';
import type { Commit } from '../../handlers';
import { type FileAbout, orDiscard, publishFile, reserveFile } from './store';

/** What a written export is published as: the name to save under, its content, its answer and its audit row. */
export interface ExportPublished<D extends object> {
  fileName: string;
  about: FileAbout;
  /** Answered beside the file (rows written, persons exported). */
  data: D;
  /** The audit row's summary. */
  summary: string;
}

export interface ExportStep<W, D extends object> {
  /** Writes the workbook at filePath (the report writer goes through '<filePath>.partial'). */
  write(filePath: string): Promise<W>;
  /** Called once the workbook is complete, inside the discard guard: what the file is published as. */
  publish(written: W): ExportPublished<D>;
}

/** Reserves, writes and publishes one export file with its audit row; nothing is left behind when a step fails. */
export async function exportFile<W, D extends object>(
  ctx: CoreContext,
  commit: Commit,
  step: ExportStep<W, D>,
): Promise<WrittenFile & D> {
  const pending = reserveFile(ctx);
  const written = await orDiscard(ctx, pending, () => step.write(pending.filePath));
  return orDiscard(ctx, pending, () => {
    const { fileName, about, data, summary } = step.publish(written);
    return commit(() => ({
      data: { ...publishFile(ctx, pending, fileName, about), ...data },
      entityId: null,
      summary,
    }));
  });
}
