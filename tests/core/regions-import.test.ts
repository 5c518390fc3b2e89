import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, makeCore, must, setUpOffice, snapshot, waitJob } from './harness';
import { encodeGbk } from './gbk';
import { refusedWith } from './refusals';

async function xlsx(rows: (string | number | null)[][], merge?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('区划');
  for (const r of rows) ws.addRow(r);
  if (merge) ws.mergeCells(merge);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function ready() {
  const core = makeCore();
  await setUpOffice(core);
  return core;
}

async function runImport(core: Awaited<ReturnType<typeof ready>>, fileName: string, contentBase64: string) {
  const { jobId } = await must(core, 'regions.import', { fileName, contentBase64 });
  return waitJob(core, jobId);
}

describe('loading a division list (regions.import)', () => {
  it('reads an Excel sheet with a title row above the header and codes stored as numbers', async () => {
    const core = await ready();
    const file = await xlsx(
      [
        ['疏附县行政区划代码表', null, null],
        ['区划代码', '名称', '城乡分类代码'],
        [653121101000, '乌帕尔镇', null],
        ['653121101001', ' 乌帕尔村 ', '220'],
        [653121102000, '托克扎克镇', null],
        ['６５３１２１１０２００１', '托克扎克村', '210'],
        [null, null, null],
      ],
      'A1:C1',
    );
    const s = await runImport(core, '区划.xlsx', file);
    expect(s.state).toBe('done');
    expect(s.result).toEqual({ ok: true, data: { created: 4, unchanged: 0 } });
    const { items } = await must(core, 'regions.list', {});
    expect(items.map((r) => [r.code, r.name, r.level, r.urbanRuralCode])).toEqual([
      ['653121101000', '乌帕尔镇', 4, null],
      ['653121101001', '乌帕尔村', 5, '220'],
      ['653121102000', '托克扎克镇', 4, null],
      ['653121102001', '托克扎克村', 5, '210'],
    ]);
    const audit = await must(core, 'audit.list', { entity: 'region' });
    expect(audit.items[0].summary).toBe('从文件“区划.xlsx”导入区划：新增 4 条，已存在 0 条');
  });

  it('reads a GBK-encoded CSV as saved by Chinese Excel, and counts rows already present', async () => {
    const core = await ready();
    await must(core, 'regions.create', { parentId: null, code: '653121101000', name: '乌帕尔镇' });
    const text = '区划代码,名称\r\n653121101000,乌帕尔镇\r\n653121101001,乌帕尔村\r\n';
    const content = encodeGbk(text);
    const s = await runImport(core, '区划.csv', content.toString('base64'));
    expect(s.result).toEqual({ ok: true, data: { created: 1, unchanged: 1 } });
    expect((await must(core, 'regions.list', {})).items.map((r) => r.name)).toEqual(['乌帕尔镇', '乌帕尔村']);
  });

  it('lists every bad row by row and column in Chinese and writes nothing', async () => {
    const core = await ready();
    await must(core, 'regions.create', { parentId: null, code: '653121101000', name: '乌帕尔镇' });
    const before = snapshot(core);
    const file = await xlsx([
      ['名称', '区划代码'],
      ['乌帕尔村', '653121101001'],
      ['错县村', '653122101001'],
      ['', '653121101002'],
      ['重复村', '653121101001'],
      ['孤村', '653121109001'],
      ['改名镇', '653121101000'],
      ['短码', '6531211'],
    ]);
    const s = await runImport(core, '区划.xlsx', file);
    expect(s.state).toBe('failed');
    expect(s.result?.ok).toBe(false);
    if (s.result?.ok !== false) return;
    expect(s.result.error.message).toBe('文件中有 6 处错误，未导入任何数据。请改正后重新导入。');
    expect(s.result.error.details?.errors).toEqual([
      { row: 3, column: 'B', message: '村(社区)代码应以本县代码 653121 开头' },
      { row: 4, column: 'A', message: '名称为空' },
      { row: 5, column: 'B', message: '区划代码 653121101001 与第 2 行重复' },
      { row: 6, column: 'B', message: '找不到所属乡镇(街道)（代码 653121109000）' },
      {
        row: 7,
        column: 'A',
        message: '区划代码 653121101000 已存在，名称为“乌帕尔镇”，文件中为“改名镇”；如需更名请在区划列表中操作',
      },
      { row: 8, column: 'B', message: '区划代码“6531211”应为12位数字' },
    ]);
    expect(snapshot(core)).toBe(before);
  });

  it.each([
    [
      'not a workbook',
      '区划.xlsx',
      Buffer.from('hello, this is text').toString('base64'),
      '该文件不是 Excel 工作簿（.xlsx）或 CSV 文件，无法读取。',
    ],
    [
      'an old or password-protected file',
      '区划.xlsx',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).toString('base64'),
      '该文件是旧版 .xls 格式或设有打开密码，无法读取。请在 Excel 中“另存为”不加密的 .xlsx 文件后再导入。',
    ],
    [
      'a broken zip',
      '区划.xlsx',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).toString('base64'),
      '文件已损坏或格式不正确，无法读取。请用 Excel 打开确认后另存为 .xlsx 再导入。',
    ],
  ])('refuses %s with a clear message', async (_what, name, content, message) => {
    const core = await ready();
    const before = snapshot(core);
    const s = await runImport(core, name, content);
    expect(s.result).toEqual({ ok: false, error: { code: 'RULE_VIOLATION', message } });
    expect(snapshot(core)).toBe(before);
  });

  it('refuses a sheet without the header, and an empty sheet', async () => {
    const core = await ready();
    const noHeader = await runImport(
      core,
      'a.xlsx',
      await xlsx([
        ['姓名', '身份证'],
        ['古丽', '1'],
      ]),
    );
    expect(noHeader.result).toMatchObject(refusedWith('文件前10行中找不到表头：需要“区划代码”和“名称”两列。'));
    const empty = await runImport(core, 'b.xlsx', await xlsx([]));
    expect(empty.result).toMatchObject(refusedWith('文件中没有数据（第一个工作表是空的）。'));
  });

  it('a cancelled import leaves the database exactly as before', async () => {
    const core = await ready();
    const rows: (string | number)[][] = [['区划代码', '名称']];
    for (let t = 1; t <= 20; t++) {
      const town = `653121${String(100 + t)}`;
      rows.push([`${town}000`, `镇${t}`]);
      for (let v = 1; v <= 60; v++) rows.push([`${town}${String(v).padStart(3, '0')}`, `镇${t}村${v}`]);
    }
    const before = snapshot(core);
    const { jobId } = await must(core, 'regions.import', { fileName: 'big.xlsx', contentBase64: await xlsx(rows) });
    expect(await must(core, 'jobs.cancel', { jobId })).toEqual({ cancelled: true });
    const s = await waitJob(core, jobId);
    expect(s.state).toBe('cancelled');
    expect(s.result).toEqual({ ok: false, error: { code: 'CANCELLED', message: '已取消，数据未改动。' } });
    expect(snapshot(core)).toBe(before);
    expect(await call(core, 'jobs.cancel', { jobId })).toEqual({ ok: true, data: { cancelled: false } });
  });
});
