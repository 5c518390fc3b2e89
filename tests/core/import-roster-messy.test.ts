import { describe, expect, it } from 'vitest';
import { ID_DAMAGED_MESSAGE } from '../../electron/core/excel/import/values';
import type { PersonImportCheck, PersonImportResult } from '../../shared/contract/imports';
import { makeCore, must, snapshot } from './harness';
import { county, makeId, wrongCheck, type County } from './persons-fixtures';
import {
  BATCH_ID,
  BEFORE_IMPORT_COPY,
  base64,
  jobData,
  jobErrorUnchanged,
  workbookOf,
  type Cell,
} from './import-workbooks';
import { IDS } from './import-traps';

// Issue 14: a township roster as counties really keep it — a notes sheet first, the roster on the second
// sheet under a title, a two-level merged header with 所在乡镇（街道）/所在村（社区）, the township merged down
// the rows, no 民族 and no 当前就业状态 column (defaults given), full-width digits, lowercase x, a blank row,
// a 合计 row, a 备注 line and a 填表人 line. Exactly which rows go in, which are refused, which are skipped.

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const AYINUR = makeId('653121', '19900101', '022'); // 女
const GOOD = wrongCheck(makeId('653121', '19880808', '031'));

const ROSTER: Cell[][] = [
  ['乌帕尔镇2026年11月失业人员花名册'], // 1
  ['序号', '姓名', '公民身份号码', '性别', '所在地', null, '手机号码', '人员类别'], // 2
  [null, null, null, null, '所在乡镇（街道）', '所在村（社区）', null, null], // 3
  [1, '阿依努尔', fullWidth(AYINUR), '女', '乌帕尔镇', '阿亚格曼干村', '139 9012 3456', '城镇失业'], // 4
  [2, '买买提·吐尔逊', IDS.lowerX.toLowerCase(), '男', null, '幸福路社区', null, '农村劳动力'], // 5
  [3, '热依拉', Number('653121199001011234'), '女', null, '阿亚格曼干村', null, null], // 6 ID stored as a number
  [], // 7
  [4, '古丽', GOOD.bad, '女', '塔什米里克乡', '库木巴格村', null, null], // 8 wrong check digit
  ['合计', null, null, null, null, null, null, '共4人'], // 9
  ['备注：本表由各村（社区）填报，乡镇汇总。'], // 10
  ['填表人：张三', null, null, '审核人：李四', null, null, '填表日期：2026年11月28日'], // 11
];
const ROSTER_MERGES = ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:G3', 'H2:H3', 'E4:E6'];

const messyWorkbook = () =>
  workbookOf([
    { name: '填报说明', rows: [['填报说明'], ['1. 每月5日前报送。'], ['2. 身份证号请设为文本。']] },
    { name: '花名册', rows: ROSTER, merges: ROSTER_MERGES },
  ]);

const DEFAULTS = { ethnicity: '维吾尔族', employmentStatus: '失业(未就业)' };

const checkInput = (content: Buffer, extra: Record<string, unknown>) => ({
  fileName: '乌帕尔镇花名册.xlsx',
  contentBase64: base64(content),
  ...extra,
});

async function check(c: County, content: Buffer, extra: Record<string, unknown> = {}) {
  return jobData<PersonImportCheck>(c.core, 'imports.persons.check', checkInput(content, extra));
}

/** The error of a check that is refused; the refusal must leave every table as it was. */
const refusedCheck = (c: County, content: Buffer, extra: Record<string, unknown> = {}) =>
  jobErrorUnchanged(c.core, 'imports.persons.check', checkInput(content, extra));

describe('issue 14: a messy township roster', () => {
  it('without defaults, names the sheet and the missing columns, and writes nothing', async () => {
    const c = await county(makeCore());
    const e = await refusedCheck(c, await messyWorkbook());
    expect(e.message).toBe(
      '工作表“花名册”第2行的表头中缺少必需的列：“民族”、“当前就业状态”。请按导入模板的列名填写表头。',
    );
    expect(e.details).toMatchObject({ sheetName: '花名册', headerRow: 2 });
    expect((e.details as { columns: unknown[] }).columns).toContainEqual({
      column: 'H',
      header: '人员类别',
      field: null,
    });
  });

  it('with defaults: finds the second sheet, shows the mapping, skips what is not data, refuses exactly the bad rows', async () => {
    const c = await county(makeCore());
    const before = snapshot(c.core);
    const r = await check(c, await messyWorkbook(), { mapping: { defaults: DEFAULTS } });
    expect(snapshot(c.core)).toBe(before);
    expect([r.sheetName, r.headerRow, r.headerRows]).toEqual(['花名册', 2, 2]);
    expect(r.sheets).toEqual([{ sheetName: '花名册', headerRow: 2, matched: 6 }]);
    expect(r.columns).toEqual([
      { column: 'A', header: '序号', field: null, fieldLabel: null, source: 'unknown' },
      { column: 'B', header: '姓名', field: 'name', fieldLabel: '姓名', source: 'detected' },
      { column: 'C', header: '公民身份号码', field: 'idNumber', fieldLabel: '公民身份号码', source: 'detected' },
      { column: 'D', header: '性别', field: 'sex', fieldLabel: '性别', source: 'detected' },
      { column: 'E', header: '所在地/所在乡镇(街道)', field: 'township', fieldLabel: '乡镇(街道)', source: 'detected' },
      { column: 'F', header: '所在地/所在村(社区)', field: 'village', fieldLabel: '村(社区)', source: 'detected' },
      { column: 'G', header: '手机号码', field: 'phone', fieldLabel: '联系电话', source: 'detected' },
      { column: 'H', header: '人员类别', field: null, fieldLabel: null, source: 'unknown' },
    ]);
    const fields = Object.fromEntries((r.fields ?? []).map((f) => [f.field, [f.column, f.defaultValue]]));
    expect(fields).toMatchObject({
      ethnicity: [null, '维吾尔族'],
      employmentStatus: [null, '失业(未就业)'],
      township: ['E', null],
      education: [null, null],
    });
    expect(r.skippedRows).toEqual([
      { row: 7, reason: '空行' },
      { row: 9, reason: '合计行' },
      { row: 10, reason: '说明或备注行' },
      { row: 11, reason: '签字或填表人行' },
    ]);
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [6, 'C', ID_DAMAGED_MESSAGE],
      [8, 'C', `公民身份号码校验位错误，应为 ${GOOD.expected}`],
    ]);
    expect({ total: r.total, valid: r.valid, errorRows: r.errorRows, newCount: r.newCount }).toEqual({
      total: 4,
      valid: 2,
      errorRows: 2,
      newCount: 2,
    });

    const done = await jobData<PersonImportResult>(c.core, 'imports.persons.commit', {
      token: r.token,
      skipInvalidRows: true,
    });
    expect(done).toEqual({ created: 2, updated: 0, skipped: 2, backup: BEFORE_IMPORT_COPY, batchId: BATCH_ID });
    const list = await must(c.core, 'persons.list', { pageSize: 50 });
    expect(list.items.map((p) => p.name).sort()).toEqual(['买买提·吐尔逊', '阿依努尔'].sort());
    for (const item of list.items) {
      const p = await must(c.core, 'persons.get', { id: item.id });
      expect([p.ethnicity, p.employmentStatus]).toEqual(['05', '10']);
    }
    const mmt = await must(c.core, 'persons.get', { id: list.items.find((p) => p.name === '买买提·吐尔逊')!.id });
    // The township cell merged down rows 4–6 applies to row 5; lowercase x is read as X.
    expect([mmt.residenceRegionName, mmt.idNumberMasked.endsWith('109X')]).toEqual(['幸福路社区', true]);
  });

  it('a default never changes a registered person', async () => {
    const c = await county(makeCore());
    const first = await check(c, await messyWorkbook(), { mapping: { defaults: DEFAULTS } });
    await jobData(c.core, 'imports.persons.commit', { token: first.token, skipInvalidRows: true });
    const again = await check(c, await messyWorkbook(), {
      mapping: { defaults: { ethnicity: '汉族', employmentStatus: '单位就业' } },
    });
    expect([again.newCount, again.matched, again.unchangedCount]).toEqual([0, [], 2]);
  });
});

describe('issue 14: finding the roster among several sheets', () => {
  const township = (town: string, village: string, id: string, name: string): Cell[][] => [
    [`${town}花名册`],
    ['姓名', '身份证号码', '民族', '乡镇', '村', '就业状态'],
    [name, id, '汉族', town, village, '失业'],
  ];
  const two = () =>
    workbookOf([
      { name: '乌帕尔镇', rows: township('乌帕尔镇', '阿亚格曼干村', makeId('653121', '19800101', '011'), '张一') },
      {
        name: '塔什米里克乡',
        rows: township('塔什米里克乡', '库木巴格村', makeId('653121', '19810101', '013'), '李二'),
      },
      {
        name: '代码',
        rows: township('乌帕尔镇', '阿亚格曼干村', makeId('653121', '19820101', '015'), '王三'),
        state: 'hidden',
      },
    ]);

  it('lists the candidates when two sheets look like rosters and none was chosen; nothing written', async () => {
    const c = await county(makeCore());
    const e = await refusedCheck(c, await two());
    expect(e).toMatchObject({
      code: 'RULE_VIOLATION',
      message:
        '文件中有2个工作表像人员名册：“乌帕尔镇”（第2行表头，识别出6列）、“塔什米里克乡”（第2行表头，识别出6列）。请选择要导入的工作表。',
      fields: { sheet: '请选择要导入的工作表' },
      details: {
        sheets: [
          { sheetName: '乌帕尔镇', headerRow: 2, matched: 6 },
          { sheetName: '塔什米里克乡', headerRow: 2, matched: 6 },
        ],
      },
    });
  });

  it('reads a sheet that matches twice the columns of the others, and offers the others as a choice (audit8 gap 11)', async () => {
    const c = await county(makeCore());
    const content = await workbookOf([
      {
        name: '已退出人员',
        rows: [
          ['姓名', '身份证号码', '退出原因'],
          ['赵六', makeId('653121', '19830101', '017'), '已就业'],
        ],
      },
      { name: '2026年花名册', rows: township('乌帕尔镇', '阿亚格曼干村', makeId('653121', '19800101', '011'), '张一') },
    ]);
    const r = await check(c, content);
    expect([r.sheetName, r.total, r.newCount]).toEqual(['2026年花名册', 1, 1]);
    expect(r.sheets).toEqual([
      { sheetName: '2026年花名册', headerRow: 2, matched: 6 },
      { sheetName: '已退出人员', headerRow: 1, matched: 2 },
    ]);
    const other = await refusedCheck(c, content, { sheet: '已退出人员' });
    expect(other.message).toContain('工作表“已退出人员”');
  });

  it('reads the chosen sheet only; a hidden sheet is never read', async () => {
    const c = await county(makeCore());
    const r = await check(c, await two(), { sheet: '塔什米里克乡' });
    expect([r.sheetName, r.total, r.newCount, r.errorRows]).toEqual(['塔什米里克乡', 1, 1, 0]);
    const e = await refusedCheck(c, await two(), { sheet: '代码' });
    expect(e.message).toBe('文件中没有名为“代码”的工作表（或该工作表是空的），请重新选择。');
  });
});
