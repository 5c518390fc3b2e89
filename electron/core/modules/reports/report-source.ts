// The one shape of a report reports.export can write (ARCHITECTURE §5): a definition for the report frame plus its
// rows, both from the clerk's resolved choices (ReportScope). Every report file exports one ReportSource named for
// its code (rpt01, rpt03, …) and registry.ts lists them. The helpers below turn a scope into the dates a report
// reads: 所属期 (one month, BR-31) or 统计期 (a range of whole months).
import type Database from 'better-sqlite3';
import type { CoreContext } from '../../context';
import { monthEnd } from '../../../../shared/domain/dates';
import { addDays } from '../../../../shared/domain/working-days';
import type { ReportDefinition, ReportPeriod } from '../../excel/report-definition';
import type { Scope } from '../../scope/scope';

/** What the clerk chose, resolved. A report reads what it needs and ignores the rest. */
export interface ReportScope {
  /** 所属期 YYYY-MM (BR-31); for a range report the last month of the range (the file name names the range). */
  month: string;
  /** 统计期 of a range report (RPT-08, RPT-10): first and last month, YYYY-MM. */
  range?: { from: string; to: string };
  /**
   * CFG-26: the days of the month's report period when they are not the calendar month (21st–20th), set by
   * withReportPeriod (statistical-period.ts) for the reports that follow it; absent = the calendar month.
   */
  dates?: { start: string; end: string };
  /** The working date: a running month is reported up to today, not to its end. */
  today: string;
  /** Only this 乡镇(街道); absent = the whole county. */
  townshipId?: string;
  townshipName?: string;
  /** RPT-03 小计 / RPT-07 rows: by 乡镇 (default) or by 用人单位 (§6.3, §6.7). */
  groupBy?: 'township' | 'employer';
  /** Only this 用人单位 (RPT-05, the sheet an employer fills in). */
  employerId?: string;
  employerName?: string;
  /** Only this 培训班 (RPT-13 from the class page); the range is the class's start month. */
  classId?: string;
  className?: string;
  /**
   * RPT-01 (§6.1): only the persons 有效 at the period's end; absent = 含本期退出 (the default, and what a locked month
   * freezes: ReportSource.fromFrozen narrows that copy).
   */
  recognitionStatus?: 'valid';
  /** 按村(社区)分页 (the 公示名单): one sheet per 村(社区). */
  byVillage?: true;
  /**
   * Who exports (issue 19): a 乡镇经办's townships. Reports whose 乡镇 is the post's (RPT-04, RPT-05) also leave out the
   * persons who live outside them; absent = everyone.
   */
  persons?: Scope;
}

/**
 * A hidden field of the rows of reports whose 乡镇 is the post's (RPT-04, RPT-05): the 乡镇 the person lives in. No
 * column shows it; a locked month's frozen copy keeps it so a 乡镇经办 gets only their residents' rows from the copy
 * (period-locks/snapshot.ts ownRows), as the live export's `persons` filter does.
 */
export const RESIDENT_TOWNSHIP = 'residentTownshipId';

export interface ReportSource {
  code: string;
  name: string;
  /** `db`: the export's connection, for a definition whose notes state a setting in force (RPT-04). */
  definition(scope: ReportScope, db?: Database.Database): ReportDefinition;
  /** Data rows the export will write, for the progress bar. */
  count?(db: Database.Database, scope: ReportScope): number;
  /** Rows sorted as the grouping needs, pulled one by one; `db` is the export's read-only connection. */
  rows(db: Database.Database, scope: ReportScope): Iterable<object>;
  /**
   * Rows kept on the interactive connection and patched after writes (db/memo.ts), the same as `rows` gives. The
   * interactive worker reads them when it hands the export over (kept-rows.ts): the job worker's own connection
   * cannot keep them (another connection's commit drops what it keeps). For small statistical tables only. Null
   * when they are not kept now: the job reads them itself.
   */
  keptRows?(ctx: CoreContext, scope: ReportScope): object[] | null;
  /**
   * A locked month's frozen sheets (frozen for the default choices) narrowed to a choice that only leaves rows out
   * (RPT-01 仅有效); absent = the frozen sheets as they are.
   */
  fromFrozen?<S extends { definition: ReportDefinition; rows: object[] }>(sheets: S[], scope: ReportScope): S[];
  /** CFG-26: counts the days of the county's report period (statistical-period.ts), not the calendar month. */
  followsReportPeriod?: true;
  /** The period on the unit line; default 所属期 = the month (统计期 with the dates of a 21st–20th period). */
  period?(scope: ReportScope): ReportPeriod;
  /**
   * A report of several sheets (RPT-05 per 用人单位, RPT-06 岗位补贴 / 社保补贴): each with its definition, rows and,
   * where it differs, its own 填报单位. When present the export writes these instead of definition + rows.
   */
  sheets?(db: Database.Database, scope: ReportScope): SourceSheet[];
  /**
   * CFG-30: a statistical table (统计表) whose amounts follow the county's unit in force on the period's last day
   * (元 or 万元). Rosters of individual payments (RPT-06, RPT-09, RPT-14) and ledgers never set it: the finance office
   * pays from them, to the fen, in 元.
   */
  statisticalMoney?: true;
  /**
   * 报表格式 (modules/report-layouts): the definitions whose header trees, merged, a county lays out (default: the
   * definition of this month for the whole county; RPT-06 its three sheets), and the node ids an import reads back
   * (they cannot be renamed or left out), with the reason shown beside them.
   */
  layout?: {
    definitions?(scope: ReportScope, db: Database.Database): ReportDefinition[];
    readBack?: Record<string, string>;
  };
}

/** A report whose definition never changes: its code, name and definition are that definition's. */
export const fixedReport = (
  definition: ReportDefinition,
  source: Omit<ReportSource, 'code' | 'name' | 'definition'>,
): ReportSource => ({ code: definition.code, name: definition.name, definition: () => definition, ...source });

/** CFG-26: the line a table counted over the 21st–20th report period says it with (RPT-02, RPT-07, RPT-12). */
export const day21Line = (what: string) => `本表按上月21日至本月20日统计${what}`;

/** The definition, with day21Line among its notes when the scope counts the 21st–20th period (scope.dates). */
export const withDay21Line = (def: ReportDefinition, scope: ReportScope, what: string): ReportDefinition =>
  scope.dates ? { ...def, notes: [...(def.notes ?? []), `${day21Line(what)}。`] } : def;

/** Rows of ReportSource.keptRows passed in the export's input, for the scope they were read for (JSON). */
export interface KeptRows {
  scope: string;
  rows: object[];
}

export interface SourceSheet {
  definition: ReportDefinition;
  rows: Iterable<object>;
  /** 填报单位 and {单位} of the title for this sheet (e.g. the 用人单位 of an RPT-05 sheet); default the office. */
  unitName?: string;
}

/** The dates of a 所属期 (or of the month's report period, CFG-26, when the scope has its dates). */
interface MonthDates {
  /** First day of the month. */
  from: string;
  /** Month end, or today when the month is still running. */
  asOf: string;
  /** The day before the month (期初 = the state at its end). */
  before: string;
}

export function monthDates(scope: Pick<ReportScope, 'month' | 'today' | 'dates'>): MonthDates {
  const from = scope.dates?.start ?? `${scope.month}-01`;
  const end = scope.dates?.end ?? monthEnd(scope.month);
  return { from, asOf: end < scope.today ? end : scope.today, before: addDays(from, -1) };
}

/** 统计期 as dates: the first day of the first month to the last month's end, or today while it runs. */
export function rangeDates(scope: Pick<ReportScope, 'month' | 'range' | 'today'>): { from: string; to: string } {
  const range = scope.range ?? { from: scope.month, to: scope.month };
  const end = monthEnd(range.to);
  return { from: `${range.from}-01`, to: end < scope.today ? end : scope.today };
}

/** The unit line of a range report shows 统计期 (DOMAIN §6.0.2). */
export const rangePeriod = (scope: Pick<ReportScope, 'month' | 'range'>): ReportPeriod =>
  scope.range ?? { from: scope.month, to: scope.month };
