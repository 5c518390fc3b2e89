import { describe, expect, it } from 'vitest';
import { ID_DAMAGED_MESSAGE } from '../../electron/core/excel/import/values';
import type { PersonImportCheck } from '../../shared/contract/imports';
import { makeCore, must, snapshot } from './harness';
import { county, wrongCheck } from './persons-fixtures';
import { base64, jobData, workbook } from './import-workbooks';
import { IDS, checkTraps, registerExisting } from './import-traps';
import { encodeGbk } from './gbk';

// Issue 4 item 4: the dry run of the person import, on a workbook built here with each of Excel's traps:
// title rows, a two-row merged header, synonyms, full-width digits, lowercase x, an ID stored as a number and
// one as 6.5E+17 text, dates in five forms, an unknown 乡镇, an ID twice in the file, registered persons with
// and without changes. Every error is asserted by row, column and Chinese message (VR-01..VR-05).

describe('imports.persons.check: the dry run lists every error by row and column', () => {
  it('reads past the title rows and the merged two-row header, and reports each trap exactly', async () => {
    const c = await county(makeCore());
    await registerExisting(c);
    const r = await checkTraps(c);
    expect(r.ignoredColumns).toEqual([{ column: 'A', header: '序号' }]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.value, e.message])).toEqual([
      [7, 'C', '公民身份号码', '653121199001011200', ID_DAMAGED_MESSAGE],
      [8, 'C', '公民身份号码', '6.53121E+17', ID_DAMAGED_MESSAGE],
      [
        13,
        'I',
        '乡镇(街道)',
        '不存在镇',
        '乡镇(街道)“不存在镇”不在本县的行政区划中，请检查名称，或先在“设置 → 行政区划”中添加',
      ],
      [14, 'C', '公民身份号码', IDS.dup, '公民身份号码与第 15 行重复，不同的列：B列姓名，请核对后只保留一行'],
      [15, 'C', '公民身份号码', IDS.dup, '公民身份号码与第 14 行重复，不同的列：B列姓名，请核对后只保留一行'],
      [18, 'C', '公民身份号码', wrongCheck(IDS.serial).bad, `公民身份号码校验位错误，应为 ${IDS.serial[17]}`],
      [19, 'E', '民族', '火星族', '民族“火星族”不在代码表中，请填写如“维吾尔族”“汉族”，或从导入模板的下拉列表中选择'],
      [20, 'D', '性别', '男', '性别与公民身份号码第17位不符，按公民身份号码应为“女”'],
      [20, 'F', '出生日期', '1995-05-06', '出生日期 1995-05-06 与公民身份号码中的出生日期 1995-05-05 不符'],
    ]);
    // 15 data rows (the blank row 9 is not one): 5 new, 1 changed, 1 unchanged, 8 rows with 9 errors.
    expect({
      total: r.total,
      valid: r.valid,
      errorRows: r.errorRows,
      errorCount: r.errorCount,
      newCount: r.newCount,
      unchanged: r.unchangedCount,
    }).toEqual({
      total: 15,
      valid: 7,
      errorRows: 8,
      errorCount: 9,
      newCount: 5,
      unchanged: 1,
    });
    expect(r.matched).toEqual([
      {
        row: 16,
        personId: expect.any(String),
        name: '古丽',
        idNumberMasked: `${IDS.changed.slice(0, 6)}********${IDS.changed.slice(14)}`,
        changes: [{ field: 'phone', label: '联系电话', from: '13899012345', to: '13900001111' }],
      },
    ]);
  });

  it('writes nothing', async () => {
    const c = await county(makeCore());
    await registerExisting(c);
    const before = (await must(c.core, 'persons.list', {})).total;
    const audit = (await must(c.core, 'audit.list', {})).items.length;
    await checkTraps(c);
    expect((await must(c.core, 'persons.list', {})).total).toBe(before);
    expect((await must(c.core, 'audit.list', {})).items.length).toBe(audit);
  });

  it('lists every field a registered person would change, in Chinese labels; blank cells change nothing', async () => {
    const c = await county(makeCore());
    const { changed } = await registerExisting(c);
    const buf = await workbook([
      [
        '姓名',
        '公民身份号码',
        '民族',
        '文化程度',
        '乡镇(街道)',
        '村(社区)',
        '当前就业状态',
        '就业困难人员',
        '联系电话',
        '详细地址',
      ],
      ['古丽', IDS.changed, '汉族', '大学本科', '塔什米里克乡', '库木巴格村', '单位就业', '是', null, null],
    ]);
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '更新.xlsx',
      contentBase64: base64(buf),
    });
    expect(r.matched[0].personId).toBe(changed.id);
    expect(r.matched[0].changes.map((x) => [x.label, x.from, x.to])).toEqual([
      ['民族', '维吾尔族', '汉族'],
      ['文化程度', '初中', '大学本科'],
      ['村(社区)', '乌帕尔镇/阿亚格曼干村', '塔什米里克乡/库木巴格村'],
      ['当前就业状态', '失业(未就业)', '单位就业'],
      ['就业困难人员', '否', '是'],
    ]);
  });

  it('refuses a registered ID under another name, as the roster imports do: no change to tick (audit4 gap 6)', async () => {
    const c = await county(makeCore());
    await registerExisting(c);
    const buf = await workbook([
      ['姓名', '公民身份号码', '民族', '乡镇(街道)', '村(社区)', '当前就业状态', '联系电话'],
      ['古丽·艾力', IDS.changed, '维吾尔族', '乌帕尔镇', '阿亚格曼干村', '失业(未就业)', '13900001111'],
    ]);
    const before = snapshot(c.core);
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '更新.xlsx',
      contentBase64: base64(buf),
    });
    expect(snapshot(c.core)).toBe(before);
    expect([r.newCount, r.matched, r.unchangedCount, r.errorRows]).toEqual([0, [], 0, 1]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.value, e.message])).toEqual([
      [2, 'A', '姓名', '古丽·艾力', '姓名“古丽·艾力”与已登记的“古丽”不符，请核对姓名和公民身份号码'],
    ]);
  });

  it('reads CSV files, with IDs kept as text', async () => {
    const c = await county(makeCore());
    const csv = `姓名,公民身份号码,民族,乡镇(街道),村(社区),当前就业状态\n李娜,${IDS.compact},汉族,乌帕尔镇,幸福路社区,失业(未就业)\n`;
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '名单.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect([r.total, r.newCount, r.errorRows]).toEqual([1, 1, 0]);
  });

  it('reads a GBK-encoded CSV as saved by Chinese Excel: Chinese headers, values and messages, then commits', async () => {
    const c = await county(makeCore());
    const csv =
      '姓名,公民身份号码,民族,乡镇(街道),村(社区),当前就业状态\r\n' +
      `阿依古丽·买买提,${IDS.chinese},维吾尔族,乌帕尔镇,阿亚格曼干村,失业(未就业)\r\n` +
      `李娜,${IDS.compact},火星族,塔什米里克乡,库木巴格村,灵活就业\r\n`;
    const contentBase64 = encodeGbk(csv).toString('base64');
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '名单.csv',
      contentBase64,
    });
    expect([r.total, r.newCount, r.errorRows]).toEqual([2, 1, 1]);
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.value, e.message])).toEqual([
      [3, 'C', '民族', '火星族', '民族“火星族”不在代码表中，请填写如“维吾尔族”“汉族”，或从导入模板的下拉列表中选择'],
    ]);
    const done = await jobData<{ created: number }>(c.core, 'imports.persons.commit', {
      token: r.token,
      updateMatched: [],
      skipInvalidRows: true,
    });
    expect(done.created).toBe(1);
    expect(
      c.core.ctx.db
        .prepare('SELECT name, ethnicity, residence_region_id AS village, employment_status AS status FROM persons')
        .all(),
    ).toEqual([{ name: '阿依古丽·买买提', ethnicity: '05', village: c.village1, status: '10' }]);
  });
});
