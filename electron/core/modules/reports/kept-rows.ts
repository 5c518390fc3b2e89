// An export of a report whose rows are kept on the interactive connection (ReportSource.keptRows, e.g. RPT-12) gets
// them at hand-over (issue 13). The interactive worker's connection sees every write made on it and keeps the rows
// patched (db/memo.ts); the job worker's connection drops what it keeps at each commit of the interactive one, so
// it would compute the whole county again. The rows of a statistical table are small (one per 乡镇): the interactive
// worker reads them when it admits the export and passes them in the job's input with the scope they were read for;
// the job writes them if its own scope is the same (exportReport), and reads them itself otherwise.
import type { z } from 'zod';
import type { reportExportInput } from '../../../../shared/contract/reports';
import { AppError } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { frozenReport } from '../period-locks/snapshot';
import { exportScope } from './export';
import { REPORTS } from './registry';

type Input = z.output<typeof reportExportInput>;

/** reports.export's input with the kept rows of its report and scope, or as it came (the job decides and refuses). */
export function withKeptRows(input: Input, ctx: CoreContext): Input {
  const report = REPORTS[input.report];
  if (!report.keptRows) return input;
  let scope;
  try {
    scope = exportScope(input, ctx);
  } catch (err) {
    // A choice the export refuses (month, township, a 乡镇经办): the job answers it with its message.
    if (err instanceof AppError) return input;
    throw err;
  }
  // A locked month is written from its frozen copy (period-locks/snapshot.ts), not from live rows.
  if (frozenReport(ctx.db, input.report, scope)) return input;
  // Only rows already kept (the warm-up builds them in slices): building them here would hold the interactive thread.
  const rows = report.keptRows(ctx, scope);
  if (!rows) return input;
  return { ...input, kept: { scope: JSON.stringify(scope), rows } } as Input;
}
