// The reports reports.export can write (DOMAIN §6). A report is a definition for the frame plus its rows
// (ARCHITECTURE §5): adding one means a ReportSource here, its code in EXPORTABLE_REPORTS and `available: true`
// in REPORT_CATALOGUE (shared/contract/reports.ts), with the choices the report takes there: `period: 'range'`
// for a 统计期 of whole months instead of 所属期 (BR-31), `township`, `groupBy`; the contract refuses the others and
// the 报表导出 form shows only those controls. A module's own report shape is fitted in adapters.ts. The export
// job does the rest: scope checks, the reader connection, the file, the audit row, the file name.
import type Database from 'better-sqlite3';
import type { ExportableReport } from '../../../../shared/contract/reports';
import type { ReportDefinition, ReportPeriod } from '../../excel/report-definition';
import { internshipReport, monthReport, postReport } from './adapters';
import { rpt01Report } from './rpt01';
import { rpt03Report } from '../posts/reports/rpt03';
import { rpt07Report } from '../posts/reports/rpt07';
import { rpt04Report } from '../placements/reports/rpt04';
import { RPT08 } from '../internships/reports/rpt08';
import { RPT10 } from '../internships/reports/rpt10';
import { RPT11 } from '../contacts/reports/rpt11';
import { RPT12 } from '../contacts/reports/rpt12';
import { rpt05Report } from '../attendance/reports/rpt05';
import { rpt06Report } from '../subsidies/reports/rpt06';
import { rpt09Report } from '../subsidies/reports/rpt09';

/** What the clerk chose, resolved. A report reads what it needs and ignores the rest. */
export interface ReportScope {
  /** 所属期 YYYY-MM (BR-31); for a range report the last month of the range (title and file name). */
  month: string;
  /** 统计期 of a range report (RPT-08, RPT-10): first and last month, YYYY-MM. */
  range?: { from: string; to: string };
  /** The working date: a running month may be reported up to today. */
  today: string;
  /** Only this 乡镇(街道); absent = the whole county. */
  townshipId?: string;
  townshipName?: string;
  /** RPT-03 小计 / RPT-07 rows: by 乡镇 (default) or by 用人单位 (§6.3, §6.7). */
  groupBy?: 'township' | 'employer';
  /** Only this 用人单位 (RPT-05, the sheet an employer fills in). */
  employerId?: string;
  employerName?: string;
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
  /**
   * A report of several sheets (RPT-05 per 用人单位, RPT-06 岗位补贴 / 社保补贴): each with its definition, rows and,
   * where it differs, its own 填报单位. When present the export writes these instead of definition + rows.
   */
  sheets?(db: Database.Database, scope: ReportScope): SourceSheet[];
}

export interface SourceSheet {
  definition: ReportDefinition;
  rows: Iterable<object> | AsyncIterable<object>;
  /** 填报单位 and {单位} of the title for this sheet (e.g. the 用人单位 of an RPT-05 sheet); default the office. */
  unitName?: string;
}

export const REPORTS: Record<ExportableReport, ReportSource> = {
  'RPT-01': rpt01Report,
  'RPT-03': postReport(rpt03Report),
  'RPT-04': postReport(rpt04Report),
  'RPT-05': rpt05Report,
  'RPT-06': rpt06Report,
  'RPT-07': postReport(rpt07Report),
  'RPT-08': internshipReport(RPT08),
  'RPT-09': rpt09Report,
  'RPT-10': internshipReport(RPT10),
  'RPT-11': monthReport(RPT11),
  'RPT-12': monthReport(RPT12),
};
