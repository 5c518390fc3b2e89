import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { RPT04_COLUMNS } from '../../electron/core/modules/placements/reports/rpt04';
import type { ExportableReport } from '../../shared/contract/reports';
import type { ReportLayout } from '../../shared/contract/report-layouts';
import type { RosterImportCheck, RosterImportResult } from '../../shared/contract/roster-imports';
import { makeCore, must, mustJob } from './harness';
import { jobData, takeWorkbook } from './import-workbooks';
import { findRow, reportScene, rowValues } from './posts-report-scene';
import { exportReport, lanciRow } from './reports-export-read';
import { octoberGrid, reviewedRoster, subsidyCounty } from './subsidies-fixtures';

// 报表格式 applied by reports.export (DOMAIN §10 L4 [D]), the workbook read back with exceljs: renamed headers and
// groups, left-out columns gone and the next ones shifted, order among siblings, title and signature lines, and the
// figures still right in their (moved) columns — a roster's 小计/合计 (RPT-04 counts, RPT-06 amounts and 大写), a
// statistical table's 合计 with its 栏次 renumbered (RPT-07); an RPT-05 laid out otherwise still imports.

type Change = Record<string, { header?: string; omit?: boolean }>;

/** Saves the layout the screen would send: every default node, `change` applied, `first` ids moved to the front. */
async function laidOut(
  core: Core,
  report: ExportableReport,
  change: Change,
  more: Partial<ReportLayout> = {},
  first: string[] = [],
) {
  const view = await must(core, 'reportLayouts.get', { report });
  const columns = view.defaults.columns.map((n) => ({ id: n.id, header: n.header, omit: false, ...change[n.id] }));
  const rank = (id: string) =>
    first.includes(id) ? first.indexOf(id) - first.length : columns.findIndex((c) => c.id === id);
  columns.sort((a, b) => rank(a.id) - rank(b.id));
  await must(core, 'reportLayouts.save', {
    report,
    layout: { title: null, signatures: null, columns, ...more },
    expectedUpdatedAt: view.updatedAt,
  });
}

/** A header's column (1-based) in the header rows 3–4. */
function colOf(ws: ExcelJS.Worksheet, text: string): number {
  for (const r of [3, 4]) for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(r, c).value === text) return c;
  return -1;
}

const textRows = (ws: ExcelJS.Worksheet) =>
  Array.from({ length: ws.rowCount }, (_, i) => String(ws.getCell(i + 1, 1).value ?? ''));

describe('reports.export with a county layout', () => {
  it('RPT-04: renamed, left out, moved; title and signature lines; 小计/合计 counts in the moved 姓名 column', async () => {
    const s = await reportScene(makeCore());
    await laidOut(
      s.core,
      'RPT-04',
      { idNumber: { header: '身份证号' }, employer: { omit: true }, phone: { omit: true } },
      { title: '{县市名}{报表名}（{年}年{月}月）', signatures: ['制表人：　　审核人：'] },
      // 岗位名称 before 用人单位 (and everything else after): among top-level siblings.
      ['seq', 'township', 'post'],
    );
    const { ws } = await exportReport(s.core, { report: 'RPT-04', month: '2026-11' });
    expect(ws.getCell('A1').value).toBe('疏附县公益性岗位安置人员花名册（2026年11月）');
    const headers = RPT04_COLUMNS.filter((c) => !['employer', 'phone', 'post'].includes(c.key)).map((c) =>
      c.key === 'idNumber' ? '身份证号' : c.header,
    );
    headers.splice(2, 0, '岗位名称');
    expect(rowValues(ws, 3)).toEqual(headers);
    const name = headers.indexOf('姓名');
    expect(name).toBe(RPT04_COLUMNS.findIndex((c) => c.key === 'name') - 1);
    expect(rowValues(ws, findRow(ws, '乌帕尔镇小计', 2))[name]).toBe(6);
    expect(rowValues(ws, findRow(ws, '塔什米里克乡小计', 2))[name]).toBe(3);
    expect(rowValues(ws, findRow(ws, '合计'))[name]).toBe(9);
    const lines = textRows(ws);
    expect(lines).toContain('制表人：　　审核人：');
    expect(lines.some((l) => l.startsWith('单位负责人'))).toBe(false);
  });

  it('RPT-07: a column left out, a group renamed, siblings reordered; 栏次 renumbered and 合计 still the sums', async () => {
    const s = await reportScene(makeCore());
    await laidOut(s.core, 'RPT-07', { c1: { omit: true }, 'group:其中': { header: '其中：离岗原因' } }, {}, [
      'unit',
      'c3',
    ]);
    const { ws } = await exportReport(s.core, { report: 'RPT-07', month: '2026-11' });
    expect(rowValues(ws, 3).slice(0, 5)).toEqual(['单位', '本期新上岗', '期初在岗', '本期离岗', '其中：离岗原因']);
    expect(rowValues(ws, 4).slice(4, 6)).toEqual(['实现其他就业', '补贴期满']);
    expect(rowValues(ws, 5)).toEqual(lanciRow(20));
    const figures = (row: number) => Array.from({ length: 20 }, (_, i) => Number(rowValues(ws, row)[i + 1] ?? 0));
    const [town1, town2, total] = ['乌帕尔镇', '塔什米里克乡', '合计'].map((t) => findRow(ws, t));
    // The default's 合计 (1–21) was 7, 5, 4, 5, 1 …: without 1, with 3 before 2.
    expect(figures(total)).toEqual([4, 5, 5, 1, 1, 1, 1, 1, 4, 3, 1, 3, 1, 1, 0, 1, 3, 0, 0, 0]);
    expect(figures(total)).toEqual(figures(town1).map((v, i) => v + figures(town2)[i]));
  });

  it('RPT-06: amounts moved and columns left out; 合计 and 大写 still the roster total; the recorded names stay', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await octoberGrid(c);
    await reviewedRoster(core, 'post', '2026-10');
    const signatures = ['制表人：　　复核人：　　日期：'];
    await laidOut(
      core,
      'RPT-06',
      { basis: { omit: true }, start: { omit: true }, paid: { header: '实发金额' } },
      { signatures },
      ['seq', 'township', 'employer', 'post', 'name', 'id', 'paid'],
    );
    const { ws } = await exportReport(core, { report: 'RPT-06', month: '2026-10' });
    expect([colOf(ws, '安置类别'), colOf(ws, '上岗日期'), colOf(ws, '实发岗位补贴')]).toEqual([-1, -1, -1]);
    const paid = colOf(ws, '实发金额');
    expect(paid).toBe(7);
    const total = findRow(ws, '合计', 2);
    const data = Array.from({ length: total - 5 }, (_, i) => 5 + i).filter(
      (r) => typeof ws.getCell(r, 1).value === 'number',
    );
    const sum = data.reduce((n, r) => n + Number(ws.getCell(r, paid).value), 0);
    expect(sum).toBeGreaterThan(0);
    expect(Number(ws.getCell(total, paid).value)).toBeCloseTo(sum, 2);
    expect(textRows(ws).some((l) => l.startsWith('合计人民币（大写）'))).toBe(true);
    // The layout replaces the signature line, not who prepared and reviewed the roster.
    const lines = textRows(ws);
    expect(lines).toContain(signatures[0]);
    expect(lines.find((l) => l.startsWith('编制人：'))).toContain('审核人：阿依古丽');
    expect(lines.some((l) => l.startsWith('单位负责人'))).toBe(false);
  });

  it('CFG-30 follows a renamed money header still ending in (元)', async () => {
    const s = await reportScene(makeCore());
    await laidOut(s.core, 'RPT-07', { c19: { header: '岗位补贴支出(元)' }, c20: { header: '社保补贴支出' } });
    await must(s.core, 'ruleSettings.set', {
      key: 'reports.moneyUnit',
      effectiveFrom: '2026-11-01',
      values: { value: 'wanYuan' },
      note: null,
    });
    const { ws } = await exportReport(s.core, { report: 'RPT-07', month: '2026-11' });
    const headers = [3, 4].flatMap((r) => rowValues(ws, r).map((v) => String(v ?? '')));
    expect(headers).toEqual(expect.arrayContaining(['岗位补贴支出(万元)', '社保补贴支出', '年初至本期累计补贴(万元)']));
  });

  it("a locked month's frozen copy is written with the layout too", async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    await octoberGrid(c);
    await mustJob(core, 'periodLocks.lock', { month: '2026-10' });
    await laidOut(core, 'RPT-04', { phone: { header: '电话' }, remark: { omit: true } });
    const { ws } = await exportReport(core, { report: 'RPT-04', month: '2026-10' });
    const headers = rowValues(ws, 3);
    expect(headers).toContain('电话');
    expect(headers).not.toContain('备注');
    const log = await must(core, 'audit.list', { entity: 'report' });
    expect(log.items[0].summary).toMatch(/该月已锁定，按锁定时的数据$/);
  });

  it('RPT-05 laid out otherwise (columns left out, renamed, moved) still imports through the attendance import', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    const { u, r } = await octoberGrid(c);
    const signatures = ['用人单位负责人：　　考勤员：　　日期：', '（单位盖章）'];
    await laidOut(
      core,
      'RPT-05',
      { leave: { omit: true }, absent: { omit: true }, sign: { header: '本人签名' } },
      { signatures, title: '{单位}考勤表（{年}年{月}月）' },
      ['seq', 'sign'],
    );
    const exported = await jobData<{ fileId: string }>(core, 'reports.export', {
      report: 'RPT-05',
      month: '2026-10',
      employerId: c.employerId,
      full: false,
    });
    const wb = (await takeWorkbook(core, exported.fileId)).wb;
    const ws = wb.worksheets[0];
    expect(String(ws.getCell('A1').value)).toMatch(/.+考勤表（2026年10月）$/);
    expect([colOf(ws, '请假天数'), colOf(ws, '旷工天数'), colOf(ws, '本人签名')]).toEqual([-1, -1, 2]);
    const name = colOf(ws, '姓名');
    const rowOf = (n: string) =>
      Array.from({ length: ws.rowCount }, (_, i) => i + 1).find((i) => ws.getCell(i, name).value === n)!;
    ws.getCell(rowOf(u.personName), colOf(ws, '实际出勤天数')).value = 17;
    ws.getCell(rowOf(r.personName), colOf(ws, '备注')).value = '病假一天';
    const checked = await jobData<RosterImportCheck>(core, 'imports.attendance.check', {
      fileName: '考勤表.xlsx',
      contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
      month: '2026-10',
      employerId: c.employerId,
    });
    expect(checked.errors).toEqual([]);
    expect(checked).toMatchObject({ total: 2, valid: 2 });
    expect(textRows(ws)).toEqual(expect.arrayContaining(signatures));
    await jobData<RosterImportResult>(core, 'imports.attendance.commit', { token: checked.token });
    const grid = await must(core, 'attendance.grid', { month: '2026-10', employerId: c.employerId });
    expect(grid.rows.find((x) => x.id === u.id)).toMatchObject({ attendedDays: 17 });
    expect(grid.rows.find((x) => x.id === r.id)).toMatchObject({ remark: '病假一天' });
  });
});
