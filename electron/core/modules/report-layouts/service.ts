// 报表格式 (DOMAIN §10 L4 [D]): list, read, save and reset a county's layout of an exportable report. A save is
// refused, naming its field (`title`, `signatures`, `columns`) and writing nothing, when it names nodes the report
// does not have, renames or leaves out a fixed node, leaves no data column, uses an unknown {占位符} or was read
// before someone else's save (expectedUpdatedAt). A layout equal to the defaults is stored as none.
import type Database from 'better-sqlite3';
import { EXPORTABLE_REPORTS, type ExportableReport } from '../../../../shared/contract/reports';
import type { ReportLayout, ReportLayoutItem, ReportLayoutView } from '../../../../shared/contract/report-layouts';
import { ruleViolation } from '../../../../shared/contract/result';
import { FIXED_SEQ, layoutIndex } from '../../excel/column-layout';
import { orderedTree } from '../../../../shared/domain/report-layout-order';
import { TITLE_PLACEHOLDERS } from '../../excel/report-definition';
import type { CoreContext, WriteResult } from '../../context';
import { assertFresh, nextStamp, staleMessage } from '../../db/stamp';
import { isSignatureLine } from '../../excel/import/skip';
import { REPORTS } from '../reports/registry';
import { writeSetting } from '../settings/queries';
import { layoutDefaults, layoutKey, storedLayout, type LayoutDefaults, type StoredLayout } from './defaults';

const LAYOUT_WHAT = '报表格式';
export const LAYOUT_STALE = staleMessage(LAYOUT_WHAT);

const reportName = (report: ExportableReport) => REPORTS[report].name;

const itemOf = (report: ExportableReport, stored: StoredLayout | null): ReportLayoutItem => ({
  report,
  name: reportName(report),
  customised: stored !== null,
  updatedAt: stored?.updatedAt ?? null,
  updatedBy: stored?.updatedBy ?? null,
});

export const listLayouts = (db: Database.Database) => ({
  items: EXPORTABLE_REPORTS.map((r) => itemOf(r, storedLayout(db, r))),
});

export function layoutView(db: Database.Database, report: ExportableReport, today: string): ReportLayoutView {
  const stored = storedLayout(db, report);
  return { ...itemOf(report, stored), defaults: layoutDefaults(db, report, today), layout: stored?.layout ?? null };
}

/** What a layout makes of each default node: its header, left out or not, and the ids in pre-order as laid out. */
function effective(defaults: LayoutDefaults, layout: ReportLayout | null) {
  const { settings, rank } = layoutIndex(layout ?? { title: null, signatures: null, columns: [] });
  const header = new Map<string, string>();
  const omitted = new Set<string>();
  for (const n of defaults.columns) {
    const s = n.fixed ? undefined : settings.get(n.id);
    header.set(n.id, s?.header ?? n.header);
    if (n.kind === 'column' && s?.omit) omitted.add(n.id);
  }
  return {
    title: layout?.title ?? defaults.title,
    signatures: layout?.signatures ?? defaults.signatures,
    header,
    omitted,
    order: orderedTree(defaults.columns, rank)
      .map((n) => n.id)
      .join('\n'),
  };
}

const ALLOWED = new Set<string>(TITLE_PLACEHOLDERS);

/** Why a signature line of a workbook an import reads back must say 签字, 负责人 … (excel/import/skip.ts). */
export const SIGNATURE_READ_BACK =
  '导入时要认出签字栏：每行须含“签字”“签名”“负责人”“审核人”“填表人”“制表人”“经办人”“盖章”等字样之一';

/**
 * The refusals of a layout against the report's defaults, by field; empty when it may be saved. `readBack`: the
 * workbook is read back by an import, which must tell its signature lines from data rows.
 */
export function layoutProblems(
  defaults: LayoutDefaults,
  layout: ReportLayout,
  readBack = false,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (readBack && layout.signatures?.some((line) => !isSignatureLine(line))) problems.signatures = SIGNATURE_READ_BACK;
  const unknown = [...(layout.title ?? '').matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).filter((p) => !ALLOWED.has(p));
  if (unknown.length)
    problems.title = `标题中的{${unknown[0]}}不是可用的占位符，可用：${TITLE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`;
  const byId = new Map(defaults.columns.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const columns: string[] = [];
  for (const c of layout.columns) {
    const n = byId.get(c.id);
    if (!n) columns.push(`该报表没有“${c.id.replace(/^group:/, '')}”这一列`);
    else if (seen.has(c.id)) columns.push(`“${n.header}”重复出现`);
    else if (n.fixed && (c.header !== n.header || (n.kind === 'column' && c.omit)))
      columns.push(`“${n.header}”不能修改或不导出：${n.fixedReason ?? ''}`);
    seen.add(c.id);
  }
  const e = effective(defaults, layout);
  const visible = defaults.columns.filter(
    (n) => n.kind === 'column' && !e.omitted.has(n.id) && n.fixedReason !== FIXED_SEQ,
  );
  if (!columns.length && !visible.length) columns.push('至少要导出一列数据（序号除外）');
  if (columns.length) problems.columns = columns[0];
  return problems;
}

/** The audit summary's list of what changed between two layouts, in plain Chinese. */
function changes(defaults: LayoutDefaults, before: ReportLayout | null, after: ReportLayout | null): string {
  const a = effective(defaults, before);
  const b = effective(defaults, after);
  const parts: string[] = [];
  if (a.title !== b.title) parts.push('标题');
  const renamed = defaults.columns.filter((n) => a.header.get(n.id) !== b.header.get(n.id)).length;
  if (renamed) parts.push(`表头 ${renamed} 处`);
  const out = [...b.omitted].filter((id) => !a.omitted.has(id)).length;
  if (out) parts.push(`不导出 ${out} 列`);
  const back = [...a.omitted].filter((id) => !b.omitted.has(id)).length;
  if (back) parts.push(`恢复导出 ${back} 列`);
  if (a.order !== b.order) parts.push('顺序');
  if (a.signatures.join('\n') !== b.signatures.join('\n')) parts.push('签字栏');
  return parts.length ? parts.join('、') : '无变化';
}

/** A layout equal to the defaults is none; a title or signatures equal to the default's are null. */
function normalised(defaults: LayoutDefaults, layout: ReportLayout): ReportLayout | null {
  const n: ReportLayout = {
    title: layout.title === defaults.title ? null : layout.title,
    signatures: layout.signatures?.join('\n') === defaults.signatures.join('\n') ? null : layout.signatures,
    columns: layout.columns,
  };
  const e = effective(defaults, n);
  const d = effective(defaults, null);
  const same =
    n.title === null &&
    n.signatures === null &&
    e.order === d.order &&
    e.omitted.size === 0 &&
    defaults.columns.every((x) => e.header.get(x.id) === x.header);
  return same ? null : n;
}

/** The stored layout, when it is the one the caller read (`expected`: its updatedAt, null for none). */
function checkFresh(db: Database.Database, report: ExportableReport, expected: string | null): StoredLayout | null {
  const stored = storedLayout(db, report);
  const current = stored?.updatedAt ?? null;
  assertFresh(current, expected, LAYOUT_WHAT);
  return stored;
}

const subject = (report: ExportableReport) => `${report} ${reportName(report)}`;

export function saveLayout(
  ctx: CoreContext,
  input: { report: ExportableReport; layout: ReportLayout; expectedUpdatedAt: string | null },
): WriteResult<ReportLayoutView> {
  const { db } = ctx;
  const defaults = layoutDefaults(db, input.report, ctx.today());
  const problems = layoutProblems(defaults, input.layout, REPORTS[input.report].layout?.readBack !== undefined);
  const first = Object.values(problems)[0];
  if (first) throw ruleViolation(first, problems);
  const stored = checkFresh(db, input.report, input.expectedUpdatedAt);
  const before = stored?.layout ?? null;
  const layout = normalised(defaults, input.layout);
  if (layout)
    writeSetting(db, layoutKey(input.report), layout, ctx.operator(), nextStamp(ctx.now(), stored?.updatedAt ?? ''));
  else db.prepare('DELETE FROM settings WHERE key = ?').run(layoutKey(input.report));
  const what = changes(defaults, before, layout);
  return {
    data: layoutView(db, input.report, ctx.today()),
    entityId: input.report,
    summary: `修改报表格式 ${subject(input.report)}：${what}${layout ? '' : '（与默认格式相同，按默认导出）'}`,
  };
}

export function resetLayout(
  ctx: CoreContext,
  input: { report: ExportableReport; expectedUpdatedAt: string | null },
): WriteResult<ReportLayoutView> {
  checkFresh(ctx.db, input.report, input.expectedUpdatedAt);
  ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(layoutKey(input.report));
  return {
    data: layoutView(ctx.db, input.report, ctx.today()),
    entityId: input.report,
    summary: `恢复默认报表格式 ${subject(input.report)}`,
  };
}
