// Import: the data rows of a table under its mapped header, blank rows skipped.
import { ruleViolation } from '../../../../shared/contract/result';
import { type RawCell, type RawTable, normalizeText, readTable } from '../read-table';
import { type ColumnMap, type HeaderSpec, mapColumns } from './headers';

export interface MappedRow {
  /** Excel row number. */
  row: number;
  /** key → raw cell (null when the column is absent or the cell empty). */
  cells: Record<string, RawCell>;
}

/** Rows below the header with their mapped cells; a row whose mapped cells are all blank is skipped. */
export function mappedRows(table: RawTable, map: ColumnMap): MappedRow[] {
  const out: MappedRow[] = [];
  const entries = Object.entries(map.columns);
  for (let r = map.firstDataRow - 1; r < table.rows.length; r++) {
    const source = table.rows[r] ?? [];
    const cells: Record<string, RawCell> = {};
    let blank = true;
    for (const [key, c] of entries) {
      const cell = source[c] ?? null;
      cells[key] = cell;
      if (blank && normalizeText(cell) !== '') blank = false;
    }
    if (!blank) out.push({ row: r + 1, cells });
  }
  return out;
}

export interface ImportTable {
  sheetName: string;
  map: ColumnMap;
  rows: MappedRow[];
}

/**
 * Reads an uploaded .xlsx/.csv, finds and maps its header, returns the non-blank data rows.
 * Every failure is a RULE_VIOLATION with a Chinese message (empty, not a workbook, encrypted or .xls,
 * damaged, no header, missing required columns, duplicated column, no data rows).
 */
export async function readImportTable(fileName: string, content: Buffer, specs: HeaderSpec[]): Promise<ImportTable> {
  const table = await readTable(fileName, content);
  const map = mapColumns(table, specs);
  const rows = mappedRows(table, map);
  if (rows.length === 0) throw ruleViolation(`第${map.headerRow}行是表头，但表头下面没有数据行。请填写数据后再导入。`);
  return { sheetName: table.sheetName, map, rows };
}
