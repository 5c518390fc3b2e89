import { z } from 'zod';
import { channel } from './define';
import { jobStarted } from './fields';
import { writtenFile } from './files';

// Excel reports for upward submission (DOMAIN §6). A report is exported by a job that writes the file in
// the report frame (§6.0) and records one audit row with its scope and masking level (§9.5, §9.9).

export interface ReportInfo {
  code: string;
  name: string;
  /** False until the module that fills it exists: listed as 尚未开放. */
  available: boolean;
}

/** The reports of DOMAIN §6.1–§6.12, in their order. */
export const REPORT_CATALOGUE: readonly ReportInfo[] = [
  { code: 'RPT-01', name: '就业困难人员实名制台账', available: true },
  { code: 'RPT-02', name: '就业困难人员认定及就业情况统计表', available: false },
  { code: 'RPT-03', name: '公益性岗位开发(岗位)台账', available: false },
  { code: 'RPT-04', name: '公益性岗位安置人员花名册', available: false },
  { code: 'RPT-05', name: '公益性岗位考勤表', available: false },
  { code: 'RPT-06', name: '公益性岗位补贴发放花名册', available: false },
  { code: 'RPT-07', name: '公益性岗位安置情况统计表', available: false },
  { code: 'RPT-08', name: '就业见习人员花名册', available: false },
  { code: 'RPT-09', name: '就业见习补贴发放花名册', available: false },
  { code: 'RPT-10', name: '就业见习情况统计表', available: false },
  { code: 'RPT-11', name: '登记失业人员跟踪服务台账', available: false },
  { code: 'RPT-12', name: '登记失业人员定期联系情况统计表', available: false },
];

/** Codes that can be exported now. */
export const EXPORTABLE_REPORTS = ['RPT-01'] as const;
export type ExportableReport = (typeof EXPORTABLE_REPORTS)[number];

export const reportName = (code: string) => REPORT_CATALOGUE.find((r) => r.code === code)?.name ?? code;

export const reportExportInput = z.object({
  report: z.enum(EXPORTABLE_REPORTS, { error: '该报表尚未开放' }),
  /** 所属期 (BR-31: a calendar month). */
  month: z.string({ error: '请选择所属期' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '所属期应为 YYYY-MM 格式' }),
  /** §9.5: full IDs and phones; recorded in the audit log. */
  full: z.boolean({ error: '请选择是否导出完整号码' }),
  /** Only this 乡镇(街道); absent = the whole county. */
  townshipId: z.string().nullish().transform((v) => v || undefined),
});
export type ReportExportInput = z.input<typeof reportExportInput>;

export const reportExportResult = writtenFile.extend({
  /** Data rows written (persons), without 小计/合计. */
  rows: z.number(),
});
export type ReportExportResult = z.infer<typeof reportExportResult>;

export const reportsChannels = {
  'reports.export': channel({
    input: reportExportInput,
    output: jobStarted,
    jobResult: reportExportResult,
    job: true,
    write: { entity: 'report' },
  }),
};
