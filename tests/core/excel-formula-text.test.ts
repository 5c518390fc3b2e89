import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportDefinition } from '../../electron/core/excel/report-definition';
import { writeAndRead } from './reports-export-read';

// Issue 20: text a clerk typed that starts like a formula is written as a Text cell, never as a formula,
// and reads exactly as typed.

const DEF: ReportDefinition = {
  code: 'RPT-T2',
  name: '测试名册',
  columns: [
    { key: 'seq', header: '序号', type: 'seq' },
    { key: 'name', header: '姓名', type: 'text' },
    { key: 'note', header: '备注', type: 'text' },
  ],
  totals: { countColumn: 'name' },
};

describe('formula-like text in exported cells', () => {
  it('writes =, +, - and @ values as strings in Text-formatted cells', async () => {
    const values = ['=HYPERLINK("http://x","点击")', '+86 138', '-1', '@SUM(A1)'];
    const rows = values.map((note, i) => ({ name: `人员${i + 1}`, note }));
    const ws = await writeAndRead(DEF, rows, '2026-11');
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((cell) => values.includes(String(cell.value)) && cells.push(cell)));
    expect(cells.map((c) => c.value)).toEqual(values);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.numFmt).toBe('@');
    }
  });
});
