// Reading rows of an exported workbook (exceljs), shared by the core report tests (tests/core) and the browser
// walks that open a downloaded workbook (tests/e2e).
import type ExcelJS from 'exceljs';

/** Row numbers whose cell in `col` starts with `text`. */
export function rowsStarting(ws: ExcelJS.Worksheet, col: number, text: string): number[] {
  const out: number[] = [];
  ws.eachRow((row, n) => {
    const v = row.getCell(col).value;
    if (typeof v === 'string' && v.startsWith(text)) out.push(n);
  });
  return out;
}
