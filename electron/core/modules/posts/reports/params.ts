// What RPT-03, RPT-04 and RPT-07 need from reports.export, and the period they derive from it.
import type Database from 'better-sqlite3';
import { daysInMonth, formatDate, parseMonth } from '../../../../../shared/domain/dates';
import { addDays } from '../../../../../shared/domain/working-days';
import type { ReportDefinition } from '../../../excel/report-definition';

export interface PostReportParams {
  /** 所属期 YYYY-MM (BR-31 calendar month). */
  month: string;
  /** The working date: a running month is reported up to today, not to its end. */
  today: string;
  /** Only this 乡镇(街道) (posts by their work place); absent = the whole county. */
  townshipId?: string;
  townshipName?: string;
  /** RPT-03 subtotals / RPT-07 rows: by 乡镇 (default) or by 用人单位 (DOMAIN §6.3, §6.7). */
  groupBy?: 'township' | 'employer';
}

/** A report of the post module: a definition for the frame plus its rows (sorted as the grouping needs). */
export interface PostReport {
  code: string;
  name: string;
  definition(params: PostReportParams): ReportDefinition;
  /** Data rows the export will write (progress bar). */
  count(db: Database.Database, params: PostReportParams): number;
  /** The rows, pulled one by one by writeReport; read on the export's reader connection. */
  rows(db: Database.Database, params: PostReportParams): Iterable<object>;
}

export interface ReportPeriod {
  /** First day of the month. */
  from: string;
  /** Month end, or today when the month is still running. */
  asOf: string;
  /** The day before the month (期初 = on post at its end). */
  before: string;
}

export function periodOf(p: Pick<PostReportParams, 'month' | 'today'>): ReportPeriod {
  const ym = parseMonth(p.month);
  if (!ym) throw new RangeError(`报表期间应为 YYYY-MM：${p.month}`);
  const from = `${p.month}-01`;
  const end = formatDate(ym.y, ym.m, daysInMonth(ym.y, ym.m));
  return { from, asOf: end < p.today ? end : p.today, before: addDays(from, -1) };
}

/** 2026-11-30 → 2026年11月30日. */
export const chineseDate = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** CFG-10 K01 cut-off birth dates on `onDate`: born on or before → at least that age. */
export function olderCutoffs(onDate: string, olderAge: { female: number; male: number }): { male: string; female: string } {
  const y = Number(onDate.slice(0, 4));
  const rest = onDate.slice(4);
  return { male: `${y - olderAge.male}${rest}`, female: `${y - olderAge.female}${rest}` };
}
