// CFG-26 report_period (DOMAIN §8): the days a monthly statistical report counts. 'calendarMonth' (default): the 1st
// to the month end; 'day21': the 21st of the previous month to the 20th of this month (some counties close their
// monthly figures on the 20th). Which reports follow it: electron/core/modules/reports/statistical-period.ts.
import { addMonths, monthRange } from './dates';

export const REPORT_PERIOD_KEY = 'reports.period';
export const REPORT_PERIOD_MODES = ['calendarMonth', 'day21'] as const;
export type ReportPeriodMode = (typeof REPORT_PERIOD_MODES)[number];

export const isReportPeriodMode = (v: unknown): v is ReportPeriodMode =>
  (REPORT_PERIOD_MODES as readonly unknown[]).includes(v);

/** The first and last day of the month's reporting period under a mode: 2026-11 day21 → 2026-10-21 … 2026-11-20. */
export function reportPeriod(month: string, mode: ReportPeriodMode): { start: string; end: string } {
  if (mode === 'day21') return { start: `${addMonths(month, -1)}-21`, end: `${month}-20` };
  return monthRange(month);
}

/**
 * The day whose setting decides a month's mode: the 20th, the last day of a 21st–20th period. The mode in force on
 * the period's end decides (for a calendar month too: a switch made on the 21st–31st takes effect with the next month).
 * A switch to day21 counts the 21st to the end of the last calendar month again in the first 21st–20th period; a
 * switch back leaves those days out of both: counties switch at the start of a year.
 */
export const periodModeDay = (month: string): string => `${month}-20`;
