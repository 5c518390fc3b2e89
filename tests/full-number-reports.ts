// The reports whose workbooks have an ID, phone or bank number column, in the catalogue's order: the only ones that
// offer 导出完整号码 (§9.5). The core derives the list from the reports' definitions (system.info; checked in
// tests/core/reports-export-catalogue.test.ts); the renderer's fake system.info answers this same list.
import type { ExportableReport } from '../shared/contract/reports';

export const FULL_NUMBER_REPORTS: ExportableReport[] = [
  'RPT-01',
  'RPT-04',
  'RPT-06',
  'RPT-08',
  'RPT-09',
  'RPT-11',
  'RPT-13',
  'RPT-14',
];
