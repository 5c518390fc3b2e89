// Thin adapters from the modules' report shapes to the registry's ReportSource (ARCHITECTURE §5): the post
// reports (RPT-03, RPT-04, RPT-07) take the scope as it is; the contact reports (RPT-11, RPT-12) take the month;
// the internship reports (RPT-08, RPT-10) take 统计期 dates [first day of the first month, last day of the last
// month or today while it runs] and show 统计期 on the unit line (DOMAIN §6.0.2, BR-31).
import type Database from 'better-sqlite3';
import { daysInMonth, formatDate, parseMonth } from '../../../../shared/domain/dates';
import type { ReportDefinition } from '../../excel/report-definition';
import type { MonthReportParams } from '../contacts/reports/month';
import type { InternshipReportParams } from '../internships/reports/rpt08';
import type { PostReport } from '../posts/reports/params';
import type { ReportScope, ReportSource } from './registry';

export function postReport(r: PostReport): ReportSource {
  return {
    code: r.code,
    name: r.name,
    definition: (scope) => r.definition(scope),
    count: (db, scope) => r.count(db, scope),
    rows: (db, scope) => r.rows(db, scope),
  };
}

/** RPT-11 and RPT-12: the whole county, one month. */
export function monthReport(r: {
  definition: ReportDefinition;
  rows(db: Database.Database, p: MonthReportParams): object[];
}): ReportSource {
  return {
    code: r.definition.code,
    name: r.definition.name,
    definition: () => r.definition,
    rows: (db, scope) => r.rows(db, { month: scope.month, today: scope.today }),
  };
}

/** 统计期 as dates: the first day of the first month to the last month's end, or today while it runs. */
export function rangeDates(scope: ReportScope): InternshipReportParams {
  const range = scope.range ?? { from: scope.month, to: scope.month };
  const ym = parseMonth(range.to);
  if (!ym) throw new RangeError(`统计期应为 YYYY-MM：${range.to}`);
  const end = formatDate(ym.y, ym.m, daysInMonth(ym.y, ym.m));
  return { from: `${range.from}-01`, to: end < scope.today ? end : scope.today };
}

/** RPT-08 and RPT-10: the whole county, 统计期 from–to. */
export function internshipReport(r: {
  code: string;
  name: string;
  definition: ReportDefinition;
  rows(db: Database.Database, p: InternshipReportParams): object[];
}): ReportSource {
  return {
    code: r.code,
    name: r.name,
    definition: () => r.definition,
    rows: (db, scope) => r.rows(db, rangeDates(scope)),
    period: (scope) => scope.range ?? { from: scope.month, to: scope.month },
  };
}
