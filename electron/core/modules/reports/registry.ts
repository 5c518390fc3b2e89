// The reports reports.export can write (DOMAIN §6). Adding one: a file exporting a ReportSource (report-source.ts)
// named for its code, one line here, its code in EXPORTABLE_REPORTS and `available: true` in REPORT_CATALOGUE
// (shared/contract/reports.ts) with the choices the report takes: `period: 'range'` for a 统计期 of whole months
// instead of 所属期 (BR-31), `township`, `groupBy`, `recognitionStatus`; the contract refuses the others and the
// 报表导出 form shows only those controls. The export job does the rest: scope checks, the reader connection, the
// file, the audit row, the name.
import type { ExportableReport } from '../../../../shared/contract/reports';
import { rpt12Kept } from '../contacts/reports/rpt12-state';
import { rpt11 } from '../contacts/reports/rpt11';
import { rpt08 } from '../internships/reports/rpt08';
import { rpt10 } from '../internships/reports/rpt10';
import { rpt04 } from '../placements/reports/rpt04';
import { rpt03 } from '../posts/reports/rpt03';
import { rpt07 } from '../posts/reports/rpt07';
import { rpt05 } from '../attendance/reports/rpt05';
import { rpt06 } from '../subsidies/reports/rpt06';
import { rpt09 } from '../subsidies/reports/rpt09';
import { notice } from '../recognitions/reports/notice';
import { rpt02 } from '../recognitions/reports/rpt02';
import { rpt13 } from '../training/reports/rpt13';
import { rpt14 } from '../training/reports/rpt14';
import { rpt15 } from '../training/reports/rpt15';
import type { ReportSource } from './report-source';
import { rpt01 } from './rpt01';

export const REPORTS: Record<ExportableReport, ReportSource> = {
  'RPT-01': rpt01,
  'RPT-02': rpt02,
  'RPT-03': rpt03,
  'RPT-04': rpt04,
  'RPT-05': rpt05,
  'RPT-06': rpt06,
  'RPT-07': rpt07,
  'RPT-08': rpt08,
  'RPT-09': rpt09,
  'RPT-10': rpt10,
  'RPT-11': rpt11,
  'RPT-12': rpt12Kept,
  'RPT-13': rpt13,
  'RPT-14': rpt14,
  'RPT-15': rpt15,
  'GS-01': notice,
};
