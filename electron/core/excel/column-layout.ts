// 报表格式 (DOMAIN §10 L4 [D]): a county's layout of a report applied to its definition. Pure: the default header
// tree of a definition (layoutTree, with the nodes that cannot change marked `fixed`) and applyLayout, which changes
// only how the workbook is presented — title, signature lines, header text, left-out columns, order among siblings.
// Rows, sums and rates are untouched: the writer computes them from row fields, so a left-out numerator column does
// not change a rate, and the 栏次 labels renumber by the writer's own rule (lanciLabels) over the columns left.
import type { LayoutNodeDefault, ReportLayout } from '../../../shared/contract/report-layouts';
import { layoutOrder, layoutRank } from '../../../shared/domain/report-layout-order';
import {
  SIGNATURE_LINE,
  TITLE_TEMPLATE,
  isGroup,
  leafColumns,
  type HeaderNode,
  type ReportDefinition,
} from './report-definition';

export const GROUP_PREFIX = 'group:';

export const FIXED_SEQ = '序号按行自动编号';
export const FIXED_TOTAL_LABEL = '合计写在此列';
export const FIXED_SUBTOTAL_LABEL = '小计写在此列';
export const FIXED_COUNT = '小计、合计的人数写在此列';
export const FIXED_CAPITAL = '合计人民币（大写）按此列计算';

/** A group's id: `group:` + the default headers from the top down to it, joined by `/`. */
export const groupId = (path: string[]) => `${GROUP_PREFIX}${path.join('/')}`;

/**
 * Every node's id: a leaf's key; a group's groupId. A group id met again in the same tree (RPT-07 has two top-level
 * 其中) gets `#2`, `#3` … in sheet order, so each node has its own.
 */
export function nodeIds(nodes: HeaderNode[]): Map<HeaderNode, string> {
  const ids = new Map<HeaderNode, string>();
  const seen = new Map<string, number>();
  const walk = (list: HeaderNode[], path: string[]) => {
    for (const n of list) {
      if (!isGroup(n)) {
        ids.set(n, n.key);
        continue;
      }
      const base = groupId([...path, n.header]);
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      ids.set(n, count === 1 ? base : `${base}#${count}`);
      walk(n.children, [...path, n.header]);
    }
  };
  walk(nodes, []);
  return ids;
}

/** Columns a definition's figures are written in, with why they cannot be left out or renamed. */
function figureColumns(def: ReportDefinition): Map<string, string> {
  const leaves = leafColumns(def.columns);
  const first = leaves[0]?.key;
  const out = new Map<string, string>();
  const add = (key: string | undefined, reason: string) => {
    if (key !== undefined && !out.has(key)) out.set(key, reason);
  };
  for (const c of leaves) if (c.type === 'seq') add(c.key, FIXED_SEQ);
  if (def.totals?.grandTotal !== false || def.grouping?.length)
    add(def.totals?.labelColumn ?? first, FIXED_TOTAL_LABEL);
  add(def.totals?.countColumn, FIXED_COUNT);
  for (const g of def.grouping ?? [])
    add(g.labelColumn ?? (leaves.some((c) => c.key === g.key) ? g.key : first), FIXED_SUBTOTAL_LABEL);
  add(def.capitalTotal?.column, FIXED_CAPITAL);
  return out;
}

/**
 * The default header tree of a definition, pre-order, without hidden columns (never listed, always kept).
 * `readBack`: node ids an import matches (leaf keys or group ids) with the reason shown, e.g. 导入考勤表时按此列识别.
 */
export function layoutTree(def: ReportDefinition, readBack: Record<string, string> = {}): LayoutNodeDefault[] {
  const figures = figureColumns(def);
  const ids = nodeIds(def.columns);
  const out: LayoutNodeDefault[] = [];
  const walk = (nodes: HeaderNode[], parent: string | null) => {
    for (const n of nodes) {
      const id = ids.get(n) as string;
      if (isGroup(n)) {
        const reason = readBack[id] ?? null;
        const at = out.push({ id, header: n.header, kind: 'group', parent, fixed: false, fixedReason: reason });
        walk(n.children, id);
        // A group with nothing left to show is not listed (e.g. only hidden columns under it).
        if (out.length === at) out.pop();
      } else if (!n.hidden) {
        const reason = readBack[id] ?? figures.get(id) ?? null;
        out.push({ id, header: n.header, kind: 'column', parent, fixed: false, fixedReason: reason });
      }
    }
  };
  walk(def.columns, null);
  return out.map((n) => ({ ...n, fixed: n.fixedReason !== null }));
}

/**
 * The tree of several sheets' definitions as one (RPT-06: 岗位补贴, 社保补贴, 补发扣回): the first's nodes, then each
 * node another adds, at the end of its parent's children; fixed when fixed in any of them.
 */
export function mergeTrees(trees: LayoutNodeDefault[][]): LayoutNodeDefault[] {
  const [first = [], ...rest] = trees;
  const merged = first.map((n) => ({ ...n }));
  for (const tree of rest)
    for (const n of tree) {
      const known = merged.find((m) => m.id === n.id);
      if (known) {
        if (!known.fixed && n.fixed) Object.assign(known, { fixed: true, fixedReason: n.fixedReason });
        continue;
      }
      // After the parent's last descendant (or at the very end for a top-level node).
      let at = merged.length;
      if (n.parent !== null) {
        const p = merged.findIndex((m) => m.id === n.parent);
        at = p + 1;
        const inside = new Set([n.parent]);
        while (at < merged.length && merged[at].parent !== null && inside.has(merged[at].parent as string))
          inside.add(merged[at++].id);
      }
      merged.splice(at, 0, { ...n });
    }
  return merged;
}

/** The title template and signature lines a definition writes by default. */
export const defaultTitle = (def: Pick<ReportDefinition, 'title'>) => def.title ?? TITLE_TEMPLATE;
export const defaultSignatures = (def: Pick<ReportDefinition, 'signatures'>) => def.signatures ?? [SIGNATURE_LINE];

/** The layout's settings by id, with each id's place in the layout. */
export function layoutIndex(layout: ReportLayout) {
  return { settings: new Map(layout.columns.map((c) => [c.id, c])), rank: layoutRank(layout.columns) };
}

/**
 * The definition as the county lays it out. `fixed`: node ids that keep their header and are never left out
 * whatever the layout says (the tree's fixed nodes; save refuses such layouts, this is the export's safety net).
 * Hidden columns are always kept; a group with no column left goes; the frozen columns count only those left.
 */
export function applyLayout(
  def: ReportDefinition,
  layout: ReportLayout | null,
  fixed: ReadonlySet<string> = new Set(layoutTree(def).flatMap((n) => (n.fixed ? [n.id] : []))),
): ReportDefinition {
  if (!layout) return def;
  const { settings, rank } = layoutIndex(layout);
  const ids = nodeIds(def.columns);
  const apply = (nodes: HeaderNode[]): HeaderNode[] =>
    // Each node under the id of its DEFAULT header (a renamed group keeps its id), ordered, then what is left of it.
    layoutOrder(nodes, (n) => ids.get(n) as string, rank).flatMap((n): HeaderNode[] => {
      const id = ids.get(n) as string;
      const s = fixed.has(id) ? undefined : settings.get(id);
      const header = s?.header ?? n.header;
      if (isGroup(n)) {
        // A group with no visible column left goes; its hidden columns (import keys) stay, at its place.
        const children = apply(n.children);
        return leafColumns(children).some((c) => !c.hidden) ? [{ header, children }] : leafColumns(children);
      }
      if (n.hidden) return [n];
      return s?.omit ? [] : [{ ...n, header }];
    });
  const columns = apply(def.columns);
  const frozenKeys = new Set(
    leafColumns(def.columns)
      .slice(0, def.freezeColumns ?? 0)
      .map((c) => c.key),
  );
  const left = new Set(leafColumns(columns).map((c) => c.key));
  return {
    ...def,
    title: layout.title ?? def.title,
    signatures: layout.signatures ?? def.signatures,
    columns,
    ...(def.freezeColumns !== undefined ? { freezeColumns: [...frozenKeys].filter((k) => left.has(k)).length } : {}),
  };
}
