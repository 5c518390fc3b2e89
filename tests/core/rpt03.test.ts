import { describe, expect, it } from 'vitest';
import { RPT03_COLUMNS, rpt03 } from '../../electron/core/modules/posts/reports/rpt03';
import { rpt07 } from '../../electron/core/modules/posts/reports/rpt07';
import { makeCore, must } from './harness';
import { exportAndRead, findRow, reportScene, rowValues, RPT03_GY001_START } from './posts-report-scene';

// RPT-03 公益性岗位开发(岗位)台账 (DOMAIN §6.3), written with writeReport and read back with exceljs: the 19 columns,
// one row per post, 小计 by 乡镇 (in the 工作地点 column) or by 用人单位, 合计 of the counts, and totals that agree
// with RPT-07 (1 核定, 10 期末在岗, 18 空岗).

describe('RPT-03 公益性岗位开发(岗位)台账', () => {
  it('one row per post with live counts, 乡镇 小计 and 合计; totals agree with RPT-07', async () => {
    const s = await reportScene(makeCore());
    const ws = await exportAndRead(s.core, rpt03);
    expect(ws.getCell('A1').value).toBe('疏附县2026年11月公益性岗位开发(岗位)台账');
    expect(rowValues(ws, 3)).toEqual(RPT03_COLUMNS.map((c) => c.header));
    // Rows: 乌帕尔镇 GY-001, GY-002, 小计; 塔什米里克乡 GY-101, 小计; 合计.
    const r1 = rowValues(ws, 4);
    expect(r1.slice(0, 14)).toEqual([...RPT03_GY001_START, '是', '劳动合同']);
    expect(ws.getCell(4, 12).numFmt).toBe('#,##0.00');
    expect((ws.getCell(4, 15).value as Date).toISOString().slice(0, 10)).toBe('2020-01-01');
    const r2 = rowValues(ws, 5);
    expect(r2.slice(1, 12)).toEqual([
      'GY-002',
      '乌帕尔镇人民政府',
      '机关',
      '护林员',
      '生态护林/草原管护',
      '乡村',
      '乌帕尔镇/阿亚格曼干村',
      2,
      1,
      1,
      1900,
    ]);
    expect(r2[12]).toBe('否');
    expect(r2[13]).toBe('劳务协议');
    expect(rowValues(ws, 6).slice(7, 11)).toEqual(['乌帕尔镇小计', 4, 3, 1]);
    expect(rowValues(ws, 7).slice(1, 2)).toEqual(['GY-101']);
    const total = findRow(ws, '合计');
    expect(total).toBe(9);
    const t = rowValues(ws, total);
    expect(t[4]).toBe(3); // 岗位 count in the 岗位名称 column
    expect(t.slice(8, 11)).toEqual([7, 4, 3]);

    const r7 = await exportAndRead(s.core, rpt07);
    const t7 = rowValues(r7, findRow(r7, '合计'));
    expect([t7[1], t7[10], t7[18]]).toEqual(t.slice(8, 11));
  });

  it('subtotals by 用人单位; a revoked post keeps its row with 空岗 0 and a 备注', async () => {
    const s = await reportScene(makeCore());
    const { post } = await must(s.core, 'posts.create', {
      postCode: 'GY-003',
      employerId: s.employerId,
      title: '门卫',
      postType: 'U06',
      areaType: 'urban',
      workRegionId: s.town1,
      approvedCount: 1,
      siSubsidy: true,
      contractType: '1',
      fullTime: true,
      createdDate: '2026-01-01',
      monthlyStandardFen: 200_000,
    });
    await must(s.core, 'posts.revoke', { id: post.id, revokedDate: '2026-11-10', reason: '单位撤并' });
    const ws = await exportAndRead(s.core, rpt03, { month: '2026-11', today: '2026-11-28', groupBy: 'employer' });
    const row = findRow(ws, 'GY-003', 2);
    expect(rowValues(ws, row).slice(8, 12)).toEqual([1, 0, 0, 2000]);
    expect(rowValues(ws, row)[18]).toBe('已于2026-11-10撤销');
    expect(findRow(ws, '乌帕尔镇人民政府小计', 3)).toBeGreaterThan(row);
  });
});
