// The raw grid every reader (.xlsx streaming, .xls, CSV) produces, and the cell helpers they share.
import type ExcelJS from 'exceljs';
import { halfWidthAscii } from '../../../shared/domain/text';

/** A raw cell as read: text, number, date or empty. Normalisation is the importer's job. */
export type RawCell = string | number | Date | boolean | null;

/** A merged range, 0-based and inclusive (row r is Excel row r + 1). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawTable {
  sheetName: string;
  /** rows[r][c], 0-based; row r is Excel row r + 1. */
  rows: RawCell[][];
  /** Merged ranges (empty for CSV); their cells all carry the master's value in `rows`. */
  merges: CellRange[];
  /** 0-based rows hidden in Excel, by hand or by a filter (.xlsx only); absent when none. */
  hiddenRows?: number[];
}

export function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return null;
  }
  return String(value);
}

/** Text of a cell for header matching and code fields: trimmed, full-width to half-width, inner spaces removed. */
export function normalizeText(cell: RawCell): string {
  if (cell === null) return '';
  const s = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return halfWidthAscii(s)
    .replace(/[\s\u3000]+/g, '')
    .trim();
}

/** Excel column letters for messages: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Column index of Excel letters: 'A' → 0, 'AA' → 26. */
export function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
