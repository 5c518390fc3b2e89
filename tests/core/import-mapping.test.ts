import { describe, expect, it } from 'vitest';
import type { PersonImportCheck, SavedMapping } from '../../shared/contract/imports';
import { EMPLOYMENT_STATUSES } from '../../shared/enums';
import { call, makeCore, must, snapshot } from './harness';
import { county, makeId, type County } from './persons-fixtures';
import { base64, jobData, jobError, workbook, type Cell } from './import-workbooks';
import { refusedAs, refusedBadInput, refusedWith } from './refusals';

// Issue 14: the clerk's mapping — map an unknown column, ignore one, give a default — and saved mappings by
// name (settings table), applied to next month's file whose columns moved.

const ID1 = makeId('653121', '19900101', '011');
const ID2 = makeId('653121', '19910101', '022');

const march: Cell[][] = [
  ['姓名', '证号', '民族', '乡镇', '居住村', '手机', '就业状态'],
  ['张一', ID1, '汉族', '乌帕尔镇', '阿亚格曼干村', '见户主', '失业'],
  ['李二', ID2, '回族', '乌帕尔镇', '幸福路社区', null, '失业'],
];
/** Next month: columns reordered, 就业状态 dropped. */
const april: Cell[][] = [
  ['居住村', '姓名', '乡镇', '民族', '证号', '手机'],
  ['阿亚格曼干村', '张一', '乌帕尔镇', '汉族', ID1, '见户主'],
];

const check = async (c: County, rows: Cell[][], extra: Record<string, unknown> = {}) =>
  jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
    fileName: '三月.xlsx',
    contentBase64: base64(await workbook(rows)),
    ...extra,
  });

describe("imports.persons.check with the clerk's mapping", () => {
  it('without a mapping the ID column is missing: the message names it, the details list every column', async () => {
    const c = await county(makeCore());
    const e = await jobError(c.core, 'imports.persons.check', {
      fileName: 'x.xlsx',
      contentBase64: base64(await workbook(march)),
    });
    expect(e.message).toBe('第1行的表头中缺少必需的列：“公民身份号码”、“村(社区)”。请按导入模板的列名填写表头。');
    expect((e.details as { columns: unknown[] }).columns).toEqual([
      { column: 'A', header: '姓名', field: 'name' },
      { column: 'B', header: '证号', field: null },
      { column: 'C', header: '民族', field: 'ethnicity' },
      { column: 'D', header: '乡镇', field: 'township' },
      { column: 'E', header: '居住村', field: null },
      { column: 'F', header: '手机', field: 'phone' },
      { column: 'G', header: '就业状态', field: 'employmentStatus' },
    ]);
  });

  it('maps unknown columns (by letter or header text) and ignores one', async () => {
    const c = await county(makeCore());
    const r = await check(c, march, { mapping: { columns: { B: 'idNumber', 居住村: 'village', F: '' } } });
    expect(r.columns?.map((x) => [x.column, x.field, x.source])).toEqual([
      ['A', 'name', 'detected'],
      ['B', 'idNumber', 'chosen'],
      ['C', 'ethnicity', 'detected'],
      ['D', 'township', 'detected'],
      ['E', 'village', 'chosen'],
      ['F', null, 'ignored'],
      ['G', 'employmentStatus', 'detected'],
    ]);
    // 见户主 in the ignored 手机 column is not read at all.
    expect([r.total, r.newCount, r.errorRows]).toEqual([2, 2, 0]);
    expect(r.ignoredColumns).toEqual([{ column: 'F', header: '手机' }]);
  });

  it('refuses a mapping that puts one field in two columns, a letter without a header, a bad default', async () => {
    const c = await county(makeCore());
    const before = snapshot(c.core);
    const msg = async (extra: Record<string, unknown>) =>
      (
        await jobError(c.core, 'imports.persons.check', {
          fileName: 'x.xlsx',
          contentBase64: base64(await workbook(march)),
          ...extra,
        })
      ).message;
    expect(await msg({ mapping: { columns: { B: 'idNumber', E: 'village', F: 'idNumber' } } })).toBe(
      '“公民身份号码”列出现了2次（B列、F列），请只保留一列后重新导入。',
    );
    expect(await msg({ mapping: { columns: { B: 'idNumber', E: 'village', K: 'phone' } } })).toBe(
      '工作表“花名册”第1行没有 K 列的表头，无法按所选对应关系导入。',
    );
    expect(
      await msg({
        mapping: { columns: { B: 'idNumber', E: 'village' }, defaults: { employmentStatus: '务工', idNumber: '1' } },
      }),
    ).toBe(
      `默认值不正确：当前就业状态“务工”不在代码表中，可填写：${EMPLOYMENT_STATUSES.map((s) => s.label).join('、')}；“公民身份号码”每人不同，不能设默认值。`,
    );
    expect(snapshot(c.core)).toBe(before);
  });
});

describe('imports.persons.mappings: saved by name in settings', () => {
  const monthly = {
    name: '乌帕尔镇月报',
    columns: { 证号: 'idNumber', 居住村: 'village', 手机: '' },
    defaults: { employmentStatus: '失业(未就业)' },
  };

  it("saves, lists, applies to next month's reordered file, replaces and deletes, each with an audit row", async () => {
    const c = await county(makeCore());
    const saved = await must(c.core, 'imports.persons.mappings.save', monthly);
    expect(saved).toEqual([{ ...monthly, savedAt: expect.any(String) }]);
    expect(await must(c.core, 'imports.persons.mappings.list', {})).toEqual(saved);
    const audit = await must(c.core, 'audit.list', { entity: 'settings' });
    expect(audit.items[0].summary).toBe(
      '保存人员导入对应关系“乌帕尔镇月报”：证号→公民身份号码，居住村→村(社区)，手机→不导入，当前就业状态默认为“失业(未就业)”',
    );

    const r = await check(c, april, { mappingName: '乌帕尔镇月报' });
    expect(r.columns?.map((x) => [x.column, x.field])).toEqual([
      ['A', 'village'],
      ['B', 'name'],
      ['C', 'township'],
      ['D', 'ethnicity'],
      ['E', 'idNumber'],
      ['F', null],
    ]);
    expect(r.fields?.find((f) => f.field === 'employmentStatus')).toEqual({
      field: 'employmentStatus',
      label: '当前就业状态',
      required: true,
      column: null,
      defaultValue: '失业(未就业)',
    });
    expect([r.total, r.newCount, r.errorRows]).toEqual([1, 1, 0]);
    // The input's own choices override the saved ones.
    const own = await check(c, april, { mappingName: '乌帕尔镇月报', mapping: { columns: { F: 'education' } } });
    expect(own.errors.map((e) => [e.row, e.column, e.field, e.value])).toEqual([[2, 'F', '文化程度', '见户主']]);

    const replaced = await must(c.core, 'imports.persons.mappings.save', { ...monthly, defaults: {} });
    expect(replaced.map((m: SavedMapping) => [m.name, m.defaults])).toEqual([['乌帕尔镇月报', {}]]);
    expect((await must(c.core, 'audit.list', { entity: 'settings' })).items[0].summary).toMatch(
      /^更新人员导入对应关系“乌帕尔镇月报”/,
    );
    expect(await must(c.core, 'imports.persons.mappings.delete', { name: '乌帕尔镇月报' })).toEqual([]);
    const gone = await jobError(c.core, 'imports.persons.check', {
      fileName: 'x.xlsx',
      contentBase64: base64(await workbook(april)),
      mappingName: '乌帕尔镇月报',
    });
    expect(gone).toMatchObject({
      code: 'NOT_FOUND',
      message: '没有名为“乌帕尔镇月报”的对应关系，可能已被删除，请重新选择。',
    });
  });

  it('refuses column letters, unknown fields and an empty name; nothing saved', async () => {
    const c = await county(makeCore());
    const before = snapshot(c.core);
    const e1 = await call(c.core, 'imports.persons.mappings.save', { name: '甲', columns: { B: 'idNumber' } });
    expect(e1).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: '保存的对应关系应按表头文字记录列（而不是列号“B”），以便下个月列的顺序变化时仍能对应。',
      },
    });
    const e2 = await call(c.core, 'imports.persons.mappings.save', { name: '甲', columns: { 证号: 'passport' } });
    expect(e2).toMatchObject(refusedWith('表头“证号”要对应的字段“passport”不存在。'));
    const e3 = await call(c.core, 'imports.persons.mappings.save', { name: ' ', columns: {} });
    expect(e3).toMatchObject(refusedBadInput({ name: '请填写对应关系名称' }));
    const e4 = await call(c.core, 'imports.persons.mappings.delete', { name: '乙' });
    expect(e4).toMatchObject(refusedAs('NOT_FOUND', '没有名为“乙”的对应关系。'));
    expect(snapshot(c.core)).toBe(before);
  });
});
