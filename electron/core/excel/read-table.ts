import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { excel } from './exceljs';
import { AppError, ruleViolation } from '../../../shared/contract';
import { type OnRowsRead, readXlsxStreaming } from './read-xlsx-stream';
import { XlsEncrypted, readXlsSheets } from './read-xls';
import { cellValue, type CellRange, type RawCell, type RawTable } from './raw-table';

export {
  cellValue,
  columnIndex,
  columnLetter,
  normalizeText,
  type CellRange,
  type RawCell,
  type RawTable,
} from './raw-table';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (buf: Buffer, sig: number[]) => sig.every((b, i) => buf[i] === b);

/** Decodes CSV bytes: UTF-8 (with or without BOM), else GBK as saved by Chinese Excel. */
export function decodeCsv(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(buf);
  }
}

/** True when an OLE compound file is an encrypted Office document (an .xlsx with an open password). */
function isEncryptedOoxml(buf: Buffer): boolean {
  return (
    buf.includes(Buffer.from('EncryptionInfo', 'utf16le')) || buf.includes(Buffer.from('EncryptedPackage', 'utf16le'))
  );
}

export const ENCRYPTED_MESSAGE =
  '该工作簿设有打开密码，无法读取。请在 Excel 中打开后取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），保存后再导入。';
export const EMPTY_WORKBOOK_MESSAGE = '文件中没有数据（第一个工作表是空的）。';
export const ALL_SHEETS_EMPTY_MESSAGE = '文件中没有数据（所有工作表都是空的）。';

/** A worksheet as a grid of raw cells, merged cells filled with their master's value. */
function gridOf(ws: ExcelJS.Worksheet): RawTable {
  const rows: RawCell[][] = [];
  const merges = new Map<string, CellRange>();
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // A merged cell's slaves carry the master's value, so a merged header reads the same in each column.
      cells[col - 1] = cellValue(cell.isMerged ? cell.master.value : cell.value);
      if (cell.isMerged) {
        const m = cell.master;
        const range = merges.get(m.address) ?? { top: Number(m.row) - 1, left: Number(m.col) - 1, bottom: 0, right: 0 };
        range.bottom = Math.max(range.bottom, rowNumber - 1);
        range.right = Math.max(range.right, col - 1);
        merges.set(m.address, range);
      }
    });
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheetName: ws.name, rows, merges: [...merges.values()] };
}

const hasValue = (t: RawTable) =>
  t.rows.some((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ''));

/**
 * Reads every visible worksheet of an .xlsx (streamed, read-xlsx-stream.ts) or a legacy .xls (read-xls.ts), or the
 * one table of a .csv, into grids of raw cells; `breathe` runs between the time slices of a streamed read. Sheets
 * without any value are left out; when none has one the file is refused. Every failure is a Chinese
 * RULE_VIOLATION: empty file, not a workbook, password, damaged .xlsx or .xls.
 */
export async function readSheets(
  fileName: string,
  content: Buffer,
  breathe?: () => Promise<void>,
  onRows?: OnRowsRead,
): Promise<RawTable[]> {
  if (!content.length) throw ruleViolation('文件是空的（0 字节），请检查后重新选择。');
  const isCsv = /\.csv$/i.test(fileName);
  if (!isCsv && startsWith(content, CFB)) {
    if (isEncryptedOoxml(content)) throw ruleViolation(ENCRYPTED_MESSAGE);
    const tables = await readLegacyXls(content);
    return nonEmpty(tables, tables.length);
  }
  if (!isCsv && !startsWith(content, ZIP)) {
    throw ruleViolation('该文件不是 Excel 工作簿（.xlsx）或 CSV 文件，无法读取。');
  }
  try {
    if (isCsv) {
      // Keep every value as text: IDs and codes must not turn into numbers.
      const wb = new (excel().Workbook)();
      const ws = await wb.csv.read(Readable.from([decodeCsv(content)]), {
        map: (v: string) => (v === '' ? null : v),
      } as never);
      return nonEmpty([gridOf(ws)], 1);
    }
    const { tables, sheetCount } = await readXlsxStreaming(content, breathe, onRows).catch((err: unknown) => {
      // exceljs's unzip stream (unzipper) now and then ends a valid in-memory workbook early (FILE_ENDED), more
      // often on a loaded machine; reading the same bytes again settles it. A damaged file fails both times.
      if (err instanceof AppError) throw err;
      return readXlsxStreaming(content, breathe, onRows);
    });
    return nonEmpty(tables, sheetCount);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw ruleViolation('文件已损坏或格式不正确，无法读取。请用 Excel 打开确认后另存为 .xlsx 再导入。');
  }
}

function nonEmpty(tables: RawTable[], sheetCount: number): RawTable[] {
  const withValues = tables.filter(hasValue);
  if (!withValues.length) throw ruleViolation(sheetCount > 1 ? ALL_SHEETS_EMPTY_MESSAGE : EMPTY_WORKBOOK_MESSAGE);
  return withValues;
}

/** An OLE compound file that is not an encrypted .xlsx: a legacy .xls, read with SheetJS (read-xls.ts). */
async function readLegacyXls(content: Buffer): Promise<RawTable[]> {
  try {
    return await readXlsSheets(content);
  } catch (err) {
    if (err instanceof XlsEncrypted) throw ruleViolation(ENCRYPTED_MESSAGE);
    throw ruleViolation(
      '该文件是旧版 .xls 格式或设有打开密码，无法读取。请在 Excel 中“另存为”不加密的 .xlsx 文件后再导入。',
    );
  }
}

/** Reads the first visible sheet with values of an .xlsx, .xls or .csv file into a grid of raw cells, merged cells filled. */
export async function readTable(fileName: string, content: Buffer): Promise<RawTable> {
  const tables = await readSheets(fileName, content);
  return tables[0];
}
