// Import step 2: cell values normalised into the text the shared rules validate. Nothing here guesses:
// a value that cannot be read faithfully is reported with a Chinese message instead.
import { isLegacyIdNumber, legacyIdMessage, normalizeIdNumber } from '../../../../shared/domain/id-number';
import { halfWidthAscii } from '../../../../shared/domain/text';
import type { RawCell } from '../read-table';

export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

/** 'YYYY-MM-DD' of a Date as exceljs gives it (UTC midnight for a date cell). */
export function utcDateText(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Full-width ASCII (Ａ１（）) → half-width, ideographic space → space. */
export function toHalfWidth(s: string): string {
  return halfWidthAscii(s).replace(/\u3000/g, ' ');
}

/**
 * Text of any cell: full-width → half-width, trimmed, runs of spaces, tabs and line breaks → one space.
 * Numbers as digits (13812345678), dates as YYYY-MM-DD, TRUE/FALSE as 是/否, empty → ''.
 */
export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return utcDateText(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  const s = String(cell);
  // Most cells have nothing to change: no full-width character and no space of any kind.
  if (!NEEDS_NORMALISING.test(s)) return s;
  return toHalfWidth(s).replace(/\s+/g, ' ').trim();
}

const NEEDS_NORMALISING = /[\uFF01-\uFF5E\u3000\s]/;

/** The shown value of a cell in an error list: what was read, without normalisation. */
export function displayValue(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return utcDateText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

export const ID_DAMAGED_MESSAGE = '公民身份号码被 Excel 存成了数字，后几位已丢失，请把该列设为“文本”后重新填写';

/** 6.50102E+17, 6.50102199001012e17 … as Excel displays a long number. */
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?E[+-]?\d+$/i;

/**
 * VR-01 step 1 on an imported cell, with damage detection. An ID that Excel stored as a NUMBER keeps
 * only 15 significant digits (650102199001011234 → 650102199001011200), and a text like 6.50102E+17 is
 * what is left after a copy of such a number: both are reported, never rounded or completed.
 * Numbers below 10^15 are exact and pass on as digits (they then fail the length check).
 * Blank → null (whether the field is required is the validator's business).
 */
export function readIdNumberCell(cell: RawCell): CellRead<string | null> {
  if (cell === null) return { ok: true, value: null };
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && Math.abs(cell) < 1e15)
      return isLegacyIdNumber(String(cell))
        ? { ok: false, message: legacyIdMessage(String(cell)) }
        : { ok: true, value: String(cell) };
    return { ok: false, message: ID_DAMAGED_MESSAGE };
  }
  if (cell instanceof Date || typeof cell === 'boolean') return { ok: false, message: '公民身份号码格式不正确' };
  const text = normalizeIdNumber(cellText(cell)).replace(/^'/, '');
  if (text === '') return { ok: true, value: null };
  if (SCIENTIFIC.test(text)) return { ok: false, message: ID_DAMAGED_MESSAGE };
  // VR-02: refused, never converted silently; the message gives the 18-digit number so the sheet can be corrected.
  if (isLegacyIdNumber(text)) return { ok: false, message: legacyIdMessage(text) };
  return { ok: true, value: text };
}

/** Text field: normalised text, or null when blank. */
export function readTextCell(cell: RawCell): string | null {
  const text = cellText(cell);
  return text === '' ? null : text;
}
