import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { SIGNATURE_LINE } from '../../electron/core/excel/report-definition';
import { openReader } from '../../electron/core/modules/reports/reader';
import { rpt01Rows } from '../../electron/core/modules/reports/rpt01-query';
import { RPT01_NOTE } from '../../electron/core/modules/reports/rpt01';
import type { ReportExportResult } from '../../shared/contract/reports';
import { call, makeCore, must, waitJob } from './harness';
import { county, makeId, personInput, type County } from './persons-fixtures';
import { jobData, jobError, takeWorkbook } from './import-workbooks';
import { cells, expectA4LandscapeOneHeaderRow } from './reports-export-read';
import { messageOf } from './refusals';

// RPT-01 就业困难人员实名制台账 (DOMAIN §6.1) in the report frame (§6.0), exported through reports.export and
// read back with exceljs: title, unit line, headers, 乡镇 → 村 小计, 合计, masked text IDs (VR-09), print setup,
// file name (§6.0.10), and the export log (§9.5, §9.9).

const ID_A = makeId('653121', '20000229', '109'); // 男, 26 on 2026-11-30
const ID_B = makeId('653121', '19841015', '024'); // 女
const ID_C = makeId('653121', '19900101', '013');
const ID_D = makeId('653121', '19700505', '022');
const ID_E = makeId('653121', '19950303', '031');
const ID_F = makeId('653121', '19960404', '041');

async function register(c: County) {
  const add = async (over: Parameters<typeof personInput>[1]) =>
    (await must(c.core, 'persons.create', personInput(c, over))).person;
  const a = await add({
    idNumber: ID_A,
    name: '阿不都热合曼·买买提',
    residenceRegionId: c.village1,
    phone: '13899012345',
  });
  const b = await add({
    idNumber: ID_B,
    name: '古丽',
    residenceRegionId: c.village1,
    ethnicity: '01',
    education: '20',
    phone: null,
  });
  const cc = await add({ idNumber: ID_C, name: '张伟', residenceRegionId: c.village2, employmentStatus: '22' });
  const d = await add({ idNumber: ID_D, name: '李娜', residenceRegionId: c.village3, address: '库木巴格村1组' });
  const e = await add({ idNumber: ID_E, name: '王芳', residenceRegionId: c.village3 }); // not difficult
  const f = await add({ idNumber: ID_F, name: '赵强', residenceRegionId: c.village3 }); // difficult but deleted
  // Issue 11: the ledger lists recognised persons; these are back-filled recognitions without a known date.
  for (const p of [a, b, cc, d, f])
    await must(c.core, 'recognitions.backfill', { personId: p.id, categories: ['K99'], primaryCategory: 'K99' });
  await must(c.core, 'persons.delete', { id: f.id });
  return { a, b, cc, d, e, f };
}

/** Columns A..X of a row as text ('' for empty). */
const texts = (ws: ExcelJS.Worksheet, row: number) =>
  cells(ws, row, 24).map((v) => (v === undefined || v === null ? '' : String(v)));

describe('RPT-01 就业困难人员实名制台账 export', () => {
  let c: County;
  beforeEach(async () => {
    c = await county(makeCore());
    await register(c);
  });

  it('writes the frame with 乡镇 → 村 小计 and 合计, masked IDs as text (RPT-01, VR-09, §6.0)', async () => {
    const r = await jobData<ReportExportResult>(c.core, 'reports.export', {
      report: 'RPT-01',
      month: '2026-11',
      full: false,
    });
    expect(r.rows).toBe(4);
    expect(r.fileName).toMatch(/^653121_RPT-01_202611_\d{12}\.xlsx$/);
    const { fileName, wb } = await takeWorkbook(c.core, r.fileId);
    expect(fileName).toBe(r.fileName);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('就业困难人员实名制台账');
    // §6.0.1 title merged across all 24 columns; §6.0.2 unit line in three parts.
    expect(ws.getCell('A1').value).toBe('疏附县2026年11月就业困难人员实名制台账');
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:X1', 'A2:H2', 'I2:P2', 'Q2:X2']));
    expect(ws.getCell('A2').value).toBe('填报单位（盖章）：疏附县人力资源和社会保障局');
    expect(ws.getCell('I2').value).toBe('所属期：2026年11月');
    expect(ws.getCell('Q2').value).toBe('单位：人');
    // §6.1 headers.
    expect(texts(ws, 3)).toEqual([
      '序号',
      '乡镇(街道)',
      '村(社区)',
      '姓名',
      '性别',
      '民族',
      '公民身份号码',
      '年龄',
      '文化程度',
      '联系电话',
      '现住址',
      '认定类别(主)',
      '其他符合类别',
      '认定日期',
      '就业创业证号',
      '当前就业状态',
      '就业单位/岗位',
      '就业日期',
      '享受政策(公益性岗位/社保补贴/培训/见习)',
      '帮扶责任人',
      '最近联系日期',
      '退出日期',
      '退出原因',
      '备注',
    ]);
    // Sorted by 乡镇 code, 村 code, name; a 小计 (人数) after each 村 and 乡镇, then 合计.
    const col = (row: number, c0: string) => ws.getCell(`${c0}${row}`).value;
    const rowsOf = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => [col(n, 'A'), col(n, 'B'), col(n, 'C'), col(n, 'D')]);
    expect(rowsOf).toEqual([
      [1, '乌帕尔镇', '幸福路社区', '张伟'],
      [null, '乌帕尔镇', '幸福路社区小计', 1],
      [2, '乌帕尔镇', '阿亚格曼干村', '古丽'],
      [3, '乌帕尔镇', '阿亚格曼干村', '阿不都热合曼·买买提'],
      [null, '乌帕尔镇', '阿亚格曼干村小计', 2],
      [null, '乌帕尔镇小计', null, 3],
      [4, '塔什米里克乡', '库木巴格村', '李娜'],
      [null, '塔什米里克乡', '库木巴格村小计', 1],
      [null, '塔什米里克乡小计', null, 1],
      ['合计', null, null, 4],
    ]);
    expect(ws.getCell('D13').numFmt).toBe('0"人"');
    // A data row: labels for codes, masked ID and phone as TEXT cells, age on the month's last day (BR-01).
    expect(texts(ws, 7).slice(3, 16)).toEqual([
      '阿不都热合曼·买买提',
      '男',
      '维吾尔族',
      '653121********109X',
      '26',
      '初中',
      '138****2345',
      '阿亚格曼干村3组12号',
      '其他(县级以上政府确定)',
      '',
      '',
      '',
      '失业(未就业)',
    ]);
    expect(ws.getCell('G7').numFmt).toBe('@');
    expect(typeof ws.getCell('G7').value).toBe('string');
    expect(ws.getCell('P4').value).toBe('灵活就业');
    // Issue 11: the recognition columns come from the (back-filled) recognition; nothing else is on record for this person.
    expect(ws.getCell('L7').value).toBe('其他(县级以上政府确定)');
    expect(ws.getCell('X7').value).toBe('补录');
    for (const letter of ['M', 'N', 'Q', 'R', 'S', 'T', 'U', 'V', 'W'])
      expect(ws.getCell(`${letter}7`).value).toBeNull();
    // Footer: signatures, then 说明.
    expect(ws.getCell('A14').value).toBe(SIGNATURE_LINE);
    expect(ws.getCell('A15').value).toBe(`说明：${RPT01_NOTE}`);
    expect(ws.getCell('A16').value).toBe('　　　年龄为截至2026年11月30日的周岁。');
    // §6.0.8 print setup.
    expectA4LandscapeOneHeaderRow(ws);
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 3 });
  });

  it('a full export shows IDs and phones, carries 内部资料 注意保密, and both are in the export log (§9.5, §9.9)', async () => {
    const full = await jobData<ReportExportResult>(c.core, 'reports.export', {
      report: 'RPT-01',
      month: '2026-11',
      full: true,
    });
    const { wb } = await takeWorkbook(c.core, full.fileId);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A2').value).toBe('内部资料 注意保密');
    expect(ws.getCell('A3').value).toBe('填报单位（盖章）：疏附县人力资源和社会保障局');
    expect(ws.getCell('D4').value).toBe('姓名');
    expect(ws.getCell('G8').value).toBe(ID_A);
    expect(ws.getCell('J8').value).toBe('13899012345');
    expect(ws.getCell('G8').numFmt).toBe('@');
    await jobData(c.core, 'reports.export', { report: 'RPT-01', month: '2026-10', full: false, townshipId: c.town2 });
    const log = await must(c.core, 'audit.list', { entity: 'report' });
    expect(log.items.map((i) => [i.channel, i.summary, i.operator])).toEqual([
      ['reports.export', '导出 RPT-01 就业困难人员实名制台账 2026-10 塔什米里克乡（隐藏号码，1 行）', '古丽'],
      ['reports.export', '导出 RPT-01 就业困难人员实名制台账 2026-11（完整号码，4 行）', '古丽'],
    ]);
  });

  it('exports one 乡镇 when asked, and names it in the title, the file name and a 说明 line', async () => {
    const r = await jobData<ReportExportResult>(c.core, 'reports.export', {
      report: 'RPT-01',
      month: '2026-11',
      full: false,
      townshipId: c.town2,
    });
    expect(r.rows).toBe(1);
    const { wb } = await takeWorkbook(c.core, r.fileId);
    const ws = wb.worksheets[0];
    expect([ws.getCell('D4').value, ws.getCell('A7').value, ws.getCell('D7').value]).toEqual(['李娜', '合计', 1]);
    expect(ws.getCell('A11').value).toBe('　　　本表范围：塔什米里克乡。');
    expect(ws.getCell('A1').value).toBe('疏附县塔什米里克乡2026年11月就业困难人员实名制台账');
    expect(r.fileName).toMatch(/^653121_RPT-01_202611_塔什米里克乡_\d{12}\.xlsx$/);
  });

  it('refuses a month after this month, a village as 乡镇, and an office not yet set, without writing anything', async () => {
    expect(
      (await jobError(c.core, 'reports.export', { report: 'RPT-01', month: '2026-12', full: false })).fields,
    ).toEqual({ month: '所属期不能晚于本月' });
    expect(
      (
        await jobError(c.core, 'reports.export', {
          report: 'RPT-01',
          month: '2026-11',
          full: false,
          townshipId: c.village1,
        })
      ).fields,
    ).toEqual({
      townshipId: '请选择乡镇(街道)',
    });
    const bad = await call(c.core, 'reports.export', { report: 'RPT-99' as 'RPT-01', month: '2026-11', full: false });
    expect(messageOf(bad)).toBe('输入有误：该报表尚未开放');
    const bare = makeCore();
    expect(
      (await jobError(bare, 'reports.export', { report: 'RPT-01', month: '2026-11', full: false })).message,
    ).toMatch(/^请先在“设置 → 单位信息”中填写/);
    expect((await must(c.core, 'audit.list', { entity: 'report' })).items).toEqual([]);
  });

  it('a cancelled export leaves no file and no log entry', async () => {
    const { jobId } = await must(c.core, 'reports.export', { report: 'RPT-01', month: '2026-11', full: true });
    await must(c.core, 'jobs.cancel', { jobId });
    expect((await waitJob(c.core, jobId)).state).toBe('cancelled');
    expect(readdirSync(join(c.core.ctx.dataDir, 'exports'))).toEqual([]);
    expect((await must(c.core, 'audit.list', { entity: 'report' })).items).toEqual([]);
  });
});

describe('files.take', () => {
  it('hands a file over once, refuses ids that are not UUIDs, and clears files older than a day', async () => {
    const c = await county(makeCore());
    const dir = join(c.core.ctx.dataDir, 'exports');
    mkdirSync(dir, { recursive: true });
    const stale = join(dir, '0190a000-0000-7000-8000-000000000000.xlsx');
    writeFileSync(stale, 'old');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    const r = await jobData<ReportExportResult>(c.core, 'reports.export', {
      report: 'RPT-01',
      month: '2026-11',
      full: false,
    });
    expect(existsSync(stale)).toBe(false);
    expect(r.rows).toBe(0);
    await must(c.core, 'files.take', { fileId: r.fileId });
    const again = await call(c.core, 'files.take', { fileId: r.fileId });
    expect(again.ok ? null : again.error).toEqual({ code: 'NOT_FOUND', message: '文件不存在或已被取走，请重新导出。' });
    for (const fileId of ['../taizhang.db', 'exports/x.xlsx', `${r.fileId}/../../taizhang`]) {
      const bad = await call(c.core, 'files.take', { fileId });
      expect(messageOf(bad)).toBe('输入有误：文件编号不正确');
    }
  });
});

describe('RPT-01 rows come from a second, read-only connection', () => {
  it('so a clerk can save while a large export holds its cursor open', async () => {
    const c = await county(makeCore());
    await register(c);
    const reader = openReader(c.core.ctx);
    try {
      expect(reader.db).not.toBe(c.core.ctx.db);
      const rows = rpt01Rows(reader.db, {}, '2026-11-30');
      expect(rows.next().value?.name).toBe('张伟');
      // The core's own connection still takes writes while the export's cursor is open.
      await must(
        c.core,
        'persons.create',
        personInput(c, { idNumber: makeId('653121', '19880808', '051'), name: '新人' }),
      );
      expect([...rows].map((r) => r.name)).toEqual(['古丽', '阿不都热合曼·买买提', '李娜']);
    } finally {
      reader.close();
    }
    // On one connection the same write would be refused while the cursor is open (better-sqlite3).
    const own = rpt01Rows(c.core.ctx.db, {}, '2026-11-30');
    own.next();
    expect(() => c.core.ctx.db.prepare("UPDATE settings SET value = value WHERE key = 'x'").run()).toThrow(/busy/);
    own.return(undefined);
  });
});
