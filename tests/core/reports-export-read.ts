// Exports a report through the reports.export channel and reads the written file back with exceljs, for the
// tests/core/reports-export-*.test.ts files; writeAndRead does the same with the engine's writeReport alone, for
// the report module tests.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { ReportDefinition, ReportParams } from '../../electron/core/excel/report-definition';
import { writeReport, type WriteReportOptions, type WriteReportResult } from '../../electron/core/excel/report-writer';
import type { ReportExportResult } from '../../shared/contract/reports';
import { must, tempDir } from './harness';
import { jobData, takeWorkbook } from './import-workbooks';

export async function exportReport(
  core: Core,
  input: Record<string, unknown>,
): Promise<{ ws: ExcelJS.Worksheet; r: ReportExportResult }> {
  const r = await jobData<ReportExportResult>(core, 'reports.export', { full: false, ...input });
  return { ws: (await takeWorkbook(core, r.fileId)).wb.worksheets[0], r };
}

/** Exports a report through reports.export and reads the whole workbook back (every sheet). */
export async function exportBook(core: Core, input: Record<string, unknown>): Promise<ExcelJS.Workbook> {
  const r = await jobData<ReportExportResult>(core, 'reports.export', { full: false, ...input });
  return (await takeWorkbook(core, r.fileId)).wb;
}

/** Every cell value of every sheet, for comparing two exports. */
export function cellsOf(wb: ExcelJS.Workbook): unknown[] {
  const out: unknown[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row, n) => out.push([ws.name, n, JSON.stringify(row.values)])),
  );
  return out;
}

/**
 * The period part of the unit line, 所属期 or 统计期: row 2, or row 3 under the 内部资料 line of a full export
 * (merged cells read back once per cell, hence the Set).
 */
export const periodLine = (ws: ExcelJS.Worksheet) => [
  ...new Set(
    [2, 3]
      .flatMap((r) => ws.getRow(r).values as unknown[])
      .filter((v) => typeof v === 'string' && /^(所属期|统计期)/.test(v)),
  ),
];

/** An exported report's title (A1) and the period part of its unit line. */
export function expectTitleAndPeriod(ws: ExcelJS.Worksheet, title: string, period: string): void {
  expect(ws.getCell('A1').value).toBe(title);
  expect(periodLine(ws)).toEqual([period]);
}

/** The export log's summaries, newest first (§9.9). */
export const exportLog = async (core: Core) =>
  (await must(core, 'audit.list', { entity: 'report' })).items.map((i) => i.summary);

/** Cells 1..width of a row (index 0 = column A). */
export const cells = (ws: ExcelJS.Worksheet, row: number, width: number) =>
  Array.from({ length: width }, (_, i) => ws.getCell(row, i + 1).value);

/** The 栏次 row of a statistical table (§6.0): 甲 over the unit column, then 1 … `columns` as text. */
export const lanciRow = (columns: number) => ['甲', ...Array.from({ length: columns }, (_, i) => String(i + 1))];

/**
 * Writes a report with the engine (writeReport) in the frame `params` into `options.filePath` (by default a
 * temporary file; masked unless `options.full`) and reads its first sheet back, with what the write returned.
 */
export async function writeAndReadIn(
  def: ReportDefinition,
  rows: AsyncIterable<object> | Iterable<object>,
  params: ReportParams,
  options: Partial<WriteReportOptions> = {},
): Promise<{ ws: ExcelJS.Worksheet; result: WriteReportResult; filePath: string }> {
  const filePath = options.filePath ?? join(tempDir(), `${def.code}.xlsx`);
  const result = await writeReport(def, rows, params, { full: false, ...options, filePath });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(filePath);
  return { ws: wb.worksheets[0], result, filePath };
}

/** writeAndReadIn for a report of 疏附县 for `month`: its first sheet. */
export async function writeAndRead(
  def: ReportDefinition,
  rows: AsyncIterable<object> | Iterable<object>,
  month: string,
  { full = false, totalRows }: { full?: boolean; totalRows?: number } = {},
): Promise<ExcelJS.Worksheet> {
  const frame = { countyName: '疏附县', unitName: '疏附县人力资源和社会保障局', period: { month } };
  return (await writeAndReadIn(def, rows, frame, { full, totalRows })).ws;
}

/**
 * §6.0.8 print setup of a report with one header row (row 3): A4 landscape, fit to one page wide, as many pages
 * tall as needed, the header row repeated on every printed page.
 */
export function expectA4LandscapeOneHeaderRow(ws: ExcelJS.Worksheet): void {
  expect(ws.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  });
  expect(ws.pageSetup.printTitlesRow).toBe('3:3');
}
