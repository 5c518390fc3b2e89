// A report's title line (DOMAIN §6.0.1): its template with {县市名} {年} {月} {报表名} {单位} filled in. One rule for the
// workbook (electron/core/excel/report-definition.ts renderTitle) and the 报表格式 screen's preview.

/** The placeholders a title template may use (报表格式 refuses others). */
export const TITLE_PLACEHOLDERS = ['县市名', '年', '月', '报表名', '单位'] as const;
const PLACEHOLDER = new RegExp(`\\{(${TITLE_PLACEHOLDERS.join('|')})\\}`, 'g');

/**
 * Period of a report: one month (所属期), a range of dates or months (统计期), or a month whose report period is
 * other days (CFG-26 21st–20th: the title names the month, the unit line 统计期 the dates).
 */
export type ReportPeriod =
  { month: string } | { from: string; to: string } | { month: string; from: string; to: string };

function yearMonth(s: string): { y: string; m: string } {
  const match = /^(\d{4})-(\d{2})/.exec(s);
  if (!match) throw new RangeError(`报表期间格式不正确：${s}`);
  return { y: match[1], m: String(Number(match[2])) };
}

/**
 * The period as the title names it, so title and 统计期 line agree (issue 18): 2024年3月 for one month; a 统计期 over
 * several months names both ends, 2024年1月至3月 (2023年12月至2024年2月 across a year end).
 */
export function titlePeriod(period: ReportPeriod): string {
  const end = yearMonth('month' in period ? period.month : period.to);
  const start = 'month' in period ? end : yearMonth(period.from);
  if (start.y === end.y && start.m === end.m) return `${end.y}年${end.m}月`;
  return start.y === end.y ? `${start.y}年${start.m}月至${end.m}月` : `${start.y}年${start.m}月至${end.y}年${end.m}月`;
}

/** What a title's placeholders are filled with. */
export interface TitleValues {
  /** {县市名} */
  countyName: string;
  /** {单位}: the 填报单位. */
  unitName: string;
  /** {报表名} */
  reportName: string;
  /** {年} and {月}: the period's (last) month; {年}年{月}月 together name the whole period. */
  period: ReportPeriod;
}

/** The title `template` with its placeholders filled. */
export function fillTitle(template: string, values: TitleValues): string {
  const { y, m } = yearMonth('month' in values.period ? values.period.month : values.period.to);
  const text: Record<string, string> = {
    县市名: values.countyName,
    年: y,
    月: m,
    报表名: values.reportName,
    单位: values.unitName,
  };
  return template.replace('{年}年{月}月', titlePeriod(values.period)).replace(PLACEHOLDER, (_, k: string) => text[k]);
}
