import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './app';
import { endedInternship, setUpInterns, UNIT, type InternPerson } from './internships-setup';
import { dialogTitled, fieldItem, highlighted, listClosed, visibleOption } from './locators';
import { savedWorkbook } from './downloads';

// Issue 7, item 8: the clerk marks a host base, places a graduate, is refused a 25-year-old youth and a 13-month
// agreement with clear messages, ends one internship as retained, exports RPT-10 and the file holds the rate.

async function pick(page: Page, box: Locator, text: string) {
  await box.click();
  await page.keyboard.type(text);
  await highlighted(box);
  await page.keyboard.press('Enter');
  await listClosed(box);
}

/** Types into a select and clicks the option whose text contains `option`. */
async function choose(page: Page, box: Locator, text: string, option: string) {
  await box.click();
  await page.keyboard.type(text);
  await visibleOption(page, option).click();
  await listClosed(box);
}

async function fill(drawer: Locator, values: Record<string, string>) {
  for (const [label, v] of Object.entries(values)) await drawer.getByLabel(label, { exact: true }).fill(v);
}

describe('就业见习: a clerk places interns and exports the retention', () => {
  let unitId: string;
  let people: Record<'a' | 'b' | 'c' | 'd', InternPerson>;
  const suite = useApp({ county: true, files: 'taizhang-e2e-intern-' }, async (app) => {
    ({ unitId, people } = await setUpInterns(app));
  });

  it('marks a base, places a graduate, is refused twice, ends one as retained', async () => {
    const { app } = suite;
    const { page } = app;
    await page.getByRole('menuitem', { name: /就业见习/ }).click();
    await page.getByRole('tab', { name: /见习基地/ }).click();

    // 见习基地: the unit is not a base yet; 认定为见习基地 with its dates.
    const row = page.getByRole('table', { name: '单位列表' }).getByRole('row', { name: new RegExp(UNIT) });
    await row.getByRole('button', { name: '认定为见习基地' }).click();
    const mark = dialogTitled(page, `认定为见习基地：${UNIT}`);
    await fill(mark, { 见习基地认定日期: '2025-03-01', 见习基地有效期至: '20271231' });
    await app.shot('internships-01-mark-base');
    await page.keyboard.press('Enter');
    await mark.waitFor({ state: 'hidden' });
    await row.getByText('2027-12-31').waitFor();
    await row.getByRole('button', { name: '修改' }).waitFor();
    await app.shot('internships-02-bases');

    await endedInternship(app, unitId, people.d.id);

    // 见习人员 → 新增见习: graduate A, the allowance standard from the minimum wage on the start date.
    await page.getByRole('tab', { name: '见习人员' }).click();
    await page.getByRole('button', { name: '新增见习' }).click();
    const drawer = dialogTitled(page, '新增见习');
    await pick(page, drawer.getByRole('combobox', { name: '见习人员', exact: true }), people.a.idNumber.slice(-4));
    await pick(page, drawer.getByRole('combobox', { name: '见习人员类别', exact: true }), '高校毕业生');
    await fill(drawer, { 毕业院校: '喀什大学', 专业: '电子商务', '毕业(离校)时间': '2025-07-01' });
    await pick(page, drawer.getByRole('combobox', { name: '学历', exact: true }), '本科');
    await pick(page, drawer.getByRole('combobox', { name: '见习单位', exact: true }), '明德');
    await fill(drawer, { 见习岗位: '网店运营', 见习协议开始日期: '2026-06-01', 见习协议截止日期: '2026-11-27' });
    await drawer.getByText('共 6 个月').waitFor();
    await drawer.getByRole('group', { name: '生活费补助标准' }).getByText('1,900.00 元/月').waitFor();
    await fill(drawer, { '单位岗位补助(元/月)': '950', 人身意外伤害保险保单号: 'PICC-2026-0211' });
    await drawer.getByText('不低于最低工资标准的一半：950.00 元').waitFor();
    await app.shot('internships-03-form-graduate');
    await page.keyboard.press('Control+s');
    await drawer.waitFor({ state: 'hidden' });
    const list = page.getByRole('table', { name: '见习人员列表' });
    await list
      .getByRole('row', { name: new RegExp(people.a.name) })
      .getByText('见习中')
      .waitFor();
    expect(await list.getByText(people.a.idNumber).count()).toBe(0); // masked (VR-09)
    await list.getByText(`${people.a.idNumber.slice(0, 6)}********${people.a.idNumber.slice(14)}`).waitFor();

    // A youth of 25 on the start date is refused (BR-25), at the top and under 见习人员.
    await page.getByRole('button', { name: '新增见习' }).click();
    await pick(page, drawer.getByRole('combobox', { name: '见习人员', exact: true }), people.b.name.slice(0, 4));
    await pick(page, drawer.getByRole('combobox', { name: '见习人员类别', exact: true }), '失业青年');
    await pick(page, drawer.getByRole('combobox', { name: '见习单位', exact: true }), '明德');
    await fill(drawer, {
      见习岗位: '仓储管理',
      见习协议开始日期: '2026-09-01',
      见习协议截止日期: '2027-02-28',
      '单位岗位补助(元/月)': '1000',
      人身意外伤害保险保单号: 'PICC-2026-0212',
    });
    await page.keyboard.press('Enter');
    const tooOld = '失业青年见习须在见习开始日年满16周岁、未满25周岁，该人员当日25周岁';
    // Said once, under its field (not repeated at the top).
    await fieldItem(drawer, '见习人员').getByText(tooOld).waitFor();
    expect(await drawer.getByText(tooOld).count()).toBe(1);
    await app.shot('internships-04-refused-age');

    // Graduate C instead, with a 13-month agreement: refused under 见习协议截止日期 (BR-26); 6 months is accepted.
    await choose(
      page,
      drawer.getByRole('combobox', { name: '见习人员', exact: true }),
      people.c.name.slice(0, 3),
      people.c.name,
    );
    await pick(page, drawer.getByRole('combobox', { name: '见习人员类别', exact: true }), '高校毕业生');
    await fill(drawer, {
      毕业院校: '新疆大学',
      专业: '会计学',
      '毕业(离校)时间': '2026-06-30',
      见习协议截止日期: '2027-09-30',
    });
    await pick(page, drawer.getByRole('combobox', { name: '学历', exact: true }), '本科');
    await drawer.getByText('共 13 个月').waitFor();
    await page.keyboard.press('Control+s');
    const tooLong =
      '见习期限应为3至12个月：协议 2026-09-01 开始，截止日期应在 2026-11-30 至 2027-08-31 之间，现为13个月';
    await fieldItem(drawer, '见习协议截止日期').getByText(tooLong).waitFor();
    expect(await drawer.getByText(tooLong).count()).toBe(1);
    await app.shot('internships-05-refused-duration');
    await fill(drawer, { 见习协议截止日期: '2027-02-28' });
    await page.keyboard.press('Control+s');
    await drawer.waitFor({ state: 'hidden' });
    await list.getByRole('row', { name: new RegExp(people.c.name) }).waitFor();
    await page.getByRole('status').filter({ hasText: '共 3 人' }).waitFor();
    await app.shot('internships-05b-list');

    // 到期提醒: A's agreement ended yesterday; end it from the work list as 期满留用.
    await page.getByRole('tab', { name: /到期提醒/ }).click();
    const due = page.getByRole('table', { name: '即将期满的见习' });
    const dueRow = due.getByRole('row', { name: new RegExp(people.a.name) });
    await dueRow.getByText('已超期 1 天').waitFor();
    await app.shot('internships-06-due');
    await dueRow.getByRole('button', { name: '结束见习' }).click();
    const end = dialogTitled(page, `结束见习：${people.a.name}`);
    expect(await end.getByLabel('实际结束日期', { exact: true }).inputValue()).toBe('2026-11-27');
    await pick(page, end.getByRole('combobox', { name: '结束方式', exact: true }), '期满留用');
    await fill(end, { 留用日期: '2026-11-28' });
    await end.getByLabel('留用合同年限(年)', { exact: true }).fill('2');
    await app.shot('internships-07-end-retained');
    await end.getByRole('button', { name: '保存' }).click();
    await end.waitFor({ state: 'hidden' });
    await due.getByText('30天内没有见习期满的人员').waitFor();

    // 留用率: this year at the unit, A kept and D not: 50.0%.
    await page.getByRole('tab', { name: '留用率' }).click();
    const rates = page.getByRole('table', { name: '留用率' });
    await expect
      .poll(() => rates.getByRole('row', { name: new RegExp(UNIT) }).innerText())
      .toMatch(/2\s+1\s+50\.0%\s+0/);
    await app.shot('internships-08-retention');

    // The person page shows the internship and the status.
    await page.goto(`${app.url}#/persons/${people.a.id}`);
    await page.getByRole('tab', { name: '就业见习' }).click();
    const own = page.getByRole('table', { name: '该人员的见习' });
    await own.getByRole('row', { name: /明德/ }).getByText('2026-11-27 期满留用').waitFor();
    await app.shot('internships-09-person-tab');
  });

  it('exports RPT-10 for the quarter so far, and the file holds the retention rate', async () => {
    const { app, tmp } = suite;
    const { page } = app;
    await page.getByRole('menuitem', { name: /报表导出/ }).click();
    await page.getByText('导出：', { exact: false }).first().waitFor();
    await app.shot('internships-10a-reports');
    await page.getByRole('radio', { name: 'RPT-10 就业见习情况统计表' }).click();
    await page.getByText('导出：就业见习情况统计表').waitFor();
    expect(await page.getByLabel('起始月份').inputValue()).toBe('2026-10');
    expect(await page.getByLabel('截止月份').inputValue()).toBe('2026-11');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const download = await downloading;
    await page.getByText(/已导出 \d+ 行/).waitFor();
    await app.shot('internships-10b-export-rpt10');
    expect(download.suggestedFilename()).toMatch(/RPT-10.*\.xlsx$/);

    // 留用率% (column 12 of the report) for the unit and in 合计: A kept (期满留用), D not (期满结束未留用): 50.0 %.
    const sheet = (await savedWorkbook(download, tmp)).worksheets[0];
    let rateCol = 0;
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((r) => {
      rows.push(r);
      r.eachCell((c, n) => {
        if (c.value === '留用率%') rateCol = n;
      });
    });
    expect(rateCol).toBeGreaterThan(0);
    const unitRow = rows.find((r) => r.getCell(1).value === UNIT);
    const totalRow = rows.find((r) => r.getCell(1).value === '合计');
    // The cell holds the percentage itself (the header carries the %).
    expect(unitRow?.getCell(rateCol).value).toBe(50);
    expect(unitRow?.getCell(rateCol).numFmt).toBe('0.0');
    expect(totalRow?.getCell(rateCol).value).toBe(50);
  });
});
