// 报表格式 (shared/contract/report-layouts.ts): the order of a report's header nodes under a county's layout. Among
// siblings, the nodes the layout names come first in its order, then the others in their default order; ids the
// layout names but the report lacks are never met. One rule for the export (electron/core/excel/column-layout.ts),
// the save's comparisons (modules/report-layouts/service.ts) and the 报表格式 screen.

/** Each id's place in the layout's list of nodes. */
export const layoutRank = (columns: readonly { id: string }[]): Map<string, number> =>
  new Map(columns.map((c, i) => [c.id, i]));

/** Siblings in the layout's order: the nodes it names in its order, then the others in their default order. */
export function layoutOrder<T>(nodes: readonly T[], idOf: (n: T) => string, rank: ReadonlyMap<string, number>): T[] {
  const named = nodes.filter((n) => rank.has(idOf(n)));
  named.sort((a, b) => (rank.get(idOf(a)) as number) - (rank.get(idOf(b)) as number));
  return [...named, ...nodes.filter((n) => !rank.has(idOf(n)))];
}

/** A default tree listed pre-order (each node naming its parent) as the layout orders it, pre-order. */
export function orderedTree<T extends { id: string; parent: string | null }>(
  nodes: readonly T[],
  rank: ReadonlyMap<string, number>,
): T[] {
  const walk = (parent: string | null): T[] =>
    layoutOrder(
      nodes.filter((n) => n.parent === parent),
      (n) => n.id,
      rank,
    ).flatMap((n) => [n, ...walk(n.id)]);
  return walk(null);
}
