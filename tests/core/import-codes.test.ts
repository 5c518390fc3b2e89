import { describe, expect, it } from 'vitest';
import type { PersonImportCheck } from '../../shared/contract/imports';
import {
  educationCode,
  employmentStatusCode,
  ethnicityCode,
  yesNo,
  type CodeRead,
} from '../../electron/core/modules/imports/person-codes';
import { makeCore } from './harness';
import { county, makeId } from './persons-fixtures';
import { base64, jobData, workbook } from './import-workbooks';
import { PERSON_ROSTER_HEAD } from '../roster-columns';

// audit4 gap 3: coded values as township rosters write them. Only spellings that name one code of DOMAIN §4
// (E02, E03, E09) are read; the ones that could be two codes stay refused with the list of what may be written.

const readers: Record<string, (text: string) => CodeRead> = {
  民族: ethnicityCode,
  文化程度: educationCode,
  当前就业状态: employmentStatusCode,
};

describe('code synonyms of real rosters', () => {
  it.each([
    ['民族', '维族', '05'],
    ['民族', '维', '05'],
    ['民族', '维吾尔', '05'],
    ['民族', '汉', '01'],
    ['当前就业状态', '无业', '10'],
    ['当前就业状态', '待业', '10'],
    ['当前就业状态', '失业人员', '10'],
    ['当前就业状态', '在校', '30'],
    ['当前就业状态', '在校生', '30'],
    ['当前就业状态', '学生', '30'],
    ['当前就业状态', '个体户', '23'],
    ['当前就业状态', '公益岗', '24'],
    ['文化程度', '初中毕业', '70'],
    ['文化程度', '高中毕业', '60'],
    ['文化程度', '小学毕业', '80'],
    ['文化程度', '大专毕业', '30'],
    ['文化程度', '本科毕业生', '20'],
    ['文化程度', '职业高中', '40'],
    ['文化程度', '技工学校', '40'],
  ])('%s “%s” → %s', (field, text, code) => {
    expect(readers[field](text)).toEqual({ ok: true, value: code });
  });

  it.each([
    ['民族', '哈'], // 哈萨克族 or 哈尼族
    ['民族', '塔'], // 塔吉克族 or 塔塔尔族
    ['当前就业状态', '务工'], // 单位就业 or 灵活就业
    ['当前就业状态', '打工'],
    ['当前就业状态', '已就业'],
    ['文化程度', '小学以下'], // 小学 or 其他(含文盲半文盲)
    ['文化程度', '初中肄业'],
  ])('%s “%s” stays refused, naming the field and the value', (field, text) => {
    const r = readers[field](text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(new RegExp(`^${field}“${text}”不在代码表中，`));
  });

  it.each([
    ['低保户', true],
    ['低保对象', true],
    ['低保', true],
    ['非低保户', false],
    ['是', true],
    ['否', false],
  ])('a 低保 column reads “%s” as %s', (text, value) => {
    expect(yesNo('低保', text)).toEqual({ ok: true, value });
  });

  it('a 低保 column still refuses another household word', () => {
    expect(yesNo('低保', '五保户')).toEqual({ ok: false, message: '低保应填写“是”或“否”，实际为“五保户”' });
  });
});

describe('imports.persons.check reads the roster spellings (audit4 file A)', () => {
  it('维 / 失业人员 / 初中毕业 / 低保户 pass, with what they were read as', async () => {
    const c = await county(makeCore());
    const ID = makeId('653121', '19900315', '013');
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(
        await workbook([
          [...PERSON_ROSTER_HEAD, '低保'],
          ['艾力', ID, '维', '初中毕业', '13899012345', '乌帕尔镇', '阿亚格曼干村', '', '失业人员', '低保户'],
        ]),
      ),
    });
    expect(check.errors).toEqual([]);
    expect(check.newCount).toBe(1);
    // The preview shows what each spelling was read as.
    expect(check.readings).toEqual([
      { column: 'C', field: '民族', written: '维', readAs: '维吾尔族', rows: 1 },
      { column: 'D', field: '文化程度', written: '初中毕业', readAs: '初中', rows: 1 },
      { column: 'I', field: '当前就业状态', written: '失业人员', readAs: '失业(未就业)', rows: 1 },
    ]);
    await jobData(c.core, 'imports.persons.commit', { token: check.token });
    const stored = c.core.ctx.db
      .prepare('SELECT ethnicity, education, employment_status, dibao FROM persons WHERE id_number = ?')
      .get(ID);
    expect(stored).toEqual({ ethnicity: '05', education: '70', employment_status: '10', dibao: 1 });
  });

  it('a name padded with spaces (张　三, 王 五: file A rows 6 and 9) is imported without them', async () => {
    const c = await county(makeCore());
    const [ZHANG, WANG] = [makeId('653121', '19880101', '011'), makeId('653121', '19920506', '021')];
    const person = (name: string, id: string) => [name, id, '汉族', '高中', '', '乌帕尔镇', '阿亚格曼干村', '', '失业'];
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(await workbook([PERSON_ROSTER_HEAD, person('张\u3000三', ZHANG), person(' 王 五 ', WANG)])),
    });
    expect(check.errors).toEqual([]);
    expect(check.readings?.filter((r) => r.field === '姓名')).toEqual([
      { column: 'A', field: '姓名', written: '张 三', readAs: '张三', rows: 1 },
      { column: 'A', field: '姓名', written: '王 五', readAs: '王五', rows: 1 },
    ]);
    await jobData(c.core, 'imports.persons.commit', { token: check.token });
    const name = c.core.ctx.db.prepare('SELECT name FROM persons WHERE id_number = ?').pluck();
    expect([name.get(ZHANG), name.get(WANG)]).toEqual(['张三', '王五']);
  });

  it('a mobile written +86 … or with hyphens is stored as its 11 digits, without a warning (file A)', async () => {
    const c = await county(makeCore());
    const [A, B] = [makeId('653121', '19880101', '011'), makeId('653121', '19920506', '021')];
    const person = (name: string, id: string, phone: string) => [
      name,
      id,
      '汉族',
      '高中',
      phone,
      '乌帕尔镇',
      '阿亚格曼干村',
      '',
      '失业',
    ];
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(
        await workbook([PERSON_ROSTER_HEAD, person('张伟', A, '138-9901-2302'), person('李娜', B, '+86 13899012345')]),
      ),
    });
    expect([check.errors, check.warnings]).toEqual([[], []]);
    await jobData(c.core, 'imports.persons.commit', { token: check.token });
    const phone = c.core.ctx.db.prepare('SELECT phone FROM persons WHERE id_number = ?').pluck();
    expect([phone.get(A), phone.get(B)]).toEqual(['13899012302', '13899012345']);
  });
});
