// Layout of the parts of the report frame around the data rows (DOMAIN §6.0): title, 内部资料 line,
// unit/period line, header tree with merges, 栏次 row; and after the 合计 row the 大写 line, signature
// and 说明 lines. Works on exceljs's streaming WorksheetWriter: every merge is made before its rows
// are committed, and views/page setup go in the addWorksheet options (the writer emits views first).
import type ExcelJS from 'exceljs';
import { fenToChineseUpper } from '../../../shared/domain/money';
import type { HeaderNode, ReportColumn, ReportDefinition, ReportParams } from './report-definition';
import {
  CAPITAL_TOTAL_LABEL,
  CONFIDENTIAL_LINE,
  SIGNATURE_LINE,
  columnWidth,
  headerDepth,
  isGroup,
  lanciLabels,
  leafColumns,
  renderTitle,
  renderUnitLine,
} from './report-definition';
import { FRAME_STYLES, type Style } from './report-cells';
import type { Accumulator } from './report-groups';

/** Row numbers (1-based) of the frame's parts above the data. */
export interface SheetPlan {
  columns: ReportColumn[];
  confidentialRow: number | null;
  unitRow: number;
  headerTop: number;
  headerBottom: number;
  lanciRow: number | null;
  firstDataRow: number;
}

export function planSheet(def: ReportDefinition, full: boolean): SheetPlan {
  const columns = leafColumns(def.columns);
  const confidentialRow = full ? 2 : null;
  const unitRow = full ? 3 : 2;
  const headerTop = unitRow + 1;
  const headerBottom = headerTop + headerDepth(def.columns) - 1;
  const lanciRow = def.lanci ? headerBottom + 1 : null;
  return {
    columns,
    confidentialRow,
    unitRow,
    headerTop,
    headerBottom,
    lanciRow,
    firstDataRow: (lanciRow ?? headerBottom) + 1,
  };
}

/** Views, print setup and page footer, passed when the worksheet is created. */
export function sheetOptions(def: ReportDefinition, plan: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  const lastHeaderRow = plan.firstDataRow - 1;
  return {
    views: [{ state: 'frozen', xSplit: def.freezeColumns ?? 0, ySplit: lastHeaderRow }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: def.orientation ?? 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${plan.headerTop}:${lastHeaderRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页 共 &N 页' },
  };
}

function put(ws: ExcelJS.Worksheet, row: number, col: number, value: ExcelJS.CellValue, style: Style): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  cell.style = style;
}

/** Writes a text into [row, fromCol..toCol], merging when it spans several columns. */
function putMerged(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
  value: string,
  style: Style,
): void {
  put(ws, top, left, value, style); // merge copies the master's style to the other cells
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
}

/** A full-width line (title, 大写, signatures …), committed at once. */
function fullLine(
  ws: ExcelJS.Worksheet,
  row: number,
  width: number,
  value: string,
  style: Style,
  height?: number,
): void {
  putMerged(ws, row, 1, row, width, value, style);
  const r = ws.getRow(row);
  if (height) r.height = height;
  r.commit();
}

function placeHeaders(ws: ExcelJS.Worksheet, nodes: HeaderNode[], row: number, col: number, bottom: number): number {
  for (const node of nodes) {
    if (isGroup(node)) {
      const width = leafColumns(node.children).length;
      putMerged(ws, row, col, row, col + width - 1, node.header, FRAME_STYLES.header);
      placeHeaders(ws, node.children, row + 1, col, bottom);
      col += width;
    } else {
      putMerged(ws, row, col, bottom, col, node.header, FRAME_STYLES.header);
      col += 1;
    }
  }
  return col;
}

/** Title, 内部资料 line, unit/period line, headers and 栏次; all committed before the data starts. */
export function writePrelude(
  ws: ExcelJS.Worksheet,
  def: ReportDefinition,
  params: ReportParams,
  plan: SheetPlan,
): void {
  const n = plan.columns.length;
  ws.columns = plan.columns.map((c) => ({ width: columnWidth(c), hidden: c.hidden === true }));

  putMerged(ws, 1, 1, 1, n, renderTitle(def, params), FRAME_STYLES.title);
  ws.getRow(1).height = 32;
  if (plan.confidentialRow)
    putMerged(ws, plan.confidentialRow, 1, plan.confidentialRow, n, CONFIDENTIAL_LINE, FRAME_STYLES.confidential);

  const [left, centre, right] = renderUnitLine(def, params);
  if (n < 3) {
    putMerged(
      ws,
      plan.unitRow,
      1,
      plan.unitRow,
      n,
      [left, centre, right].filter(Boolean).join('　　'),
      FRAME_STYLES.unitLeft,
    );
  } else {
    const leftSpan = Math.ceil(n / 3);
    const rightSpan = Math.floor(n / 3);
    putMerged(ws, plan.unitRow, 1, plan.unitRow, leftSpan, left, FRAME_STYLES.unitLeft);
    putMerged(ws, plan.unitRow, leftSpan + 1, plan.unitRow, n - rightSpan, centre, FRAME_STYLES.unitCentre);
    putMerged(ws, plan.unitRow, n - rightSpan + 1, plan.unitRow, n, right, FRAME_STYLES.unitRight);
  }
  ws.getRow(plan.unitRow).height = 20;

  placeHeaders(ws, def.columns, plan.headerTop, 1, plan.headerBottom);
  for (let r = plan.headerTop; r <= plan.headerBottom; r++) ws.getRow(r).height = 30;
  if (plan.lanciRow) {
    lanciLabels(plan.columns).forEach((label, i) => put(ws, plan.lanciRow!, i + 1, label, FRAME_STYLES.lanci));
  }
  ws.getRow(plan.firstDataRow - 1).commit(); // commits every row up to here
}

/** 大写 line, lines above the signatures, signatures and 说明 after the 合计 row. Returns the next free row. */
export function writeEpilogue(
  ws: ExcelJS.Worksheet,
  def: ReportDefinition,
  plan: SheetPlan,
  row: number,
  grand: Accumulator,
): number {
  const n = plan.columns.length;
  if (def.capitalTotal) {
    const fen = grand.sums[def.capitalTotal.column] ?? 0;
    fullLine(
      ws,
      row++,
      n,
      `${def.capitalTotal.label ?? CAPITAL_TOTAL_LABEL}${fenToChineseUpper(fen)}`,
      FRAME_STYLES.capital,
      22,
    );
  }
  for (const line of def.preFooter ?? []) fullLine(ws, row++, n, line, FRAME_STYLES.line, 24);
  for (const line of def.signatures ?? [SIGNATURE_LINE]) fullLine(ws, row++, n, line, FRAME_STYLES.line, 24);
  (def.notes ?? []).forEach((note, i) =>
    fullLine(ws, row++, n, `${i === 0 ? '说明：' : '　　　'}${note}`, FRAME_STYLES.line),
  );
  return row;
}
