// 导出完整号码 (DOMAIN §9.5) writes ID, phone and bank numbers in clear. A report whose workbook has no such column
// (the statistical tables, the 公示名单) has nothing to show in full, so the choice is not offered and the core
// refuses it. The report's own definitions decide, not a flag written beside them: the 报表导出 form reads the list
// from system.info, and the admission of reports.export refuses a full export of any other report.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import {
  EXPORTABLE_REPORTS,
  NO_FULL_NUMBERS,
  type ExportableReport,
  type reportExportInput,
} from '../../../../shared/contract/reports';
import { badInput } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import { holdsNumbers } from '../../excel/report-definition';
import { representativeDefinitions } from '../report-layouts/defaults';

/** Whether one of the report's sheets has an ID, phone or bank number column. */
const writesNumbers = (db: Database.Database, report: ExportableReport, today: string): boolean =>
  representativeDefinitions(db, report, today).some(holdsNumbers);

/** The exportable reports 导出完整号码 applies to, in the catalogue's order. */
export const fullNumberReports = (db: Database.Database, today: string): ExportableReport[] =>
  EXPORTABLE_REPORTS.filter((report) => writesNumbers(db, report, today));

/** reports.export's input as it came, or the refusal of 导出完整号码 for a report without numbers. */
export function refuseFullWithoutNumbers<I extends Pick<z.output<typeof reportExportInput>, 'report' | 'full'>>(
  input: I,
  ctx: CoreContext,
): I {
  if (input.full && !writesNumbers(ctx.db, input.report, ctx.today())) throw badInput({ full: NO_FULL_NUMBERS });
  return input;
}
