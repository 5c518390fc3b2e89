// Cell values and styles of the report frame. Style objects are built once per column and row kind
// and shared by every cell: exceljs caches a style id per style OBJECT, so sharing keeps large
// streaming exports fast (never mutate a cell's numFmt/font in place: that would edit the shared object).
import type ExcelJS from 'exceljs';
import { parseDate, parseMonth } from '../../../shared/domain/dates';
import {
  DEFAULT_ID_MASK,
  maskBankCard,
  maskIdNumber,
  maskPhone,
  type IdMaskPattern,
} from '../../../shared/domain/masking';
import type { ColumnType, MoneyUnit, ReportColumn } from './report-definition';
import { isSummed } from './report-definition';
import { type Accumulator, fieldOf, toNumber } from './report-groups';

export type Style = Partial<ExcelJS.Style>;
export type RowKind = 'data' | 'subtotal' | 'total';

const THIN = { style: 'thin' } as const;
/** A thin line on every side: the cells of every sheet the core writes (reports, import templates, error lists). */
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '宋体', size: 10 };
const BOLD = { name: '宋体', size: 10, bold: true };
const CENTRE: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

export const FRAME_STYLES = {
  // Lines across the table wrap inside it (issue 18): the layout gives their rows the height the wrapped text needs.
  title: {
    font: { name: '宋体', size: 16, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  confidential: {
    font: { name: '宋体', size: 11, bold: true, color: { argb: 'FFC00000' } },
    alignment: { horizontal: 'center', vertical: 'middle' },
  },
  unitLeft: { font: FONT, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  unitCentre: { font: FONT, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
  unitRight: { font: FONT, alignment: { horizontal: 'right', vertical: 'middle', wrapText: true } },
  header: { font: BOLD, alignment: CENTRE, border: THIN_BORDER },
  lanci: { font: FONT, alignment: CENTRE, border: THIN_BORDER },
  capital: { font: BOLD, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  line: { font: FONT, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
} satisfies Record<string, Style>;

const NUM_FMT: Partial<Record<ColumnType, string>> = {
  seq: '0',
  int: '0',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  // A rate is the percentage itself (66.7, not 0.667 shown as 66.7%): the header says % (联系率%) and DOMAIN's checks
  // read 10 = 9 ÷ 8 × 100, so a figure keyed into the prefecture's form is the cell's value.
  rate: '0.0',
  id: '@',
  phone: '@',
  bank: '@',
  // Text cells are formatted as Text: a value a clerk typed as '=…', '+…', '-…' or '@…' is written as a string and
  // stays one when the recipient edits the cell (no formula injection), and reads exactly as typed (issue 20).
  text: '@',
};

function alignmentOf(type: ColumnType): Partial<ExcelJS.Alignment> {
  if (type === 'text') return { horizontal: 'left', vertical: 'middle', wrapText: true };
  if (type === 'int' || type === 'money' || type === 'rate') return { horizontal: 'right', vertical: 'middle' };
  return { horizontal: 'center', vertical: 'middle' };
}

/** The styles of one column for data, 小计 and 合计 rows. */
export function columnStyles(col: ReportColumn): Record<RowKind, Style> {
  const base: Style = { alignment: alignmentOf(col.type), border: THIN_BORDER };
  const numFmt = NUM_FMT[col.type];
  if (numFmt) base.numFmt = numFmt;
  return { data: { ...base, font: FONT }, subtotal: { ...base, font: BOLD }, total: { ...base, font: BOLD } };
}

/** Label cells of 小计/合计 rows (a text cell in whatever column holds the label). */
export const LABEL_STYLE: Style = {
  font: BOLD,
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: THIN_BORDER,
};

/** The 人数 cell: a number shown with its unit, e.g. 12人. */
export const countStyle = (unit: string): Style => ({
  font: BOLD,
  alignment: { horizontal: 'center', vertical: 'middle' },
  border: THIN_BORDER,
  numFmt: `0"${unit.replace(/"/g, '')}"`,
});

/** 是 / 否 in a sheet's cell for a yes/no value (a flag column stored as 1 / 0, or a boolean). */
export const yesNoText = (v: boolean | number): string => (v ? '是' : '否');

export const moneyDivisor = (unit: MoneyUnit) => (unit === '万元' ? 1_000_000 : 100);

/** Rate as a percentage rounded to 1 decimal (2 ÷ 3 → 66.7), so the stored value equals what is shown. Null when undefined. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

/** Fen in the report's unit, rounded to the 2 decimals shown (万元: 1,234,567 fen → 1.23), so the cell holds what it shows. */
const inUnit = (fen: number, divisor: number) => Math.round((fen * 100) / divisor) / 100;

function fenValue(value: unknown, key: string, divisor: number): number | null {
  const fen = toNumber(value, key);
  if (fen === null) return null;
  if (!Number.isSafeInteger(fen)) throw new Error(`报表金额字段 ${key} 应为以分为单位的整数，实际为：${fen}`);
  return inUnit(fen, divisor);
}

const text = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** The cell value of a data row. */
export function dataValue(
  col: ReportColumn,
  row: object,
  seq: number | null,
  full: boolean,
  divisor: number,
  idMask: IdMaskPattern = DEFAULT_ID_MASK,
): ExcelJS.CellValue {
  const v = col.type === 'seq' || col.type === 'rate' ? undefined : fieldOf(row, col.key);
  switch (col.type) {
    case 'seq':
      return seq;
    case 'int':
      return toNumber(v, col.key);
    case 'money':
      return fenValue(v, col.key, divisor);
    case 'rate': {
      const r = col.rate!;
      return ratio(
        toNumber(fieldOf(row, r.numerator), r.numerator),
        toNumber(fieldOf(row, r.denominator), r.denominator),
      );
    }
    case 'date': {
      const s = text(v);
      const d = s === null ? null : parseDate(s);
      return d ? new Date(Date.UTC(d.y, d.m - 1, d.d)) : s;
    }
    case 'month': {
      const s = text(v);
      const m = s === null ? null : parseMonth(s);
      return m ? new Date(Date.UTC(m.y, m.m - 1, 1)) : s;
    }
    case 'id':
      return full ? text(v) : text(v) && maskIdNumber(text(v), idMask);
    case 'phone':
      return full ? text(v) : text(v) && maskPhone(text(v));
    case 'bank':
      return full ? text(v) : text(v) && maskBankCard(text(v));
    default:
      return text(v);
  }
}

/** The cell value of a 小计/合计 row: sums of summed columns, recomputed rates, nothing else. */
export function totalValue(col: ReportColumn, totals: Accumulator, divisor: number): ExcelJS.CellValue {
  if (col.type === 'rate' && col.rate) return ratio(totals.sums[col.rate.numerator], totals.sums[col.rate.denominator]);
  if (!isSummed(col) || (totals.count > 0 && !totals.filled.has(col.key))) return null;
  const sum = totals.sums[col.key];
  return col.type === 'money' ? inUnit(sum, divisor) : sum;
}
