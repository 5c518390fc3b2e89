// .xlsx read with exceljs's streaming reader (WorkbookReader): rows arrive one at a time as raw cells, so a
// large roster never builds exceljs's whole document model (cells with styles), which is what made the full
// load cost ~470 MB at 10,000 rows. The streaming reader skips merged ranges; they are picked out of each
// sheet's XML as it streams past (<mergeCell ref="A1:H1"/>) and their slaves filled once the sheet is read; hidden
// rows (<row r="31" hidden="1">, by hand or by a filter) are picked out the same way.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excel } from './exceljs';
import { type CellRange, type RawCell, type RawTable, cellValue, columnIndex } from './raw-table';
import { nextTurn, pace } from './import/pace';

const MERGE = /<mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
/** A row hidden by hand or by a filter (audit8 gap 3): the streaming reader drops the attribute, so it is tapped. */
/** The sheet's declared extent, near the start of its XML: its last row gives read progress (audit8 gap 9). */
const DIMENSION = /<dimension\b[^>]*\bref="(?:[A-Z]+\d+:)?[A-Z]+(\d+)"/;
const HIDDEN_ROW = /<row\b[^>]*\bhidden="(?:1|true)"[^>]*>/g;

/** What is tapped from a sheet's XML as it streams past. */
interface SheetTaps {
  merges: Set<string>;
  /** 0-based indexes of hidden rows. */
  hiddenRows: Set<number>;
  /** The last row the sheet declares (<dimension ref="A1:K5003"/>), 0 when it does not: for read progress. */
  lastRow: number;
}

/** A tag looked for in the byte stream, and what to do with the text of a chunk that holds it. */
interface Tap {
  tag: string;
  bytes: Buffer;
  scan(text: string): void;
}

const tap = (tag: string, scan: (text: string) => void): Tap => ({ tag, bytes: Buffer.from(tag, 'latin1'), scan });

function sheetTaps(into: SheetTaps): Tap[] {
  return [
    tap('<mergeCell', (text) => {
      for (const m of text.matchAll(MERGE)) into.merges.add(`${m[1]}${m[2]}:${m[3]}${m[4]}`);
    }),
    tap('<dimension', (text) => {
      const m = DIMENSION.exec(text);
      if (m) into.lastRow = Number(m[1]);
    }),
    tap('hidden=', (text) => {
      for (const m of text.matchAll(HIDDEN_ROW)) {
        const r = /\br="(\d+)"/.exec(m[0]);
        if (r) into.hiddenRows.add(Number(r[1]) - 1);
      }
    }),
  ];
}

/**
 * Taps a sheet's byte stream for its merged ranges and hidden rows; the text of a tag split across chunks is kept
 * in `tail`. Only a chunk holding a tag (or the start of one split off from the chunk before) is turned into text:
 * a 50,000-row sheet is 20 MB of XML, its merges sit at the end and hidden rows are rare.
 */
async function* tapSheet(source: AsyncIterable<Buffer>, taps: Tap[]): AsyncGenerator<Buffer> {
  let tail = '';
  for await (const chunk of source) {
    const head = tail + chunk.subarray(0, 200).toString('latin1');
    const hit = taps.filter((t) => chunk.includes(t.bytes) || head.includes(t.tag));
    if (hit.length) {
      const text = tail + chunk.toString('latin1');
      for (const t of hit) t.scan(text);
    }
    tail = (tail + chunk.subarray(-200).toString('latin1')).slice(-200);
    yield chunk;
  }
}

/** Rows read so far of the sheet being read, and its row count as the sheet declares it (0 when it does not). */
export type OnRowsRead = (read: number, total: number) => void;

type Internal = { _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<unknown> };

/** WorkbookReader that remembers each sheet's merged ranges and hidden rows by sheet file number. */
function readerWithTaps(stream: Readable, sheets: Map<string, SheetTaps>): ExcelJS.stream.xlsx.WorkbookReader {
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
    const found: SheetTaps = { merges: new Set(), hiddenRows: new Set(), lastRow: 0 };
    sheets.set(sheetNo, found);
    return yield* parse(tapSheet(iterator, sheetTaps(found)), sheetNo);
  };
  return reader;
}

const toRange = (ref: string): CellRange => {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
  return { top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4]) - 1, right: columnIndex(m[3]) };
};

/**
 * Every visible sheet of an .xlsx as raw grids, merged cells carrying their master's value, hidden rows listed. The
 * rows are read in time slices (import/pace.ts) with `breathe` between them, so a large file never holds the event
 * loop; before each pause, `onRows` hears how far the sheet has been read.
 */
export async function readXlsxStreaming(
  content: Buffer,
  breathe: () => Promise<void> = nextTurn,
  onRows?: OnRowsRead,
): Promise<{ tables: RawTable[]; sheetCount: number }> {
  const taps = new Map<string, SheetTaps>();
  const slice = pace(breathe);
  const reader = readerWithTaps(Readable.from([content]), taps);
  const tables: RawTable[] = [];
  let sheetCount = 0;
  for await (const sheet of reader) {
    const ws = sheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string; state?: string };
    const rows: RawCell[][] = [];
    for await (const row of ws) {
      if (slice.due()) {
        onRows?.(row.number, Math.max(lastTaps(taps).lastRow, row.number));
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
    const tapped = lastTaps(taps);
    const ranges = [...tapped.merges].map(toRange);
    for (const m of ranges) {
      const master = rows[m.top]?.[m.left] ?? null;
      for (let r = m.top; r <= m.bottom; r++) {
        rows[r] ??= [];
        for (let c = m.left; c <= m.right; c++) rows[r][c] = master;
      }
    }
    const hiddenRows = [...tapped.hiddenRows].sort((a, b) => a - b);
    tables.push({ sheetName: ws.name, rows, merges: ranges, ...(hiddenRows.length ? { hiddenRows } : {}) });
  }
  return { tables, sheetCount };
}

/** What was tapped from the sheet just read: sheets stream one after another, so it is the last one tapped. */
function lastTaps(taps: Map<string, SheetTaps>): SheetTaps {
  return [...taps.values()].pop() ?? { merges: new Set(), hiddenRows: new Set(), lastRow: 0 };
}
