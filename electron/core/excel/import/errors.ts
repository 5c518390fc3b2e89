// Import step 3: every problem found in a row, by Excel row number and column letter, in Chinese;
// listed on the dry-run screen and downloadable as an error workbook.
import type ExcelJS from 'exceljs';
import { type RawCell, columnIndex, columnLetter } from '../read-table';
import { writeWorkbookFile } from '../workbook-file';
import { THIN_BORDER } from '../report-cells';
import { displayValue } from './values';
import { addOriginalRows, type OriginalRows } from './error-rows';
import type { RowError } from './row-error';

export type { RowError } from './row-error';

/** Collects row errors; keeps at most `limit` of them (a broken file can have one per cell) but counts all. */
export class RowErrorCollector {
  private readonly list: RowError[] = [];
  private readonly rows = new Set<number>();
  private total = 0;

  constructor(readonly limit = 10_000) {}

  /** column: 0-based index or a letter. */
  add(row: number, column: number | string, field: string, value: RawCell | string, message: string): void {
    this.total++;
    this.rows.add(row);
    if (this.list.length >= this.limit) return;
    const letter = typeof column === 'number' ? columnLetter(column) : column;
    this.list.push({
      row,
      column: letter,
      field,
      value: typeof value === 'string' ? value : displayValue(value),
      message,
    });
  }

  hasRow(row: number): boolean {
    return this.rows.has(row);
  }

  /** Errors in row order, then column order (A < B < … < Z < AA). */
  get errors(): RowError[] {
    // One number per error (row, then column index): 50,000 errors sort in milliseconds, without making strings.
    const keyed = this.list.map((e, i) => ({ e, key: e.row * 20_000 + columnIndex(e.column), i }));
    keyed.sort((a, b) => a.key - b.key || a.i - b.i);
    return keyed.map((k) => k.e);
  }

  /** Number of errors found, including any beyond the limit. */
  get count(): number {
    return this.total;
  }

  /** Number of rows with at least one error. */
  get rowCount(): number {
    return this.rows.size;
  }

  get truncated(): boolean {
    return this.total > this.list.length;
  }
}

export const ERROR_SHEET_NAME = '错误清单';
export const ERROR_HEADERS = ['行号', '列', '字段', '原值', '问题'] as const;

const HEAD: Partial<ExcelJS.Style> = {
  font: { name: '宋体', size: 11, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
  border: THIN_BORDER,
};
const CELL: Partial<ExcelJS.Style> = {
  font: { name: '宋体', size: 11 },
  alignment: { vertical: 'middle', wrapText: true },
  border: THIN_BORDER,
};
const TEXT: Partial<ExcelJS.Style> = { ...CELL, numFmt: '@' };

/**
 * The error list as a workbook (行号, 列, 字段, 原值, 问题); 原值 is a text cell so IDs show as read. With
 * `original`, a first sheet repeats the rows with errors as read, bad cells highlighted and a 错误说明
 * column added, for the clerk to correct and import again (error-rows.ts).
 */
export async function writeErrorWorkbook(
  errors: readonly RowError[],
  filePath: string,
  original?: OriginalRows,
): Promise<{ rows: number; filePath: string }> {
  await writeWorkbookFile(filePath, async (wb) => {
    if (original && original.table.sheetName !== ERROR_SHEET_NAME) addOriginalRows(wb, original, errors);
    const ws = wb.addWorksheet(ERROR_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [{ width: 8 }, { width: 6 }, { width: 16 }, { width: 26 }, { width: 70 }];
    ws.autoFilter = 'A1:E1';
    const head = ws.getRow(1);
    ERROR_HEADERS.forEach((h, i) => {
      head.getCell(i + 1).value = h;
      head.getCell(i + 1).style = HEAD;
    });
    head.commit();
    errors.forEach((e, i) => {
      const r = ws.getRow(i + 2);
      [e.row, e.column, e.field, e.value, e.message].forEach((v, c) => {
        r.getCell(c + 1).value = v;
        r.getCell(c + 1).style = c === 3 ? TEXT : CELL;
      });
      r.commit();
    });
    ws.commit();
  });
  return { rows: errors.length, filePath };
}
