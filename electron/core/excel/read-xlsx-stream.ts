// .xlsx read with exceljs's streaming reader (WorkbookReader): rows arrive one at a time as raw cells, so a
// large roster never builds exceljs's whole document model (cells with styles), which is what made the full
// load cost ~470 MB at 10,000 rows. The streaming reader skips merged ranges; they are picked out of each
// sheet's XML as it streams past (<mergeCell ref="A1:H1"/>) and their slaves filled once the sheet is read.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excel } from './exceljs';
import { type CellRange, type RawCell, type RawTable, cellValue, columnIndex } from './raw-table';
import { nextTurn, pace } from './import/pace';

const MERGE = /<mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;

const TAG = '<mergeCell';
const TAG_BYTES = Buffer.from(TAG, 'latin1');

/**
 * Taps a sheet's byte stream for its merged ranges; the text of a tag split across chunks is kept in `tail`. Only
 * a chunk holding a tag (or the start of one split off from the chunk before) is turned into text: a 50,000-row
 * sheet is 20 MB of XML, and its merges sit at the end.
 */
async function* tapMerges(source: AsyncIterable<Buffer>, into: Set<string>): AsyncGenerator<Buffer> {
  let tail = '';
  for await (const chunk of source) {
    if (chunk.includes(TAG_BYTES) || (tail + chunk.subarray(0, 200).toString('latin1')).includes(TAG)) {
      const text = tail + chunk.toString('latin1');
      for (const m of text.matchAll(MERGE)) into.add(`${m[1]}${m[2]}:${m[3]}${m[4]}`);
    }
    tail = (tail + chunk.subarray(-200).toString('latin1')).slice(-200);
    yield chunk;
  }
}

const DIMENSION = /<dimension\b[^>]*\bref="(?:[A-Z]+\d+:)?[A-Z]+(\d+)"/;

const DIMENSION_WITHIN = 4096;

/** Reads the sheet's last row from its <dimension ref="A1:K5003"/>, near the start of its XML (gap 9 of audit8). */
async function* tapDimension(source: AsyncIterable<Buffer>, found: (lastRow: number) => void): AsyncGenerator<Buffer> {
  let head: string | null = ''; // null once found, or once past where it can be
  for await (const chunk of source) {
    if (head !== null) {
      head += chunk.subarray(0, DIMENSION_WITHIN).toString('latin1');
      const m = DIMENSION.exec(head);
      if (m) found(Number(m[1]));
      if (m || head.length >= DIMENSION_WITHIN) head = null;
    }
    yield chunk;
  }
}

/** Rows read so far of the sheet being read, and its row count as the sheet declares it (0 when it does not). */
export type OnRowsRead = (read: number, total: number) => void;

type Internal = { _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<unknown> };

/** WorkbookReader that remembers each sheet's merged ranges by sheet file number. */
function readerWithMerges(
  stream: Readable,
  merges: Map<string, Set<string>>,
  dimension: { lastRow: number },
): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new (excel().stream.xlsx.WorkbookReader)(stream, {
    sharedStrings: 'cache',
    styles: 'cache', // date cells come out as dates
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const internal = reader as unknown as Internal;
  const parse = internal._parseWorksheet.bind(reader);
  internal._parseWorksheet = function* (iterator, sheetNo) {
    const found = new Set<string>();
    merges.set(sheetNo, found);
    dimension.lastRow = 0;
    const sized = tapDimension(iterator, (lastRow) => (dimension.lastRow = lastRow));
    return yield* parse(tapMerges(sized, found), sheetNo);
  };
  return reader;
}

const toRange = (ref: string): CellRange => {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4]) - 1, right: columnIndex(m[3]) };
};

/**
 * Every visible sheet of an .xlsx as raw grids, merged cells carrying their master's value. The rows are read in
 * time slices (import/pace.ts) with `breathe` between them, so a large file never holds the event loop; before each
 * pause, `onRows` hears how far the sheet has been read.
 */
export async function readXlsxStreaming(
  content: Buffer,
  breathe: () => Promise<void> = nextTurn,
  onRows?: OnRowsRead,
): Promise<{ tables: RawTable[]; sheetCount: number }> {
  const merges = new Map<string, Set<string>>();
  const dimension = { lastRow: 0 };
  const slice = pace(breathe);
  const reader = readerWithMerges(Readable.from([content]), merges, dimension);
  const tables: RawTable[] = [];
  let sheetCount = 0;
  for await (const sheet of reader) {
    const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; state?: string };
    const rows: RawCell[][] = [];
    for await (const row of ws) {
      if (slice.due()) {
        onRows?.(row.number, Math.max(dimension.lastRow, row.number));
        await slice.rest();
      }
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = cellValue(cell.value);
      });
      for (let c = 0; c < cells.length; c++) cells[c] ??= null;
      rows[row.number - 1] = cells;
    }
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    sheetCount++;
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const ranges = [...lastMerges(merges)].map(toRange);
    for (const m of ranges) {
      const master = rows[m.top]?.[m.left] ?? null;
      for (let r = m.top; r <= m.bottom; r++) {
        rows[r] ??= [];
        for (let c = m.left; c <= m.right; c++) rows[r][c] = master;
      }
    }
    tables.push({ sheetName: ws.name, rows, merges: ranges });
  }
  return { tables, sheetCount };
}

/** The merges of the sheet just read: sheets stream one after another, so it is the last one tapped. */
function lastMerges(merges: Map<string, Set<string>>): Set<string> {
  return [...merges.values()].pop() ?? new Set();
}
