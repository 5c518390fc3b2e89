// A list exported as one sheet in the report frame (audit.export 操作记录, persons.exportRoster 人员花名册): the
// office's title fields, the rows read on the export's read-only connection (reports/reader.ts), one file named for
// the code and today's month, and one audit row (export-step.ts exportFile). reports.export and archive.export write
// several sheets or frozen copies and do their own.
import type { WrittenFile } from '../../../../shared/contract/files';
import type Database from 'better-sqlite3';
import type { CoreContext } from '../../context';
import type { ReportDefinition, ReportPeriod } from '../../excel/report-definition';
import { writeReport, type WriteReportOptions } from '../../excel/report-writer';
import type { Commit } from '../../handlers';
import type { JobControl } from '../../jobs/registry';
import { withReader } from '../reports/reader';
import { officeFileName, officeParams } from '../settings/office-export';
import { requireOffice } from '../settings/service';
import { exportFile } from './export-step';
import type { FileAbout } from './store';

/** What the sheet holds, read on the export's connection. */
interface SheetRead {
  def: ReportDefinition;
  rows: Iterable<object>;
  /** Rows expected, for progress. */
  total: number;
  /** The title's period. */
  period: ReportPeriod;
}

interface SheetExport {
  /** The file name's report code (e.g. CZJL, RYHMC). */
  code: string;
  read(db: Database.Database): SheetRead;
  /** Full or masked numbers, and the mask (CFG-29). */
  options: Pick<WriteReportOptions, 'full' | 'idMask'>;
  about: FileAbout;
  /** The audit row's summary for the rows written. */
  summary(rows: number): string;
}

/** Writes the sheet and publishes it with its audit row; refused before anything is read when 单位信息 is missing. */
export function exportSheet(
  ctx: CoreContext,
  job: JobControl,
  commit: Commit,
  spec: SheetExport,
): Promise<WrittenFile & { rows: number }> {
  const office = requireOffice(ctx.db);
  job.progress(0, 0, '准备数据');
  const month = ctx.today().slice(0, 7);
  return exportFile(ctx, commit, {
    write: (filePath) =>
      withReader(ctx, (db) => {
        const s = spec.read(db);
        return writeReport(s.def, s.rows, officeParams(office, s.period), {
          ...spec.options,
          filePath,
          job,
          totalRows: s.total,
        });
      }),
    publish: ({ rows }) => ({
      fileName: officeFileName(ctx, office, spec.code, month),
      about: spec.about,
      data: { rows },
      summary: spec.summary(rows),
    }),
  });
}
