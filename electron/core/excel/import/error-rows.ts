// Import step 3, the error file a clerk can use (issue 14): the original sheet's title and header rows, then
// each row with errors as it was read, the bad cells highlighted and an added 错误说明 column saying what is
// wrong in plain Chinese. The clerk corrects the cells and imports this file again: its header is the
// original one, so it maps the same way; 错误说明 is an unknown column and is ignored.
import type ExcelJS from 'exceljs';
import { type RawCell, type RawTable, columnIndex, columnLetter } from '../read-table';
import type { RowError } from './row-error';

export const ERROR_NOTE_HEADER = '错误说明';

const BAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const BAD_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11, color: { argb: 'FF9C0006' } };
const NOTE_STYLE: Partial<ExcelJS.Style> = {
  font: { name: '宋体', size: 11, color: { argb: 'FFC00000' } },
  alignment: { wrapText: true, vertical: 'middle' },
};
const HEAD_STYLE: Partial<ExcelJS.Style> = {
  font: { name: '宋体', size: 11, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
};

export interface OriginalRows {
  table: RawTable;
  /** Excel row of the first header row, and the first row below the header. */
  headerRow: number;
  firstDataRow: number;
  /** 0-based columns kept as text (IDs, phone numbers …): a corrected value stays as typed. */
  textColumns: number[];
}

const written = (cell: RawCell | undefined): ExcelJS.CellValue => (cell === undefined ? null : cell);

/** The sheet name of the error copy (Excel allows 31 characters). */
export const errorSheetName = (name: string) => name.slice(0, 31);

/** Adds the annotated copy of the rows with errors as a worksheet of `wb` (a streaming workbook writer). */
export function addOriginalRows(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  source: OriginalRows,
  errors: readonly RowError[],
): void {
  const { table, headerRow, firstDataRow } = source;
  const byRow = new Map<number, RowError[]>();
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  const headRows = table.rows.slice(0, firstDataRow - 1);
  const width = Math.max(
    0,
    ...headRows.map((r) => r.length),
    ...[...byRow.keys()].map((r) => table.rows[r - 1]?.length ?? 0),
  );
  const note = width; // the first column after the table
  const ws = wb.addWorksheet(errorSheetName(table.sheetName), {
    views: [{ state: 'frozen', ySplit: firstDataRow - 1 }],
  });
  for (const c of source.textColumns) ws.getColumn(c + 1).numFmt = '@';
  ws.getColumn(note + 1).width = 60;

  // The header's merges (title across the sheet, two-level groups) as they were; a streamed row takes
  // merges only before it is committed.
  const seen = new Set<string>();
  for (const m of table.merges) {
    if (m.bottom >= firstDataRow - 1) continue;
    const range = `${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`;
    if (!seen.has(range)) ws.mergeCells(range);
    seen.add(range);
  }
  if (firstDataRow - headerRow === 2)
    ws.mergeCells(`${columnLetter(note)}${headerRow}:${columnLetter(note)}${headerRow + 1}`);

  headRows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((v, c) => {
      if (v !== null && v !== undefined) row.getCell(c + 1).value = written(v);
    });
    if (r + 1 === headerRow) {
      row.getCell(note + 1).value = ERROR_NOTE_HEADER;
      row.getCell(note + 1).style = HEAD_STYLE;
    }
    row.commit();
  });
  let out = firstDataRow;
  for (const [rowNumber, list] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const row = ws.getRow(out++);
    (table.rows[rowNumber - 1] ?? []).forEach((v, c) => {
      if (v !== null && v !== undefined) row.getCell(c + 1).value = written(v);
    });
    for (const e of list) {
      const cell = row.getCell(columnIndex(e.column) + 1);
      cell.fill = BAD_FILL;
      cell.font = BAD_FONT;
    }
    row.getCell(note + 1).value =
      `原第${rowNumber}行：${list.map((e) => `${e.column}列${e.field}：${e.message}`).join('；')}`;
    row.getCell(note + 1).style = NOTE_STYLE;
    row.commit();
  }
  ws.commit();
}
