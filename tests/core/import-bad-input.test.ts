import { describe, expect, it } from 'vitest';
import { ID_DAMAGED_MESSAGE } from '../../electron/core/excel/import/values';
import { LEGACY_ID_MESSAGE } from '../../shared/domain/id-number';
import { ENCRYPTED_MESSAGE } from '../../electron/core/excel/read-table';
import type { PersonImportCheck } from '../../shared/contract/imports';
import { makeCore, snapshot } from './harness';
import { county, makeId, type County } from './persons-fixtures';
import { base64, jobData, jobError, workbook, workbookOf, type Cell } from './import-workbooks';
import { NEW_OK, check as checkRegistrations, roster, scene } from './import-registrations-scene';

// Issue 14, bad input: each file or cell gets a clear Chinese message naming the sheet, row or column, and
// nothing is written.

const HEAD: Cell[] = ['姓名', '公民身份号码', '民族', '乡镇(街道)', '村(社区)', '当前就业状态', '出生日期'];
const person = (name: string, id: Cell, birth: Cell = null): Cell[] => [
  name,
  id,
  '汉族',
  '乌帕尔镇',
  '阿亚格曼干村',
  '失业',
  birth,
];
const fullWidth = (s: string) => s.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const serialOf = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

async function refused(c: County, fileName: string, content: Buffer, extra: Record<string, unknown> = {}) {
  const before = snapshot(c.core);
  const e = await jobError(c.core, 'imports.persons.check', { fileName, contentBase64: base64(content), ...extra });
  expect(snapshot(c.core)).toBe(before);
  return e.message;
}

describe('files that cannot be read', () => {
  it('a password-protected workbook is named as such', async () => {
    const c = await county(makeCore());
    // An encrypted .xlsx is an OLE compound file holding the streams EncryptionInfo and EncryptedPackage.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptionInfo', 'utf16le'),
      Buffer.alloc(64),
    ]);
    expect(await refused(c, '加密.xlsx', ole)).toBe(ENCRYPTED_MESSAGE);
  });

  it('a damaged workbook (cut short) and a workbook whose sheets are all empty', async () => {
    const c = await county(makeCore());
    const good = await workbook([HEAD, person('张三', makeId('653121', '19900101', '011'))]);
    expect(await refused(c, '损坏.xlsx', good.subarray(0, Math.floor(good.length / 2)))).toBe(
      '文件已损坏或格式不正确，无法读取。请用 Excel 打开确认后另存为 .xlsx 再导入。',
    );
    const empty = await workbookOf([
      { name: 'Sheet1', rows: [] },
      { name: 'Sheet2', rows: [[null, '  ']] },
    ]);
    expect(await refused(c, '空.xlsx', empty)).toBe('文件中没有数据（所有工作表都是空的）。');
  });

  it('a chosen sheet that is empty, and a roster sheet with a header but no rows', async () => {
    const c = await county(makeCore());
    const wb = await workbookOf([
      { name: '名单', rows: [['标题'], HEAD, [], ['合计', null, null, null, null, null, '0']] },
      { name: '空表', rows: [] },
    ]);
    expect(await refused(c, 'x.xlsx', wb, { sheet: '空表' })).toBe(
      '文件中没有名为“空表”的工作表（或该工作表是空的），请重新选择。',
    );
    expect(await refused(c, 'x.xlsx', wb)).toBe('第2行是表头，但表头下面没有数据行。请填写数据后再导入。');
  });
});

describe('cells that cannot be read, by row and column', () => {
  // VR-02: refused, never converted; the message gives the 18-digit number (19 inserted, check digit computed).
  const ID_15_MESSAGE = `${LEGACY_ID_MESSAGE}（按规则转换为18位是 653121199001011230，请与本人证件核对）`;
  const ID1 = makeId('653121', '19900101', '011');
  const ID2 = makeId('653121', '19861128', '023');

  it('15-digit IDs, IDs stored as numbers, duplicates within the file; nothing written', async () => {
    const c = await county(makeCore());
    const before = snapshot(c.core);
    const rows: Cell[][] = [
      HEAD,
      person('甲', '653121900101123'), // 2 first-generation ID as text
      person('乙', 653121900101123), // 3 ... and as a number
      person('丙', Number(ID1)), // 4 18 digits in a number cell: digits lost
      person('丁', ID2), // 5
      person('戊', fullWidth(ID2)), // 6 the same ID in full-width digits
      person('己', ID1.toLowerCase()), // 7
    ];
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'x.xlsx',
      contentBase64: base64(await workbook(rows)),
    });
    expect(r.errors.map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [2, 'B', '公民身份号码', ID_15_MESSAGE],
      [3, 'B', '公民身份号码', ID_15_MESSAGE],
      [4, 'B', '公民身份号码', ID_DAMAGED_MESSAGE],
      [5, 'B', '公民身份号码', '公民身份号码与第 6 行重复，不同的列：A列姓名，请核对后只保留一行'],
      [6, 'B', '公民身份号码', '公民身份号码与第 5 行重复，不同的列：A列姓名，请核对后只保留一行'],
    ]);
    expect([r.total, r.newCount, r.errorRows]).toEqual([6, 1, 5]);
    expect(snapshot(c.core)).toBe(before);
  });

  it('dates in every form clerks type, full-width digits included; an impossible one is named', async () => {
    const c = await county(makeCore());
    const born = '1986-11-28';
    const forms: Cell[] = [
      '1986.11.28',
      '1986年11月28日',
      '19861128',
      19861128,
      serialOf(born),
      new Date(`${born}T00:00:00Z`),
      '1986/11/28',
      '1986-11-28',
      fullWidth('1986.11.28'),
      '1986.11.28 00:00:00',
    ];
    const rows: Cell[][] = [
      HEAD,
      ...forms.map((f, i) =>
        person('甲乙丙丁戊己庚辛壬癸'[i] + '某', makeId('653121', '19861128', String(100 + i * 2 + 1).slice(-3)), f),
      ),
    ];
    rows.push(person('错', makeId('653121', '19861128', '201'), '1986.11.31'));
    rows.push(person('晚', makeId('653121', '19861128', '211'), '1986.12.28'));
    const r = await jobData<PersonImportCheck>(c.core, 'imports.persons.check', {
      fileName: 'x.xlsx',
      contentBase64: base64(await workbook(rows)),
    });
    expect(r.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [12, 'G', '日期“1986.11.31”不存在，请检查月份和日期'],
      [13, 'G', '出生日期 1986-12-28 与公民身份号码中的出生日期 1986-11-28 不符'],
    ]);
    expect(r.newCount).toBe(forms.length);
  });
});

describe('VR-02: a 15-digit ID in a roster import', () => {
  it('the 失业登记 roster refuses it by row and column with the 18-digit number it converts to; nothing written', async () => {
    const s = await scene();
    const rows = roster();
    rows[3][2] = `${NEW_OK.slice(0, 6)}${NEW_OK.slice(8, 17)}`; // row 4: the same person's first-generation number
    const before = snapshot(s.core);
    const r = await checkRegistrations(s, rows);
    expect(snapshot(s.core)).toBe(before);
    expect(r.errors.filter((e) => e.row === 4).map((e) => [e.row, e.column, e.field, e.message])).toEqual([
      [4, 'C', '公民身份号码', `${LEGACY_ID_MESSAGE}（按规则转换为18位是 ${NEW_OK}，请与本人证件核对）`],
    ]);
  });
});
