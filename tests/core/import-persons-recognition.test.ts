import { describe, expect, it } from 'vitest';
import type { PersonImportCheck, PersonImportResult } from '../../shared/contract/imports';
import { makeCore, must, snapshot } from './harness';
import { base64, jobData, jobError, workbook } from './import-workbooks';
import { county, makeId } from './persons-fixtures';

// Issue 11: the roster's 就业困难人员 / 认定日期 / 认定类别 columns create back-filled (补录) recognitions through the
// same dry run and commit as every other column; bad values are reported by row and column and nothing is written.
const HEAD = [
  '姓名',
  '公民身份号码',
  '民族',
  '乡镇(街道)',
  '村(社区)',
  '当前就业状态',
  '就业困难人员',
  '认定日期',
  '认定类别',
  '低保',
];
const row = (name: string, id: string, flag: string | null, date: string | null, cats: string | null, dibao = '否') => [
  name,
  id,
  '维吾尔族',
  '乌帕尔镇',
  '阿亚格曼干村',
  '失业(未就业)',
  flag,
  date,
  cats,
  dibao,
];

describe('person import with recognition columns', () => {
  it("creates back-filled recognitions with the file's date and categories, or the record's", async () => {
    const c = await county(makeCore());
    const file = await workbook([
      HEAD,
      row('古丽', makeId('653121', '19700101', '024'), '是', '2024-03-15', '大龄失业人员、低保', '是'),
      row('艾力', makeId('653121', '19800101', '013'), null, '2023-06-01', null, '是'),
      row('米娜', makeId('653121', '19900101', '044'), '否', null, null),
    ]);
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '名单.xlsx',
      contentBase64: base64(file),
    });
    expect(check.errorCount).toBe(0);
    const done = await jobData<PersonImportResult>(c.core, 'imports.persons.commit', { token: check.token });
    expect(done.created).toBe(3);
    const rows = c.core.ctx.db
      .prepare(
        `SELECT p.name, r.categories, r.primary_category, r.recognition_date, r.status, r.backfilled, p.is_difficult
      FROM recognitions r JOIN persons p ON p.id = r.person_id ORDER BY p.name`,
      )
      .all();
    expect(rows).toEqual([
      {
        name: '古丽',
        categories: 'K01,K03',
        primary_category: 'K01',
        recognition_date: '2024-03-15',
        status: '03',
        backfilled: 1,
        is_difficult: 1,
      },
      {
        name: '艾力',
        categories: 'K03',
        primary_category: 'K03',
        recognition_date: '2023-06-01',
        status: '03',
        backfilled: 1,
        is_difficult: 1,
      },
    ]);
    const mina = c.core.ctx.db.prepare("SELECT is_difficult FROM persons WHERE name = '米娜'").pluck().get();
    expect(mina).toBe(0);
    const history = await must(c.core, 'recognitions.listByPerson', {
      personId: c.core.ctx.db.prepare("SELECT id FROM persons WHERE name = '古丽'").pluck().get() as string,
    });
    expect(history.items[0]).toMatchObject({
      stageLabel: '已认定',
      backfilled: true,
      steps: [{ stepLabel: '补录', date: '2024-03-15' }],
    });
  });

  it('reports an unknown category, a future date and 否 with a date by row and column; committing nothing', async () => {
    const c = await county(makeCore());
    const file = await workbook([
      HEAD,
      row('古丽', makeId('653121', '19700101', '024'), '是', null, '大龄、外来务工'),
      row('艾力', makeId('653121', '19800101', '013'), '是', '2026-12-01', null),
      row('米娜', makeId('653121', '19900101', '044'), '否', '2024-01-01', null),
    ]);
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: '名单.xlsx',
      contentBase64: base64(file),
    });
    expect(check.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [2, 'I', '认定类别', '认定类别“外来务工”不在就业困难人员类别中，请填写如“大龄失业人员”“低保对象”的类别名称'],
      [3, 'H', '认定日期', '认定日期不能晚于今天（2026-11-28）'],
      [4, 'G', '就业困难人员', '填写了认定日期或认定类别的人员应为就业困难人员，请填“是”'],
    ]);
    const before = snapshot(c.core);
    expect((await jobError(c.core, 'imports.persons.commit', { token: check.token })).code).toBe('RULE_VIOLATION');
    expect(snapshot(c.core)).toBe(before);
  });
});
