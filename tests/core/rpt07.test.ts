import { describe, expect, it } from 'vitest';
import { RPT07_AMOUNTS_NOTE, rpt07 } from '../../electron/core/modules/posts/reports/rpt07';
import { makeCore } from './harness';
import { exportAndRead, findRow, reportScene, rowValues } from './posts-report-scene';
import { lanciRow } from './reports-export-read';

// RPT-07 公益性岗位安置情况统计表 (DOMAIN §6.7), written with writeReport and read back with exceljs: the 栏次 row,
// the figures of the scene, the §6.7 logic checks on every row (4 = 5+…+9; 10 = 2+3−4; 10 = 11+12; 18 = 1−10),
// amounts 19–21 empty (no reviewed roster in the scene) with the 说明 line saying why (tests/core/subsidy-stat-columns.test.ts
// covers them with rosters).

/** Columns 1–21 of a data or 合计 row (column A is 甲 单位). */
const figures = (values: unknown[]) => Array.from({ length: 21 }, (_, i) => Number(values[i + 1] ?? 0));

describe('RPT-07 公益性岗位安置情况统计表', () => {
  it('writes one row per 乡镇 + 合计 with the §6.7 checks holding on every row', async () => {
    const s = await reportScene(makeCore());
    const ws = await exportAndRead(s.core, rpt07);
    expect(ws.getCell('A1').value).toBe('疏附县2026年11月公益性岗位安置情况统计表');
    // Header tree: 单位, 1–4, 其中 (5–9), 10, 其中 (11–12), 期末在岗构成 (13–17), 18–21; 栏次 甲, 1 … 21.
    expect(rowValues(ws, 3).slice(0, 6)).toEqual(['单位', '核定岗位数', '期初在岗', '本期新上岗', '本期离岗', '其中']);
    expect(rowValues(ws, 4).slice(5, 10)).toEqual(['实现其他就业', '补贴期满', '退休', '辞退/考核不合格', '其他']);
    expect(rowValues(ws, 5)).toEqual(lanciRow(21));

    const town1 = findRow(ws, '乌帕尔镇');
    const town2 = findRow(ws, '塔什米里克乡');
    const total = findRow(ws, '合计');
    expect([town1, town2, total]).toEqual([6, 7, 8]);
    //                          1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21
    expect(figures(rowValues(ws, town1))).toEqual([4, 3, 3, 3, 1, 0, 1, 1, 0, 3, 2, 1, 2, 0, 1, 0, 1, 1, 0, 0, 0]);
    expect(figures(rowValues(ws, town2))).toEqual([3, 2, 1, 2, 0, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 2, 0, 0, 0]);
    expect(figures(rowValues(ws, total))).toEqual([7, 5, 4, 5, 1, 1, 1, 1, 1, 4, 3, 1, 3, 1, 1, 0, 1, 3, 0, 0, 0]);

    for (const row of [town1, town2, total]) {
      const f = figures(rowValues(ws, row));
      const col = (n: number) => f[n - 1];
      expect(col(4), `row ${row}: 4 = 5+…+9`).toBe(col(5) + col(6) + col(7) + col(8) + col(9));
      expect(col(10), `row ${row}: 10 = 2 + 3 − 4`).toBe(col(2) + col(3) - col(4));
      expect(col(10), `row ${row}: 10 = 11 + 12`).toBe(col(11) + col(12));
      expect(col(18), `row ${row}: 18 = 1 − 10`).toBe(col(1) - col(10));
      expect([20, 21, 22].map((c) => ws.getCell(row, c).value)).toEqual([null, null, null]);
    }
    const notes = Array.from({ length: 8 }, (_, i) => String(ws.getCell(total + 2 + i, 1).value ?? '')).join('\n');
    expect(notes).toContain('说明：逻辑关系：4 = 5+6+7+8+9；10 = 2+3−4；10 = 11+12；18 = 1−10。');
    expect(notes).toContain(RPT07_AMOUNTS_NOTE);
  });

  it('rows by 用人单位, and one 乡镇 only: the checks still hold', async () => {
    const s = await reportScene(makeCore());
    const byEmployer = await exportAndRead(s.core, rpt07, {
      month: '2026-11',
      today: '2026-11-28',
      groupBy: 'employer',
    });
    expect([
      findRow(byEmployer, '乌帕尔镇人民政府'),
      findRow(byEmployer, '塔什米里克乡人民政府'),
      findRow(byEmployer, '合计'),
    ]).toEqual([6, 7, 8]);
    const one = await exportAndRead(s.core, rpt07, {
      month: '2026-11',
      today: '2026-11-28',
      townshipId: s.town2,
      townshipName: '塔什米里克乡',
    });
    expect(figures(rowValues(one, 6))).toEqual(figures(rowValues(one, 7)));
    expect(findRow(one, '乌帕尔镇')).toBe(-1);
    // October: 期初 P1 P4 P7 P8 P10; P2 starts, P7 leaves on 10-31; asOf = 2026-10-31.
    const october = await exportAndRead(s.core, rpt07, { month: '2026-10', today: '2026-11-28' });
    const f = figures(rowValues(october, findRow(october, '合计')));
    expect([f[0], f[1], f[2], f[3], f[9], f[17]]).toEqual([7, 5, 1, 1, 5, 2]);
    expect(f[9]).toBe(f[1] + f[2] - f[3]);
  });
});
