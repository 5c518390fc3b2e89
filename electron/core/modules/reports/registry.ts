// The reports reports.export can write (DOMAIN §6). A report is a definition for the frame plus its rows
// (ARCHITECTURE §5): adding one means a ReportSource here, its code in EXPORTABLE_REPORTS and `available: true`
// in REPORT_CATALOGUE (shared/contract/reports.ts). The export job does the rest: scope checks, the reader
// connection, the file, the audit row, the file name.
import type Database from 'better-sqlite3';
import type { ExportableReport } from '../../../../shared/contract/reports';
import type { ReportDefinition, ReportPeriod } from '../../excel/report-definition';
import { rpt01Report } from './rpt01';

/** What the clerk chose, resolved. A report reads what it needs and ignores the rest. */
export interface ReportScope {
  /** 所属期 YYYY-MM (BR-31). */
  month: string;
  /** The working date: a running month may be reported up to today. */
  today: string;
  /** Only this 乡镇(街道); absent = the whole county. */
  townshipId?: string;
  townshipName?: string;
}

export interface ReportSource {
  code: string;
  name: string;
  definition(scope: ReportScope): ReportDefinition;
  /** Data rows the export will write, for the progress bar. */
  count?(db: Database.Database, scope: ReportScope): number;
  /** Rows sorted as the grouping needs, pulled one by one; `db` is the export's read-only connection. */
  rows(db: Database.Database, scope: ReportScope): Iterable<object> | AsyncIterable<object>;
  /** The period on the unit line; default 所属期 = the month. */
  period?(scope: ReportScope): ReportPeriod;
}

export const REPORTS: Record<ExportableReport, ReportSource> = {
  'RPT-01': rpt01Report,
};
