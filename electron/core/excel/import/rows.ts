// Import: the data rows of a table under its mapped header; blank, totals, note and signature rows are
// skipped with their reason (skip.ts).
import { ruleViolation } from '../../../../shared/contract/result';
import { type RawCell, type RawTable, readSheets } from '../read-table';
import { type ColumnMap, type HeaderSpec, canonicalHeader } from './headers';
import { type MappingChoice, type ResolvedMapping, resolveMapping } from './mapping';
import { nextTurn, pace } from './pace';
import { SKIP_REASONS, type SkippedRow, skipReason } from './skip';

export interface MappedRow {
  /** Excel row number. */
  row: number;
  /** key → raw cell (null when the column is absent or the cell empty). */
  cells: Record<string, RawCell>;
}

/**
 * Rows below the header with their mapped cells, and the rows that are not data with the reason; in time slices
 * with `breathe` between them (pace.ts).
 */
export async function splitRows(
  table: RawTable,
  map: ColumnMap,
  headerTexts: readonly string[] = [],
  breathe: () => Promise<void> = nextTurn,
): Promise<{ rows: MappedRow[]; skipped: SkippedRow[] }> {
  const rows: MappedRow[] = [];
  const skipped: SkippedRow[] = [];
  const entries = Object.entries(map.columns);
  const slice = pace(breathe);
  for (let r = map.firstDataRow - 1; r < table.rows.length; r++) {
    if (slice.due()) await slice.rest();
    const source = table.rows[r] ?? [];
    const cells: Record<string, RawCell> = {};
    for (const [key, c] of entries) cells[key] = source[c] ?? null;
    const idCell = map.columns.idNumber === undefined ? undefined : cells.idNumber;
    const reason = skipReason(source, Object.values(cells), idCell, headerTexts);
    if (reason) skipped.push({ row: r + 1, reason });
    else rows.push({ row: r + 1, cells });
  }
  // Blank rows after the last data row are the sheet's formatting, not the clerk's: not listed.
  const last = rows.length ? rows[rows.length - 1].row : 0;
  const listed = skipped.filter((s) => s.row < last || s.reason !== SKIP_REASONS.blank);
  return { rows, skipped: listed };
}

export interface ImportTable {
  sheetName: string;
  map: ColumnMap;
  rows: MappedRow[];
  /** Rows under the header that are not data, with the reason (blank rows after the last data row not listed). */
  skipped: SkippedRow[];
  mapping: ResolvedMapping;
  /** The sheet as read, for the error file that repeats the original rows. */
  table: RawTable;
}

/**
 * Reads an uploaded .xlsx/.csv, finds the roster's sheet and header, maps its columns (with the clerk's
 * choices) and returns the data rows. Every failure is a RULE_VIOLATION with a Chinese message (empty, not
 * a workbook, encrypted or .xls, damaged, no header, several roster sheets, missing required columns,
 * duplicated column, no data rows). `breathe` (the job's) runs between the time slices of the long loops.
 */
export async function readImportTable(
  fileName: string,
  content: Buffer,
  specs: HeaderSpec[],
  choice: MappingChoice = {},
  noun?: string,
  breathe: () => Promise<void> = nextTurn,
): Promise<ImportTable> {
  const tables = await readSheets(fileName, content, breathe);
  const mapping = resolveMapping(tables, specs, choice, noun);
  const table = tables.find((t) => t.sheetName === mapping.sheetName)!;
  const { header } = mapping;
  const map: ColumnMap = {
    headerRow: header.headerRow,
    headerRows: header.headerRows,
    firstDataRow: header.firstDataRow,
    columns: mapping.columns,
    unmapped: mapping.mapped.filter((c) => c.key === null).map((c) => ({ column: c.column, header: c.header })),
  };
  const headerTexts = mapping.mapped
    .filter((c) => c.key !== null)
    .map((c) => canonicalHeader(c.header.split('/').pop() ?? ''));
  const { rows, skipped } = await splitRows(table, map, headerTexts, breathe);
  if (rows.length === 0) {
    const where = tables.length > 1 ? `工作表“${table.sheetName}”的` : '';
    throw ruleViolation(`${where}第${map.headerRow}行是表头，但表头下面没有数据行。请填写数据后再导入。`);
  }
  return { sheetName: table.sheetName, map, rows, skipped, mapping, table };
}
