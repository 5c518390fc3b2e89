import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/result';
import type { JobControl } from '../../electron/core/jobs/registry';
import type { ReportDefinition, ReportParams } from '../../electron/core/excel/report-definition';
import { SIGNATURE_LINE } from '../../electron/core/excel/report-definition';
import { reportFileName, writeReport } from '../../electron/core/excel/report-writer';
import { tempDir } from './harness';
import { cells, writeAndReadIn } from './reports-export-read';

/** A small roster in the frame: two group levels, id/phone/money/int/date columns and a rate under a group header. */
const ROSTER: ReportDefinition = {
  code: 'RPT-T1',
  name: '测试人员花名册',
  columns: [
    { key: 'seq', header: '序号', type: 'seq' },
    { key: 'township', header: '乡镇(街道)', type: 'text' },
    { key: 'village', header: '村(社区)', type: 'text' },
    { key: 'name', header: '姓名', type: 'text' },
    { key: 'idNumber', header: '公民身份号码', type: 'id' },
    { key: 'phone', header: '联系电话', type: 'phone' },
    {
      header: '本月服务',
      children: [
        { key: 'due', header: '应联系', type: 'int' },
        { key: 'contacted', header: '已联系', type: 'int' },
        { key: 'rate', header: '联系率', type: 'rate', rate: { numerator: 'contacted', denominator: 'due' } },
      ],
    },
    { key: 'subsidy', header: '补贴金额', type: 'money' },
    { key: 'startDate', header: '上岗日期', type: 'date' },
    { key: 'age', header: '年龄', type: 'int', sum: false },
  ],
  lanci: true,
  grouping: [{ key: 'township' }, { key: 'village' }],
  totals: { countColumn: 'name' },
  capitalTotal: { column: 'subsidy' },
  notes: ['联系率 = 已联系 ÷ 应联系 × 100%。'],
};

const PARAMS: ReportParams = {
  countyName: '乌鲁木齐市天山区',
  unitName: '天山区就业服务中心',
  period: { month: '2024-03' },
};

const ROWS = [
  {
    township: '东门街道',
    village: '一社区',
    name: '张三',
    idNumber: '65010219900101123X',
    phone: '13812345678',
    due: 3,
    contacted: 1,
    subsidy: 1_000_000,
    startDate: '2024-03-05',
    age: 34,
  },
  {
    township: '东门街道',
    village: '一社区',
    name: '阿不都热合曼·买买提',
    idNumber: '650102198502021234',
    phone: '13900001111',
    due: 1,
    contacted: 1,
    subsidy: 234_567,
    startDate: '2023-12-31',
    age: 39,
  },
  {
    township: '东门街道',
    village: '二社区',
    name: '李四',
    idNumber: '650102197003034321',
    phone: null,
    due: 2,
    contacted: 2,
    subsidy: 0,
    startDate: null,
    age: 54,
  },
  {
    township: '西门街道',
    village: '三社区',
    name: '王五',
    idNumber: '650102200004045678',
    phone: '0991-1234567',
    due: 0,
    contacted: 0,
    subsidy: null,
    startDate: '2024-01-15',
    age: 24,
  },
];

async function exportRoster(full: boolean, rows: Iterable<object> | AsyncIterable<object> = ROWS) {
  const filePath = join(tempDir(), reportFileName('650102000000', ROSTER.code, '2024-03', new Date(2024, 3, 5, 13, 7)));
  return writeAndReadIn(ROSTER, rows, PARAMS, { filePath, full });
}

const values = (ws: ExcelJS.Worksheet, row: number) => cells(ws, row, 12);

/** A job that records each progress report; cancelled from its `cancelAt`-th check on (never unless given). */
function recordingJob(cancelAt = Infinity) {
  const progress: [number, number, string][] = [];
  let checks = 0;
  const job: JobControl = {
    progress: (done, total, phase) => progress.push([done, total, phase]),
    get cancelled() {
      return checks >= cancelAt;
    },
    checkCancelled() {
      if (++checks >= cancelAt) throw new AppError('CANCELLED', '已取消，数据未改动。');
    },
    breathe: () => new Promise((r) => setImmediate(r)),
  };
  return { job, progress };
}

describe('writeReport: the frame (masked export)', () => {
  it('writes the title merged across all columns and the unit/period line', async () => {
    const { ws, result } = await exportRoster(false);
    expect(result.rows).toBe(4);
    expect(ws.name).toBe('测试人员花名册');
    expect(ws.getCell('A1').value).toBe('乌鲁木齐市天山区2024年3月测试人员花名册');
    expect(ws.getCell('A1').font.bold).toBe(true);
    const merges = ws.model.merges;
    expect(merges).toContain('A1:L1');
    expect(ws.getCell('A2').value).toBe('填报单位（盖章）：天山区就业服务中心');
    expect(ws.getCell('E2').value).toBe('所属期：2024年3月');
    expect(ws.getCell('I2').value).toBe('单位：人、元');
    expect(merges).toEqual(expect.arrayContaining(['A2:D2', 'E2:H2', 'I2:L2']));
  });

  it('writes the header tree: group headers span their children, single headers merge down', async () => {
    const { ws } = await exportRoster(false);
    expect(values(ws, 3)).toEqual([
      '序号',
      '乡镇(街道)',
      '村(社区)',
      '姓名',
      '公民身份号码',
      '联系电话',
      '本月服务',
      '本月服务',
      '本月服务',
      '补贴金额',
      '上岗日期',
      '年龄',
    ]);
    expect([ws.getCell('G4').value, ws.getCell('H4').value, ws.getCell('I4').value]).toEqual([
      '应联系',
      '已联系',
      '联系率',
    ]);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['G3:I3', 'A3:A4', 'D3:D4', 'F3:F4', 'J3:J4', 'L3:L4']));
    expect(ws.model.merges).not.toContain('G3:G4');
    expect(ws.getCell('H3').master.address).toBe('G3');
    expect(ws.getCell('A4').master.address).toBe('A3');
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(16); // 姓名: long Uyghur names
  });

  it('writes the 栏次 row: text columns 甲乙…, numeric columns 1, 2, 3…', async () => {
    const { ws } = await exportRoster(false);
    expect(values(ws, 5)).toEqual(['甲', '乙', '丙', '丁', '戊', '己', '1', '2', '3', '4', '庚', '5']);
  });

  it('writes typed data cells; IDs and phones are masked text', async () => {
    const { ws } = await exportRoster(false);
    expect(values(ws, 6)).toEqual([
      1,
      '东门街道',
      '一社区',
      '张三',
      '650102********123X',
      '138****5678',
      3,
      1,
      33.3,
      10000,
      new Date(Date.UTC(2024, 2, 5)),
      34,
    ]);
    expect(ws.getCell('E6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('E6').numFmt).toBe('@');
    expect(ws.getCell('I6').numFmt).toBe('0.0');
    expect(ws.getCell('J6').numFmt).toBe('#,##0.00');
    expect(ws.getCell('K6').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('D7').value).toBe('阿不都热合曼·买买提');
    expect(ws.getCell('J7').value).toBe(2345.67);
    expect(values(ws, 9).slice(0, 6)).toEqual([3, '东门街道', '二社区', '李四', '650102********4321', null]);
  });

  it('writes a 小计 row at each group change, innermost first, with counts and sums; rates recomputed', async () => {
    const { ws } = await exportRoster(false);
    // 一社区: rates 1/3 and 1/1 → 2/4 = 50.0 %, not 133.3 %; 年龄 (sum: false) stays empty.
    expect(values(ws, 8)).toEqual([null, '东门街道', '一社区小计', 2, null, null, 4, 2, 50, 12345.67, null, null]);
    expect(ws.getCell('D8').numFmt).toBe('0"人"');
    expect(ws.getCell('C8').font.bold).toBe(true);
    expect(values(ws, 10)).toEqual([null, '东门街道', '二社区小计', 1, null, null, 2, 2, 100, 0, null, null]);
    expect(values(ws, 11)).toEqual([null, '东门街道小计', null, 3, null, null, 6, 4, 66.7, 12345.67, null, null]);
    expect(values(ws, 12)[0]).toBe(4); // 序号 runs on across groups
    // 三社区's only row has no amount: its 小计 leaves the amount empty rather than showing a 0 that looks like a figure.
    expect(values(ws, 13)).toEqual([null, '西门街道', '三社区小计', 1, null, null, 0, 0, null, null, null, null]);
    expect(values(ws, 14)).toEqual([null, '西门街道小计', null, 1, null, null, 0, 0, null, null, null, null]);
  });

  it('writes the 合计 row, the 大写 line, the signature line and 说明', async () => {
    const { ws } = await exportRoster(false);
    expect(values(ws, 15)).toEqual(['合计', null, null, 4, null, null, 6, 4, 66.7, 12345.67, null, null]);
    expect(ws.getCell('A16').value).toBe('合计人民币（大写）：壹万贰仟叁佰肆拾伍元陆角柒分');
    expect(ws.getCell('A17').value).toBe(SIGNATURE_LINE);
    expect(SIGNATURE_LINE).toBe('单位负责人：　　审核人：　　填表人：　　联系电话：　　填报日期：　　年　月　日');
    expect(ws.getCell('A18').value).toBe('说明：联系率 = 已联系 ÷ 应联系 × 100%。');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A16:L16', 'A17:L17', 'A18:L18']));
    expect(ws.rowCount).toBe(18);
  });

  it('sets print setup, repeated header rows, page-number footer and frozen panes', async () => {
    const { ws } = await exportRoster(false);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe('3:5');
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.headerFooter.oddFooter).toContain('&N');
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  });
});

describe('writeReport: full export', () => {
  it('adds 内部资料 注意保密 under the title and writes complete IDs and phones as text', async () => {
    const { ws } = await exportRoster(true);
    expect(ws.getCell('A2').value).toBe('内部资料 注意保密');
    expect(ws.model.merges).toContain('A2:L2');
    expect(ws.getCell('A3').value).toBe('填报单位（盖章）：天山区就业服务中心');
    expect(ws.getCell('G4').value).toBe('本月服务');
    expect(ws.getCell('E7').value).toBe('65010219900101123X');
    expect(ws.getCell('E7').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('F7').value).toBe('13812345678');
    expect(ws.getCell('F7').type).toBe(ExcelJS.ValueType.String);
    expect(ws.pageSetup.printTitlesRow).toBe('4:6');
    expect(ws.getCell('A16').value).toBe('合计');
  });
});

describe('writeReport: rows, progress and cancel', () => {
  it('accepts an async iterable and an empty report (合计 of zero, 零元整)', async () => {
    async function* gen() {
      yield* ROWS;
    }
    const a = await exportRoster(false, gen());
    expect(a.ws.getCell('A15').value).toBe('合计');
    const empty = await exportRoster(false, []);
    expect(empty.result.rows).toBe(0);
    expect(values(empty.ws, 6)).toEqual(['合计', null, null, 0, null, null, 0, 0, null, 0, null, null]);
    expect(empty.ws.getCell('A7').value).toBe('合计人民币（大写）：零元整');
  });

  it('refuses rows that are not sorted by the group keys and leaves no file', async () => {
    const dir = tempDir();
    const unsorted = [ROWS[0], ROWS[3], ROWS[1]];
    await expect(writeReport(ROSTER, unsorted, PARAMS, { filePath: join(dir, 'x.xlsx'), full: false })).rejects.toThrow(
      '未按分组排序',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports progress about 20 times over the rows and removes the partial file when cancelled', async () => {
    const dir = tempDir();
    const { job, progress } = recordingJob(2);
    function* many() {
      for (let i = 0; i < 5000; i++) yield { ...ROWS[0], village: `村${String(Math.floor(i / 100)).padStart(3, '0')}` };
    }
    const filePath = join(dir, 'big.xlsx');
    const err = await writeReport(ROSTER, many(), PARAMS, { filePath, full: false, job, totalRows: 5000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('CANCELLED');
    expect(progress).toEqual([
      [0, 5000, '写入 Excel'],
      [250, 5000, '写入 Excel'],
      [500, 5000, '写入 Excel'],
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a small report moves the bar while writing and shows every row written while the file is saved (issue 18)', async () => {
    const { job, progress } = recordingJob();
    const rows = Array.from({ length: 60 }, (_, i) => ({ ...ROWS[0], village: `村${String(Math.floor(i / 10))}` }));
    const filePath = join(tempDir(), 'small.xlsx');
    await writeReport(ROSTER, rows, PARAMS, { filePath, full: false, job, totalRows: 60 });
    expect(progress[0]).toEqual([0, 60, '写入 Excel']);
    const writing = progress.filter((p) => p[2] === '写入 Excel').map((p) => p[0]);
    expect(writing).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60]);
    // While zipping and after: all 60 of 60, never back to 0 %.
    expect(progress.slice(-2)).toEqual([
      [60, 60, '保存文件'],
      [60, 60, '保存文件'],
    ]);
  });

  it('fails on a money value that is not integer fen and leaves no file', async () => {
    const dir = tempDir();
    const bad = [{ ...ROWS[0], subsidy: 12.5 }];
    await expect(writeReport(ROSTER, bad, PARAMS, { filePath: join(dir, 'x.xlsx'), full: false })).rejects.toThrow(
      '应为以分为单位的整数',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives a Chinese message when the folder does not exist', async () => {
    const filePath = join(tempDir(), 'missing', 'x.xlsx');
    await expect(writeReport(ROSTER, ROWS, PARAMS, { filePath, full: false })).rejects.toThrow('无法保存到所选位置');
  });
});

describe('reportFileName', () => {
  it('follows {区划代码}_{报表代码}_{YYYYMM}_{yyyyMMddHHmm}.xlsx with the 6-digit county code', () => {
    expect(reportFileName('650102000000', 'RPT-01', '2024-03', new Date(2024, 3, 5, 13, 7))).toBe(
      '650102_RPT-01_202403_202404051307.xlsx',
    );
    expect(reportFileName('654226', 'RPT-06', '2025-12', new Date(2026, 0, 1, 0, 0))).toBe(
      '654226_RPT-06_202512_202601010000.xlsx',
    );
    expect(() => reportFileName('6501', 'RPT-01', '2024-03', new Date())).toThrow('区划代码');
    expect(() => reportFileName('650102', 'RPT-01', '2024-3', new Date())).toThrow('YYYY-MM');
  });

  it('names both ends of a 统计期 of several months, so a quarter and a year differ by name', () => {
    const at = new Date(2026, 11, 7, 9, 30);
    expect(reportFileName('653121', 'RPT-10', { from: '2026-10', to: '2026-12' }, at)).toBe(
      '653121_RPT-10_202610-202612_202612070930.xlsx',
    );
    expect(reportFileName('653121', 'RPT-10', { from: '2026-01', to: '2026-12' }, at)).toBe(
      '653121_RPT-10_202601-202612_202612070930.xlsx',
    );
    // One month of a range report: the month alone, as a month report.
    expect(reportFileName('653121', 'RPT-15', { from: '2026-11', to: '2026-11' }, at)).toBe(
      '653121_RPT-15_202611_202612070930.xlsx',
    );
    expect(() => reportFileName('653121', 'RPT-10', { from: '2026-1', to: '2026-12' }, at)).toThrow('YYYY-MM');
  });

  it('names the 乡镇(街道) of a file narrowed to one after the period', () => {
    const at = new Date(2026, 11, 7, 3, 22);
    expect(reportFileName('653121', 'RPT-01', '2026-11', at, '乌帕尔镇')).toBe(
      '653121_RPT-01_202611_乌帕尔镇_202612070322.xlsx',
    );
  });
});
