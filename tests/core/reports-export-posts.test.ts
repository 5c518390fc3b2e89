import { describe, expect, it } from 'vitest';
import { RPT04_COLUMNS } from '../../electron/core/modules/placements/reports/rpt04';
import { RPT03_COLUMNS } from '../../electron/core/modules/posts/reports/rpt03';
import { makeCore, must } from './harness';
import { findRow, reportScene, rowValues, RPT03_GY001_START, type ReportScene } from './posts-report-scene';
import { expectTitleAndPeriod, exportLog, exportReport, lanciRow, periodLine } from './reports-export-read';

// The post reports exported through reports.export (not the engine directly): RPT-03 (§6.3), RPT-04 (§6.4),
// RPT-07 (§6.7) on the scene of posts-report-scene.ts (2026-11, today 2026-11-28). The file is read back with
// exceljs: title, 所属期 on the unit line (§6.0.2), data rows, 小计/合计, masked vs full IDs (VR-09, §9.5), and
// the export log names report, period, scope and masking (§9.9).

const exported = (s: ReportScene, input: Record<string, unknown>) =>
  exportReport(s.core, { month: '2026-11', ...input });
const summaries = (s: ReportScene) => exportLog(s.core);

describe('RPT-03 公益性岗位开发(岗位)台账 through reports.export', () => {
  it('one row per post with 在岗/空岗, 乡镇 小计 and 合计 of the counts', async () => {
    const s = await reportScene(makeCore());
    const { ws, r } = await exported(s, { report: 'RPT-03' });
    expect(r.rows).toBe(3);
    expect(r.fileName).toMatch(/^653121_RPT-03_202611_\d{12}\.xlsx$/);
    expectTitleAndPeriod(ws, '疏附县2026年11月公益性岗位开发(岗位)台账', '所属期：2026年11月');
    expect(rowValues(ws, 3)).toEqual(RPT03_COLUMNS.map((c) => c.header));
    expect(rowValues(ws, 4).slice(0, 12)).toEqual(RPT03_GY001_START);
    expect(rowValues(ws, 6).slice(7, 11)).toEqual(['乌帕尔镇小计', 4, 3, 1]);
    const total = rowValues(ws, findRow(ws, '合计'));
    expect([total[4], ...total.slice(8, 11)]).toEqual([3, 7, 4, 3]); // 3 个岗位; 核定 7, 在岗 4, 空岗 3
  });

  it('按用人单位 subtotals the units, and the log says so', async () => {
    const s = await reportScene(makeCore());
    const { ws } = await exported(s, { report: 'RPT-03', groupBy: 'employer' });
    expect(rowValues(ws, findRow(ws, '乌帕尔镇人民政府小计', 3)).slice(8, 11)).toEqual([4, 3, 1]);
    expect(rowValues(ws, findRow(ws, '塔什米里克乡人民政府小计', 3)).slice(8, 11)).toEqual([3, 1, 2]);
    expect(findRow(ws, '乌帕尔镇小计', 8)).toBe(-1);
    expect(await summaries(s)).toEqual(['导出 RPT-03 公益性岗位开发(岗位)台账 2026-11 按用人单位（隐藏号码，3 行）']);
  });
});

describe('RPT-04 公益性岗位安置人员花名册 through reports.export', () => {
  const col = (header: string) => RPT04_COLUMNS.findIndex((c) => c.header === header);

  it('masked IDs by default, in clear when full (VR-09, §9.5); 小计 and 合计 count persons', async () => {
    const s = await reportScene(makeCore());
    const p1 = await must(s.core, 'placements.get', { id: s.p.P1 });
    const id = s.core.ctx.db.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(p1.personId) as string;

    const masked = await exported(s, { report: 'RPT-04' });
    expect(masked.r.rows).toBe(9);
    expect(masked.ws.getCell('A1').value).toBe('疏附县2026年11月公益性岗位安置人员花名册');
    expect(periodLine(masked.ws)).toEqual(['所属期：2026年11月']);
    const row = findRow(masked.ws, p1.personName, col('姓名') + 1);
    const values = rowValues(masked.ws, row);
    expect(values[col('公民身份号码')]).toBe(p1.idNumberMasked);
    expect(values[col('公民身份号码')]).not.toBe(id);
    expect([values[col('已享受月数')], values[col('剩余月数')], values[col('状态')]]).toEqual([6, 30, '在岗']);
    expect(rowValues(masked.ws, findRow(masked.ws, '乌帕尔镇小计', 2))[col('姓名')]).toBe(6);
    expect(rowValues(masked.ws, findRow(masked.ws, '合计'))[col('姓名')]).toBe(9);

    const full = await exported(s, { report: 'RPT-04', full: true });
    expect(full.ws.getCell('A2').value).toBe('内部资料 注意保密');
    const fullRow = findRow(full.ws, p1.personName, col('姓名') + 1);
    expect(rowValues(full.ws, fullRow)[col('公民身份号码')]).toBe(id);
    expect(full.ws.getCell(fullRow, col('公民身份号码') + 1).numFmt).toBe('@');
    expect(await summaries(s)).toEqual([
      '导出 RPT-04 公益性岗位安置人员花名册 2026-11（完整号码，9 行）',
      '导出 RPT-04 公益性岗位安置人员花名册 2026-11（隐藏号码，9 行）',
    ]);
  });

  it('one 乡镇 only, named in the 说明 and the log', async () => {
    const s = await reportScene(makeCore());
    const { ws, r } = await exported(s, { report: 'RPT-04', townshipId: s.town2 });
    expect(r.rows).toBe(3); // P8, P9, P10 (P7 left before the month)
    expect(findRow(ws, '乌帕尔镇', 2)).toBe(-1);
    const total = findRow(ws, '合计');
    expect(rowValues(ws, total)[col('姓名')]).toBe(3);
    const notes = Array.from({ length: 8 }, (_, i) => String(ws.getCell(total + 1 + i, 1).value ?? '')).join('\n');
    expect(notes).toContain('本表范围：塔什米里克乡。');
    expect(await summaries(s)).toEqual(['导出 RPT-04 公益性岗位安置人员花名册 2026-11 塔什米里克乡（隐藏号码，3 行）']);
  });
});

describe('RPT-07 公益性岗位安置情况统计表 through reports.export', () => {
  it('乡镇 rows + 合计 with 栏次 and the §6.7 checks (4 = 5+…+9; 10 = 2+3−4; 10 = 11+12; 18 = 1−10)', async () => {
    const s = await reportScene(makeCore());
    const { ws, r } = await exported(s, { report: 'RPT-07' });
    expect(r.rows).toBe(2);
    expectTitleAndPeriod(ws, '疏附县2026年11月公益性岗位安置情况统计表', '所属期：2026年11月');
    expect(rowValues(ws, 5)).toEqual(lanciRow(21));
    const figures = (row: number) => Array.from({ length: 21 }, (_, i) => Number(rowValues(ws, row)[i + 1] ?? 0));
    expect([findRow(ws, '乌帕尔镇'), findRow(ws, '塔什米里克乡'), findRow(ws, '合计')]).toEqual([6, 7, 8]);
    // 19–21: no reviewed roster in the scene, so the cells are empty (not 0).
    expect([20, 21, 22].map((c) => ws.getCell(8, c).value)).toEqual([null, null, null]);
    //                         1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21
    expect(figures(8)).toEqual([7, 5, 4, 5, 1, 1, 1, 1, 1, 4, 3, 1, 3, 1, 1, 0, 1, 3, 0, 0, 0]);
    for (const row of [6, 7, 8]) {
      const c = (n: number) => figures(row)[n - 1];
      expect(c(4)).toBe(c(5) + c(6) + c(7) + c(8) + c(9));
      expect(c(10)).toBe(c(2) + c(3) - c(4));
      expect(c(10)).toBe(c(11) + c(12));
      expect(c(18)).toBe(c(1) - c(10));
    }
  });

  it('rows by 用人单位 for one 乡镇', async () => {
    const s = await reportScene(makeCore());
    const { ws } = await exported(s, { report: 'RPT-07', groupBy: 'employer', townshipId: s.town2 });
    expect([findRow(ws, '塔什米里克乡人民政府'), findRow(ws, '合计'), findRow(ws, '乌帕尔镇人民政府')]).toEqual([
      6, 7, -1,
    ]);
    expect(rowValues(ws, 6).slice(1, 2)).toEqual([3]);
    expect(await summaries(s)).toEqual([
      '导出 RPT-07 公益性岗位安置情况统计表 2026-11 塔什米里克乡 按用人单位（隐藏号码，1 行）',
    ]);
  });
});
