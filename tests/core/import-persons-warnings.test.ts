import { describe, expect, it } from 'vitest';
import type { PersonImportCheck } from '../../shared/contract/imports';
import { makeCore, must } from './harness';
import { county, makeId, personInput } from './persons-fixtures';
import { base64, jobData, workbook } from './import-workbooks';
import { PERSON_ROSTER_HEAD } from '../roster-columns';

// The person import's 需要核对的行 (DOMAIN §3.1 employment_status, BR-03): a row that records someone under 16 or
// past the statutory retirement date as 失业(未就业) is imported as it is, listed with the person form's words.
// TODAY is 2026-11-28.

const CHILD = makeId('653121', '20120301', '011'); // 14
const WOMAN_1970 = makeId('653121', '19700101', '022'); // F50: retired 2020
const MAN_1980 = makeId('653121', '19800202', '031');
const STUDENT = makeId('653121', '20120505', '041');
const MAN_1950 = makeId('653121', '19500505', '051'); // registered, 单位就业; the file makes him 失业

const row = (name: string, id: string, status: string) => [
  name,
  id,
  '维吾尔族',
  '初中',
  '13899012345',
  '乌帕尔镇',
  '阿亚格曼干村',
  '',
  status,
];

describe('imports.persons.check: 失业 outside working age is pointed out, not refused', () => {
  it('lists new and changed rows of a child or a retired person as 失业, with row, column and value', async () => {
    const c = await county(makeCore());
    await must(c.core, 'persons.create', personInput(c, { idNumber: MAN_1950, employmentStatus: '21' }));
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(
        await workbook([
          PERSON_ROSTER_HEAD,
          row('阿依古丽', CHILD, '失业(未就业)'),
          row('古丽娜尔', WOMAN_1970, '失业(未就业)'),
          row('买买提', MAN_1980, '失业(未就业)'),
          row('努尔', STUDENT, '入学'),
          row('阿不都热合曼·买买提', MAN_1950, '失业(未就业)'),
        ]),
      ),
    });
    expect(check.errors).toEqual([]);
    expect({ newCount: check.newCount, matched: check.matched.length }).toEqual({ newCount: 4, matched: 1 });
    expect(check.warningCount).toBe(3);
    expect(check.warnings?.map((w) => [w.row, w.column, w.field, w.value])).toEqual([
      [2, 'I', '当前就业状态', '失业(未就业)'],
      [3, 'I', '当前就业状态', '失业(未就业)'],
      [6, 'I', '当前就业状态', '失业(未就业)'],
    ]);
    const [child, woman, man] = check.warnings!.map((w) => w.message);
    expect(child).toBe('该人员14周岁，未满16周岁，不在劳动年龄内，当前就业状态一般不应为“失业(未就业)”，请核对');
    expect(woman).toBe('该人员已于2020-01-01达到法定退休年龄，当前就业状态一般不应为“失业(未就业)”，请核对');
    expect(man).toMatch(/^该人员已于2010-05-05达到法定退休年龄，/);

    // Imported as they are.
    await jobData(c.core, 'imports.persons.commit', { token: check.token, updateMatched: ['6'] });
    const status = c.core.ctx.db.prepare('SELECT employment_status FROM persons WHERE id_number = ?').pluck();
    expect([status.get(CHILD), status.get(MAN_1950)]).toEqual(['10', '10']);
  });

  it('lists the warnings persons.create gives (户籍非新疆, phone) with the row, column and value, and imports them', async () => {
    const c = await county(makeCore());
    const OUTSIDE = makeId('110101', '19850101', '061'); // Beijing: 户籍非新疆
    const phoneRow = row('艾力', MAN_1980, '失业(未就业)');
    phoneRow[4] = '12345';
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(await workbook([PERSON_ROSTER_HEAD, row('张伟', OUTSIDE, '失业(未就业)'), phoneRow])),
    });
    expect(check.errors).toEqual([]);
    // The same words persons.create returns for those values.
    const created = await must(c.core, 'persons.create', personInput(c, { idNumber: OUTSIDE, phone: '12345' }));
    expect(check.warnings?.map((w) => [w.row, w.column, w.field, w.value, w.message])).toEqual([
      [2, 'B', '公民身份号码', OUTSIDE, created.warnings.idNumber],
      [3, 'E', '联系电话', '12345', created.warnings.phone],
    ]);
    expect(created.warnings).toEqual({ idNumber: '户籍非新疆', phone: '联系电话格式不常见，请核对' });
    expect(check.warningCount).toBe(2);
  });
});

describe('imports.persons.check: the account column (audit4 gap 2)', () => {
  const CARD = '6222021234567894';
  const bankRow = (name: string, id: string, card: string) => [...row(name, id, '失业(未就业)'), card, '农行疏附支行'];

  it('reads the RPT-06 header 社会保障卡号(银行账号) as the account, beside 开户行', async () => {
    const c = await county(makeCore());
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(
        await workbook([[...PERSON_ROSTER_HEAD, '社会保障卡号(银行账号)', '开户行'], bankRow('丁某', MAN_1980, CARD)]),
      ),
    });
    expect(check.errors).toEqual([]);
    expect(check.ignoredColumns).toEqual([]);
    expect(check.warnings).toEqual([]);
    await jobData(c.core, 'imports.persons.commit', { token: check.token });
    const stored = c.core.ctx.db
      .prepare('SELECT bank_card_no, bank_name FROM persons WHERE id_number = ?')
      .get(MAN_1980);
    expect(stored).toEqual({ bank_card_no: CARD, bank_name: '农行疏附支行' });
  });

  it('drops the apostrophe typed before an account to keep it as text (audit4 file B row 6)', async () => {
    const c = await county(makeCore());
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(
        await workbook([[...PERSON_ROSTER_HEAD, '社保卡卡号', '开户行'], bankRow('丁某', MAN_1980, `'${CARD}`)]),
      ),
    });
    expect([check.errors, check.warnings]).toEqual([[], []]);
    await jobData(c.core, 'imports.persons.commit', { token: check.token });
    const card = c.core.ctx.db.prepare('SELECT bank_card_no FROM persons WHERE id_number = ?').pluck();
    expect(card.get(MAN_1980)).toBe(CARD);
  });

  it('points out a 开户行 written for someone left without an account, on the 开户行 cell', async () => {
    const c = await county(makeCore());
    // A registered person who has an account keeps it: no warning for him.
    await must(c.core, 'persons.create', personInput(c, { idNumber: MAN_1950, bankCardNo: CARD, bankName: '农行' }));
    const check = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'a.xlsx',
      contentBase64: base64(
        await workbook([
          [...PERSON_ROSTER_HEAD, '代发账号信息', '开户行'],
          bankRow('丁某', MAN_1980, CARD),
          bankRow('阿不都热合曼·买买提', MAN_1950, CARD),
        ]),
      ),
    });
    expect(check.ignoredColumns).toEqual([{ column: 'J', header: '代发账号信息' }]);
    const bank = check.warnings?.filter((w) => w.field === '开户行');
    expect(bank?.map((w) => [w.row, w.column, w.field, w.value, w.message])).toEqual([
      [
        2,
        'K',
        '开户行',
        '农行疏附支行',
        '填写了开户行，但没有社保卡/银行卡号，发放补贴时无法付款。如文件中有卡号列，请在“列的对应关系”中把它对应为“社保卡/银行卡号”',
      ],
    ]);
  });
});
