import type { ReportLayoutView } from '../../../../../shared/contract/report-layouts';
import { headerRows, type HeaderCell, type HeaderShape } from '../../../../../shared/domain/report-header-cells';
import { layoutOrder, layoutRank } from '../../../../../shared/domain/report-layout-order';
import { fillTitle } from '../../../../../shared/domain/report-title';
import { toSaveInput, type LayoutValues } from './layout-values';

/** What the title's placeholders are filled with in the preview: the office's county and name, a month. */
export interface PreviewSample {
  countyName: string;
  unitName: string;
  /** YYYY-MM */
  month: string;
}

/** The frame of the workbook as the form's values would write it, above and below the data rows. */
export interface LayoutPreview {
  title: string;
  /** The header's rows of merged cells, as an HTML table lays them out (cells covered from above left out). */
  headerRows: HeaderCell[][];
  signatures: string[];
}

/**
 * The preview of a layout not yet saved: what 保存 would send (toSaveInput), laid over the default tree the way the
 * export does it (electron/core/excel/column-layout.ts applyLayout): siblings in the layout's order, a fixed node as
 * it is by default, a left-out column gone and a group with no column left gone with it; the workbook's hidden
 * columns are not in the tree, as they are not seen in Excel.
 */
export function layoutPreview(view: ReportLayoutView, values: LayoutValues, sample: PreviewSample): LayoutPreview {
  const { layout } = toSaveInput(view, values);
  const settings = new Map(layout.columns.map((c) => [c.id, c]));
  const rank = layoutRank(layout.columns);
  const nodes = view.defaults.columns;
  const tree = (parent: string | null): HeaderShape[] =>
    layoutOrder(
      nodes.filter((n) => n.parent === parent),
      (n) => n.id,
      rank,
    ).flatMap((n): HeaderShape[] => {
      const own = n.fixed ? undefined : settings.get(n.id);
      const header = own?.header ?? n.header;
      if (n.kind === 'column') return own?.omit ? [] : [{ header }];
      const children = tree(n.id);
      return children.length > 0 ? [{ header, children }] : [];
    });
  return {
    title: fillTitle(layout.title ?? view.defaults.title, {
      countyName: sample.countyName,
      unitName: sample.unitName,
      reportName: view.name,
      period: { month: sample.month },
    }),
    headerRows: headerRows(tree(null)),
    signatures: layout.signatures ?? view.defaults.signatures,
  };
}
