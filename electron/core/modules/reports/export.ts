// reports.export: writes a report of the registry into exports/<fileId>.xlsx with the report engine and records
// ONE audit row naming the report, period, scope and masking level (DOMAIN §9.5, §9.9: the export log must let
// anyone list what a lost file contained). A cancelled or failed export leaves neither a file nor an audit row.
import type { z } from 'zod';
import { badInput } from '../../../../shared/contract/result';
import {
  RANGE_FROM_LABEL,
  RANGE_TO_LABEL,
  reportInfo,
  reportRecognitionStatusLabel,
  VILLAGE_PAGES_LABEL,
  type ReportExportResult,
  type reportExportInput,
} from '../../../../shared/contract/reports';
import { monthEnd, monthOf, parseMonth } from '../../../../shared/domain/dates';
import type { CoreContext } from '../../context';
import { inMoneyUnit, type ReportDefinition } from '../../excel/report-definition';
import { writeReportSheets } from '../../excel/report-writer';
import type { Commit } from '../../handlers';
import type { JobControl } from '../../jobs/registry';
import { exportFile } from '../files/export-step';
import { getRegion } from '../regions/queries';
import { idMaskOn, moneyUnitOn } from '../settings/display';
import { officeFileName, officeParams } from '../settings/office-export';
import { requireOffice } from '../settings/service';
import { frozenReport, ownRows } from '../period-locks/snapshot';
import { withReader } from './reader';
import { REPORTS } from './registry';
import { scopePeriod, withReportPeriod } from './statistical-period';
import type { KeptRows, ReportScope, ReportSource } from './report-source';
import { reportTownship } from '../../scope/reports';
import { laidOut } from '../report-layouts/defaults';

/** `kept`: the report's kept rows, added by the interactive worker at hand-over (kept-rows.ts), never by a caller. */
type Input = z.output<typeof reportExportInput> & { kept?: KeptRows };

export const NO_OFFICE =
  '请先在“设置 → 单位信息”中填写单位名称、县(市、区)名称和区划代码，报表标题和文件名要用到它们。';

/** 1,234 — counts in Chinese summaries. */
const count = (n: number) => n.toLocaleString('en-US');

/** What an export holds: report, period (所属期 or 统计期) and scope — for its audit row and its download's (§9.9). */
function exportSubject(report: Pick<ReportSource, 'code' | 'name'>, scope: ReportScope): string {
  const period = scope.range
    ? `${scope.range.from}至${scope.range.to}`
    : scope.dates
      ? `${scope.month}（${scope.dates.start}至${scope.dates.end}）`
      : scope.month;
  const where = [scope.townshipName, scope.employerName, scope.className].map((n) => (n ? ` ${n}` : '')).join('');
  const by = scope.groupBy === 'employer' ? ' 按用人单位' : '';
  const status = scope.recognitionStatus ? ` ${reportRecognitionStatusLabel(scope.recognitionStatus)}` : '';
  const pages = scope.byVillage ? ` ${VILLAGE_PAGES_LABEL}` : '';
  return `${report.code} ${report.name} ${period}${where}${by}${status}${pages}`;
}

/** A locked month's frozen sheets as the scope asks for them (ReportSource.fromFrozen). */
const fromFrozen = <S extends { definition: ReportDefinition; rows: object[] }>(
  report: ReportSource,
  sheets: S[],
  scope: ReportScope,
): S[] => report.fromFrozen?.(sheets, scope) ?? sheets;

/** The audit summary: report, period, scope and masking level (§9.9). */
function exportSummary(
  report: Pick<ReportSource, 'code' | 'name'>,
  scope: ReportScope,
  full: boolean,
  rows: number,
): string {
  return `导出 ${exportSubject(report, scope)}（${full ? '完整号码' : '隐藏号码'}，${count(rows)} 行）`;
}

/** A month of the input: well formed and not after this month. */
function checkMonth(field: string, label: string, month: string, today: string): string {
  if (!parseMonth(month)) throw badInput({ [field]: `${label}应为 YYYY-MM 格式` });
  if (month > monthOf(today)) throw badInput({ [field]: `${label}不能晚于本月` });
  return month;
}

/** The 培训班 an export names (RPT-13): it exists. */
function trainingClassOf(ctx: CoreContext, id: string): { id: string; code: string; start_date: string } {
  const c = ctx.db.prepare('SELECT id, code, start_date FROM training_classes WHERE id = ?').get(id) as
    { id: string; code: string; start_date: string } | undefined;
  if (!c) throw badInput({ classId: '请选择培训班' });
  return c;
}

/**
 * The clerk's choices checked against the register: a month (or 统计期, BR-31) not after this one, a township that
 * exists. The contract has already refused fields the report does not take (reportExportInput).
 */
function scopeOf(input: Input, ctx: CoreContext): ReportScope {
  const today = ctx.today();
  let scope: ReportScope;
  const klass = input.classId ? trainingClassOf(ctx, input.classId) : null;
  if (klass) {
    // One class (RPT-13 from its page): the 统计期 is the month it starts, whatever the form's months.
    const month = monthOf(klass.start_date);
    scope = { month, today, range: { from: month, to: month }, classId: klass.id, className: `培训班${klass.code}` };
  } else if (reportInfo(input.report)?.period === 'range') {
    const from = checkMonth('from', RANGE_FROM_LABEL, input.from ?? '', today);
    const to = checkMonth('to', RANGE_TO_LABEL, input.to ?? '', today);
    if (from > to) throw badInput({ from: `${RANGE_FROM_LABEL}不能晚于${RANGE_TO_LABEL}` });
    scope = { month: to, today, range: { from, to } };
  } else {
    scope = { month: checkMonth('month', '所属期', input.month ?? '', today), today };
  }
  if (input.groupBy) scope.groupBy = input.groupBy;
  if (input.recognitionStatus === 'valid') scope.recognitionStatus = 'valid';
  if (input.byVillage) scope.byVillage = true;
  if (!ctx.scope.county) scope.persons = ctx.scope;
  if (input.employerId) {
    const e = ctx.db
      .prepare('SELECT id, name FROM employers WHERE id = ? AND deleted_at IS NULL')
      .get(input.employerId) as { id: string; name: string } | undefined;
    if (!e) throw badInput({ employerId: '请选择用人单位' });
    Object.assign(scope, { employerId: e.id, employerName: e.name });
  }
  // A 乡镇经办 exports their township only (scope/reports.ts).
  const townshipId = reportTownship(ctx.db, ctx.scope, input.report, input.townshipId);
  if (townshipId) {
    const t = getRegion(ctx.db, townshipId);
    if (!t || t.level !== 4) throw badInput({ townshipId: '请选择乡镇(街道)' });
    Object.assign(scope, { townshipId: t.id, townshipName: t.name });
  }
  return scope;
}

/** The export's scope: the clerk's choices checked, with the report period's dates (CFG-26) where it follows it. */
export const exportScope = (input: Input, ctx: CoreContext): ReportScope =>
  withReportPeriod(ctx.db, REPORTS[input.report], scopeOf(input, ctx));

export async function exportReport(
  input: Input,
  ctx: CoreContext,
  job: JobControl,
  commit: Commit,
): Promise<ReportExportResult> {
  const office = requireOffice(ctx.db, NO_OFFICE);
  const report = REPORTS[input.report];
  const scope = exportScope(input, ctx);
  job.progress(0, 0, '准备数据');
  const params = {
    ...officeParams(office, report.period?.(scope) ?? scopePeriod(scope)),
    ...(scope.townshipName ? { townshipName: scope.townshipName } : {}),
  };
  // A locked month writes the reports frozen at lock time (period-locks/snapshot.ts), not today's data.
  const frozen = frozenReport(ctx.db, input.report, scope);
  // Rows read by the interactive worker at hand-over for this very scope (kept-rows.ts); else read here.
  const kept = !frozen && input.kept?.scope === JSON.stringify(scope) ? input.kept.rows : undefined;
  return exportFile(ctx, commit, {
    write: (filePath) =>
      withReader(ctx, (db) => {
        // A report without a count of its own is read whole first (statistical tables and rosters of modest size),
        // so the progress bar knows the total while the file is written (issue 18).
        const counted = !frozen && !kept && !report.sheets && report.count !== undefined;
        const sheets = frozen
          ? fromFrozen(report, ownRows(input.report, frozen, scope.persons), scope).map((s) => ({
              def: s.definition,
              rows: s.rows,
              params: { ...params, countyName: frozen.countyName, unitName: s.unitName ?? frozen.unitName },
            }))
          : report.sheets
            ? report.sheets(db, scope).map((s) => ({
                def: s.definition,
                rows: Array.from(s.rows),
                params: { ...params, unitName: s.unitName ?? params.unitName },
              }))
            : [
                {
                  def: report.definition(scope, db),
                  rows: kept ?? (counted ? report.rows(db, scope) : Array.from(report.rows(db, scope))),
                  params,
                },
              ];
        // CFG-30 on the period's last day (a locked month's cannot change: no setting takes effect inside it).
        const unit = report.statisticalMoney ? moneyUnitOn(ctx.db, monthEnd(scope.month)) : '元';
        // 报表格式 (report-layouts): the county's headers, left-out columns and order, before CFG-30's (元) → (万元).
        const layout = laidOut(ctx.db, input.report, ctx.today());
        return writeReportSheets(
          sheets.map((s) => ({ ...s, def: inMoneyUnit(layout(s.def), unit) })),
          {
            filePath,
            full: input.full,
            // CFG-29: the mask in force today (a privacy rule, not a figure of the period).
            idMask: idMaskOn(ctx.db, ctx.today()),
            job,
            totalRows: counted
              ? report.count!(db, scope)
              : sheets.reduce((n, s) => n + (s.rows as readonly object[]).length, 0),
          },
        );
      }),
    publish: ({ rows }) => ({
      fileName: officeFileName(ctx, office, report.code, scope.range ?? scope.month, scope.townshipName),
      about: { subject: exportSubject(report, scope), ids: input.full ? 'full' : 'masked' },
      data: { rows },
      summary: `${exportSummary(report, scope, input.full, rows)}${frozen ? '，该月已锁定，按锁定时的数据' : ''}`,
    }),
  });
}
