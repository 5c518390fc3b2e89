// 报表格式: a report's default title, signature lines and header tree, and the county's stored layout of it.
// The tree is that of a representative scope (this month, the whole county): the days of RPT-05 follow the month,
// RPT-06 merges its sheets' trees; a node a sheet lacks is ignored for that sheet when it is exported.
// Stored in the settings table under `reports.layout.<code>` (JSON of the contract's ReportLayout), no migration.
import type Database from 'better-sqlite3';
import type { ExportableReport } from '../../../../shared/contract/reports';
import type { LayoutNodeDefault, ReportLayout } from '../../../../shared/contract/report-layouts';
import { monthOf } from '../../../../shared/domain/dates';
import { applyLayout, defaultSignatures, defaultTitle, layoutTree, mergeTrees } from '../../excel/column-layout';
import type { ReportDefinition } from '../../excel/report-definition';
import { REPORTS } from '../reports/registry';
import { prepared } from '../../db/prepared';

export interface LayoutDefaults {
  title: string;
  signatures: string[];
  columns: LayoutNodeDefault[];
}

export const layoutKey = (report: string) => `reports.layout.${report}`;

/** The report's sheets' definitions for a representative scope on `today` (this month, the whole county). */
export function representativeDefinitions(
  db: Database.Database,
  report: ExportableReport,
  today: string,
): ReportDefinition[] {
  const source = REPORTS[report];
  const scope = { month: monthOf(today), today };
  return source.layout?.definitions?.(scope, db) ?? [source.definition(scope, db)];
}

/** The report's default layout, for a representative scope on `today`. */
export function layoutDefaults(db: Database.Database, report: ExportableReport, today: string): LayoutDefaults {
  const defs = representativeDefinitions(db, report, today);
  const readBack = REPORTS[report].layout?.readBack ?? {};
  return {
    title: defaultTitle(defs[0]),
    signatures: defaultSignatures(defs[0]),
    columns: mergeTrees(defs.map((d) => layoutTree(d, readBack))),
  };
}

export interface StoredLayout {
  layout: ReportLayout;
  updatedAt: string;
  updatedBy: string;
}

/** The county's layout of this report with who saved it last, or null (the defaults). */
export function storedLayout(db: Database.Database, report: string): StoredLayout | null {
  const row = prepared(
    db,
    'SELECT value, updated_at, updated_by FROM settings WHERE key = ? ORDER BY effective_from DESC LIMIT 1',
  ).get(layoutKey(report)) as { value: string; updated_at: string; updated_by: string } | undefined;
  return row
    ? { layout: JSON.parse(row.value) as ReportLayout, updatedAt: row.updated_at, updatedBy: row.updated_by }
    : null;
}

/**
 * Every sheet's definition as the county lays the report out (reports.export, live, kept and frozen sheets alike).
 * Its fixed nodes (figures' columns, read-back columns) are kept whatever the stored layout says.
 */
export function laidOut(
  db: Database.Database,
  report: ExportableReport,
  today: string,
): (def: ReportDefinition) => ReportDefinition {
  const layout = storedLayout(db, report)?.layout ?? null;
  if (!layout) return (def) => def;
  const fixed = new Set(layoutDefaults(db, report, today).columns.flatMap((n) => (n.fixed ? [n.id] : [])));
  return (def) => {
    const own = new Set(layoutTree(def, REPORTS[report].layout?.readBack).flatMap((n) => (n.fixed ? [n.id] : [])));
    return applyLayout(def, layout, new Set([...fixed, ...own]));
  };
}
