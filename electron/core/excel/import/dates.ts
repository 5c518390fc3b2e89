// Import step 2 for dates: Excel date cells, Excel serial numbers and the text dates clerks type
// (2020.3.5, 2020-3-5, 2020/03/05, 2020年3月5日, 20200305) all become 'YYYY-MM-DD', or a Chinese message.
import { formatDate, isValidDate } from '../../../../shared/domain/dates';
import type { RawCell } from '../read-table';
import { type CellRead, cellText, utcDateText } from './values';

const DAY_MS = 86_400_000;
/** Largest serial Excel accepts: 9999-12-31. */
const MAX_SERIAL = 2_958_465;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Excel serial day number → 'YYYY-MM-DD' (1900 date system; the time of day is dropped).
 * Excel counts 1900-02-29, which never existed (the Lotus 1-2-3 leap-year bug): serial 60 is that
 * non-day (null), serials before it are one day later than a plain count from 1899-12-30 would give.
 */
export function excelSerialToDate(serial: number): string | null {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > MAX_SERIAL || day === 60) return null;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return utcDateText(new Date(epoch + day * DAY_MS));
}

const unreadable = (shown: string): CellRead<never> => ({
  ok: false,
  message: `无法识别的日期“${shown}”，请按 2020-03-05 的格式填写`,
});

function fromParts(y: string, m: string, d: string, shown: string): CellRead<string> {
  const year = Number(y);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, message: `日期“${shown}”的年份不正确` };
  const date = formatDate(year, Number(m), Number(d));
  if (!isValidDate(date)) return { ok: false, message: `日期“${shown}”不存在，请检查月份和日期` };
  return { ok: true, value: date };
}

const SEPARATED = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TIME_SUFFIX = /(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function fromNumber(n: number): CellRead<string> {
  const shown = String(n);
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 21_001_231) {
    const m = COMPACT.exec(shown)!;
    return fromParts(m[1], m[2], m[3], shown);
  }
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) {
    return { ok: false, message: `“${shown}”不是完整的日期，请填写年、月、日，如 2020-03-05` };
  }
  const date = excelSerialToDate(n);
  return date ? { ok: true, value: date } : unreadable(shown);
}

/**
 * A date cell of an imported row. Date objects from exceljs are read in UTC (exceljs returns a date
 * cell as UTC midnight; local getters would shift it a day west of Greenwich). Blank → null.
 */
export function readDateCell(cell: RawCell): CellRead<string | null> {
  if (cell === null) return { ok: true, value: null };
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? unreadable('') : { ok: true, value: utcDateText(cell) };
  }
  if (typeof cell === 'number') return fromNumber(cell);
  if (typeof cell === 'boolean') return unreadable(String(cell));
  const shown = cellText(cell);
  if (shown === '') return { ok: true, value: null };
  const text = shown.replace(TIME_SUFFIX, '').trim();
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text);
  return m ? fromParts(m[1], m[2], m[3], shown) : unreadable(shown);
}
