// A file the app offered for download, kept and read back: the walks check the workbooks a clerk exports.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';

/** Saves a downloaded workbook under the name the app suggested, in `dir`, and reads it back. */
export async function savedWorkbook(download: Download, dir: string): Promise<ExcelJS.Workbook> {
  const saved = join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  return wb;
}

/** The values of a sheet's rows that hold any (index 0 = column A). */
export function sheetRows(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}
