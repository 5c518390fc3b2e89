import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelSerialToDate, readDateCell } from '../../electron/core/excel/import/dates';
import { ID_DAMAGED_MESSAGE, cellText, readIdNumberCell } from '../../electron/core/excel/import/values';
import { LEGACY_ID_MESSAGE } from '../../shared/domain/id-number';
import { RowErrorCollector, writeErrorWorkbook } from '../../electron/core/excel/import/errors';
import { tempDir } from './harness';
import { cells } from './reports-export-read';

describe('excelSerialToDate (1900 date system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [32874, '1990-01-01'],
    [43831, '2020-01-01'],
    [43895, '2020-03-05'],
    [43895.75, '2020-03-05'],
    [2958465, '9999-12-31'],
  ])('%s → %s', (serial, date) => expect(excelSerialToDate(serial)).toBe(date));

  it('has no 1900-02-29 (serial 60) and nothing outside 1..2958465', () => {
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(2958466)).toBeNull();
  });
});

describe('readDateCell', () => {
  it.each<[ExcelJS.CellValue, string | null]>([
    [new Date(Date.UTC(2020, 2, 5)), '2020-03-05'],
    [new Date(Date.UTC(2020, 2, 5, 23, 59)), '2020-03-05'],
    [43895, '2020-03-05'],
    [20200305, '2020-03-05'],
    ['2020.3.5', '2020-03-05'],
    ['2020-3-5', '2020-03-05'],
    ['2020/03/05', '2020-03-05'],
    ['2020年3月5日', '2020-03-05'],
    ['2020 年 3 月 5 日', '2020-03-05'],
    ['20200305', '2020-03-05'],
    ['２０２０－０３－０５', '2020-03-05'],
    ['2020-03-05 00:00:00', '2020-03-05'],
    ['2020-03-05T00:00:00.000Z', '2020-03-05'],
    ['  ', null],
    [null, null],
  ])('%s → %s', (cell, date) => expect(readDateCell(cell as never)).toEqual({ ok: true, value: date }));

  it.each<[ExcelJS.CellValue, string]>([
    ['2020-02-30', '日期“2020-02-30”不存在，请检查月份和日期'],
    ['2020.13.1', '日期“2020.13.1”不存在，请检查月份和日期'],
    ['1850-01-01', '日期“1850-01-01”的年份不正确'],
    [1990, '“1990”不是完整的日期，请填写年、月、日，如 2020-03-05'],
    [60, '无法识别的日期“60”，请按 2020-03-05 的格式填写'],
    ['2020年3月', '无法识别的日期“2020年3月”，请按 2020-03-05 的格式填写'],
    ['三月五日', '无法识别的日期“三月五日”，请按 2020-03-05 的格式填写'],
    [-5, '无法识别的日期“-5”，请按 2020-03-05 的格式填写'],
  ])('%s → %s', (cell, message) => expect(readDateCell(cell as never)).toEqual({ ok: false, message }));

  it('reads a date cell written by Excel as the same calendar day (UTC, whatever the local zone)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.getCell('A1').value = new Date(Date.UTC(2020, 2, 5));
    ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const cell = back.worksheets[0].getCell('A1').value;
    expect(cell).toBeInstanceOf(Date);
    expect(readDateCell(cell as Date)).toEqual({ ok: true, value: '2020-03-05' });
  });
});

describe('readIdNumberCell', () => {
  it.each<[ExcelJS.CellValue, string | null]>([
    ['65010219900101123X', '65010219900101123X'],
    ['65010219900101123x', '65010219900101123X'],
    ['６５０１０２１９９００１０１１２３ｘ', '65010219900101123X'],
    [' 650102 1990 0101 1234 ', '650102199001011234'],
    ["'650102199001011234", '650102199001011234'],
    ['', null],
    [null, null],
  ])('%s → %s', (cell, value) => expect(readIdNumberCell(cell as never)).toEqual({ ok: true, value }));

  // VR-02: refused with its own message, which gives the 18-digit number it converts to.
  const ID_15_MESSAGE = `${LEGACY_ID_MESSAGE}（按规则转换为18位是 650102199001011239，请与本人证件核对）`;

  it('reports a 15-digit first-generation number stored as a number with its own message', () =>
    expect(readIdNumberCell(650102900101123 as never)).toEqual({ ok: false, message: ID_15_MESSAGE }));

  it.each(['650102900101123', ' ６５０１０２ ９００１０１ １２３'])(
    'reports the 15-digit text %j the same way',
    (cell) => expect(readIdNumberCell(cell)).toEqual({ ok: false, message: ID_15_MESSAGE }),
  );

  it.each<ExcelJS.CellValue>([
    650102199001011200,
    6.50102e17,
    '6.50102E+17',
    '6.50102199001012e17',
    '６．５０１０２Ｅ＋１７',
  ])('%s is reported as damaged, never rounded', (cell) =>
    expect(readIdNumberCell(cell as never)).toEqual({ ok: false, message: ID_DAMAGED_MESSAGE }),
  );
});

describe('cellText', () => {
  it('turns full-width into half-width, trims and collapses spaces', () => {
    expect(cellText('  阿不都热合曼·买买提\u3000 ')).toBe('阿不都热合曼·买买提');
    expect(cellText('Ａｈｍａｔ　\n  Ｔｕｒｓｕｎ')).toBe('Ahmat Tursun');
    expect(cellText('（东门）街道')).toBe('(东门)街道');
    expect(cellText(13812345678)).toBe('13812345678');
    expect(cellText(true)).toBe('是');
    expect(cellText(null)).toBe('');
  });
});

describe('RowErrorCollector and writeErrorWorkbook', () => {
  it('sorts errors by row and column, counts all, keeps at most the limit', () => {
    const c = new RowErrorCollector(3);
    c.add(9, 'AA', '备注', 'x', '太长');
    c.add(9, 2, '公民身份号码', 650102199001011200, ID_DAMAGED_MESSAGE);
    c.add(4, 'Z', '姓名', null, '请填写姓名');
    c.add(12, 'A', '姓名', '1', '姓名不能含数字');
    expect(c.errors.map((e) => `${e.row}${e.column}`)).toEqual(['4Z', '9C', '9AA']);
    expect(c.errors[1].value).toBe('650102199001011200');
    expect([c.count, c.rowCount, c.truncated, c.hasRow(12), c.hasRow(5)]).toEqual([4, 3, true, true, false]);
  });

  it('writes 行号, 列, 字段, 原值, 问题 with the original value as text', async () => {
    const dir = tempDir();
    const c = new RowErrorCollector();
    c.add(6, 2, '公民身份号码', 650102199001011200, ID_DAMAGED_MESSAGE);
    c.add(11, 5, '出生日期', '2020-02-30', '日期“2020-02-30”不存在，请检查月份和日期');
    const filePath = join(dir, '导入错误.xlsx');
    expect(await writeErrorWorkbook(c.errors, filePath)).toEqual({ rows: 2, filePath });
    expect(readdirSync(dir)).toEqual(['导入错误.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filePath);
    const ws = wb.getWorksheet('错误清单')!;
    const row = (n: number) => cells(ws, n, 5);
    expect(row(1)).toEqual(['行号', '列', '字段', '原值', '问题']);
    expect(row(2)).toEqual([6, 'C', '公民身份号码', '650102199001011200', ID_DAMAGED_MESSAGE]);
    expect(row(3)).toEqual([11, 'F', '出生日期', '2020-02-30', '日期“2020-02-30”不存在，请检查月份和日期']);
    expect(ws.getCell('D2').type).toBe(ExcelJS.ValueType.String);
    expect(ws.rowCount).toBe(3);
  });
});
