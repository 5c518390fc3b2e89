import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leafColumns } from '../../electron/core/excel/report-definition';
import { rpt08, rpt08Definition, rpt08Rows } from '../../electron/core/modules/internships/reports/rpt08';
import { NOV, scenario } from './internships-fixtures';
import { exportAndRead, utc } from './rpt11-fixtures';
import { cells } from './reports-export-read';

describe('RPT-08 就业见习人员花名册 (DOMAIN §6.8)', () => {
  it('a row per internship meeting the period, masked ID as text, 合计 counts persons', async () => {
    const { core } = await scenario();
    const rows = rpt08Rows(core.ctx.db, NOV) as Record<string, unknown>[];
    expect(rows).toHaveLength(7); // i2 ended in October
    const W = leafColumns(rpt08Definition.columns).length;
    expect(W).toBe(23);
    const ws = await exportAndRead(rpt08Definition, rows);
    expect(ws.getCell('A1').value).toBe('疏附县2026年11月就业见习人员花名册');
    expect(cells(ws, 3, W).slice(0, 8)).toEqual([
      '序号',
      '见习单位(基地)',
      '见习岗位',
      '姓名',
      '性别',
      '民族',
      '公民身份号码',
      '人员类别',
    ]);
    // Rows sorted by unit name, then start: 乙 i8 (2026-05-20), i5 (2026-08-01) …
    const first = cells(ws, 4, W);
    expect(first).toMatchObject({
      0: 1,
      1: '疏附县乙见习基地',
      2: '行政助理',
      7: '离校2年内未就业高校毕业生',
      8: '喀什大学',
      10: '本科',
      11: utc('2025-07-01'),
      12: '2026-05-20至2026-11-19',
      13: 6,
      14: 1900,
      15: 950,
      16: 'PICC-2026-0001',
      17: '已结束',
      18: utc('2026-11-19'),
      19: '期满留用',
      20: '是',
    });
    expect(cells(ws, 5, W)).toMatchObject({
      0: 2,
      2: '仓储管理',
      7: '16–24岁失业青年',
      12: '2026-08-01至2026-11-15',
      13: 4,
      19: '期满结束未留用',
      20: '否',
    });
    expect(String(first[6])).toMatch(/^653121\*{8}\d{3}[\dX]$/);
    expect(ws.getCell(4, 7).type).toBe(ExcelJS.ValueType.String); // IDs are text cells
    expect(ws.getCell(11, 1).value).toBe('合计');
    expect(ws.getCell(11, 4).value).toBe(7); // 人数 in the 姓名 column
    // The registered source reads the same rows for the 统计期 2026-11.
    expect(
      rpt08.rows(core.ctx.db, { month: '2026-11', range: { from: '2026-11', to: '2026-11' }, today: '2026-11-30' }),
    ).toEqual(rows);
  });
});
