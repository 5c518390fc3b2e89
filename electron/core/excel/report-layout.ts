// Layout of the parts of the report frame around the data rows (DOMAIN §6.0): title, 内部资料 line,
// unit/period line, header tree with merges, 栏次 row; and after the 合计 row the 大写 line, signature
// and 说明 lines. Works on exceljs's streaming WorksheetWriter: every merge is made before its rows
// are committed, and views/page setup go in the addWorksheet options (the writer emits views first).
import type ExcelJS from 'exceljs';
import { fenToChineseUpper } from '../../../shared/domain/money';
import { headerCells } from '../../../shared/domain/report-header-cells';
import type { ReportColumn, ReportDefinition, ReportParams } from './report-definition';
import {
  CAPITAL_TOTAL_LABEL,
  CONFIDENTIAL_LINE,
  SIGNATURE_LINE,
  columnWidth,
  headerDepth,
  holdsNumbers,
  lanciLabels,
  leafColumns,
  renderTitle,
  renderUnitLine,
} from './report-definition';
import { FRAME_STYLES, type Style } from './report-cells';
import type { Accumulator } from './report-groups';
import { PORTRAIT_UNITS, rowHeightFor, wrappedLines } from './report-text-fit';

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

/** The table's width in column units: every 说明 and footer line wraps inside it. */
export const tableWidth = (columns: ReportColumn[]) => columns.reduce((w, c) => w + columnWidth(c), 0);

/** A4 portrait when the table fits on it at a legible scale, landscape otherwise (unless the report says). */
export const orientationOf = (def: ReportDefinition) =>
  def.orientation ?? (tableWidth(leafColumns(def.columns)) <= PORTRAIT_UNITS ? 'portrait' : 'landscape');

export function planSheet(def: ReportDefinition, full: boolean): SheetPlan {
  const columns = leafColumns(def.columns);
  // 内部资料 注意保密 marks a sheet that shows numbers in clear: a statistical table (no such column) has none.
  const confidential = full && holdsNumbers(def);
  const confidentialRow = confidential ? 2 : null;
  const unitRow = confidential ? 3 : 2;
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
      orientation: orientationOf(def),
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

const fontSizeOf = (style: Style) => style.font?.size ?? 10;

/**
 * A full-width line (大写, signatures, 说明 …) merged across the table's columns, wrapped inside them, in a row tall
 * enough for the wrapped lines (at least `minHeight`); committed at once.
 */
function fullLine(
  ws: ExcelJS.Worksheet,
  row: number,
  columns: ReportColumn[],
  value: string,
  style: Style,
  minHeight = 0,
): void {
  const size = fontSizeOf(style);
  putMerged(ws, row, 1, row, columns.length, value, style);
  const r = ws.getRow(row);
  r.height = rowHeightFor(wrappedLines(value, tableWidth(columns), size), size, minHeight);
  r.commit();
}

/** A header cell and the rows it spans, with the lines its text wraps to. */
interface HeaderCellNeed {
  top: number;
  bottom: number;
  lines: number;
}

/** The header tree's cells (shared/domain/report-header-cells.ts) merged, each wrapped inside the columns it spans. */
function placeHeaders(ws: ExcelJS.Worksheet, def: ReportDefinition, plan: SheetPlan): HeaderCellNeed[] {
  return headerCells(def.columns).map((cell) => {
    const top = plan.headerTop + cell.row;
    const left = cell.col + 1;
    const bottom = top + cell.rowSpan - 1;
    putMerged(ws, top, left, bottom, left + cell.colSpan - 1, cell.header, FRAME_STYLES.header);
    const spanned = plan.columns.slice(cell.col, cell.col + cell.colSpan);
    return { top, bottom, lines: wrappedLines(cell.header, tableWidth(spanned)) };
  });
}

const HEADER_ROW_HEIGHT = 30;

/** Header row heights: 30 pt each, raised where a header's wrapped text needs more (the last row it spans grows). */
function headerHeights(needs: HeaderCellNeed[], top: number, bottom: number): number[] {
  const heights = Array.from({ length: bottom - top + 1 }, () => HEADER_ROW_HEIGHT);
  const byHeight = [...needs].sort((a, b) => a.bottom - a.top - (b.bottom - b.top)); // single rows first
  for (const need of byHeight) {
    const have = heights.slice(need.top - top, need.bottom - top + 1).reduce((a, b) => a + b, 0);
    const want = rowHeightFor(need.lines);
    if (want > have) heights[need.bottom - top] += want - have;
  }
  return heights;
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

  const width = tableWidth(plan.columns);
  const title = renderTitle(def, params);
  putMerged(ws, 1, 1, 1, n, title, FRAME_STYLES.title);
  ws.getRow(1).height = rowHeightFor(wrappedLines(title, width, 16), 16, 32);
  if (plan.confidentialRow)
    putMerged(ws, plan.confidentialRow, 1, plan.confidentialRow, n, CONFIDENTIAL_LINE, FRAME_STYLES.confidential);

  const [left, centre, right] = renderUnitLine(def, params);
  let unitLines = 1;
  /** One part of the unit line over columns from..to (1-based), wrapped inside them. */
  const unitPart = (from: number, to: number, text: string, style: Style) => {
    putMerged(ws, plan.unitRow, from, plan.unitRow, to, text, style);
    unitLines = Math.max(unitLines, wrappedLines(text, tableWidth(plan.columns.slice(from - 1, to))));
  };
  if (n < 3) {
    unitPart(1, n, [left, centre, right].filter(Boolean).join('　　'), FRAME_STYLES.unitLeft);
  } else {
    const leftSpan = Math.ceil(n / 3);
    const rightSpan = Math.floor(n / 3);
    unitPart(1, leftSpan, left, FRAME_STYLES.unitLeft);
    unitPart(leftSpan + 1, n - rightSpan, centre, FRAME_STYLES.unitCentre);
    unitPart(n - rightSpan + 1, n, right, FRAME_STYLES.unitRight);
  }
  ws.getRow(plan.unitRow).height = rowHeightFor(unitLines, 10, 20);

  headerHeights(placeHeaders(ws, def, plan), plan.headerTop, plan.headerBottom).forEach((h, i) => {
    ws.getRow(plan.headerTop + i).height = h;
  });
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
  const cols = plan.columns;
  if (def.capitalTotal) {
    const fen = grand.sums[def.capitalTotal.column] ?? 0;
    fullLine(
      ws,
      row++,
      cols,
      `${def.capitalTotal.label ?? CAPITAL_TOTAL_LABEL}${fenToChineseUpper(fen)}`,
      FRAME_STYLES.capital,
      22,
    );
  }
  for (const line of def.preFooter ?? []) fullLine(ws, row++, cols, line, FRAME_STYLES.line, 24);
  for (const line of def.signatures ?? [SIGNATURE_LINE]) fullLine(ws, row++, cols, line, FRAME_STYLES.line, 24);
  (def.notes ?? []).forEach((note, i) =>
    fullLine(ws, row++, cols, `${i === 0 ? '说明：' : '　　　'}${note}`, FRAME_STYLES.line),
  );
  return row;
}
