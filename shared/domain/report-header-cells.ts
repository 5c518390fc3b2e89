// The merged header cells of a report's header tree (DOMAIN §6.0): a group spans its leaf columns on its own row; a
// column spans the rows from its own down to the header's last. One geometry for the workbook's merges
// (electron/core/excel/report-layout.ts) and the 报表格式 screen's preview.

/** A header node: a column (no children) or a group whose header is merged over its children. */
export interface HeaderShape {
  header: string;
  children?: readonly HeaderShape[];
}

/** One header cell: row and column 0-based from the header's top left, and the rows and columns it spans. */
export interface HeaderCell {
  header: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** Number of leaf columns under the nodes. */
export const leafCount = (nodes: readonly HeaderShape[]): number =>
  nodes.reduce((n, node) => n + (node.children ? leafCount(node.children) : 1), 0);

/** Number of header rows the tree needs. */
export function headerDepth(nodes: readonly HeaderShape[]): number {
  return Math.max(0, ...nodes.map((n) => (n.children ? 1 + headerDepth(n.children) : 1)));
}

/** Every node's cell, pre-order (a group before its children). */
export function headerCells(nodes: readonly HeaderShape[]): HeaderCell[] {
  const depth = headerDepth(nodes);
  const out: HeaderCell[] = [];
  const place = (list: readonly HeaderShape[], row: number, col: number): void => {
    for (const node of list) {
      if (node.children) {
        const span = leafCount(node.children);
        out.push({ header: node.header, row, col, rowSpan: 1, colSpan: span });
        place(node.children, row + 1, col);
        col += span;
      } else {
        out.push({ header: node.header, row, col, rowSpan: depth - row, colSpan: 1 });
        col += 1;
      }
    }
  };
  place(nodes, 0, 0);
  return out;
}

/** The cells grouped by row, each row left to right: the rows of an HTML table (cells covered from above omitted). */
export function headerRows(nodes: readonly HeaderShape[]): HeaderCell[][] {
  const rows: HeaderCell[][] = Array.from({ length: headerDepth(nodes) }, () => []);
  for (const cell of headerCells(nodes)) rows[cell.row].push(cell);
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  return rows;
}
