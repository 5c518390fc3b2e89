import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AttendanceGrid } from '../../shared/contract/attendance';
import { fenToChineseUpper } from '../../shared/domain/money';
import { callApi, shotOnFailure, useApp, type RunningApp } from './app';
import { dialogTitled, retype, typeAndPick } from './posts-setup';
import { SUB_EMPLOYER, setUpSubsidyScene, type SubsidyScene } from './subsidies-setup';
import { rowsStarting } from '../workbook-rows';
import { savedWorkbook } from './downloads';

// Issue 12, done-when: one month end to end in the 补贴发放 screens — generate October's attendance, enter two
// absences, a deduction and an employer's social insurance in the grid from the keyboard, generate and review the
// roster, be refused an edit of the locked month with the core's message, export RPT-05 and RPT-06 and read back
// the totals and the 合计人民币（大写） line; then correct one person through a 补发 roster in November and see RPT-07
// columns 19–21 follow; the person page shows the months. Working date 2026-12-01: November's own roster is reviewed
// only once November has ended (a roster pays months worked, not months ahead).

/** 生成花名册: the form shows the month the roster covers; its own 生成花名册 makes it. */
async function generateRoster(page: Page) {
  await page.getByRole('button', { name: '生成花名册' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '生成花名册' }).click();
  await page.getByText('花名册已生成').waitFor();
}

const OCT_ROSTER = '2026年10月公益性岗位岗位补贴发放花名册';
const NOV_ROSTER = '2026年11月公益性岗位岗位补贴发放花名册';
const NOV_SUPPLEMENT = '2026年11月公益性岗位岗位补贴补发/扣回花名册';

describe('补贴发放: a month end to end, a locked month refused, a correction next month', () => {
  let scene: SubsidyScene;
  const suite = useApp({ county: true, files: 'taizhang-e2e-subsidies-', today: '2026-12-01' }, async (app) => {
    scene = await setUpSubsidyScene(app);
  });

  it('walks the monthly subsidy routine as a clerk would', () =>
    shotOnFailure(suite.app, 'subsidies', () => walk(suite.app, scene, suite.tmp)));
});

const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
/** The 补贴发放 screen of a month, once it shows that month (the buttons act on the month shown). */
async function openMonth(page: Page, month: string) {
  await go(page, `#/posts/subsidies?month=${month}`);
  await expect.poll(() => page.locator('#subsidy-month').inputValue()).toBe(month);
}
const grid = (app: RunningApp, s: SubsidyScene, month: string) =>
  callApi<AttendanceGrid>(app, 'attendance.grid', { month, employerId: s.employerId });
const sumFen = (g: AttendanceGrid) => g.rows.reduce((n, r) => n + r.paidFen + r.siSubsidyFen, 0);

async function download(app: RunningApp, tmp: string, click: () => Promise<void>): Promise<ExcelJS.Workbook> {
  const downloading = app.page.waitForEvent('download');
  await click();
  return savedWorkbook(await downloading, tmp);
}

function headerCol(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= 6; r++) for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(r, c).value === text) return c;
  throw new Error(`no header ${text}`);
}

async function reviewRoster(page: Page, name: string) {
  const row = page.getByRole('row', { name: new RegExp(name.replace('/', '\\/')) });
  await row.getByRole('button', { name: '审核' }).click();
  const dialog = dialogTitled(page, `审核：${name}`);
  await dialog.getByLabel('审核人').fill('阿依古丽·吾斯曼');
  await dialog.getByRole('button', { name: '审核并锁定' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await row.getByText('已审核').waitFor();
}

async function walk(app: RunningApp, s: SubsidyScene, tmp: string) {
  const { page } = app;
  // In the grid's order (post, then name): a, b, c.
  const [c, b, a] = s.persons;

  // 公益性岗位 → 补贴发放, October: nothing generated yet; 生成考勤 makes three rows to enter.
  await page.getByRole('menuitem', { name: /公益性岗位/ }).click();
  await page.getByRole('navigation', { name: '公益性岗位' }).getByText('补贴发放').click();
  await openMonth(page, '2026-10');
  await page.getByRole('button', { name: '生成考勤' }).click();
  await page.getByText('考勤已生成').waitFor();
  const employerRow = page.getByRole('row', { name: new RegExp(SUB_EMPLOYER) });
  await expect
    .poll(async () => (await employerRow.innerText()).split(/\s+/).slice(2, 7))
    .toEqual(['3', '3', '0', '3', '0']);
  await app.shot('subsidies-01-month-generated');

  // The grid, driven from the keyboard: A two days absent, B a deduction with its reason, C the employer's pension.
  await employerRow.getByRole('link', { name: '录入考勤' }).click();
  const cell = (p: { name: string }, label: string) => page.getByLabel(`${p.name} ${label}`, { exact: true });
  await cell(a, '实际出勤天数').waitFor();
  const required = Number(await cell(a, '应出勤天数').inputValue());
  expect(required).toBeGreaterThan(15);
  // A's two absences as daily marks: 旷 on the first working day, 假 on the second (the attended days follow).
  await page.getByText('每日考勤', { exact: true }).click();
  const workingDays = page.locator(`input[aria-label^="${a.name} "][placeholder="√"]`);
  await workingDays.first().click();
  await page.keyboard.press('4');
  await workingDays.nth(1).click();
  await page.keyboard.press('3');
  await app.shot('subsidies-02a-daily-marks');
  await page.getByText('天数与金额', { exact: true }).click();
  expect(await cell(a, '实际出勤天数').inputValue()).toBe(String(required - 2));
  await cell(a, '实际出勤天数').click();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`${b.name} 实际出勤天数`);
  await page.keyboard.press('Tab');
  await page.keyboard.type('100');
  await page.keyboard.press('Tab');
  await page.keyboard.type('迟到三次');
  await retype(cell(c, '养老(元)'), '304');
  await page.getByRole('button', { name: '保存考勤（3人）' }).waitFor();
  await page.keyboard.press('Control+s');
  await page.getByText('考勤已保存').waitFor();
  const oct = await grid(app, s, '2026-10');
  const row = (p: { id: string }) => oct.rows.find((r) => r.personId === p.id)!;
  expect(row(a)).toMatchObject({ attendedDays: required - 2, deductionFen: 0 });
  expect(Array.from(row(a).dailyMarks ?? '').filter((m) => m === '旷' || m === '假')).toEqual(['旷', '假']);
  expect(row(b)).toMatchObject({
    attendedDays: required,
    deductionFen: 10_000,
    deductionReason: '迟到三次',
    paidFen: row(b).dueFen - 10_000,
  });
  expect(row(c)).toMatchObject({ siPensionFen: 30_400, siSubsidyFen: 30_400 });
  expect(oct.rows.every((r) => r.enteredAt !== null)).toBe(true);
  await app.shot('subsidies-02-grid-entered');

  // The roster: generated, reviewed with confirmation — the month is locked.
  await page.getByRole('link', { name: '← 补贴发放' }).click();
  await generateRoster(page);
  await reviewRoster(page, OCT_ROSTER);
  await app.shot('subsidies-03-roster-reviewed');

  // A write to the locked month is refused with the core's message naming the roster; nothing changes.
  await page
    .getByRole('row', { name: new RegExp(SUB_EMPLOYER) })
    .getByRole('link', { name: '录入考勤' })
    .click();
  await page.getByText('3 人的考勤已列入已审核的花名册，已锁定').waitFor();
  await retype(cell(a, '实际出勤天数'), String(required - 3));
  await page.keyboard.press('Control+s');
  await page.getByText(`（${a.name}）2026年10月的考勤已列入“${OCT_ROSTER}”（已审核），已锁定，不能修改。`).waitFor();
  await app.shot('subsidies-04-locked-refused');
  expect(row(a).attendedDays).toBe((await grid(app, s, '2026-10')).rows.find((r) => r.personId === a.id)!.attendedDays);

  // RPT-05 and RPT-06 of October from the month's screen.
  // The refused change is still typed in: leaving the page asks first (the leave guard), and the clerk gives it up.
  await page.getByRole('link', { name: '← 补贴发放' }).click();
  await page.getByRole('dialog', { name: '放弃未保存的内容吗？' }).getByRole('button', { name: '放弃' }).click();
  const rpt05 = await download(app, tmp, () => page.getByRole('button', { name: '导出考勤表' }).click());
  const ws05 = rpt05.worksheets[0];
  expect(ws05.getCell('A1').value).toBe(`${SUB_EMPLOYER}2026年10月公益性岗位人员考勤表`);
  const nameCol = headerCol(ws05, '姓名');
  const [aRow] = rowsStarting(ws05, nameCol, a.name);
  expect(ws05.getCell(aRow, headerCol(ws05, '实际出勤天数')).value).toBe(required - 2);
  expect(ws05.getCell(aRow, headerCol(ws05, '应出勤天数')).value).toBe(required);
  expect(ws05.getCell(aRow, headerCol(ws05, '请假天数')).value).toBe(1);
  expect(ws05.getCell(aRow, headerCol(ws05, '旷工天数')).value).toBe(1);

  const rpt06 = await download(app, tmp, () => page.getByRole('button', { name: '导出花名册' }).click());
  const ws06 = rpt06.getWorksheet('岗位补贴')!;
  const total = headerCol(ws06, '补贴合计');
  const [grand] = rowsStarting(ws06, headerCol(ws06, '乡镇'), '合计');
  const octTotal = sumFen(oct);
  expect(Math.round(Number(ws06.getCell(grand, total).value) * 100)).toBe(octTotal);
  const [capital] = rowsStarting(ws06, 1, '合计人民币（大写）：');
  expect(ws06.getCell(capital, 1).value).toBe(`合计人民币（大写）：${fenToChineseUpper(octTotal)}`);
  const names = rowsStarting(ws06, headerCol(ws06, '姓名'), '').map(
    (r) => ws06.getCell(r, headerCol(ws06, '姓名')).value,
  );
  expect(names).toEqual(expect.arrayContaining([a.name, b.name, c.name]));
  await app.shot('subsidies-05-exported');

  // November: the month's own roster, and a 补发 of B's October deduction on a supplementary roster; both reviewed.
  await openMonth(page, '2026-11');
  await page.getByRole('button', { name: '生成考勤' }).click();
  await page.getByText('考勤已生成').waitFor();
  await generateRoster(page);
  await page.getByRole('button', { name: '新建补发/扣回花名册' }).click();
  await page.getByText('补发/扣回花名册已建立').waitFor();
  await page.getByRole('button', { name: NOV_SUPPLEMENT }).click();
  const drawer = page.getByRole('dialog', { name: NOV_SUPPLEMENT });
  await typeAndPick(drawer.getByRole('combobox', { name: '原花名册' }), '2026年10月');
  await typeAndPick(drawer.getByRole('combobox', { name: '更正人员' }), '热依汗');
  await drawer.getByLabel('补发/扣回金额(元)').fill('100');
  await drawer.getByLabel('补发/扣回原因').fill('10月扣减有误，补发');
  await drawer.getByRole('button', { name: '添加' }).click();
  await drawer.getByRole('row', { name: /补发/ }).waitFor();
  await app.shot('subsidies-06-supplement');
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'hidden' });
  await reviewRoster(page, NOV_ROSTER);
  await reviewRoster(page, NOV_SUPPLEMENT);
  await app.shot('subsidies-07-november-reviewed');

  // RPT-07 for November: 19 = November's 岗位补贴 + the 补发, 20 = November's 社保补贴 (none entered), 21 = the year so far.
  const nov = await grid(app, s, '2026-11');
  await page.getByRole('menuitem', { name: /报表导出/ }).click();
  await page.getByRole('radio', { name: 'RPT-07 公益性岗位安置情况统计表' }).click();
  expect(await page.getByLabel('所属期').inputValue()).toBe('2026-12'); // this month by default
  await retype(page.getByLabel('所属期'), '2026-11');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByLabel('所属期').inputValue()).toBe('2026-11');
  const rpt07 = await download(app, tmp, () => page.getByRole('button', { name: '导出', exact: true }).click());
  const ws07 = rpt07.worksheets[0];
  const [sum07] = rowsStarting(ws07, 1, '合计');
  const fen = (header: string) => Math.round(Number(ws07.getCell(sum07, headerCol(ws07, header)).value) * 100);
  const novPost = nov.rows.reduce((n, r) => n + r.paidFen, 0);
  expect(fen('本期岗位补贴(元)')).toBe(novPost + 10_000);
  expect(fen('本期社保补贴(元)')).toBe(0);
  expect(fen('年初至本期累计补贴(元)')).toBe(octTotal + novPost + 10_000);

  // B's person page: each month's amounts, October's deduction and the 补发 of November.
  await go(page, `#/persons/${b.id}`);
  await page.getByRole('tab', { name: '公益性岗位' }).click();
  const months = page.getByRole('region', { name: '每月补贴' });
  await months
    .getByRole('row', { name: /2026年10月/ })
    .getByText('补发 100.00')
    .waitFor();
  await months.getByRole('row', { name: /2026年11月/ }).waitFor();
  await app.shot('subsidies-08-person-months');
}
