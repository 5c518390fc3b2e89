import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportDefinition } from '../../electron/core/excel/report-definition';
import {
  checkDefinition,
  columnWidth,
  headerDepth,
  lanciLabels,
  leafColumns,
  renderPeriod,
  renderTitle,
  renderUnitLine,
} from '../../electron/core/excel/report-definition';
import { writeReportSheet } from '../../electron/core/excel/report-writer';
import { writeWorkbookFile } from '../../electron/core/excel/workbook-file';
import { tempDir } from './harness';
import { cells, writeAndReadIn } from './reports-export-read';

const tempFile = (name: string) => join(tempDir(), name);

/** A statistical table in the style of RPT-12: rows = 乡镇, 栏次, a rate, money in 万元, no grouping. */
const STAT: ReportDefinition = {
  code: 'RPT-T2',
  name: '定期联系情况统计表',
  title: '{县市名}{年}年{月}月登记失业人员{报表名}',
  moneyUnit: '万元',
  lanci: true,
  columns: [
    { key: 'unit', header: '单位', type: 'text' },
    { key: 'registered', header: '期末登记失业人数', type: 'int' },
    {
      header: '其中',
      children: [
        { key: 'due', header: '应联系人数', type: 'int' },
        { key: 'contacted', header: '已联系人数', type: 'int' },
      ],
    },
    { key: 'rate', header: '联系率%', type: 'rate', rate: { numerator: 'contacted', denominator: 'due' } },
    { key: 'paid', header: '本期补贴', type: 'money' },
  ],
  signatures: ['单位负责人：　　填表人：'],
};

describe('report definition helpers', () => {
  it('renders titles, periods and the unit line', () => {
    const params = { countyName: '鄯善县', unitName: '鄯善县人社局', period: { from: '2024-01-01', to: '2024-03-31' } };
    // Issue 18: a 统计期 over several months is named whole in the title, as on the 统计期 line.
    expect(renderTitle(STAT, params)).toBe('鄯善县2024年1月至3月登记失业人员定期联系情况统计表');
    expect(renderTitle(STAT, { ...params, period: { from: '2023-12', to: '2024-02' } })).toBe(
      '鄯善县2023年12月至2024年2月登记失业人员定期联系情况统计表',
    );
    expect(renderTitle(STAT, { ...params, period: { from: '2024-03', to: '2024-03' } })).toBe(
      '鄯善县2024年3月登记失业人员定期联系情况统计表',
    );
    expect(
      renderTitle(
        { ...STAT, title: '{单位}{年}年{月}月公益性岗位人员考勤表' },
        { ...params, period: { month: '2024-11' } },
      ),
    ).toBe('鄯善县人社局2024年11月公益性岗位人员考勤表');
    expect(renderPeriod({ month: '2024-03' })).toBe('所属期：2024年3月');
    expect(renderPeriod({ from: '2024-01-01', to: '2024-03-31' })).toBe('统计期：2024年1月1日—2024年3月31日');
    expect(renderPeriod({ from: '2024-01', to: '2024-03' })).toBe('统计期：2024年1月—2024年3月');
    expect(renderUnitLine(STAT, params)).toEqual([
      '填报单位（盖章）：鄯善县人社局',
      '统计期：2024年1月1日—2024年3月31日',
      '单位：人、万元',
    ]);
    expect(renderUnitLine({ ...STAT, unitLabel: null }, { ...params, moneyUnit: '元' })[2]).toBe('');
  });

  it('reads the header tree: leaves, depth, 栏次 labels and widths', () => {
    expect(leafColumns(STAT.columns).map((c) => c.key)).toEqual([
      'unit',
      'registered',
      'due',
      'contacted',
      'rate',
      'paid',
    ]);
    expect(headerDepth(STAT.columns)).toBe(2);
    expect(lanciLabels(leafColumns(STAT.columns))).toEqual(['甲', '1', '2', '3', '4', '5']);
    expect(columnWidth({ key: 'n', header: '姓名', type: 'text', width: 8 })).toBe(16);
    expect(columnWidth({ key: 'id', header: '公民身份号码', type: 'id' })).toBe(21);
  });

  it('rejects a definition with unknown keys or a rate without its parts', () => {
    expect(() => checkDefinition({ ...STAT, totals: { countColumn: 'nope' } })).toThrow('人数列 nope 不存在');
    expect(() => checkDefinition({ ...STAT, capitalTotal: { column: 'registered' } })).toThrow('不是合计的金额列');
    expect(() => checkDefinition({ ...STAT, columns: [{ key: 'r', header: '率', type: 'rate' }] })).toThrow(
      '缺少分子/分母',
    );
  });
});

describe('a statistical table without grouping', () => {
  it('writes rows, a 合计 with recomputed rate and money in 万元', async () => {
    const rows = [
      { unit: '鄯善镇', registered: 120, due: 3, contacted: 1, paid: 123_456_700 },
      { unit: '七克台镇', registered: 80, due: 1, contacted: 1, paid: 50_000_000 },
    ];
    const params = { countyName: '鄯善县', unitName: '鄯善县人社局', period: { from: '2024-01-01', to: '2024-03-31' } };
    const { ws } = await writeAndReadIn(STAT, rows, params);
    const row = (n: number) => cells(ws, n, 6);
    expect(ws.getCell('A1').value).toBe('鄯善县2024年1月至3月登记失业人员定期联系情况统计表');
    expect([ws.getCell('A2').value, ws.getCell('C2').value, ws.getCell('E2').value]).toEqual([
      '填报单位（盖章）：鄯善县人社局',
      '统计期：2024年1月1日—2024年3月31日',
      '单位：人、万元',
    ]);
    expect(row(3)).toEqual(['单位', '期末登记失业人数', '其中', '其中', '联系率%', '本期补贴']);
    expect(row(4)).toEqual(['单位', '期末登记失业人数', '应联系人数', '已联系人数', '联系率%', '本期补贴']);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4']));
    expect(row(5)).toEqual(['甲', '1', '2', '3', '4', '5']);
    // CFG-30: in 万元 a cell holds the amount rounded to the 2 decimals shown.
    expect(row(6)).toEqual(['鄯善镇', 120, 3, 1, 33.3, 123.46]);
    expect(row(8)).toEqual(['合计', 200, 4, 2, 50, 173.46]);
    expect(ws.getCell('A9').value).toBe('单位负责人：　　填表人：');
    expect(ws.pageSetup.printTitlesRow).toBe('3:5');
  });

  it('puts several report sheets in one file', async () => {
    const filePath = tempFile('two.xlsx');
    const params = { countyName: '鄯善县', unitName: '鄯善县人社局', period: { month: '2024-03' } };
    await writeWorkbookFile(filePath, async (wb, checkStream) => {
      await writeReportSheet(wb, { ...STAT, sheetName: '岗位补贴' }, [{ unit: 'a', registered: 1 }], params, {
        full: false,
        totalRows: 1,
        checkStream,
      });
      await writeReportSheet(wb, { ...STAT, sheetName: '社保补贴' }, [{ unit: 'b', registered: 2 }], params, {
        full: false,
        totalRows: 1,
        checkStream,
      });
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filePath);
    expect(wb.worksheets.map((w) => [w.name, w.getCell('A6').value, w.pageSetup.printTitlesRow])).toEqual([
      ['岗位补贴', 'a', '3:5'],
      ['社保补贴', 'b', '3:5'],
    ]);
  });
});
