// "Reports of a locked month export identically before and after later edits elsewhere" (issue 19): when a month is
// locked, every month report (所属期 = that month) is computed once and stored as JSON — its sheets' definitions,
// rows and unit names, and the office's names — for the whole county, for each 乡镇(街道) where the report can be
// narrowed to one, and for each 分组方式. reports.export of a locked month writes the frozen sheets instead of
// reading the register again, so an edit of a person, post or registration after the lock (even one dated in an
// open month) cannot change a submitted report. Narrower exports not frozen (RPT-05 for one 用人单位) read live data.
// A choice that only leaves rows out (RPT-01 认定状态 仅有效) is not frozen apart: the export narrows the frozen copy
// (ReportSource.fromFrozen), so it also serves months locked before the choice existed.
// Range reports (统计期, RPT-08/09/10/13/15) are frozen as the one-month range of the locked month (统计期 = 所属期,
// what a month's submission holds) and a one-month range of a locked month is served from that copy; a range of
// several months, or one 培训班's RPT-13, is computed from today's register. The 公示名单 (publicNotice) is not frozen:
// it is posted in the village during its 公示, not submitted, and its rows carry no ID a purge could take them out by.
import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/contract/result';
import { EXPORTABLE_REPORTS, reportInfo, type ExportableReport } from '../../../../shared/contract/reports';
import type { ReportDefinition } from '../../excel/report-definition';
import type { JobControl } from '../../jobs/registry';
import { prepared } from '../../db/prepared';
import { REPORTS } from '../reports/registry';
import { RESIDENT_TOWNSHIP, type ReportScope } from '../reports/report-source';
import { readSettings } from '../settings/service';
import { withReportPeriod } from '../reports/statistical-period';

interface FrozenSheet {
  definition: ReportDefinition;
  rows: object[];
  unitName?: string;
}

export interface FrozenReport {
  countyName: string;
  unitName: string;
  sheets: FrozenSheet[];
}

/** The key of a scope among the frozen variants: '' = the whole county. */
export function scopeKey(scope: Pick<ReportScope, 'townshipId' | 'groupBy' | 'employerId' | 'classId'>): string | null {
  if (scope.employerId || scope.classId) return null;
  const parts: string[] = [];
  if (scope.townshipId) parts.push(`t:${scope.townshipId}`);
  if (scope.groupBy === 'employer') parts.push('g:employer');
  return parts.join('|');
}

/** The report's sheets for a scope, as the export would write them, with every row read now. */
function sheetsOf(db: Database.Database, code: ExportableReport, scope: ReportScope): FrozenSheet[] {
  const report = REPORTS[code];
  if (report.sheets)
    return report.sheets(db, scope).map((s) => ({
      definition: s.definition,
      rows: Array.from(s.rows),
      ...(s.unitName ? { unitName: s.unitName } : {}),
    }));
  return [{ definition: report.definition(scope, db), rows: Array.from(report.rows(db, scope)) }];
}

/** The reports a month lock freezes: month reports (所属期) and range reports over the month, not the 公示名单. */
export const FROZEN_REPORTS = EXPORTABLE_REPORTS.filter((c) => !reportInfo(c)?.publicNotice);

/** A range report's scope over the one month: its 统计期 is the locked month. */
const rangeOf = (code: ExportableReport, month: string) =>
  reportInfo(code)?.period === 'range' ? { range: { from: month, to: month } } : {};

/** What the freeze reports to (the lock job): progress per report, a cancel seen between two reports. */
export type FreezeControl = Pick<JobControl, 'progress' | 'checkCancelled'>;

interface Variant {
  code: ExportableReport;
  place: { townshipId: string; townshipName: string } | null;
  groupBy: ReportScope['groupBy'] | undefined;
}

/** Every variant a lock freezes: each month report for the county, each 乡镇 and each 分组方式 it takes. */
function variantsOf(db: Database.Database): Variant[] {
  const townships = db.prepare('SELECT id, name FROM regions WHERE level = 4 ORDER BY code').all() as {
    id: string;
    name: string;
  }[];
  const variants: Variant[] = [];
  for (const code of FROZEN_REPORTS) {
    const info = reportInfo(code);
    const groups: (ReportScope['groupBy'] | undefined)[] = info?.groupBy ? [undefined, 'employer'] : [undefined];
    const places: Variant['place'][] = [
      null,
      ...(info?.township ? townships.map((t) => ({ townshipId: t.id, townshipName: t.name })) : []),
    ];
    for (const place of places) for (const groupBy of groups) variants.push({ code, place, groupBy });
  }
  return variants;
}

/** The phase the progress window shows while a variant is frozen: 保存报表：RPT-04 公益性岗位安置人员花名册（乌帕尔镇）. */
const phaseOf = ({ code, place, groupBy }: Variant, attempt: number) =>
  `保存报表：${code} ${reportInfo(code)?.name ?? ''}${place ? `（${place.townshipName}）` : ''}${groupBy ? '（按用人单位）' : ''}${attempt > 1 ? `（数据有变动，第${attempt}次计算）` : ''}`;

/** One variant's frozen copy, as period_lock_reports keeps it. */
export interface FrozenRow {
  report: ExportableReport;
  scopeKey: string | null;
  content: string;
}

/**
 * Computes every month report of `month` as a lock freezes it, reading only (the lock runs it in a read transaction,
 * service.ts). `job` hears the progress before each variant and may cancel there (its checkCancelled throws).
 * `attempt` > 1 says in the phase that the data changed and the reports are computed again.
 */
export function computeFrozen(
  db: Database.Database,
  month: string,
  today: string,
  job?: FreezeControl,
  attempt = 1,
): FrozenRow[] {
  const office = readSettings(db).office;
  if (!office) return [];
  const variants = variantsOf(db);
  const rows: FrozenRow[] = [];
  variants.forEach((variant, i) => {
    job?.checkCancelled();
    job?.progress(i, variants.length, phaseOf(variant, attempt));
    const { code, place, groupBy } = variant;
    const scope = withReportPeriod(db, REPORTS[code], {
      month,
      today,
      ...rangeOf(code, month),
      ...(place ?? {}),
      ...(groupBy ? { groupBy } : {}),
    });
    let sheets: FrozenSheet[];
    try {
      sheets = sheetsOf(db, code, scope);
    } catch (err) {
      // A report the month cannot produce (no roster, no attendance there) is not frozen: its export keeps
      // refusing with the report's own message.
      if (err instanceof AppError) return;
      throw err;
    }
    const frozen: FrozenReport = { countyName: office.countyName, unitName: office.name, sheets };
    rows.push({ report: code, scopeKey: scopeKey(scope), content: JSON.stringify(frozen) });
  });
  job?.checkCancelled();
  job?.progress(variants.length, variants.length, '保存锁定');
  return rows;
}

/** Stores the copies computeFrozen made (inside the lock's write transaction); returns how many. */
export function storeFrozen(db: Database.Database, month: string, rows: readonly FrozenRow[]): number {
  const insert = db.prepare('INSERT INTO period_lock_reports (month, report, scope_key, content) VALUES (?, ?, ?, ?)');
  for (const r of rows) insert.run(month, r.report, r.scopeKey, r.content);
  return rows.length;
}

/**
 * The frozen report for this scope of a locked month, or null (month open, or a scope that was not frozen). A range
 * report's copy is the one-month range: a 统计期 of several months has none.
 */
export function frozenReport(db: Database.Database, code: string, scope: ReportScope): FrozenReport | null {
  if (scope.range && scope.range.from !== scope.range.to) return null;
  const key = scopeKey(scope);
  if (key === null) return null;
  const content = prepared(
    db,
    'SELECT content FROM period_lock_reports WHERE month = ? AND report = ? AND scope_key = ?',
  )
    .pluck()
    .get(scope.month, code, key) as string | undefined;
  return content ? (JSON.parse(content) as FrozenReport) : null;
}

/** Reports whose 乡镇 is the post's, where the live export also filters by where the person lives. */
const BY_RESIDENCE: ReadonlySet<string> = new Set(['RPT-04', 'RPT-05']);

/**
 * The frozen sheets a 乡镇经办 gets (issue 19). The copies are frozen for the county and per 乡镇, so RPT-04 / RPT-05
 * of a 乡镇 (the post's) also hold persons who live in another 乡镇 and work there. Their rows carry the person's
 * 乡镇 (RESIDENT_TOWNSHIP): the caller gets their residents' rows only, as the live export's filter gives; a sheet
 * left empty goes (an RPT-05 sheet of an employer with none of theirs), one empty sheet stays when nothing is left.
 * A row without the field (a copy made before it existed) is left out rather than shown.
 */
export function ownRows(code: string, report: FrozenReport, persons: ReportScope['persons']): FrozenSheet[] {
  if (!persons || persons.county || !BY_RESIDENCE.has(code)) return report.sheets;
  const own = new Set(persons.townshipIds);
  const sheets = report.sheets.map((s) => ({
    ...s,
    rows: s.rows.filter((r) => own.has((r as Record<string, unknown>)[RESIDENT_TOWNSHIP] as string)),
  }));
  const kept = sheets.filter((s, i) => s.rows.length > 0 || report.sheets[i].rows.length === 0);
  return kept.length ? kept : sheets.slice(0, 1);
}
