// CFG-26 report_period: which reports count the days of the county's report period (shared/domain/report-period.ts)
// instead of the calendar month, decided per report (DOMAIN §6):
//   follow it — the monthly statistical tables whose figures are flows of the month: RPT-02 (新认定, 实现就业, 退出 in
//     the period; 期初 the day before its start, 期末 its end), RPT-07 (新上岗, 离岗 in the period; 期初/期末 at its
//     ends; the subsidy columns 19–21 stay the reviewed rosters of the calendar month, see below), RPT-11 (the
//     registrations active and the contacts/services in the period), RPT-12 (联系, 服务人次, 实现就业, 注销 in the period).
//   stay calendar months — the payroll rosters RPT-05 (attendance), RPT-06 (post and social-insurance subsidies) and
//     RPT-09 (internship allowances) follow the attendance month, which is a calendar month (working days, 应出勤天数);
//     the rosters of persons or posts at a date (RPT-01, RPT-03, RPT-04, RPT-08, RPT-13) list a state, not flows (so
//     with day21 RPT-01's 当前就业状态 is the status at the month end, RPT-02 col 18 the status on the 20th); the
//     range reports (RPT-10, RPT-14, RPT-15, 公示名单) take a 统计期 of whole months the clerk chooses; the amounts
//     a statistical table takes from the subsidy rosters (RPT-07 19–21) are the rosters of the calendar month.
//   Work lists and 首页 are not reports: calendar months always.
// The mode in force on the period's end decides (periodModeDay). A period lock stays by calendar month
// (period-locks/guard.ts): with day21, locking November freezes November's reports (10-21 … 11-20, as computed at
// lock time) and refuses edits dated 11-01 … 11-30; edits dated 10-21 … 10-31 are refused only once October is locked.
import type Database from 'better-sqlite3';
import {
  isReportPeriodMode,
  periodModeDay,
  REPORT_PERIOD_KEY,
  reportPeriod,
  type ReportPeriodMode,
} from '../../../../shared/domain/report-period';
import type { ReportPeriod } from '../../excel/report-definition';
import { readSetting } from '../settings/queries';
import type { ReportScope, ReportSource } from './report-source';

/** The report-period mode in force for a month's reports. */
export function reportPeriodMode(db: Database.Database, month: string): ReportPeriodMode {
  const stored = readSetting<string>(db, REPORT_PERIOD_KEY, periodModeDay(month));
  return isReportPeriodMode(stored) ? stored : 'calendarMonth';
}

/** The scope with the report's 统计期 dates when the report follows the county's report period (see above). */
export function withReportPeriod(db: Database.Database, report: ReportSource, scope: ReportScope): ReportScope {
  if (!report.followsReportPeriod || scope.range) return scope;
  const mode = reportPeriodMode(db, scope.month);
  return mode === 'calendarMonth' ? scope : { ...scope, dates: reportPeriod(scope.month, mode) };
}

/** The unit line's period: 所属期 of the month, or 统计期 naming the dates of a 21st–20th period. */
export const scopePeriod = (scope: ReportScope): ReportPeriod =>
  scope.dates ? { month: scope.month, from: scope.dates.start, to: scope.dates.end } : { month: scope.month };
