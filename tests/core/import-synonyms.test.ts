import { describe, expect, it } from 'vitest';
import { detectHeader } from '../../electron/core/excel/import/headers';
import { skipReason } from '../../electron/core/excel/import/skip';
import type { RawTable } from '../../electron/core/excel/read-table';
import { PERSON_IMPORT_SPECS } from '../../electron/core/modules/imports/person-columns';

// Issue 14: the header texts of real rosters, one row per synonym; and the rows that are not data.

const SYNONYMS: [header: string, field: string][] = [
  ['乡镇', 'township'],
  ['乡镇（街道）', 'township'],
  ['乡镇(街道)', 'township'],
  ['所在乡镇（街道）', 'township'],
  ['街道（乡镇）', 'township'],
  ['所属乡镇', 'township'],
  ['所在乡镇', 'township'],
  ['乡镇/街道', 'township'],
  ['乡（镇）', 'township'],
  ['乡镇名称', 'township'],
  ['村', 'village'],
  ['社区', 'village'],
  ['村（社区）', 'village'],
  ['所在村（社区）', 'village'],
  ['所属村（社区）', 'village'],
  ['所在村', 'village'],
  ['社区（村）', 'village'],
  ['村（居）委会', 'village'],
  ['村委会', 'village'],
  ['居委会', 'village'],
  ['身份证号', 'idNumber'],
  ['身份证号码', 'idNumber'],
  ['公民身份号码', 'idNumber'],
  ['证件号码', 'idNumber'],
  ['身份证件号码', 'idNumber'],
  ['公民身份证号码', 'idNumber'],
  ['社会保障号码', 'idNumber'],
  ['*公民身份号码(必填)', 'idNumber'],
  ['联系电话', 'phone'],
  ['手机', 'phone'],
  ['手机号码', 'phone'],
  ['电话', 'phone'],
  ['手机号', 'phone'],
  ['电话号码', 'phone'],
  ['联系电话（手机）', 'phone'],
  ['姓 名', 'name'],
  ['人员姓名', 'name'],
  ['民族', 'ethnicity'],
  ['族别', 'ethnicity'],
  ['学历', 'education'],
  ['文化程度', 'education'],
  ['最高学历', 'education'],
  ['现住址', 'address'],
  ['家庭住址', 'address'],
  ['居住地址', 'address'],
  ['就业状态', 'employmentStatus'],
  ['当前就业状态', 'employmentStatus'],
  ['就业状况', 'employmentStatus'],
  ['就业情况', 'employmentStatus'],
  ['是否就业困难人员', 'isDifficult'],
  ['是否低保', 'dibao'],
  ['残疾证号', 'disabilityCertNo'],
  ['社保卡号', 'bankCardNo'],
  ['开户银行', 'bankName'],
  // audit4 gap 2: the account column as offices (and RPT-06 / RPT-14 themselves) head it.
  ['社会保障卡号(银行账号)', 'bankCardNo'],
  ['社会保障卡号（银行账号）', 'bankCardNo'],
  ['社保卡卡号', 'bankCardNo'],
  ['社保卡金融账号', 'bankCardNo'],
  ['一卡通账号', 'bankCardNo'],
  ['银行账户', 'bankCardNo'],
  ['存折账号', 'bankCardNo'],
  ['代发账号', 'bankCardNo'],
  ['代发卡号', 'bankCardNo'],
  ['卡号', 'bankCardNo'],
  // A bracketed hint that matches nothing is read without it.
  ['公民身份号码(18位)', 'idNumber'],
  ['公民身份号码（18位）', 'idNumber'],
  ['性别(男/女)', 'sex'],
  ['性别（男/女）', 'sex'],
  ['民族(汉/维)', 'ethnicity'],
  ['出生日期（年月日）', 'birthDate'],
];

const table = (rows: (string | null)[][]): RawTable => ({ sheetName: 'S', rows, merges: [] });

describe('header synonyms of real rosters', () => {
  it.each(SYNONYMS)('“%s” maps to %s', (header, field) => {
    // The synonym sits beside the two columns every roster has, in third place.
    const other = field === 'name' ? '身份证号' : field === 'idNumber' ? '姓名' : '姓名';
    const second = field === 'name' || field === 'idNumber' ? '性别' : '身份证号';
    const found = detectHeader(table([[other, second, header]]), PERSON_IMPORT_SPECS);
    expect(found?.columns.find((c) => c.index === 2)?.key).toBe(field);
  });
});

describe('卡号 alone: the account only when nothing else is', () => {
  const keyOf = (rows: (string | null)[][], header: string) =>
    detectHeader(table(rows), PERSON_IMPORT_SPECS)?.columns.find((c) => c.header === header)?.key ?? null;

  it('stays unmapped beside another account column', () => {
    expect(keyOf([['姓名', '身份证号', '社保卡号', '卡号']], '卡号')).toBeNull();
  });

  it('stays unmapped when two columns read 卡号', () => {
    const found = detectHeader(table([['姓名', '身份证号', '卡号', '卡号']]), PERSON_IMPORT_SPECS);
    expect(found?.columns.map((c) => c.key)).toEqual(['name', 'idNumber', null, null]);
  });

  it('is not the account under another group header (就业创业证/卡号); 社保卡/卡号 is', () => {
    const rows = [
      ['姓名', '身份证号', '就业创业证', '社保卡', '开户行'],
      ['姓名', '身份证号', '卡号', '卡号', '开户行'],
    ];
    const found = detectHeader(table(rows), PERSON_IMPORT_SPECS);
    expect(found?.headerRows).toBe(2);
    expect(found?.columns.map((c) => [c.header, c.key])).toEqual([
      ['姓名', 'name'],
      ['身份证号', 'idNumber'],
      ['就业创业证/卡号', null],
      ['社保卡/卡号', 'bankCardNo'],
      ['开户行', 'bankName'],
    ]);
  });

  it('a bracketed header that matches as written keeps its own field', () => {
    expect(keyOf([['姓名', '身份证号', '村(居)委会']], '村(居)委会')).toBe('village');
  });
});

describe('rows that are not data', () => {
  const headers = ['姓名', '公民身份号码', '民族'];
  const cases: [string, (string | null)[], string | null][] = [
    ['blank', [null, null, null, null], '空行'],
    ['序号 only', ['12', null, null, null], '空行'],
    ['合计', ['合计', null, null, '15'], '合计行'],
    ['小计 in a data column', [null, '小计', null, null], '合计行'],
    ['总 计 with a space', ['总 计', null, null, null], '合计行'],
    ['备注 line', ['备注：本表由村委会填写', null, null, null], '说明或备注行'],
    ['说明 line', ['说明：身份证号为文本', null, null, null], '说明或备注行'],
    ['注：', ['注：以上人员已核实', null, null, null], '说明或备注行'],
    ['填表人', ['填表人：张三', null, '审核人：李四', null], '签字或填表人行'],
    ['单位盖章', [null, null, null, '（单位盖章）'], '签字或填表人行'],
    ['header repeated on a printed page', ['序号', '姓名', '公民身份号码', '民族'], '重复的表头行'],
    ['a person', ['1', '张三', '650102199001011234', '汉族'], null],
    ['a person without ID is data (an error, not skipped)', ['2', '李四', null, '汉族'], null],
    [
      'a person whose name reads like a total is still data when the ID is there',
      ['3', '合计', '650102199001011234', '汉族'],
      null,
    ],
  ];
  it.each(cases)('%s', (_name, cells, reason) => {
    const mapped = cells.slice(1);
    expect(skipReason(cells, mapped, mapped[1], headers)).toBe(reason);
  });
});
