// Import: the data rows of a table under its mapped header; blank, totals, note and signature rows are
// skipped with their reason (skip.ts), and so are rows hidden in Excel and a row repeating an earlier one.
import { ruleViolation } from '../../../../shared/contract/result';
import { type RawCell, type RawTable, readSheets } from '../read-table';
import type { OnRowsRead } from '../read-xlsx-stream';
import { type ColumnMap, type HeaderSpec, canonicalHeader } from './headers';
import { type MappingChoice, type ResolvedMapping, resolveMapping } from './mapping';
import { nextTurn, pace } from './pace';
import { SKIP_REASONS, type SkippedRow, duplicateRowReason, isTotalsRow, looksLikeId, skipReason } from './skip';
import { cellText } from './values';

export interface MappedRow {
  /** Excel row number. */
  row: number;
  /** key → raw cell (null when the column is absent or the cell empty). */
  cells: Record<string, RawCell>;
}

/** A sheet row's cells under the mapped columns (key → raw cell, null when absent or empty). */
function cellsOf(source: readonly RawCell[], entries: readonly [string, number][]): Record<string, RawCell> {
  const cells: Record<string, RawCell> = {};
  for (const [key, c] of entries) cells[key] = source[c] ?? null;
  return cells;
}

/**
 * The sheet rows below the header that hold data (0-based), and the rows that are not data with the reason; in
 * time slices with `breathe` between them (pace.ts). The mapped cells of a data row are made when it is read
 * (mappedRow), so a large roster is not held twice.
 */
export async function splitRows(
  table: RawTable,
  map: ColumnMap,
  headerTexts: readonly string[] = [],
  breathe: () => Promise<void> = nextTurn,
): Promise<{ dataRows: number[]; skipped: SkippedRow[] }> {
  const dataRows: number[] = [];
  const skipped: SkippedRow[] = [];
  const entries = Object.entries(map.columns);
  const idColumn = map.columns.idNumber;
  const slice = pace(breathe);
  const hidden = new Set(table.hiddenRows);
  // A data row with an ID whose mapped cells repeat an earlier row's is that row pasted twice (skip.ts).
  const seen = new Map<string, number>();
  const pushData = (r: number, source: readonly RawCell[]) => {
    if (idColumn !== undefined && cellText(source[idColumn] ?? null) !== '') {
      const key = entries.map(([, c]) => cellText(source[c] ?? null)).join('\u0001');
      const first = seen.get(key);
      if (first !== undefined) return void skipped.push({ row: r + 1, reason: duplicateRowReason(first) });
      seen.set(key, r + 1);
    }
    dataRows.push(r);
  };
  for (let r = map.firstDataRow - 1; r < table.rows.length; r++) {
    if (slice.due()) await slice.rest();
    const source = table.rows[r] ?? [];
    // audit8 gap 3: a row hidden by hand or filtered out in Excel is not imported (the count matches what the
    // clerk sees); it is listed with its reason. A hidden blank row is just a blank row.
    if (hidden.has(r) && source.some((c) => c !== null && c !== '')) {
      skipped.push({ row: r + 1, reason: SKIP_REASONS.hidden });
      continue;
    }
    // The common case first, without building the row's cells: digits in the ID column make a row data (skip.ts),
    // unless the row is a totals line with its count there.
    if (idColumn !== undefined && looksLikeId(source[idColumn] ?? null)) {
      if (isTotalsRow(source, idColumn)) skipped.push({ row: r + 1, reason: SKIP_REASONS.total });
      else pushData(r, source);
      continue;
    }
    const cells = cellsOf(source, entries);
    const idCell = map.columns.idNumber === undefined ? undefined : cells.idNumber;
    const reason = skipReason(source, Object.values(cells), idCell, headerTexts);
    if (reason) skipped.push({ row: r + 1, reason });
    else pushData(r, source);
  }
  // Blank rows after the last data row are the sheet's formatting, not the clerk's: not listed.
  const last = dataRows.length ? dataRows[dataRows.length - 1] + 1 : 0;
  const listed = skipped.filter((s) => s.row < last || s.reason !== SKIP_REASONS.blank);
  return { dataRows, skipped: listed };
}

/** The column map's entries, made once per map rather than once per row. */
const entriesOf = new WeakMap<ColumnMap['columns'], [string, number][]>();

/** The i-th data row of a read table with its mapped cells. */
export function mappedRow(t: ImportTable, i: number): MappedRow {
  const r = t.dataRows[i];
  let entries = entriesOf.get(t.map.columns);
  if (!entries) entriesOf.set(t.map.columns, (entries = Object.entries(t.map.columns)));
  return { row: r + 1, cells: cellsOf(t.table.rows[r] ?? [], entries) };
}

/** Every data row with its mapped cells (small tables, tests). */
export const mappedRows = (t: ImportTable): MappedRow[] => t.dataRows.map((_, i) => mappedRow(t, i));

export interface ImportTable {
  sheetName: string;
  map: ColumnMap;
  /** 0-based sheet rows that hold data, in order: mappedRow(table, i) reads the i-th. */
  dataRows: number[];
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
  onRows?: OnRowsRead,
): Promise<ImportTable> {
  const tables = await readSheets(fileName, content, breathe, onRows);
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
  const { dataRows, skipped } = await splitRows(table, map, headerTexts, breathe);
  if (dataRows.length === 0) {
    const where = tables.length > 1 ? `工作表“${table.sheetName}”的` : '';
    throw ruleViolation(`${where}第${map.headerRow}行是表头，但表头下面没有数据行。请填写数据后再导入。`);
  }
  return { sheetName: table.sheetName, map, dataRows, skipped, mapping, table };
}
