// Import: rows under the header that are not data — blank rows, 合计/小计/总计 lines, notes (说明, 备注, 注：),
// signature lines (填表人, 审核人, 负责人, 盖章 …) and a header repeated on a printed page. Each is skipped
// with its reason in Chinese and shown on the preview, never reported as an error. A row whose ID column holds
// digits is data (only a row without one can be taken for a signature line), except a totals line whose count
// sits in the ID column (isTotalsRow).
import type { RawCell } from '../read-table';
import { canonicalHeader } from './headers';
import { cellText } from './values';

export interface SkippedRow {
  /** Excel row number. */
  row: number;
  /** Why the row is not read as data, in Chinese. */
  reason: string;
}

export const SKIP_REASONS = {
  blank: '空行',
  total: '合计行',
  note: '说明或备注行',
  signature: '签字或填表人行',
  header: '重复的表头行',
  hidden: '隐藏行',
} as const;

const TOTAL = /^(合计|小计|总计|共计|累计|总数|汇总)/;
const NOTE = /^(说明|备注|注[:：]|注\d|填表说明|填报说明|附注|\d+[、.．]?注)/;
const SIGNATURE =
  /(填表人|填报人|制表人|审核人|审批人|负责人|经办人|联系人|签字|签名|签章|盖章|填表日期|填报日期|制表日期|报送日期|单位负责人|分管领导)/;

/**
 * audit8 gap 8: a row whose mapped cells are all the same as an earlier row's (a person pasted twice) is that row
 * again: imported once, the later one skipped with this reason. Rows of one ID that differ stay refused.
 */
export const duplicateRowReason = (firstRow: number) => `重复行（与第${firstRow}行相同）`;

/** A line the import takes for a signature line (a workbook read back must keep its signature lines so). */
export const isSignatureLine = (text: string) => SIGNATURE.test(text.replace(/\s+/g, ''));

/**
 * Why a row is not data, or null when it is. `cells` is the whole row; `mapped` the cells of mapped columns;
 * `idCell` the cell of the ID column (undefined when no ID column is mapped); `headerTexts` the canonical
 * header texts of the mapped columns, to recognise a header repeated on each printed page.
 */
export function skipReason(
  cells: readonly RawCell[],
  mapped: readonly RawCell[],
  idCell: RawCell | undefined,
  headerTexts: readonly string[],
): string | null {
  if (idCell !== undefined && looksLikeId(idCell)) return null;
  const compact = cells.map((c) => cellText(c ?? null).replace(/\s+/g, '')).filter((t) => t !== '');
  if (compact.length === 0) return SKIP_REASONS.blank;
  if (compact.some((t) => TOTAL.test(t))) return SKIP_REASONS.total;
  if (NOTE.test(compact[0]) || isNoteContinuation(cells)) return SKIP_REASONS.note;
  if (compact.some((t) => SIGNATURE.test(t))) return SKIP_REASONS.signature;
  if (!mapped.some((c) => cellText(c ?? null) !== '')) return SKIP_REASONS.blank;
  const canon = mapped.map((c) => canonicalHeader(c ?? null)).filter((t) => t !== '');
  if (canon.length >= 2 && canon.filter((t) => headerTexts.includes(t)).length >= Math.ceil(canon.length / 2))
    return SKIP_REASONS.header;
  return null;
}

/**
 * A further line of a 说明 block as the report frame writes it (report-layout.ts): indented with spaces under
 * 说明： and merged across the table, so every filled cell holds the same text.
 */
function isNoteContinuation(cells: readonly RawCell[]): boolean {
  const filled = cells.filter((c) => c !== null && cellText(c) !== '');
  return (
    filled.length > 1 &&
    typeof filled[0] === 'string' &&
    /^[\u3000 ]{2,}\S/.test(filled[0]) &&
    filled.every((c) => c === filled[0])
  );
}

/**
 * audit8 gap 4: a totals line whose count sits in the ID column (`合计 | | | | 5000人`, or 5000 as a number) is
 * skipped whatever the count: a 合计/小计… label left of the ID column, and no plausible ID (15 digits or more) in
 * it. A row without such a label keeps the rule below (`12345` in an otherwise normal row is data, refused).
 */
export function isTotalsRow(cells: readonly RawCell[], idColumn: number): boolean {
  const id = cells[idColumn] ?? null;
  if (typeof id === 'number' ? Math.abs(id) >= 1e14 : /\d{15}/.test(cellText(id).replace(/\s+/g, ''))) return false;
  for (let c = 0; c < idColumn; c++) if (TOTAL.test(cellText(cells[c] ?? null).replace(/\s+/g, ''))) return true;
  return false;
}

/** An ID cell with digits in it (even a damaged or short ID) makes the row data: it is checked, never skipped. */
export const looksLikeId = (cell: RawCell) => typeof cell === 'number' || /\d{4}/.test(cellText(cell));
