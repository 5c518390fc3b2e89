import { describe, expect, it } from 'vitest';
import { cells, expectTitleAndPeriod, exportLog, exportReport, lanciRow } from './reports-export-read';
import { ALI_ROW_START, IDS, reportMonth } from './rpt11-fixtures';

// The contact reports exported through reports.export for 所属期 2026-11 (today 2026-11-28) on the month of
// rpt11-fixtures.ts: RPT-11 (§6.11, one row per registration active in the month, BR-05) and RPT-12 (§6.12, rows =
// 乡镇 + 合计, with its checks 5+6+7 = 1 and 10 = 9 ÷ 8 recomputed in 合计). Read back with exceljs.

describe('RPT-11 登记失业人员跟踪服务台账 through reports.export', () => {
  it('a row per active registration with the month’s latest contact, 村/乡镇 小计 and 合计; masked IDs', async () => {
    const s = await reportMonth();
    const { ws, r } = await exportReport(s.core, { report: 'RPT-11', month: '2026-11' });
    expect(r.rows).toBe(5);
    expect(r.fileName).toMatch(/^653121_RPT-11_202611_\d{12}\.xlsx$/);
    expectTitleAndPeriod(ws, '疏附县2026年11月登记失业人员跟踪服务台账', '所属期：2026年11月');
    // 艾力·买买提: two contacts this month, the latest successful with 2 jobs recommended (职业介绍) and 政策推介.
    expect(cells(ws, 8, 28).slice(0, 18)).toEqual(ALI_ROW_START);
    expect(ws.getCell('U8').value).toBe('✓');
    expect(cells(ws, 10, 4)).toEqual([null, '乌帕尔镇小计', null, 3]);
    expect(cells(ws, 15, 4)).toEqual(['合计', null, null, 5]);
    expect([ws.getCell('P15').value, ws.getCell('R15').value]).toEqual([5, 2]); // 本月联系次数, 推荐岗位数 summed
  });

  it('a full export writes IDs in clear; the log names the month and the masking', async () => {
    const s = await reportMonth();
    const { ws } = await exportReport(s.core, { report: 'RPT-11', month: '2026-11', full: true });
    expect(ws.getCell('A2').value).toBe('内部资料 注意保密');
    expect(ws.getCell('F9').value).toBe(IDS.ali);
    expect(ws.getCell('F9').numFmt).toBe('@');
    expect(await exportLog(s.core)).toEqual(['导出 RPT-11 登记失业人员跟踪服务台账 2026-11（完整号码，5 行）']);
  });

  it('October lists the registrations of October only', async () => {
    const s = await reportMonth();
    const { ws, r } = await exportReport(s.core, { report: 'RPT-11', month: '2026-10' });
    expect(r.rows).toBe(3);
    expectTitleAndPeriod(ws, '疏附县2026年10月登记失业人员跟踪服务台账', '所属期：2026年10月');
  });
});

describe('RPT-12 登记失业人员定期联系情况统计表 through reports.export', () => {
  it('乡镇 rows + 合计 with the §6.12 checks: 5+6+7 = 1, 10 = 9 ÷ 8 (recomputed in 合计), 8 = persons active in the month', async () => {
    const s = await reportMonth();
    const { ws, r } = await exportReport(s.core, { report: 'RPT-12', month: '2026-11' });
    expect(r.rows).toBe(2);
    expectTitleAndPeriod(ws, '疏附县2026年11月登记失业人员定期联系情况统计表', '所属期：2026年11月');
    expect(cells(ws, 5, 19)).toEqual(lanciRow(18));
    expect(cells(ws, 6, 19)).toEqual(['乌帕尔镇', 2, 1, 1, 1, 1, 0, 1, 3, 2, 66.7, 0, 1, 1, 0, 1, 1, 1, 1]);
    expect(cells(ws, 7, 19)).toEqual(['塔什米里克乡', 2, 0, 0, 0, 0, 1, 1, 2, 1, 50, 1, 0, 0, 1, 0, 0, 0, 0]);
    expect(cells(ws, 8, 19)).toEqual(['合计', 4, 1, 1, 1, 1, 1, 2, 5, 3, 60, 1, 1, 1, 1, 1, 1, 1, 1]);
    for (const row of [6, 7, 8]) {
      const c = (n: number) => ws.getCell(row, n + 1).value as number;
      expect(c(5) + c(6) + c(7), `row ${row}: 5+6+7 = 1`).toBe(c(1));
      expect(c(10), `row ${row}: 10 = 9 ÷ 8 × 100`).toBe(Math.round((c(9) / c(8)) * 1000) / 10);
      expect(c(9) + c(11)).toBeLessThanOrEqual(c(8));
    }
    const active = s.core.ctx.db
      .prepare(
        "SELECT count(DISTINCT person_id) FROM registrations WHERE reg_date <= '2026-11-30' AND (cancel_date IS NULL OR cancel_date >= '2026-11-01')",
      )
      .pluck()
      .get();
    expect(ws.getCell('I8').value).toBe(active); // 8 应联系人数 (BR-05)
    expect(ws.getCell('K8').numFmt).toBe('0.0');
    expect(await exportLog(s.core)).toEqual(['导出 RPT-12 登记失业人员定期联系情况统计表 2026-11（隐藏号码，2 行）']);
  });
});
