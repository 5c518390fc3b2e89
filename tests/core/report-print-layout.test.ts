import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { REPORT_CATALOGUE, type ReportExportResult } from '../../shared/contract/reports';
import { addMonths } from '../../shared/domain/dates';
import { SIGNATURE_LINE, type ReportDefinition } from '../../electron/core/excel/report-definition';
import { rowHeightFor, wrappedLines } from '../../electron/core/excel/report-text-fit';
import { TODAY } from './harness';
import { demoCore } from './seeded';
import { runJob, takeWorkbook } from './import-workbooks';
import { writeAndRead } from './reports-export-read';

// Issue 18: every report prints legibly on A4. Each 说明 and footer line is merged across the table's columns and
// wraps inside them (a line running past the last column made fit-to-width shrink the whole page), in a row tall
// enough for its wrapped lines; the page is A4, fit to width, header rows repeated.

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Columns of the table: the span of the title, merged across it in row 1. */
function tableColumns(ws: ExcelJS.Worksheet): number {
  const title = ws.model.merges.find((m) => m.startsWith('A1:'));
  if (!title) throw new Error(`${ws.name}: title not merged`);
  return columnNumber(/^A1:([A-Z]+)1$/.exec(title)![1]);
}

/** Problems of one sheet's print layout, as readable lines (empty = prints well). */
function layoutProblems(label: string, ws: ExcelJS.Worksheet): string[] {
  const problems: string[] = [];
  const n = tableColumns(ws);
  const last = ws.getColumn(n).letter;
  const width = Array.from({ length: n }, (_, i) => ws.getColumn(i + 1).width ?? 9).reduce((a, b) => a + b, 0);
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > n && cell.value !== null && cell.value !== '')
        problems.push(`${label} ${cell.address} lies right of the table (last column ${last})`);
    }),
  );
  let lines = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const text = row.getCell(1).value;
    if (typeof text !== 'string') return;
    const isNote = text.startsWith('说明：') || (text.startsWith('　　　') && lines > 0);
    if (!isNote && text !== SIGNATURE_LINE) return;
    lines++;
    if (!ws.model.merges.includes(`A${r}:${last}${r}`))
      problems.push(`${label} row ${r} “${text.slice(0, 12)}…” is not merged across A:${last}`);
    if (row.getCell(1).alignment?.wrapText !== true) problems.push(`${label} row ${r} does not wrap`);
    const need = rowHeightFor(wrappedLines(text, width));
    if ((row.height ?? 15) < need) problems.push(`${label} row ${r} is ${row.height} pt high, needs ${need}`);
  });
  if (lines === 0) problems.push(`${label} has neither 说明 nor signature line`);
  if (ws.pageSetup.paperSize !== 9) problems.push(`${label} paper is not A4`);
  if (ws.pageSetup.fitToWidth !== 1 || ws.pageSetup.fitToHeight !== 0) problems.push(`${label} not fit to width`);
  if (!ws.pageSetup.printTitlesRow) problems.push(`${label} header rows not repeated`);
  return problems;
}

describe('reports print inside the table width on A4', () => {
  it('a long 说明 wraps inside a narrow table, in a row tall enough, and a narrow table prints portrait', async () => {
    const def: ReportDefinition = {
      code: 'RPT-T2',
      name: '测试窄表',
      columns: [
        { key: 'name', header: '姓名', type: 'text' },
        { key: 'n', header: '人数', type: 'int' },
      ],
      notes: ['这是一条很长的说明，'.repeat(12)],
    };
    const ws = await writeAndRead(def, [{ name: '甲', n: 1 }], '2026-10');
    expect(layoutProblems('RPT-T2', ws)).toEqual([]);
    const noteRow = ws.getRow(7);
    expect(String(noteRow.getCell(1).value)).toMatch(/^说明：这是一条很长的说明/);
    expect(ws.model.merges).toContain('A7:B7');
    // 16 + 8 units wide: 12 × 10 CJK characters wrap to about ten lines.
    expect(noteRow.height).toBeGreaterThan(100);
    expect(ws.pageSetup.orientation).toBe('portrait');
  });

  it('every report of a seeded county keeps its text inside the table, 说明 merged and wrapped', async () => {
    const core = await demoCore(200);
    const last = addMonths(TODAY.slice(0, 7), -1);
    const problems: string[] = [];
    const exported: string[] = [];
    for (const info of REPORT_CATALOGUE.filter((r) => r.available)) {
      // Rosters exist month by month: a month report goes back until one exports.
      const periods =
        info.period === 'range'
          ? [{ from: addMonths(last, -2), to: last }]
          : Array.from({ length: 12 }, (_, i) => ({ month: addMonths(last, -i) }));
      for (const period of periods) {
        const s = await runJob(core, 'reports.export', { report: info.code, full: false, ...period } as never);
        if (s.result?.ok !== true) continue;
        const { wb } = await takeWorkbook(core, (s.result.data as ReportExportResult).fileId);
        for (const ws of wb.worksheets) problems.push(...layoutProblems(`${info.code} ${ws.name}`, ws));
        exported.push(info.code);
        break;
      }
    }
    expect(exported).toEqual(REPORT_CATALOGUE.filter((r) => r.available).map((r) => r.code));
    expect(problems).toEqual([]);
  }, 240_000);
});
