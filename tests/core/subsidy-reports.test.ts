// RPT-05, RPT-06 and RPT-09 through reports.export on real SQLite files, read back with exceljs: sheets, day columns,
// 小计/合计 equal to the sum of the rows, 大写 equal to the total, a locked roster exporting identically twice.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fenToChineseUpper } from '../../shared/domain/money';
import { writeSetting } from '../../electron/core/modules/settings/queries';
import { makeCore, must } from './harness';
import { jobError } from './import-workbooks';
import { rowsStarting } from '../workbook-rows';
import { gradInput, graduate, internCounty, retainedEnd } from './internships-fixtures';
import { defaultMarks } from '../../shared/domain/subsidy-amounts';
import {
  adjustment,
  CALENDAR_2026,
  entry,
  octoberGrid,
  OCTOBER_TWO_ABSENCES,
  OCTOBER_TWO_ABSENCES_ENTRY,
  placedBeyondPeriod,
  reviewedRoster,
  saveUrbanOctober,
  subsidyCounty,
} from './subsidies-fixtures';
import { BEYOND_PERIOD_NOTE } from '../../electron/core/modules/subsidies/reports/rpt06';
import { cellsOf, exportBook } from './reports-export-read';
import { RPT05_MARKS_NOTE, RPT05_TOTALS_NOTE } from '../../electron/core/modules/attendance/reports/rpt05';

const headerCol = (ws: ExcelJS.Worksheet, text: string, rows = [3, 4]): number => {
  for (const r of rows) for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(r, c).value === text) return c;
  throw new Error(`no header ${text}`);
};

async function octoberReviewed() {
  const core = makeCore();
  const c = await subsidyCounty(core);
  const { u } = await saveUrbanOctober(c, OCTOBER_TWO_ABSENCES_ENTRY);
  const batch = await reviewedRoster(core, 'post', '2026-10');
  return { core, c, batch, u };
}

describe('RPT-05 公益性岗位考勤表', () => {
  it('one sheet per 用人单位 with a column per day, the marks as entered and — off post', async () => {
    const { core, c, u } = await octoberReviewed();
    const wb = await exportBook(core, { report: 'RPT-05', month: '2026-10' });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['乌帕尔镇人民政府']);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('乌帕尔镇人民政府2026年10月公益性岗位人员考勤表');
    const day1 = headerCol(ws, '1');
    expect(ws.getCell(4, day1 + 30).value).toBe('31');
    expect(ws.getCell(3, day1).value).toBe('每日考勤');
    const nameCol = headerCol(ws, '姓名');
    const urbanRow = rowsStarting(ws, nameCol, u.personName)[0];
    const ruralRow = urbanRow === 5 ? 6 : 5;
    expect(Array.from({ length: 31 }, (_, i) => ws.getCell(urbanRow, day1 + i).value).join('')).toBe(
      OCTOBER_TWO_ABSENCES,
    );
    const cols = ['应出勤天数', '实际出勤天数', '请假天数', '旷工天数'].map((h) => headerCol(ws, h));
    expect(cols.map((col) => ws.getCell(urbanRow, col).value)).toEqual([18, 16, 1, 1]);
    // The rural person (from 16 October, no marks kept): — before the start, empty after, 请假/旷工 empty; 应出勤天数
    // the 11 working days on post (16–31 October), not the month's 18.
    expect(ws.getCell(ruralRow, day1).value).toBe('—');
    expect(ws.getCell(ruralRow, day1 + 15).value).toBeNull();
    expect(cols.map((col) => ws.getCell(ruralRow, col).value)).toEqual([11, 11, null, null]);
    expect(rowsStarting(ws, 1, '用人单位负责人（签字）')).toHaveLength(1);
    // The rural row's 11 is a monthly total, not a count of √: the 说明 says so for this sheet (not "√ days" alone).
    const notes = rowsStarting(ws, 1, '说明：').map((n) => String(ws.getCell(n, 1).value));
    expect(notes).toEqual([`说明：${RPT05_TOTALS_NOTE}`]);
    expect(RPT05_TOTALS_NOTE).toContain('每日考勤空白的人员按月录入，实际出勤天数为录入的合计天数');
    // One employer only, and a month without attendance refused.
    const one = await exportBook(core, { report: 'RPT-05', month: '2026-10', employerId: c.employerId });
    expect(one.worksheets).toHaveLength(1);
    expect((await jobError(core, 'reports.export', { report: 'RPT-05', month: '2026-09', full: false })).message).toBe(
      '2026年9月还没有考勤记录，请先生成考勤。',
    );
  });
});

describe('RPT-05 说明: 实际出勤天数 as the sheet holds it', () => {
  it('every row with its days kept: 实际出勤天数 is the count of √, and the sheet says so', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    const { u, r } = await octoberGrid(c);
    const ruralMarks = defaultMarks('2026-10', '2026-10-16', '2026-10-31', CALENDAR_2026);
    await must(core, 'attendance.save', {
      month: '2026-10',
      employerId: c.employerId,
      rows: [entry(u, OCTOBER_TWO_ABSENCES_ENTRY), entry(r, { attendedDays: 11, dailyMarks: ruralMarks })],
    });
    const ws = (await exportBook(core, { report: 'RPT-05', month: '2026-10' })).worksheets[0];
    const attended = headerCol(ws, '实际出勤天数');
    const day1 = headerCol(ws, '1');
    for (const row of [5, 6]) {
      const ticks = Array.from({ length: 31 }, (_, i) => ws.getCell(row, day1 + i).value).filter((v) => v === '√');
      expect(ws.getCell(row, attended).value).toBe(ticks.length);
    }
    const notes = rowsStarting(ws, 1, '说明：').map((n) => String(ws.getCell(n, 1).value));
    expect(notes).toEqual([`说明：${RPT05_MARKS_NOTE}`]);
  });
});

describe('RPT-06 公益性岗位补贴发放花名册', () => {
  it('乡镇 → 用人单位 小计, 合计 = the sum of the rows, 大写 = the total, the same file twice from a locked roster', async () => {
    const { core } = await octoberReviewed();
    const wb = await exportBook(core, { report: 'RPT-06', month: '2026-10' });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['岗位补贴']);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('疏附县2026年10月公益性岗位补贴发放花名册');
    const total = headerCol(ws, '补贴合计');
    const paid = headerCol(ws, '实发岗位补贴');
    const si = headerCol(ws, '社保补贴金额');
    const data = [5, 6];
    const sum = data.reduce((s, r) => s + Math.round((ws.getCell(r, total).value as number) * 100), 0);
    expect(sum).toBe(222_600 + 93_935);
    for (const r of data)
      expect(Math.round((ws.getCell(r, total).value as number) * 100)).toBe(
        Math.round((ws.getCell(r, paid).value as number) * 100) + Math.round((ws.getCell(r, si).value as number) * 100),
      );
    const [employerSub] = rowsStarting(ws, headerCol(ws, '用人单位'), '乌帕尔镇人民政府小计');
    const [townSub] = rowsStarting(ws, headerCol(ws, '乡镇'), '乌帕尔镇小计');
    const [grand] = rowsStarting(ws, headerCol(ws, '乡镇'), '合计');
    for (const r of [employerSub, townSub, grand])
      expect(Math.round((ws.getCell(r, total).value as number) * 100)).toBe(sum);
    expect(ws.getCell(grand, headerCol(ws, '姓名')).value).toBe(2);
    const [capital] = rowsStarting(ws, 1, '合计人民币（大写）：');
    expect(ws.getCell(capital, 1).value).toBe(`合计人民币（大写）：${fenToChineseUpper(sum)}`);
    expect(ws.getCell(capital, 1).value).toBe('合计人民币（大写）：叁仟壹佰陆拾伍元叁角伍分');
    expect(rowsStarting(ws, 1, '编制人：古丽　　审核人：阿依古丽')).toHaveLength(1);
    expect(rowsStarting(ws, 1, '经办人签字')).toHaveLength(1);
    expect(JSON.stringify(cellsOf(wb))).not.toContain('补贴期限已');

    // Locked: a later change of the post standard changes nothing; the export is identical.
    core.ctx.db.prepare('UPDATE posts SET monthly_standard = 200000').run();
    await must(core, 'attendance.generate', { month: '2026-10' });
    expect(cellsOf(await exportBook(core, { report: 'RPT-06', month: '2026-10' }))).toEqual(cellsOf(wb));
  });

  it('a person on post after the subsidy period: listed with 0, 备注 says when the period ended, and a 说明 line says why', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    const { personId: longId } = await placedBeyondPeriod(c);
    await must(core, 'attendance.generate', { month: '2026-10' });
    await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    const wb = await exportBook(core, { report: 'RPT-06', month: '2026-10' });
    const ws = wb.getWorksheet('岗位补贴')!;
    const name = headerCol(ws, '姓名');
    const remark = headerCol(ws, '备注');
    const person = core.ctx.db.prepare('SELECT name FROM persons WHERE id = ?').pluck().get(longId) as string;
    const [long] = rowsStarting(ws, name, person);
    expect(ws.getCell(long, headerCol(ws, '补贴合计')).value).toBe(0);
    expect(ws.getCell(long, remark).value).toBe('补贴期限已于2026年9月届满，本月不再发放');
    const others = rowsStarting(ws, name, '').filter((r) => r !== long && typeof ws.getCell(r, 1).value === 'number');
    expect(others).toHaveLength(2);
    for (const r of others) expect(String(ws.getCell(r, remark).value ?? '')).not.toContain('补贴期限');
    const notes = JSON.stringify(cellsOf(wb));
    expect(notes).toContain(BEYOND_PERIOD_NOTE);
  });

  it("social insurance claimed separately gets its own sheet; the month's 补发/扣回 roster follows; no roster, no export", async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    writeSetting(core.ctx.db, 'subsidy.siClaim', 'separate', '古丽', 'x');
    expect((await jobError(core, 'reports.export', { report: 'RPT-06', month: '2026-10', full: false })).message).toBe(
      '2026年10月还没有编制公益性岗位岗位补贴发放花名册，请先编制花名册。',
    );
    await saveUrbanOctober(c, { siPensionFen: 30_400, siMedicalFen: 14_250, siUnemploymentFen: 950 });
    const post = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    await must(core, 'subsidies.generateBatch', { kind: 'si', month: '2026-10' });
    await must(core, 'subsidies.review', { id: post.id, reviewedBy: '阿依古丽', confirmUnentered: true });
    await must(core, 'attendance.generate', { month: '2026-11' });
    const sup = await must(core, 'subsidies.createSupplement', { kind: 'post', month: '2026-11' });
    await must(core, 'subsidies.adjust', adjustment(sup.id, post.items[0].id, -1_000, '多发扣回'));
    await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });

    const oct = await exportBook(core, { report: 'RPT-06', month: '2026-10' });
    expect(oct.worksheets.map((w) => w.name)).toEqual(['岗位补贴', '社保补贴']);
    const siWs = oct.getWorksheet('社保补贴')!;
    expect(siWs.getCell('A1').value).toBe('疏附县2026年10月公益性岗位社会保险补贴发放花名册');
    const [capital] = rowsStarting(siWs, 1, '合计人民币（大写）：');
    expect(siWs.getCell(capital, 1).value).toBe('合计人民币（大写）：肆佰伍拾陆元整');
    expect(
      rowsStarting(siWs, 1, '说明：本花名册（2026年10月公益性岗位社保补贴发放花名册）为草稿，尚未审核'),
    ).toHaveLength(1);
    const postWs = oct.getWorksheet('岗位补贴')!;
    expect(() => headerCol(postWs, '补贴合计')).toThrow();
    expect(rowsStarting(postWs, 1, '合计人民币（大写）：')).toHaveLength(1);

    const nov = await exportBook(core, { report: 'RPT-06', month: '2026-11' });
    expect(nov.worksheets.map((w) => w.name)).toEqual(['岗位补贴', '补发扣回']);
    const supWs = nov.getWorksheet('补发扣回')!;
    const amount = headerCol(supWs, '补发(+)/扣回(−)金额', [3]);
    // One header row: the correction on row 4, its 小计 rows and the 合计 after.
    expect(supWs.getCell(4, amount).value).toBe(-10);
    expect(supWs.getCell(4, headerCol(supWs, '原因', [3])).value).toBe('多发扣回');
    expect(supWs.getCell(4, headerCol(supWs, '原花名册', [3])).value).toBe('2026年10月公益性岗位岗位补贴发放花名册');
    expect(supWs.getCell(rowsStarting(supWs, 1, '合计人民币（大写）：')[0], 1).value).toBe(
      '合计人民币（大写）：负壹拾元整',
    );
  });
});

/** Two graduates interning from 2026-09-01, one at each 见习基地 (甲 and 乙). */
async function twoInterns() {
  const core = makeCore();
  const c = await internCounty(core);
  const a = await graduate(c);
  const b = await graduate(c, '20030611');
  const i1 = await must(core, 'internships.create', gradInput(a, c.hostA));
  await must(core, 'internships.create', gradInput(b, c.hostB, { insurancePolicy: 'PICC-2' }));
  return { core, i1 };
}

/** RPT-09 of twoInterns, rows 4 to 8 of the 见习单位 column: 乙 then its 小计, 甲 then its 小计, 合计. */
const HOST_GROUPS = ['疏附县乙见习基地', '疏附县乙见习基地小计', '疏附县甲见习基地', '疏附县甲见习基地小计', '合计'];
const hostColumn = (ws: ExcelJS.Worksheet) => {
  const host = headerCol(ws, '见习单位');
  return [4, 5, 6, 7, 8].map((r) => ws.getCell(r, host).value);
};

describe('RPT-09 就业见习补贴发放花名册', () => {
  it('grouped by 见习单位, the early-hire remainder to the host on a line of its own, 合计 and 大写 equal to the rows', async () => {
    const { core, i1 } = await twoInterns();
    await must(core, 'internships.end', retainedEnd(i1.id, '2026-10-15', '3', '2026-10-16', 2));
    await must(core, 'allowances.generate', { month: '2026-10' });
    core.ctx.db.prepare("UPDATE persons SET bank_card_no = '6217000000000001111'").run();
    core.ctx.db.prepare("UPDATE employers SET bank_account = '3006000000002222'").run();
    const batch = await reviewedRoster(core, 'internship', '2026-10');
    const wb = await exportBook(core, { report: 'RPT-09', from: '2026-10', to: '2026-10' });
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('疏附县2026年10月就业见习补贴发放花名册');
    const [total, early, due, name, account, remark] = [
      '合计',
      '提前留用剩余期限补贴',
      '本期生活费补助',
      '姓名',
      '拨付账户(单位账户或个人社保卡)',
      '备注',
    ].map((h) => headerCol(ws, h));
    const fen = (row: number, col: number) => Math.round((ws.getCell(row, col).value as number) * 100);
    const std = i1.allowanceStandardFen;
    const half = Math.floor((2 * std * 15 + 31) / 62);
    const rest = Math.floor((2 * std * 16 + 31) / 62) + 4 * std;
    // 乙 (whole month) then its 小计; 甲's intern on their own line (own card), the remainder under it (the host's
    // account, no 序号, no name), then 甲's 小计; 合计. One header row, data from row 4.
    const host = headerCol(ws, '见习单位');
    expect([4, 5, 6, 7, 8, 9].map((r) => ws.getCell(r, host).value)).toEqual([
      '疏附县乙见习基地',
      '疏附县乙见习基地小计',
      '疏附县甲见习基地',
      '疏附县甲见习基地',
      '疏附县甲见习基地小计',
      '合计',
    ]);
    expect([4, 6, 7].map((r) => ws.getCell(r, 1).value)).toEqual([1, 2, null]);
    expect([fen(6, due), fen(6, early), fen(6, total)]).toEqual([half, 0, half]);
    expect(ws.getCell(6, account).value).toBe('**** 1111');
    expect(ws.getCell(6, remark).value).toBe('提前留用，剩余期限补贴见下一行');
    expect([ws.getCell(7, name).value, ws.getCell(7, due).value]).toEqual([null, null]);
    expect([fen(7, early), fen(7, total)]).toEqual([rest, rest]);
    expect(ws.getCell(7, account).value).toBe('**** 2222');
    expect(ws.getCell(7, remark).value).toBe(
      `${ws.getCell(6, name).value}提前留用剩余期限补贴，拨付见习单位（原协议至2027-02-28）`,
    );
    // The 小计 counts one person and adds both lines; the 合计 two persons.
    expect([ws.getCell(8, name).value, fen(8, total), fen(8, early)]).toEqual([1, half + rest, rest]);
    expect(fen(4, total)).toBe(std);
    const grand = half + rest + std;
    expect([ws.getCell(9, name).value, fen(9, total)]).toEqual([2, grand]);
    expect(batch.totalFen).toBe(grand);
    expect(ws.getCell(rowsStarting(ws, 1, '合计人民币（大写）：')[0], 1).value).toBe(
      `合计人民币（大写）：${fenToChineseUpper(grand)}`,
    );
    expect(cellsOf(await exportBook(core, { report: 'RPT-09', from: '2026-10', to: '2026-10' }))).toEqual(cellsOf(wb));
    expect(JSON.stringify(cellsOf(wb))).toContain('本期生活费补助 = 补助标准 × 本期见习天数 ÷ 当月天数');
    // Both payees need an account: the intern's card for their own part, the 见习单位's for the remainder.
    expect((await must(core, 'subsidies.get', { id: batch.id })).missingAccounts).toEqual([]);
    await must(core, 'subsidies.unreview', { id: batch.id, reason: '补录账号' });
    core.ctx.db.prepare('UPDATE persons SET bank_card_no = NULL WHERE id = ?').run(i1.personId);
    core.ctx.db.prepare("UPDATE employers SET bank_account = NULL WHERE name = '疏附县甲见习基地'").run();
    const intern = { personId: i1.personId, personName: ws.getCell(6, name).value };
    expect((await must(core, 'subsidies.get', { id: batch.id })).missingAccounts).toEqual([
      { ...intern, hostName: null },
      { ...intern, hostName: '疏附县甲见习基地' },
    ]);
  });

  it('a deduction shows in 扣减 with its reason in 备注; 合计 and the roster pay the living allowance less it', async () => {
    const { core, i1 } = await twoInterns();
    await must(core, 'allowances.generate', { month: '2026-10' });
    const row = (await must(core, 'allowances.list', { month: '2026-10' })).rows.find((r) => r.internshipId === i1.id)!;
    await must(core, 'allowances.save', {
      id: row.id,
      expectedUpdatedAt: row.updatedAt,
      deductionFen: 25_000,
      deductionReason: '单位未足额发放岗位补助',
      hostAllowanceVerified: false,
    });
    const batch = await reviewedRoster(core, 'internship', '2026-10');
    const std = i1.allowanceStandardFen;
    expect(batch.totalFen).toBe(2 * std - 25_000);
    const ws = (await exportBook(core, { report: 'RPT-09', from: '2026-10', to: '2026-10' })).worksheets[0];
    const cut = headerCol(ws, '扣减');
    const total = headerCol(ws, '合计');
    // 乙 (no deduction) on row 4, 甲 on row 6, 合计 on row 8.
    expect(hostColumn(ws)).toEqual(HOST_GROUPS);
    expect(ws.getCell(4, cut).value).toBe(0);
    expect(Math.round((ws.getCell(6, cut).value as number) * 100)).toBe(25_000);
    expect(Math.round((ws.getCell(6, total).value as number) * 100)).toBe(std - 25_000);
    expect(Math.round((ws.getCell(8, total).value as number) * 100)).toBe(2 * std - 25_000);
    expect(ws.getCell(6, headerCol(ws, '备注')).value).toBe('扣减：单位未足额发放岗位补助');
  });

  it("a quarter adds up each month's roster into one row per intern; every month of the period needs its roster", async () => {
    const { core, i1 } = await twoInterns();
    const totals: number[] = [];
    for (const month of ['2026-09', '2026-10']) {
      await must(core, 'allowances.generate', { month });
      const batch = await reviewedRoster(core, 'internship', month);
      totals.push(batch.totalFen);
    }
    const quarter = { report: 'RPT-09', from: '2026-09', to: '2026-11', full: false };
    expect((await jobError(core, 'reports.export', quarter)).message).toBe(
      '2026年11月还没有编制见习补贴发放花名册，请先编制花名册。',
    );
    await must(core, 'allowances.generate', { month: '2026-11' });
    const nov = await must(core, 'subsidies.generateBatch', { kind: 'internship', month: '2026-11' });
    totals.push(nov.totalFen);
    const wb = await exportBook(core, quarter);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toContain('就业见习补贴发放花名册');
    const days = headerCol(ws, '本期见习天数');
    const total = headerCol(ws, '合计');
    // One row per intern: 30 + 31 + 30 days, three whole months of the standard each.
    expect(hostColumn(ws)).toEqual(HOST_GROUPS);
    expect(ws.getCell(4, days).value).toBe(91);
    expect(ws.getCell(6, days).value).toBe(91);
    const std = i1.allowanceStandardFen;
    expect(Math.round((ws.getCell(6, total).value as number) * 100)).toBe(3 * std);
    const grand = totals.reduce((x, y) => x + y, 0);
    expect(grand).toBe(6 * std);
    expect(Math.round((ws.getCell(8, total).value as number) * 100)).toBe(grand);
    expect(ws.getCell(rowsStarting(ws, 1, '合计人民币（大写）：')[0], 1).value).toBe(
      `合计人民币（大写）：${fenToChineseUpper(grand)}`,
    );
    const text = JSON.stringify(cellsOf(wb));
    expect(text).toContain('本表汇总2026年9月至2026年11月各月见习补贴发放花名册，每人一行');
    // 本期生活费补助 of several months is not 补助标准 × 本期见习天数 ÷ 当月天数 (2000 × 91 ÷ ?): the 说明 says so.
    expect(text).toContain('本期生活费补助为各月生活费补助之和，每月 = 补助标准 × 当月见习天数 ÷ 当月天数');
    expect(text).not.toContain('本期生活费补助 = 补助标准 × 本期见习天数');
    // November's roster is still a draft: the sheet says so.
    expect(text).toContain('尚未审核，金额以审核后为准');
  });
});
