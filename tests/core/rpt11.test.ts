import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rpt11, RPT11_DEFINITION, rpt11Rows } from '../../electron/core/modules/contacts/reports/rpt11';
import { leafColumns } from '../../electron/core/excel/report-definition';
import { TODAY } from './harness';
import { ALI_ROW_START, exportAndRead, IDS, reportMonth, utc } from './rpt11-fixtures';
import { cells } from './reports-export-read';

const W = leafColumns(RPT11_DEFINITION.columns).length;

describe('RPT-11 登记失业人员跟踪服务台账 (DOMAIN §6.11)', () => {
  it('rows: one per registration active in the month (BR-05), latest contact of the month and 本月联系次数, sorted 乡镇 → 村 → 姓名', async () => {
    const s = await reportMonth();
    const rows = rpt11Rows(s.core.ctx.db, { month: '2026-11', today: TODAY });
    expect(rows.map((r) => [r.township, r.village, r.name, r.monthContacts])).toEqual([
      ['乌帕尔镇', '幸福路社区', '阿迪力', 1],
      ['乌帕尔镇', '阿亚格曼干村', '布丽', 0],
      ['乌帕尔镇', '阿亚格曼干村', '艾力·买买提', 2],
      ['塔什米里克乡', '库木巴格村', '古丽', 1],
      ['塔什米里克乡', '库木巴格村', '热依拉', 1],
    ]);
    // October: 阿迪力, 布丽 and 古丽 were registered; 艾力 and 热依拉 not yet.
    expect(rpt11Rows(s.core.ctx.db, { month: '2026-10' }).map((r) => [r.name, r.monthContacts])).toEqual([
      ['阿迪力', 0],
      ['布丽', 0],
      ['古丽', 1],
    ]);
    expect(rpt11.definition({ month: '2026-11', today: TODAY })).toBe(RPT11_DEFINITION);
  });

  it('exports with the engine and reads back: title, header tree, a contact’s row, 小计 per 村 and 乡镇, 合计', async () => {
    const s = await reportMonth();
    const ws = await exportAndRead(RPT11_DEFINITION, rpt11Rows(s.core.ctx.db, { month: '2026-11', today: TODAY }));
    expect(ws.getCell('A1').value).toBe('疏附县2026年11月登记失业人员跟踪服务台账');
    expect(ws.model.merges).toContain(`A1:AB1`);
    expect(W).toBe(28);
    expect(cells(ws, 3, W).slice(0, 17)).toEqual([
      '序号',
      '乡镇',
      '村(社区)',
      '姓名',
      '性别',
      '公民身份号码',
      '联系电话',
      '失业登记日期',
      '失业时长(月)',
      '是否就业困难人员',
      '服务等级',
      '就业意愿',
      '本月联系日期',
      '联系方式',
      '联系结果',
      '本月联系次数',
      '当前就业状态',
    ]);
    expect(ws.getCell('R3').value).toBe('本月服务');
    expect(ws.model.merges).toContain('R3:W3');
    expect(cells(ws, 4, W).slice(17, 23)).toEqual([
      '职业介绍(推荐岗位数)',
      '职业指导',
      '创业服务',
      '政策推介',
      '培训推荐',
      '其他',
    ]);
    expect(cells(ws, 3, W).slice(23)).toEqual(['服务结果', '下次联系日期', '联系人', '是否建议注销及原因', '备注']);

    // Row 5 阿迪力 (seq 1), 6 幸福路社区小计, 7 布丽, 8 艾力, 9 阿亚格曼干村小计, 10 乌帕尔镇小计, 11 古丽, 12 热依拉, 13–14 小计, 15 合计.
    expect(cells(ws, 8, W)).toEqual([
      ...ALI_ROW_START,
      null,
      null,
      '✓',
      null,
      null,
      '推荐面试2个岗位',
      utc('2026-12-20'),
      '买买提·艾力',
      null,
      null,
    ]);
    expect([ws.getCell('F8').type, ws.getCell('F8').numFmt]).toEqual([ExcelJS.ValueType.String, '@']); // IDs are text cells
    expect(cells(ws, 5, W)).toMatchObject({
      3: '阿迪力',
      8: 13,
      10: 'A 重点帮扶',
      14: '联系成功',
      16: '单位就业',
      18: '✓',
      21: '✓',
      26: '是（被用人单位录用）',
      27: '已于2026-11-15注销（被用人单位录用）',
    });
    expect(cells(ws, 7, W)).toMatchObject({
      3: '布丽',
      6: null,
      8: 13,
      9: '是',
      10: 'A 重点帮扶',
      12: null,
      15: 0,
      17: null,
      25: '买买提·艾力',
      26: '是（连续6个月未与公共就业服务机构联系）',
    });
    expect(cells(ws, 11, W)).toMatchObject({
      3: '古丽',
      12: utc('2026-11-12'),
      14: '拒绝沟通',
      15: 1,
      16: '失业(未就业)',
      24: utc('2026-12-12'),
    });
    expect(cells(ws, 12, W)).toMatchObject({ 3: '热依拉', 10: 'B 关注服务', 19: '✓', 22: '✓' });

    expect(cells(ws, 6, W).slice(0, 4)).toEqual([null, '乌帕尔镇', '幸福路社区小计', 1]);
    expect(cells(ws, 9, W).slice(0, 4)).toEqual([null, '乌帕尔镇', '阿亚格曼干村小计', 2]);
    expect(cells(ws, 10, W).slice(0, 4)).toEqual([null, '乌帕尔镇小计', null, 3]);
    expect([ws.getCell('P10').value, ws.getCell('R10').value, ws.getCell('I10').value]).toEqual([3, 2, null]); // 本月联系次数, 推荐岗位数 summed; 失业时长 not
    expect(cells(ws, 14, W).slice(0, 4)).toEqual([null, '塔什米里克乡小计', null, 2]);
    expect(cells(ws, 15, W).slice(0, 4)).toEqual(['合计', null, null, 5]);
    expect([ws.getCell('P15').value, ws.getCell('R15').value]).toEqual([5, 2]);
    expect(ws.getCell('A17').value).toBe(`说明：${RPT11_DEFINITION.notes?.[0]}`);
  });

  it('a full export writes complete IDs and phones as text with the 内部资料 line', async () => {
    const s = await reportMonth();
    const ws = await exportAndRead(
      RPT11_DEFINITION,
      rpt11Rows(s.core.ctx.db, { month: '2026-11', today: TODAY }),
      true,
    );
    expect(ws.getCell('A2').value).toBe('内部资料 注意保密');
    expect(ws.getCell('F9').value).toBe(IDS.ali); // one row lower under the 内部资料 line
    expect(ws.getCell('G9').value).toBe('13899012345');
  });
});
