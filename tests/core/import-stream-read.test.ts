import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { readSheets } from '../../electron/core/excel/read-table';

// Issue 14: .xlsx files are read with exceljs's streaming reader. The grid it yields must be the one the full
// load gave: sheet names in order, hidden sheets left out, merged ranges filled (the merge list sits after
// the rows in the sheet XML), dates, rich text, formula results, IDs as text.

describe('readSheets on a streamed .xlsx', () => {
  it('reads a long sheet with a merge at its end, the cell kinds clerks have, and skips hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '填报说明';
    const hidden = wb.addWorksheet('代码表', { state: 'hidden' });
    hidden.getCell('A1').value = '汉族';
    const ws = wb.addWorksheet('花名册');
    ws.getCell('A1').value = '名单';
    ws.mergeCells('A1:C1');
    ws.getRow(2).values = ['姓名', '身份证号', '出生日期'];
    for (let r = 3; r <= 2002; r++)
      ws.getRow(r).values = [`人${r}`, `65312119900101${String(r).padStart(4, '0')}`, new Date(Date.UTC(1990, 0, 1))];
    ws.getCell('A2003').value = { richText: [{ text: '合' }, { text: '计', font: { bold: true } }] };
    ws.getCell('C2003').value = { formula: 'COUNTA(A3:A2002)', result: 2000 };
    ws.mergeCells('B2003:B2004');
    ws.getCell('B2003').value = '见附表';
    const buf = Buffer.from(await wb.xlsx.writeBuffer());

    const tables = await readSheets('x.xlsx', buf);
    expect(tables.map((t) => t.sheetName)).toEqual(['说明', '花名册']);
    const t = tables[1];
    expect(t.rows[0]).toEqual(['名单', '名单', '名单']);
    expect(t.rows[2]).toEqual(['人3', '653121199001010003', new Date(Date.UTC(1990, 0, 1))]);
    expect(t.rows.length).toBe(2004);
    expect(t.rows[2002]).toEqual(['合计', '见附表', 2000]);
    expect(t.rows[2003][1]).toBe('见附表');
    expect(t.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 2 },
        { top: 2002, left: 1, bottom: 2003, right: 1 },
      ]),
    );
  });

  it('tells how far the sheet has been read, out of the rows the sheet declares (audit8 gap 9)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.getRow(1).values = ['姓名', '身份证号'];
    for (let r = 2; r <= 301; r++) ws.getRow(r).values = [`人${r}`, `65312119900101${String(r).padStart(4, '0')}`];
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    // A clock that moves a whole time slice per reading: every row ends a slice, so every row is reported.
    let t = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (t += 25));
    const heard: [number, number][] = [];
    try {
      await readSheets('x.xlsx', buf, undefined, (read, total) => heard.push([read, total]));
    } finally {
      clock.mockRestore();
    }
    expect(heard.length).toBeGreaterThan(250);
    expect(heard.every(([, total]) => total === 301)).toBe(true);
    expect(heard.map(([read]) => read)).toEqual([...heard.map(([read]) => read)].sort((a, b) => a - b));
    expect(heard.at(-1)).toEqual([301, 301]);
  });
});
