// The RPT-05 round trip (issue 12) on real SQLite files and real workbooks: the clerk exports one employer's 考勤表,
// the employer fills it in (days, daily marks, 扣减金额 and reason, the four social-insurance amounts, 本月考核), and
// imports.attendance.check / commit bring it back through the roster pipeline: the grid then holds exactly what the
// sheet says; a bad cell is named by row and column; nothing is written by a check, nor by a refused commit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import type { ImportRowError } from '../../shared/contract/imports';
import type { ReportExportResult } from '../../shared/contract/reports';
import type { RosterImportCheck, RosterImportResult } from '../../shared/contract/roster-imports';
import { call, jobResult, lastAuditSummary, makeCore, must, mustJob, snapshot } from './harness';
import { BEFORE_IMPORT_COPY, jobData, jobError, takeWorkbook } from './import-workbooks';
import {
  OCTOBER_TWO_ABSENCES,
  octoberGrid,
  reviewedRoster,
  subsidyCounty,
  type SubsidyCounty,
} from './subsidies-fixtures';

const MONTH = '2026-10';

async function exported(core: Core, employerId: string): Promise<ExcelJS.Workbook> {
  const r = await jobData<ReportExportResult>(core, 'reports.export', {
    report: 'RPT-05',
    month: MONTH,
    employerId,
    full: false,
  });
  return (await takeWorkbook(core, r.fileId)).wb;
}

/** The sheet's columns by header text (row 3 or 4) and its data rows by 姓名. */
function sheetOf(ws: ExcelJS.Worksheet) {
  const col = (text: string) => {
    for (const r of [3, 4]) for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(r, c).value === text) return c;
    throw new Error(`no header ${text}`);
  };
  const rowOf = (name: string) => {
    const nameCol = col('姓名');
    for (let r = 5; r <= ws.rowCount; r++) if (ws.getCell(r, nameCol).value === name) return r;
    throw new Error(`no row ${name}`);
  };
  return { col, rowOf, day1: col('1') };
}

const contentOf = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');

async function check(core: Core, c: SubsidyCounty, wb: ExcelJS.Workbook, fileName = '考勤表.xlsx') {
  return jobData<RosterImportCheck>(core, 'imports.attendance.check', {
    fileName,
    contentBase64: await contentOf(wb),
    month: MONTH,
    employerId: c.employerId,
  });
}

async function october() {
  const core = makeCore();
  const c = await subsidyCounty(core);
  const { u, r } = await octoberGrid(c);
  return { core, c, u, r };
}

/** Urban person: one 旷 and one 假 in place of the first two √, 16 days, 50 yuan deducted, the four SI amounts. */
function fill(wb: ExcelJS.Workbook, names: { urban: string; rural: string }) {
  const ws = wb.worksheets[0];
  const s = sheetOf(ws);
  const u = s.rowOf(names.urban);
  Array.from(OCTOBER_TWO_ABSENCES).forEach((m, i) => (ws.getCell(u, s.day1 + i).value = m));
  ws.getCell(u, s.col('实际出勤天数')).value = 16;
  ws.getCell(u, s.col('扣减金额')).value = 50;
  ws.getCell(u, s.col('扣减原因')).value = '旷工一天';
  ws.getCell(u, s.col('养老')).value = 304;
  ws.getCell(u, s.col('医疗')).value = '142.50';
  ws.getCell(u, s.col('失业')).value = 9.5;
  ws.getCell(u, s.col('工伤')).value = 3.8;
  ws.getCell(u, s.col('本月考核')).value = '合格';
  const r = s.rowOf(names.rural);
  ws.getCell(r, s.col('实际出勤天数')).value = 10;
  ws.getCell(r, s.col('备注')).value = '病假一天';
  return { ws, s, u, r };
}

describe('imports.attendance: the RPT-05 round trip', () => {
  it('a filled 考勤表 comes back: the check writes nothing, the commit makes the grid equal the sheet', async () => {
    const { core, c, u, r } = await october();
    const wb = await exported(core, c.employerId);
    const ws = wb.worksheets[0];
    // The key the rows are matched by is in a hidden column.
    const keyCol = sheetOf(ws).col('考勤编号');
    expect(ws.getColumn(keyCol).hidden).toBe(true);
    expect(ws.getCell(sheetOf(ws).rowOf(u.personName), keyCol).value).toBe(u.id);
    fill(wb, { urban: u.personName, rural: r.personName });

    const before = snapshot(core);
    const checked = await check(core, c, wb);
    expect(checked.errors).toEqual([]);
    expect(checked).toMatchObject({ kind: 'attendance', total: 2, valid: 2, errorRows: 0, acceptedCount: 2 });
    // Title, unit line, signature and 说明 lines are not data.
    expect(new Set(checked.skippedRows?.map((x) => x.reason))).toEqual(new Set(['签字或填表人行', '说明或备注行']));
    expect(snapshot(core)).toBe(before);

    const done = await jobData<RosterImportResult>(core, 'imports.attendance.commit', { token: checked.token });
    expect(done).toMatchObject({ created: 2, skipped: 0, persons: 0, employers: 0, posts: 0 });
    const grid = await must(core, 'attendance.grid', { month: MONTH, employerId: c.employerId });
    const urban = grid.rows.find((x) => x.id === u.id)!;
    const rural = grid.rows.find((x) => x.id === r.id)!;
    expect(urban).toMatchObject({
      requiredDays: 18,
      attendedDays: 16,
      dailyMarks: OCTOBER_TWO_ABSENCES,
      deductionFen: 5_000,
      deductionReason: '旷工一天',
      siPensionFen: 30_400,
      siMedicalFen: 14_250,
      siUnemploymentFen: 950,
      siInjuryFen: 380,
      assessment: 'pass',
      remark: null,
    });
    // BR-19 by attendance days is not the county's mode here: the whole month on post stays 1820.00 due.
    expect(urban.paidFen).toBe(urban.dueFen - 5_000);
    // The sheet printed the rural person's 应出勤天数 as the 11 working days on post; the row keeps the month's 18.
    expect(rural).toMatchObject({
      requiredDays: 18,
      attendedDays: 10,
      dailyMarks: null,
      deductionFen: 0,
      siPensionFen: 0,
      remark: '病假一天',
      assessment: null,
    });
    // The same sheet exported again carries what was imported.
    const again = (await exported(core, c.employerId)).worksheets[0];
    const s = sheetOf(again);
    const row = s.rowOf(u.personName);
    expect(Array.from({ length: 31 }, (_, i) => again.getCell(row, s.day1 + i).value).join('')).toBe(
      OCTOBER_TWO_ABSENCES,
    );
    expect([s.col('扣减金额'), s.col('养老'), s.col('医疗')].map((k) => again.getCell(row, k).value)).toEqual([
      50, 304, 142.5,
    ]);
    expect(lastAuditSummary(core, { entity: 'attendance' })).toBe(
      '导入考勤表：考勤 2 条，跳过 0 行（文件“考勤表.xlsx”）',
    );
  });

  it('names every bad cell by row and column, including the refusals of the attendance rules, and writes nothing', async () => {
    const { core, c, u, r } = await october();
    const wb = await exported(core, c.employerId);
    const { ws, s, u: ur, r: rr } = fill(wb, { urban: u.personName, rural: r.personName });
    ws.getCell(ur, s.day1 + 2).value = 'x'; // 3 October
    ws.getCell(ur, s.col('医疗')).value = '142.555';
    ws.getCell(rr, s.col('实际出勤天数')).value = '十';
    ws.getCell(rr, s.col('本月考核')).value = '优秀';
    const before = snapshot(core);
    const checked = await check(core, c, wb);
    expect(snapshot(core)).toBe(before);
    const letter = (n: number) => ws.getColumn(n).letter;
    const at = (e: ImportRowError) => [e.row, e.column, e.field, e.message];
    expect(checked.errors.map(at)).toEqual(
      [
        [ur, letter(s.day1 + 2), '3日', '考勤标记“x”无效，只能是 √ 休 假 旷 —'],
        [ur, letter(s.col('医疗')), '单位缴纳医疗保险', '单位缴纳医疗保险应为金额（元），金额最多保留两位小数'],
        [rr, letter(s.col('实际出勤天数')), '实际出勤天数', '实际出勤天数应为不小于0的整数（天）'],
        [rr, letter(s.col('本月考核')), '本月考核', '本月考核只能填“合格”或“不合格”'],
      ].sort(
        (a, b) =>
          (a[0] as number) - (b[0] as number) || String(a[1]).padStart(3).localeCompare(String(b[1]).padStart(3)),
      ),
    );
    expect(checked).toMatchObject({ total: 2, errorRows: 2, acceptedCount: 0 });
    // Cells that read well but break the attendance rules: refused by the rehearsal on their own cells.
    const wb2 = await exported(core, c.employerId);
    const second = fill(wb2, { urban: u.personName, rural: r.personName });
    second.ws.getCell(second.r, second.s.col('实际出勤天数')).value = 17; // on post 16 days from the 16th
    second.ws.getCell(second.u, second.s.col('扣减金额')).value = 5_000; // above the 1820.00 due
    const beforeRuled = snapshot(core);
    const ruled = await check(core, c, wb2);
    expect(ruled.errors.map(at)).toEqual([
      [
        second.u,
        letter(second.s.col('扣减金额')),
        '扣减金额',
        `“${u.personName}”：扣减（5000.00元）不能超过应发岗位补贴（1820.00元）`,
      ],
      [
        second.r,
        letter(second.s.col('实际出勤天数')),
        '实际出勤天数',
        `“${r.personName}”：实际出勤天数（17天）不能多于本月在岗天数（16天），在岗期间以外不能记出勤`,
      ],
    ]);
    expect(ruled.acceptedCount).toBe(0);
    // A commit of a check with errors is refused unless the clerk skips them; here no row is left.
    const refused = await jobError(core, 'imports.attendance.commit', { token: ruled.token, skipInvalidRows: true });
    expect(refused.message).toBe('文件中没有可以导入的考勤：所有行都有错误。');
    expect(snapshot(core)).toBe(beforeRuled);
  });

  it('finds a row retyped without its 考勤编号 by 姓名 and 岗位名称, and refuses an unknown name or key', async () => {
    const { core, c, u, r } = await october();
    const wb = await exported(core, c.employerId);
    const { ws, s, u: ur, r: rr } = fill(wb, { urban: u.personName, rural: r.personName });
    ws.getCell(ur, s.col('考勤编号')).value = null;
    ws.getCell(rr, s.col('考勤编号')).value = 'not-a-row';
    const checked = await check(core, c, wb);
    expect(checked.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [rr, '考勤编号', '考勤编号不是“乌帕尔镇人民政府”2026年10月的考勤记录，请确认导入的是本单位本月导出的考勤表'],
    ]);
    expect(checked.acceptedCount).toBe(1);
    ws.getCell(ur, s.col('姓名')).value = '不存在';
    ws.getCell(rr, s.col('考勤编号')).value = r.id;
    ws.getCell(rr, s.col('姓名')).value = u.personName;
    const named = await check(core, c, wb);
    expect(named.errors.map((e) => [e.row, e.field, e.message])).toEqual([
      [
        ur,
        '姓名',
        '“乌帕尔镇人民政府”2026年10月的考勤中没有姓名为“不存在”、岗位为“保洁员”的人员，请先生成考勤或核对姓名',
      ],
      [rr, '姓名', `姓名“${u.personName}”与该行考勤记录的“${r.personName}”不符，请不要在表中调换或改写人员`],
    ]);
  });

  it('a commit refused because the roster was reviewed after the check leaves the database file byte-identical', async () => {
    const { core, c, u, r } = await october();
    const wb = await exported(core, c.employerId);
    fill(wb, { urban: u.personName, rural: r.personName });
    const checked = await check(core, c, wb);
    expect(checked.acceptedCount).toBe(2);
    await reviewedRoster(core, 'post', MONTH);
    const dbFile = join((core as Core & { dataDir: string }).dataDir, 'taizhang.db');
    const bytes = () => {
      core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      return readFileSync(dbFile);
    };
    const before = bytes();
    const refused = await jobError(core, 'imports.attendance.commit', { token: checked.token });
    expect(refused.message).toMatch(
      /^第 [56] 行：“.+”2026年10月的考勤已列入“2026年10月公益性岗位岗位补贴发放花名册”（已审核），已锁定，不能修改。如需更正，请在以后月份的补发\/扣回花名册中办理。未导入任何数据，请重新检查文件。$/,
    );
    expect(bytes().equals(before)).toBe(true);
    // And a new check names the lock on each row.
    const again = await check(core, c, wb);
    expect(again.acceptedCount).toBe(0);
    expect(again.errors[0].message).toMatch(
      /已列入“2026年10月公益性岗位岗位补贴发放花名册”（已审核），已锁定，不能修改/,
    );
  });

  it('is refused at once for a locked month', async () => {
    const { core, c } = await october();
    const wb = await exported(core, c.employerId);
    await mustJob(core, 'periodLocks.lock', { month: MONTH });
    const err = await jobError(core, 'imports.attendance.check', {
      fileName: '考勤表.xlsx',
      contentBase64: await contentOf(wb),
      month: MONTH,
      employerId: c.employerId,
    });
    expect(err.message).toMatch(/2026年10月已锁定/);
    const missing = await call(core, 'imports.attendance.check', {
      fileName: '考勤表.xlsx',
      contentBase64: '',
      month: '2026-13',
      employerId: c.employerId,
    });
    expect(missing.ok).toBe(false);
  });
});

// fix27b: a 考勤表 import takes the 导入前 copy and records its batch like every import; 撤销本次导入 puts the grid back,
// and is refused once a reviewed roster holds the rows.
describe('imports.attendance: the 导入前 copy and 撤销本次导入', () => {
  const register = (core: Core) => snapshot(core, ['audit_log', 'import_batches', 'import_batch_rows']);

  async function imported() {
    const { core, c, u, r } = await october();
    const wb = await exported(core, c.employerId);
    fill(wb, { urban: u.personName, rural: r.personName });
    const before = register(core);
    const checked = await check(core, c, wb);
    const done = await jobData<RosterImportResult>(core, 'imports.attendance.commit', { token: checked.token });
    expect(done.backup).toEqual(BEFORE_IMPORT_COPY);
    const { items } = await must(core, 'imports.batches.list', {});
    expect(items.map((b) => [b.kind, b.backup, b.fileName, b.status])).toEqual([
      ['attendance', done.backup, '考勤表.xlsx', 'open'],
    ]);
    return { core, u, before, batchId: items[0].id };
  }

  it('undone: the grid as before the import', async () => {
    const { core, before, batchId } = await imported();
    expect(await mustJob(core, 'imports.batches.undo', { id: batchId })).toEqual({ id: batchId, reverted: 2 });
    expect(register(core)).toBe(before);
  });

  it('refused once a reviewed roster holds the rows, nothing changed', async () => {
    const { core, u, batchId } = await imported();
    await reviewedRoster(core, 'post', MONTH);
    const after = snapshot(core);
    expect(await jobResult(core, 'imports.batches.undo', { id: batchId })).toMatchObject({
      ok: false,
      error: {
        code: 'RULE_VIOLATION',
        message: `不能撤销本次导入：考勤（${u.personName} ${MONTH}）已列入审核后的补贴发放花名册。未撤销任何数据。`,
      },
    });
    expect(snapshot(core)).toBe(after);
  });
});
