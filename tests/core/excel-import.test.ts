import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/result';
import { canonicalHeader, mapColumns, type HeaderSpec } from '../../electron/core/excel/import/headers';
import { mappedRows, readImportTable } from '../../electron/core/excel/import/rows';
import { PERSON_HEADER_SPECS } from '../../electron/core/excel/import/person-headers';
import { readDateCell } from '../../electron/core/excel/import/dates';
import { ID_DAMAGED_MESSAGE, readIdNumberCell, readTextCell } from '../../electron/core/excel/import/values';
import { RowErrorCollector } from '../../electron/core/excel/import/errors';
import { readTable } from '../../electron/core/excel/read-table';

type Cell = ExcelJS.CellValue;

/** Builds an .xlsx in memory: rows of values, then merges like 'A1:H1'. */
async function workbook(rows: Cell[][], merges: string[] = []): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      if (v !== null && v !== undefined) ws.getCell(i + 1, c + 1).value = v;
    });
  });
  for (const m of merges) ws.mergeCells(m);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function failure(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe('RULE_VIOLATION');
  return (e as AppError).message;
}

/** What a person import would do with each row: normalise and collect errors by row and column. */
function normaliseRows(table: Awaited<ReturnType<typeof readImportTable>>) {
  const errors = new RowErrorCollector();
  const label = (key: string) => PERSON_HEADER_SPECS.find((s) => s.key === key)!.label;
  const out = mappedRows(table).map(({ row, cells }) => {
    const id = readIdNumberCell(cells.idNumber);
    if (!id.ok) errors.add(row, table.map.columns.idNumber, label('idNumber'), cells.idNumber, id.message);
    const birth = readDateCell(cells.birthDate ?? null);
    if (!birth.ok) errors.add(row, table.map.columns.birthDate, label('birthDate'), cells.birthDate, birth.message);
    return {
      row,
      name: readTextCell(cells.name),
      idNumber: id.ok ? id.value : undefined,
      birthDate: birth.ok ? birth.value : undefined,
      phone: readTextCell(cells.phone ?? null),
      township: readTextCell(cells.township ?? null),
      village: readTextCell(cells.village ?? null),
      education: readTextCell(cells.education ?? null),
    };
  });
  return { out, errors: errors.errors };
}

describe('import: header below title rows, synonyms and traps in the values', () => {
  const rows: Cell[][] = [
    ['天山区就业困难人员花名册'],
    ['填报单位：天山区就业服务中心', null, null, null, '2024年3月'],
    ['序号', '姓 名', '身份证号码', '性别', '民族', '出生日期', '手机号', '所属乡镇', '村（社区）', '学历'],
    [
      1,
      '张三',
      '６５０１０２１９９００１０１１２３ｘ',
      '男',
      '汉族',
      new Date(Date.UTC(1990, 0, 1)),
      13812345678,
      '东门街道',
      '一社区',
      '高中',
    ],
    [],
    [
      2,
      '  阿不都热合曼·买买提 ',
      650102199001011200,
      '男',
      '维吾尔族',
      32874,
      '139 0000 1111',
      '东门街道',
      '二社区',
      '大学',
    ],
    [3, '李四', '6.50102E+17', '女', '汉族', '2020.3.5', null, '西门街道', '三社区', null],
    [4, '王五', ' 650102197003034321 ', '男', '回族', '2020年3月5日', null, '西门街道', '三社区', null],
    [5, '赵六', '650102200004045678', '女', '汉族', '20200305', null, '西门街道', '三社区', null],
    [6, '钱七', '65010219850202123x', '女', '汉族', 20200305, null, '西门街道', '三社区', null],
    [7, '孙八', '650102198502021234', '男', '汉族', '2020-02-30', null, '西门街道', '三社区', null],
    [8],
  ];

  it('finds the header on row 3, maps synonyms and reports the unknown column', async () => {
    const t = await readImportTable('花名册.xlsx', await workbook(rows, ['A1:J1']), PERSON_HEADER_SPECS);
    expect(t.map).toMatchObject({ headerRow: 3, headerRows: 1, firstDataRow: 4 });
    expect(t.map.columns).toEqual({
      name: 1,
      idNumber: 2,
      sex: 3,
      ethnicity: 4,
      birthDate: 5,
      phone: 6,
      township: 7,
      village: 8,
      education: 9,
    });
    expect(t.map.unmapped).toEqual([{ column: 'A', header: '序号' }]);
    // Row 5 is blank and row 12 holds only a 序号: both skipped.
    expect(mappedRows(t).map((r) => r.row)).toEqual([4, 6, 7, 8, 9, 10, 11]);
  });

  it('normalises values and reports each damaged cell with its row, column and exact message', async () => {
    const t = await readImportTable('花名册.xlsx', await workbook(rows, ['A1:J1']), PERSON_HEADER_SPECS);
    const { out, errors } = normaliseRows(t);
    expect(out[0]).toEqual({
      row: 4,
      name: '张三',
      idNumber: '65010219900101123X',
      birthDate: '1990-01-01',
      phone: '13812345678',
      township: '东门街道',
      village: '一社区',
      education: '高中',
    });
    expect(out[1]).toMatchObject({
      row: 6,
      name: '阿不都热合曼·买买提',
      idNumber: undefined,
      birthDate: '1990-01-01',
      phone: '139 0000 1111',
    });
    expect(out[2]).toMatchObject({
      row: 7,
      idNumber: undefined,
      birthDate: '2020-03-05',
      phone: null,
      education: null,
    });
    expect(out[3]).toMatchObject({ row: 8, idNumber: '650102197003034321', birthDate: '2020-03-05' });
    expect(out[4]).toMatchObject({ row: 9, idNumber: '650102200004045678', birthDate: '2020-03-05' });
    expect(out[5]).toMatchObject({ row: 10, idNumber: '65010219850202123X', birthDate: '2020-03-05' });
    expect(errors).toEqual([
      { row: 6, column: 'C', field: '公民身份号码', value: '650102199001011200', message: ID_DAMAGED_MESSAGE },
      { row: 7, column: 'C', field: '公民身份号码', value: '6.50102E+17', message: ID_DAMAGED_MESSAGE },
      {
        row: 11,
        column: 'F',
        field: '出生日期',
        value: '2020-02-30',
        message: '日期“2020-02-30”不存在，请检查月份和日期',
      },
    ]);
    expect(ID_DAMAGED_MESSAGE).toBe('公民身份号码被 Excel 存成了数字，后几位已丢失，请把该列设为“文本”后重新填写');
  });
});

describe('import: a merged two-row header', () => {
  it('combines group and child headers; single headers merged down', async () => {
    const buf = await workbook(
      [
        ['2024年就业困难人员名单'],
        ['姓名', '公民身份号码', '所属地区', null, '联系方式', null, '出生日期'],
        [null, null, '乡镇', '村', '手机', '固定电话', null],
        ['张三', '650102199001011234', '东门街道', '一社区', '13812345678', '0991-1234567', '1990/1/1'],
      ],
      ['A1:G1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:F2', 'G2:G3'],
    );
    const t = await readImportTable('x.xlsx', buf, PERSON_HEADER_SPECS);
    expect(t.map).toMatchObject({ headerRow: 2, headerRows: 2, firstDataRow: 4 });
    expect(t.map.columns).toEqual({ name: 0, idNumber: 1, township: 2, village: 3, phone: 4, birthDate: 6 });
    expect(t.map.unmapped).toEqual([{ column: 'F', header: '联系方式/固定电话' }]);
    expect(mappedRows(t)).toHaveLength(1);
    expect(readDateCell(mappedRows(t)[0].cells.birthDate)).toEqual({ ok: true, value: '1990-01-01' });
  });

  it('a header merged across two columns maps once (no false duplicate)', async () => {
    const buf = await workbook(
      [
        ['姓名', '身份证号', '现住址', null],
        ['张三', '650102199001011234', '天山区', '1号'],
      ],
      ['C1:D1'],
    );
    const t = await readImportTable('x.xlsx', buf, PERSON_HEADER_SPECS);
    expect(t.map.columns).toEqual({ name: 0, idNumber: 1, address: 2 });
    expect(t.map.headerRows).toBe(1);
  });

  it('a two-row header without merges (CSV) is recognised by its child headers', async () => {
    const csv = '姓名,身份证号,所属地区,所属地区\n姓名,身份证号,乡镇,村\n张三,650102199001011234,东门街道,一社区\n';
    const t = await readImportTable('x.csv', Buffer.from(csv), PERSON_HEADER_SPECS);
    expect(t.map).toMatchObject({ headerRow: 1, headerRows: 2, firstDataRow: 3 });
    expect(t.map.columns).toEqual({ name: 0, idNumber: 1, township: 2, village: 3 });
    expect(mappedRows(t)[0].cells.idNumber).toBe('650102199001011234');
  });
});

describe('import: header texts', () => {
  it('compares headers without spaces, full-width forms, brackets or required marks', () => {
    expect(canonicalHeader(' 姓　名 ')).toBe('姓名');
    expect(canonicalHeader('乡镇（街道）')).toBe('乡镇街道');
    expect(canonicalHeader('乡镇/街道')).toBe('乡镇街道');
    expect(canonicalHeader('*公民身份号码(必填)')).toBe('公民身份号码');
    expect(canonicalHeader('ＩＤ')).toBe('id');
  });

  const SPECS: HeaderSpec[] = [
    { key: 'name', label: '姓名', required: true },
    { key: 'idNumber', label: '公民身份号码', synonyms: ['身份证号'], required: true },
  ];

  it('names every missing required column in one message', async () => {
    const buf = await workbook([
      ['民族', '性别'],
      ['汉族', '男'],
    ]);
    const table = await readTable('x.xlsx', buf);
    expect(() => mapColumns(table, [...SPECS, { key: 'ethnicity', label: '民族' }])).toThrow(
      '第1行的表头中缺少必需的列：“姓名”、“公民身份号码”。请按导入模板的列名填写表头。',
    );
  });

  it('refuses a file without a header in its first 15 rows', async () => {
    const rows: Cell[][] = Array.from({ length: 15 }, (_, i) => [`第${i + 1}行`]);
    rows.push(['姓名', '身份证号'], ['张三', '650102199001011234']);
    expect(await failure(readImportTable('x.xlsx', await workbook(rows), SPECS))).toBe(
      '在文件前15行中找不到表头。表头应包含“姓名”、“公民身份号码”等列名。',
    );
  });

  it('refuses the same field twice', async () => {
    const buf = await workbook([
      ['姓名', '身份证号', '性别', '公民身份号码'],
      ['张三', '1', '男', '2'],
    ]);
    expect(await failure(readImportTable('x.xlsx', buf, SPECS))).toBe(
      '“公民身份号码”列出现了2次（B列、D列），请只保留一列后重新导入。',
    );
  });

  it('refuses a header without data rows', async () => {
    const buf = await workbook([['标题'], ['姓名', '身份证号'], [], ['   ']]);
    expect(await failure(readImportTable('x.xlsx', buf, SPECS))).toBe(
      '第2行是表头，但表头下面没有数据行。请填写数据后再导入。',
    );
  });
});

describe('import: files that are not readable workbooks', () => {
  it('gives a clear Chinese message for each', async () => {
    expect(await failure(readImportTable('x.xlsx', Buffer.alloc(0), PERSON_HEADER_SPECS))).toBe(
      '文件是空的（0 字节），请检查后重新选择。',
    );
    expect(await failure(readImportTable('x.xlsx', Buffer.from('姓名,身份证号\n'), PERSON_HEADER_SPECS))).toBe(
      '该文件不是 Excel 工作簿（.xlsx）或 CSV 文件，无法读取。',
    );
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await failure(readImportTable('加密.xlsx', cfb, PERSON_HEADER_SPECS))).toBe(
      '该文件是旧版 .xls 格式或设有打开密码，无法读取。请在 Excel 中“另存为”不加密的 .xlsx 文件后再导入。',
    );
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]);
    expect(await failure(readImportTable('x.xlsx', zip, PERSON_HEADER_SPECS))).toBe(
      '文件已损坏或格式不正确，无法读取。请用 Excel 打开确认后另存为 .xlsx 再导入。',
    );
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    const emptyBuf = Buffer.from(await empty.xlsx.writeBuffer());
    expect(await failure(readImportTable('x.xlsx', emptyBuf, PERSON_HEADER_SPECS))).toBe(
      '文件中没有数据（第一个工作表是空的）。',
    );
  });
});
