import type {
  LayoutNodeDefault,
  ReportLayoutSaveInput,
  ReportLayoutView,
} from '../../../../../shared/contract/report-layouts';
import { layoutRank, orderedTree } from '../../../../../shared/domain/report-layout-order';

/** The most signature lines a layout holds (the contract's max). */
export const SIGNATURE_LINES = 3;

/** One node of the header tree as the form holds it, in the order the county wants (pre-order). */
export interface LayoutNodeValue {
  id: string;
  header: string;
  omit: boolean;
}

/** The 报表格式 form: an empty title is the default; signatures one line per input, empty inputs at the end unused. */
export interface LayoutValues {
  title: string;
  signatures: string[];
  columns: LayoutNodeValue[];
}

/** The default tree in the county's order (the core's rule, shared/domain/report-layout-order.ts). */
const orderedNodes = (view: ReportLayoutView): LayoutNodeDefault[] =>
  orderedTree(view.defaults.columns, layoutRank(view.layout?.columns ?? []));

/** The form's values for a view: the layout's settings over the defaults, in the layout's order. Groups are never omitted. */
export function toLayoutValues(view: ReportLayoutView): LayoutValues {
  const set = new Map((view.layout?.columns ?? []).map((c) => [c.id, c]));
  const signatures = view.layout?.signatures ?? view.defaults.signatures;
  return {
    title: view.layout?.title ?? '',
    signatures: Array.from({ length: SIGNATURE_LINES }, (_, i) => signatures[i] ?? ''),
    // A fixed node keeps its default header and is exported, whatever an older layout said of it (save refuses else).
    columns: orderedNodes(view).map((n) => {
      const own = n.fixed ? undefined : set.get(n.id);
      return { id: n.id, header: own?.header ?? n.header, omit: n.kind === 'column' && !!own?.omit };
    }),
  };
}

const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * What 保存 sends: the whole layout, every node in the form's order with its header and omit; the title null when
 * empty or the default's, the signatures null when the default's. Empty signature inputs at the end are not lines;
 * an empty one between two lines is sent, so the contract names it (签字栏不能为空行) under its input.
 */
export function toSaveInput(view: ReportLayoutView, values: LayoutValues): ReportLayoutSaveInput {
  const title = values.title.trim();
  const lines = values.signatures.map((s) => s.trim());
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return {
    report: view.report,
    layout: {
      title: title === '' || title === view.defaults.title ? null : title,
      signatures: sameLines(lines, view.defaults.signatures) ? null : lines,
      columns: values.columns.map((c) => ({ id: c.id, header: c.header.trim(), omit: c.omit })),
    },
    expectedUpdatedAt: view.updatedAt,
  };
}

/** The groups above the node `id`, nearest first. */
export function ancestors(parentOf: ReadonlyMap<string, string | null>, id: string): string[] {
  const out: string[] = [];
  for (let p = parentOf.get(id) ?? null; p !== null; p = parentOf.get(p) ?? null) out.push(p);
  return out;
}

/** The rows [from, to) of the node at `index` and everything under it (pre-order: its subtree follows it). */
function subtree(columns: readonly LayoutNodeValue[], parentOf: ReadonlyMap<string, string | null>, index: number) {
  let to = index + 1;
  while (to < columns.length && ancestors(parentOf, columns[to].id).includes(columns[index].id)) to++;
  return { from: index, to };
}

/**
 * Moving the node at `index` up (-1) or down (+1) among its siblings, with its subtree: the moves of the form's
 * field array ([from, to] pairs, in order) that swap it with its neighbour; [] when it is first or last.
 */
export function siblingMoves(
  columns: readonly LayoutNodeValue[],
  parentOf: ReadonlyMap<string, string | null>,
  index: number,
  direction: -1 | 1,
): [number, number][] {
  const parent = parentOf.get(columns[index].id) ?? null;
  const siblings = columns.flatMap((c, i) => ((parentOf.get(c.id) ?? null) === parent ? [i] : []));
  const at = siblings.indexOf(index);
  const other = siblings[at + direction];
  if (other === undefined) return [];
  // Moving down is moving the next sibling up.
  const upper = subtree(columns, parentOf, direction === -1 ? other : index);
  const lower = subtree(columns, parentOf, direction === -1 ? index : other);
  const size = lower.to - lower.from;
  return Array.from({ length: size }, (_, k): [number, number] => [lower.from + k, upper.from + k]);
}
