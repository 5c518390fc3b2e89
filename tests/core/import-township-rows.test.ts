import { describe, expect, it } from 'vitest';
import type { PersonImportCheck } from '../../shared/contract/imports';
import { makeCore, snapshot } from './harness';
import { county, makeId, type County } from './persons-fixtures';
import { base64, jobData, workbookOf, type Cell } from './import-workbooks';

// audit8: rows of a township's own person roster that are not what they look like — a row hidden or filtered out
// in Excel (gap 3), a totals row whose count looks like digits of an ID (gap 4), a person pasted twice (gap 8).

const HEADER = ['序号', '姓名', '公民身份号码', '性别', '民族', '所在乡镇（街道）', '所在村（社区）', '当前就业状态'];
const person = (no: number, name: string, idNumber: string, sex = '男'): Cell[] => [
  no,
  name,
  idNumber,
  sex,
  '维吾尔族',
  '乌帕尔镇',
  '阿亚格曼干村',
  '失业(未就业)',
];
const ID1 = makeId('653121', '19900101', '011');
const ID2 = makeId('653121', '19910202', '021');
const ID3 = makeId('653121', '19920303', '032');

async function check(c: County, rows: Cell[][], hiddenRows: number[] = []) {
  const content = await workbookOf([{ name: '花名册', rows, hiddenRows }]);
  const before = snapshot(c.core);
  const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
    fileName: '乌帕尔镇花名册.xlsx',
    contentBase64: base64(content),
  });
  expect(snapshot(c.core)).toBe(before);
  return r;
}

describe('audit8: township roster rows', () => {
  it('skips rows hidden or filtered out in Excel, listing them (gap 3)', async () => {
    const c = await county(makeCore());
    const rows = [HEADER, person(1, '艾力', ID1), person(2, '隐藏·行人', ID2), person(3, '古丽', ID3, '女')];
    const r = await check(c, rows, [3]);
    expect(r.skippedRows).toEqual([{ row: 3, reason: '隐藏行' }]);
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([]);
    expect([r.total, r.valid, r.newCount]).toEqual([2, 2, 2]);
  });

  it('skips a totals row whatever its count, even with 4+ digits in the ID column (gap 4)', async () => {
    const c = await county(makeCore());
    const rows = [
      HEADER,
      person(1, '艾力', ID1),
      ['合计', null, '5000人'], // 3
      ['小计', null, 1200], // 4
      [2, '古丽', '12345', '女', '维吾尔族', '乌帕尔镇', '阿亚格曼干村', '失业(未就业)'], // 5 a bad ID stays data
    ];
    const r = await check(c, rows);
    expect(r.skippedRows).toEqual([
      { row: 3, reason: '合计行' },
      { row: 4, reason: '合计行' },
    ]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[5, 'C']]);
    expect([r.total, r.valid]).toEqual([2, 1]);
  });

  it('imports two identical rows once; rows of one ID that differ are refused naming both and the columns (gap 8)', async () => {
    const c = await county(makeCore());
    const rows = [
      HEADER,
      person(1, '艾力', ID1), // 2
      person(2, '古丽', ID3, '女'), // 3
      person(3, '艾力', ID1), // 4 the same as row 2 (its 序号 is not imported)
      person(4, '古丽·艾力', ID3, '女'), // 5 the same ID, another name
    ];
    const r = await check(c, rows);
    expect(r.skippedRows).toEqual([{ row: 4, reason: '重复行（与第2行相同）' }]);
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'C', '公民身份号码与第 5 行重复，不同的列：B列姓名，请核对后只保留一行'],
      [5, 'C', '公民身份号码与第 3 行重复，不同的列：B列姓名，请核对后只保留一行'],
    ]);
    expect([r.total, r.valid, r.newCount]).toEqual([3, 1, 1]);
  });
});
