import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NO_FULL_NUMBERS } from '../../shared/contract/reports';
import { call, must } from './harness';
import { scenario } from './internships-fixtures';
import {
  cells,
  cellsOf,
  exportBook,
  expectTitleAndPeriod,
  exportLog,
  exportReport,
  lanciRow,
  periodLine,
} from './reports-export-read';
import { reviewedRoster } from './subsidies-fixtures';

// The internship reports exported through reports.export with 统计期 起始月份—截止月份 (BR-31: whole months; DOMAIN
// §6.0.2 统计期 on the unit line; §6.8, §6.10) on the scenario of internships-fixtures.ts (today 2026-11-28):
// 甲 i1 running, i2 ended 2026-10-31 期满留用, i3 提前留用 11-20, i4 new 11-02; 乙 i5 期满 11-15, i6 本人提前终止 11-10,
// i7 new other 11-05, i8 期满留用 11-19.

describe('RPT-08 就业见习人员花名册 through reports.export', () => {
  it('November: a row per internship meeting the 统计期, masked IDs, 合计 counts persons; 统计期 on the unit line', async () => {
    const { core } = await scenario();
    const { ws, r } = await exportReport(core, { report: 'RPT-08', from: '2026-11', to: '2026-11' });
    expect(r.rows).toBe(7); // i2 ended in October
    expect(r.fileName).toMatch(/^653121_RPT-08_202611_\d{12}\.xlsx$/);
    expectTitleAndPeriod(ws, '疏附县2026年11月就业见习人员花名册', '统计期：2026年11月—2026年11月');
    const first = cells(ws, 4, 23);
    expect(first.slice(0, 3)).toEqual([1, '疏附县乙见习基地', '行政助理']);
    expect(first.slice(12, 14)).toEqual(['2026-05-20至2026-11-19', 6]);
    expect([first[19], first[20]]).toEqual(['期满留用', '是']);
    expect(String(first[6])).toMatch(/^653121\*{8}\d{3}[\dX]$/);
    expect(ws.getCell(4, 7).type).toBe(ExcelJS.ValueType.String);
    expect([ws.getCell(11, 1).value, ws.getCell(11, 4).value]).toEqual(['合计', 7]);
  });

  it('October–November takes in the internship that ended in October; full IDs; the log names the 统计期', async () => {
    const { core } = await scenario();
    const { ws, r } = await exportReport(core, { report: 'RPT-08', from: '2026-10', to: '2026-11', full: true });
    expect(r.rows).toBe(8);
    expect(ws.getCell('A2').value).toBe('内部资料 注意保密');
    // Issue 18: the title names the same 统计期 as the unit line, not only its last month.
    expectTitleAndPeriod(ws, '疏附县2026年10月至11月就业见习人员花名册', '统计期：2026年10月—2026年11月');
    const ids = new Set(
      core.ctx.db.prepare('SELECT p.id_number FROM persons p JOIN internships i ON i.person_id = p.id').pluck().all(),
    );
    const written = Array.from({ length: 8 }, (_, i) => ws.getCell(5 + i, 7).value);
    expect(written.every((v) => ids.has(v))).toBe(true);
    const ended = Array.from({ length: 8 }, (_, i) => ws.getCell(5 + i, 19).value).filter(
      (v): v is Date => v instanceof Date,
    );
    expect(ended.map((d) => d.toISOString().slice(0, 10))).toContain('2026-10-31'); // i2
    expect([ws.getCell(13, 1).value, ws.getCell(13, 4).value]).toEqual(['合计', 8]);
    expect(await exportLog(core)).toEqual(['导出 RPT-08 就业见习人员花名册 2026-10至2026-11（完整号码，8 行）']);
  });
});

describe('RPT-10 就业见习情况统计表 through reports.export', () => {
  /** The counts of a row by 栏次: 1–11, then 15 (本期新增中其他人员, the last column). */
  const figures = (ws: ExcelJS.Worksheet, row: number) => {
    const all = cells(ws, row, 16);
    return [...all.slice(1, 12), all[15]].map((v) => Number(v ?? 0));
  };

  it('November: 见习单位 rows + 合计, §6.10 checks, retention rate recomputed in 合计 (BR-29)', async () => {
    const { core } = await scenario();
    const { ws, r } = await exportReport(core, { report: 'RPT-10', from: '2026-11', to: '2026-11' });
    expect(r.rows).toBe(2);
    expectTitleAndPeriod(ws, '疏附县2026年11月就业见习情况统计表', '统计期：2026年11月—2026年11月');
    expect(cells(ws, 5, 16)).toEqual(lanciRow(15));
    expect([ws.getCell('A6').value, ws.getCell('A7').value, ws.getCell('A8').value]).toEqual([
      '疏附县乙见习基地',
      '疏附县甲见习基地',
      '合计',
    ]);
    //                              1  2  3  4  5  6  7  8  9 10 11      15
    expect(figures(ws, 8)).toEqual([5, 5, 2, 1, 0, 4, 2, 1, 1, 1, 3, 1]);
    for (const row of [6, 7, 8]) {
      const c = (n: number) => figures(ws, row)[n <= 11 ? n - 1 : 11];
      expect(c(3)).toBe(c(4) + c(5) + c(15));
      expect(c(6)).toBe(c(7) + c(9) + c(10));
      expect(c(11)).toBe(c(2) + c(3) - c(6));
    }
    // 12 留用率: 乙 1 ÷ 2, 甲 1 ÷ 1, 合计 (1 + 1) ÷ (2 + 1) = 66.7 %, not summed.
    expect([ws.getCell('M6').value, ws.getCell('M7').value, ws.getCell('M8').value]).toEqual([50, 100, 66.7]);
    expect(ws.getCell('M8').numFmt).toBe('0.0');
    expect(await must(core, 'internships.retention', { from: '2026-11-01', to: '2026-11-30' })).toMatchObject({
      ratePercent: 66.7,
    });
    // No ID, phone or bank number on it: no 内部资料 line, and 完整号码 is refused (the report's definition decides,
    // reports/full-numbers.ts; before fix27a it was accepted and changed nothing).
    const plain = cellsOf(await exportBook(core, { report: 'RPT-10', from: '2026-11', to: '2026-11' }));
    expect(JSON.stringify(plain)).not.toContain('内部资料');
    const refused = await call(core, 'reports.export', {
      report: 'RPT-10',
      from: '2026-11',
      to: '2026-11',
      full: true,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', fields: { full: NO_FULL_NUMBERS } } });
  });

  it("13 本期补贴 is what the reviewed roster paid: the living allowance less a month's deduction", async () => {
    const { core } = await scenario();
    await must(core, 'allowances.generate', { month: '2026-11' });
    const rows = (await must(core, 'allowances.list', { month: '2026-11' })).rows;
    const cut = rows.find((r) => r.hostName === '疏附县甲见习基地' && r.dueFen > 10_000)!;
    await must(core, 'allowances.save', {
      id: cut.id,
      expectedUpdatedAt: cut.updatedAt,
      deductionFen: 10_000,
      deductionReason: '事假',
      hostAllowanceVerified: true,
    });
    await reviewedRoster(core, 'internship', '2026-11');
    const { ws } = await exportReport(core, { report: 'RPT-10', from: '2026-11', to: '2026-11' });
    const hostA = rows.filter((r) => r.hostName === '疏附县甲见习基地').reduce((sum, r) => sum + r.totalFen, 0);
    expect(ws.getCell('A7').value).toBe('疏附县甲见习基地');
    expect(Math.round((ws.getCell('N7').value as number) * 100)).toBe(hostA - 10_000);
  });

  it('October–November: i2 期满留用 on 10-31 counts, 合计 rate (2 + 1) ÷ (3 + 1) = 75.0 %; the log names the 统计期', async () => {
    const { core } = await scenario();
    // 13–14 come from reviewed 见习补贴 rosters.
    for (const month of ['2026-10', '2026-11']) {
      await must(core, 'allowances.generate', { month });
      await reviewedRoster(core, 'internship', month);
    }
    const nov = await exportReport(core, { report: 'RPT-10', from: '2026-11', to: '2026-11' });
    const { ws } = await exportReport(core, { report: 'RPT-10', from: '2026-10', to: '2026-11' });
    expect(periodLine(ws)).toEqual(['统计期：2026年10月—2026年11月']);
    // 甲: 期初 i1 i2 i3; new i4; ended i2 (期满留用) and i3 (提前留用); at the end i1 i4.
    expect(figures(ws, 7).slice(1)).toEqual([3, 1, 1, 0, 2, 1, 1, 1, 0, 2, 0]);
    expect(figures(ws, 8).slice(1)).toEqual([6, 2, 1, 0, 5, 3, 2, 1, 1, 3, 1]);
    expect([ws.getCell('M7').value, ws.getCell('M8').value]).toEqual([100, 75]);
    // 13 本期补贴 over two months exceeds November's alone.
    expect(ws.getCell('N7').value as number).toBeGreaterThan(nov.ws.getCell('N7').value as number);
    expect(await exportLog(core)).toEqual([
      '导出 RPT-10 就业见习情况统计表 2026-10至2026-11（隐藏号码，2 行）',
      '导出 RPT-10 就业见习情况统计表 2026-11至2026-11（隐藏号码，2 行）',
    ]);
  });
});
