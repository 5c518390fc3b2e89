import { z } from 'zod';
import { writeJobChannel } from './define';
import { optId } from './fields';
import { writtenFile } from './files';
import { codesOf, labelLookup, type CodeItem, type CodeOf } from '../enums/code-list';

// Excel reports for upward submission (DOMAIN §6). A report is exported by a job that writes the file in
// the report frame (§6.0) and records one audit row with its scope and masking level (§9.5, §9.9).

/** The modules whose pages offer their own reports (导出 on the list toolbar): DOMAIN §6's report families. */
export type ReportModule = 'recognitions' | 'posts' | 'internships' | 'registrations' | 'training';

export interface ReportInfo {
  code: string;
  name: string;
  /** The module the report belongs to: its list page's 导出 menu offers it. */
  module: ReportModule;
  /** False until the module that fills it exists: listed as 尚未开放. */
  available: boolean;
  /**
   * month: 所属期, one calendar month (BR-31). range: 统计期 起始月份—截止月份, whole months (BR-31: longer periods
   * aggregate months), for the internship reports whose agreements run 3–12 months (§6.8, §6.10) and RPT-09, claimed
   * by month or by quarter (§6.9). Default month.
   */
  period?: 'month' | 'range';
  /** Can be exported for one 乡镇(街道). */
  township?: boolean;
  /** Rows / 小计 by 乡镇 or by 用人单位 (§6.3, §6.7). */
  groupBy?: boolean;
  /** Can be exported for one 用人单位 (RPT-05, the sheet the employer fills in). */
  employer?: boolean;
  /** Can leave out the persons who exited in the period (认定状态 仅有效, RPT-01 §6.1); default 含本期退出. */
  recognitionStatus?: boolean;
  /** Can be exported for one 培训班 (RPT-13 from the class page, §11.4 "per class"): the class sets the 统计期. */
  trainingClass?: boolean;
  /** A 公示 list posted in the village during its 公示, not a submission: a month lock does not freeze it. */
  publicNotice?: boolean;
  /** Can be written one sheet per 村(社区) (按村(社区)分页: the 公示名单, each village posts only its own part). */
  villagePages?: boolean;
}

/** The reports of DOMAIN §6.1–§6.12 and §11.4, in their order (literal, so the exportable codes keep their type). */
const CATALOGUE = [
  {
    code: 'RPT-01',
    name: '就业困难人员实名制台账',
    module: 'recognitions',
    available: true,
    township: true,
    recognitionStatus: true,
  },
  { code: 'RPT-02', name: '就业困难人员认定及就业情况统计表', module: 'recognitions', available: true, township: true },
  { code: 'RPT-03', name: '公益性岗位开发(岗位)台账', module: 'posts', available: true, township: true, groupBy: true },
  { code: 'RPT-04', name: '公益性岗位安置人员花名册', module: 'posts', available: true, township: true },
  { code: 'RPT-05', name: '公益性岗位考勤表', module: 'posts', available: true, township: true, employer: true },
  { code: 'RPT-06', name: '公益性岗位补贴发放花名册', module: 'posts', available: true },
  { code: 'RPT-07', name: '公益性岗位安置情况统计表', module: 'posts', available: true, township: true, groupBy: true },
  { code: 'RPT-08', name: '就业见习人员花名册', module: 'internships', available: true, period: 'range' },
  { code: 'RPT-09', name: '就业见习补贴发放花名册', module: 'internships', available: true, period: 'range' },
  { code: 'RPT-10', name: '就业见习情况统计表', module: 'internships', available: true, period: 'range' },
  { code: 'RPT-11', name: '登记失业人员跟踪服务台账', module: 'registrations', available: true },
  { code: 'RPT-12', name: '登记失业人员定期联系情况统计表', module: 'registrations', available: true },
  {
    code: 'RPT-13',
    name: '职业技能培训学员花名册',
    module: 'training',
    available: true,
    period: 'range',
    trainingClass: true,
  },
  { code: 'RPT-14', name: '职业培训补贴申领花名册', module: 'training', available: true },
  {
    code: 'RPT-15',
    name: '职业技能培训情况统计表',
    module: 'training',
    available: true,
    period: 'range',
    groupBy: true,
  },
  {
    code: 'GS-01',
    name: '就业困难人员认定公示名单',
    module: 'recognitions',
    available: true,
    township: true,
    period: 'range',
    publicNotice: true,
    villagePages: true,
  },
] as const satisfies readonly ReportInfo[];

export const REPORT_CATALOGUE: readonly ReportInfo[] = CATALOGUE;

/** Codes that can be exported now: the catalogue's available reports, in its order. */
export const EXPORTABLE_REPORTS = CATALOGUE.flatMap((r) => (r.available ? [r.code] : []));
export type ExportableReport = (typeof EXPORTABLE_REPORTS)[number];

export const reportInfo = (code: string) => REPORT_CATALOGUE.find((r) => r.code === code);
export const reportName = (code: string) => reportInfo(code)?.name ?? code;
/** The exportable reports of one module, in the catalogue's order. */
export const moduleReports = (module: ReportModule): ExportableReport[] =>
  EXPORTABLE_REPORTS.filter((code) => reportInfo(code)?.module === module);

/** Labels of the 统计期 fields of a range report (the form and the messages name them alike). */
export const RANGE_FROM_LABEL = '起始月份';
export const RANGE_TO_LABEL = '截止月份';
export const GROUP_BY_LABEL = '分组方式';
export const VILLAGE_PAGES_LABEL = '按村(社区)分页';
export const REPORT_GROUPINGS = [
  { code: 'township', label: '按乡镇(街道)' },
  { code: 'employer', label: '按用人单位' },
] as const satisfies readonly CodeItem[];
export type ReportGrouping = CodeOf<typeof REPORT_GROUPINGS>;
/** The 分组方式 of a report: RPT-15's units are the 培训机构 (employers designated to train), not 用人单位. */
export const reportGroupings = (code: string): readonly { code: ReportGrouping; label: string }[] =>
  code === 'RPT-15'
    ? REPORT_GROUPINGS.map((g) => (g.code === 'employer' ? { ...g, label: '按培训机构' } : g))
    : REPORT_GROUPINGS;
/**
 * DOMAIN §6.1 RPT-01 filter "status at as-of date": the persons whose recognition was in force at some time in the
 * 所属期, those who exited in it included (含本期退出, the default), or only those still 有效 at its end (仅有效).
 */
export const RECOGNITION_STATUS_LABEL = '认定状态';
export const REPORT_RECOGNITION_STATUSES = [
  { code: 'withExited', label: '含本期退出' },
  { code: 'valid', label: '仅有效' },
] as const satisfies readonly CodeItem[];
export type ReportRecognitionStatus = CodeOf<typeof REPORT_RECOGNITION_STATUSES>;
export const reportRecognitionStatusLabel = labelLookup(REPORT_RECOGNITION_STATUSES);

/**
 * The refusal of 导出完整号码 for a report whose workbook has no ID, phone or bank number column (its definition
 * decides: electron/core/modules/reports/full-numbers.ts; system.info lists the others for the form).
 */
export const NO_FULL_NUMBERS = '该报表不含身份证号码和联系电话，不能导出完整号码';

/** A choice of the export form among a few codes (分组方式, 认定状态): absent or empty = the report's default. */
const optChoice = <const L extends readonly CodeItem[]>(list: L, label: string) =>
  z
    .enum(codesOf(list), { error: `请选择${label}` })
    .nullish()
    .transform((v) => v || undefined);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (label: string) =>
  z.string({ error: `请选择${label}` }).regex(MONTH, { error: `${label}应为 YYYY-MM 格式` });

/**
 * The clerk's choices. A month report needs `month` (所属期); a range report (RPT-08, RPT-10) needs `from` and
 * `to` (统计期, whole months, from ≤ to) and ignores `month`. 乡镇(街道) and 分组方式 only where the report has them.
 */
export const reportExportInput = z
  .object({
    report: z.enum(EXPORTABLE_REPORTS, { error: '该报表尚未开放' }),
    /** 所属期 (BR-31: a calendar month); month reports only. */
    month: month('所属期').optional(),
    /** 统计期 first and last month; range reports only. */
    from: month(RANGE_FROM_LABEL)
      .nullish()
      .transform((v) => v || undefined),
    to: month(RANGE_TO_LABEL)
      .nullish()
      .transform((v) => v || undefined),
    /** §9.5: full IDs and phones; recorded in the audit log. */
    full: z.boolean({ error: '请选择是否导出完整号码' }),
    /** Only this 乡镇(街道); absent = the whole county. */
    townshipId: optId,
    /** RPT-03 小计 / RPT-07 rows by 乡镇 (default) or 用人单位. */
    groupBy: optChoice(REPORT_GROUPINGS, GROUP_BY_LABEL),
    /** Only this 用人单位 (RPT-05). */
    employerId: optId,
    /** RPT-01: 含本期退出 (default) or 仅有效 at the period's end. */
    recognitionStatus: optChoice(REPORT_RECOGNITION_STATUSES, RECOGNITION_STATUS_LABEL),
    /** Only this 培训班 (RPT-13); its start month is the 统计期, so from/to may be left out. */
    classId: optId,
    /** 按村(社区)分页 (the 公示名单): one sheet per 村(社区), each a notice of its own; absent = one sheet. */
    byVillage: z
      .boolean({ error: `请选择是否${VILLAGE_PAGES_LABEL}` })
      .nullish()
      .transform((v) => v || undefined),
  })
  .superRefine((v, ctx) => {
    const info = reportInfo(v.report);
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    // One class (RPT-13): its start month is the 统计期 (electron/core/modules/reports/export.ts), no months asked.
    const oneClass = !!(v.classId && info?.trainingClass);
    if (!oneClass && info?.period === 'range') {
      if (!v.from) issue('from', `请选择${RANGE_FROM_LABEL}`);
      if (!v.to) issue('to', `请选择${RANGE_TO_LABEL}`);
      if (v.from && v.to && v.from > v.to) issue('from', `${RANGE_FROM_LABEL}不能晚于${RANGE_TO_LABEL}`);
    } else if (!oneClass && !v.month) issue('month', '请选择所属期');
    if (v.townshipId && !info?.township) issue('townshipId', '该报表按全县导出，不能选择乡镇(街道)');
    if (v.groupBy && !info?.groupBy) issue('groupBy', '该报表不能选择分组方式');
    if (v.employerId && !info?.employer) issue('employerId', '该报表不能按用人单位导出');
    if (v.classId && !info?.trainingClass) issue('classId', '该报表不能按培训班导出');
    if (v.byVillage && !info?.villagePages) issue('byVillage', `该报表不能${VILLAGE_PAGES_LABEL}`);
    if (v.recognitionStatus && !info?.recognitionStatus)
      issue('recognitionStatus', `该报表不能选择${RECOGNITION_STATUS_LABEL}`);
  });
export type ReportExportInput = z.input<typeof reportExportInput>;

export const reportExportResult = writtenFile.extend({
  /** Data rows written (persons), without 小计/合计. */
  rows: z.number(),
});
export type ReportExportResult = z.infer<typeof reportExportResult>;

export const reportsChannels = {
  'reports.export': writeJobChannel(reportExportInput, reportExportResult, 'report'),
};
