/**
 * Report export (DOMAIN §6) shared by 报表导出 (features/reports) and the modules' list toolbars: the form of one
 * report (its period, 乡镇 and choices, 导出完整号码, the export job) and the 导出 menu of a module's reports.
 */
export { FULL_EXPORT_WARNING, ReportExportForm } from './ReportExportForm';
export type { ReportDefaults } from './ReportExportForm';
export { ModuleReportsMenu } from './ModuleReportsMenu';
export { REPORT_DESCRIPTIONS } from './report-descriptions';
