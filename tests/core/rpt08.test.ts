import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { leafColumns } from '../../electron/core/excel/report-definition';
import { rpt08, rpt08Definition, rpt08Rows } from '../../electron/core/modules/internships/reports/rpt08';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { between, graduate, gradInput, NOV, scenario } from './internships-fixtures';
import { must } from './harness';
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

  it('生活费补助标准: the standard of the period end month, or of the last month of an internship that ended before it; 说明 says so', async () => {
    const { core, c } = await scenario();
    // The minimum wage rises from 2026-10-01 (tier 1: 1,900 → 2,000 yuan); a deliberately different standard stays.
    const wages = { monthly: { 1: 200_000, 2: 180_000, 3: 170_000, 4: 160_000 } };
    writeSetting(core.ctx.db, 'wages.minimum', wages, '古丽', '2026-09-20T00:00:00.000Z', '2026-10-01');
    const custom = await graduate(c, '20030901');
    await must(
      core,
      'internships.create',
      gradInput(custom, c.hostA, { ...between('2026-08-01', '2027-01-31'), allowanceStandardFen: 210_000 }),
    );
    const byAgreement = (rows: object[]) =>
      Object.fromEntries((rows as { agreement: string; allowance: number }[]).map((r) => [r.agreement, r.allowance]));
    // 统计期 2026-09 to 2026-11: i8 (2026-05-20 to 11-19, started on 1,900) ends in November → 2,000; i2 ended in
    // October → October's 2,000; the custom one stays 2,100.
    const autumn = byAgreement(rpt08Rows(core.ctx.db, { from: '2026-09-01', to: '2026-11-30' }));
    expect(autumn['2026-05-20至2026-11-19']).toBe(200_000);
    expect(autumn['2026-05-01至2026-10-31']).toBe(200_000);
    expect(autumn['2026-08-01至2027-01-31']).toBe(210_000);
    // 统计期 September only: the wage of September for all of them, custom unchanged.
    const sept = byAgreement(rpt08Rows(core.ctx.db, { from: '2026-09-01', to: '2026-09-30' }));
    expect(sept['2026-05-20至2026-11-19']).toBe(190_000);
    expect(sept['2026-05-01至2026-10-31']).toBe(190_000);
    expect(sept['2026-08-01至2027-01-31']).toBe(210_000);
    // The workbook's cell and the 说明 line.
    const rows = rpt08Rows(core.ctx.db, NOV);
    const ws = await exportAndRead(rpt08Definition, rows);
    const all: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value ?? ''))));
    expect(all.some((t) => t.includes('“生活费补助标准”为统计期截止月份执行的月标准'))).toBe(true);
    expect(cells(ws, 4, 15)[14]).toBe(2000); // i8, 乙 host's first row, November's standard in yuan
  });
});
