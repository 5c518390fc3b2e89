import { describe, expect, it } from 'vitest';
import { computeUsccCheckChar } from '../../shared/domain/uscc';
import { shotOnFailure, useApp, type RunningApp } from './app';
import { animationsDone, fieldItem, highlighted } from './locators';
import { dialogTitled, dropdownsClosed, makePersons, retype, typeAndPick } from './posts-setup';
import type { MadePerson } from './scene-api';
import { savedWorkbook, sheetRows } from './downloads';

// Issue 6, item 9: a clerk creates an employer and a post for 2 people, places two eligible persons, is refused a
// third with a message naming the capacity (BR-17), records one leaving, sees the vacancy and the report due date
// (CFG-15), refills the vacancy from the suggestions (the refused third), exports RPT-04, and the test checks the
// file. Working date 2026-11-28.

const USCC = `12653121MB0000001`;
const VALID_USCC = USCC + computeUsccCheckChar(USCC);
const WRONG_USCC = USCC + (computeUsccCheckChar(USCC) === '1' ? '2' : '1');
const EMPLOYER = '乌帕尔镇社区服务中心';
const POST_TITLE = '社区保洁员';

describe('公益性岗位: a clerk sets up a post, fills it, is refused over capacity, records a leaving, exports RPT-04', () => {
  let persons: MadePerson[];
  const suite = useApp({ county: true, files: 'taizhang-e2e-posts-' }, async (app) => {
    persons = await makePersons(app, [
      { name: '阿依古丽·买买提', birth: '19850312', seq: '024' },
      { name: '热依汗古丽·吐尔逊', birth: '19900705', seq: '046' },
      { name: '买买提江·艾力', birth: '19880120', seq: '113' },
    ]);
  });

  it('walks the post routine as a clerk would', () =>
    shotOnFailure(suite.app, 'posts', () => walk(suite.app, persons, suite.tmp)));
});

/** 公益性岗位's own navigation: 岗位 | 用人单位 | 工作清单. */
const section = (page: RunningApp['page'], name: string) =>
  page
    .getByRole('navigation', { name: '公益性岗位' })
    .locator('label')
    .filter({ has: page.getByRole('radio', { name: new RegExp(`^${name}`) }) });

async function walk(app: RunningApp, persons: MadePerson[], tmp: string) {
  const { page } = app;

  // 公益性岗位 → 用人单位 → 新增单位: a wrong 统一社会信用代码 is named, then corrected.
  await page.getByRole('menuitem', { name: /公益性岗位/ }).click();
  await page.getByRole('table', { name: '岗位列表' }).waitFor();
  await section(page, '用人单位').click();
  await page.getByRole('table', { name: '用人单位列表' }).waitFor();
  await page.getByRole('button', { name: '新增单位' }).click();
  const emp = dialogTitled(page, '新增用人单位');
  await emp.getByLabel('单位名称').fill(EMPLOYER);
  await typeAndPick(emp.getByRole('combobox', { name: '单位性质' }), '事业');
  await emp.getByLabel('统一社会信用代码').fill(WRONG_USCC);
  await typeAndPick(emp.getByRole('combobox', { name: '所在地' }), '乌帕尔镇');
  await page.keyboard.press('Control+s');
  await emp.getByText(/统一社会信用代码.*校验/).waitFor();
  await app.shot('posts-01-employer-wrong-uscc');
  await retype(emp.getByLabel('统一社会信用代码'), VALID_USCC);
  await page.keyboard.press('Enter');
  await page.getByText(`已新增“${EMPLOYER}”`).waitFor();
  await emp.waitFor({ state: 'hidden' });
  await page
    .getByRole('table', { name: '用人单位列表' })
    .getByRole('row', { name: new RegExp(EMPLOYER) })
    .waitFor();
  await app.shot('posts-02-employers');

  // 岗位 → 新增岗位 for 2 people; the standard defaults to the minimum wage (shown, left blank).
  await section(page, '岗位').click();
  await page.getByRole('button', { name: '新增岗位' }).click();
  const form = dialogTitled(page, '新增岗位');
  await form.getByLabel('岗位编号').fill('GY-2026-001');
  await typeAndPick(form.getByRole('combobox', { name: '用人单位' }), '乌帕尔镇社区');
  await form.getByLabel('岗位名称').fill(POST_TITLE);
  await typeAndPick(form.getByRole('combobox', { name: '岗位类别' }), '保洁绿化');
  await typeAndPick(form.getByRole('combobox', { name: '工作地点' }), '乌帕尔镇');
  await retype(form.getByLabel('核定岗位数'), '2');
  await retype(form.getByLabel('开发日期'), '2026-11-01');
  await form.getByText(/^默认 [\d,]+\.\d\d 元\/月/).waitFor();
  await app.shot('posts-03-post-form');
  await page.keyboard.press('Control+s');
  await page.getByText(`已新增岗位“${POST_TITLE}”`).waitFor();

  // The post page: 核定 2, 空岗 2. Place two persons; the preview beside the dates shows the subsidy period.
  await page.getByRole('heading', { name: POST_TITLE }).waitFor();
  const tags = page.getByLabel('岗位标签');
  await tags.getByText('空岗 2').waitFor();
  for (const [i, p] of persons.slice(0, 2).entries()) {
    await place(app, p, i === 0 ? 'posts-04-placement-preview' : null);
    await page
      .getByRole('table', { name: '安置人员' })
      .getByRole('row', { name: new RegExp(p.name) })
      .waitFor();
  }
  await tags.getByText('满员').waitFor();
  await tags.getByText('在岗 2 人').waitFor();

  // A third: the preview already says no, and saving is refused at the top naming the capacity; nothing saved.
  await page.getByRole('button', { name: '安置人员' }).click();
  const third = dialogTitled(page, /^安置人员：/);
  await choosePerson(third, persons[2]);
  await typeAndPick(third.getByRole('combobox', { name: '安置类别' }), '低保');
  await third
    .getByLabel('安置核对')
    .getByText(/不能安置：.*核定 2 人.*/)
    .waitFor();
  await page.keyboard.press('Control+s');
  // The save is refused; the reason is the live check's (said once, not repeated at the top), and nothing is written.
  await third
    .getByLabel('安置核对')
    .getByText(/核定 2 人/)
    .waitFor();
  await third
    .getByText(/岗位“社区保洁员”核定 2 人，2026-11-28 起已有 2 人在岗/)
    .first()
    .waitFor();
  await app.shot('posts-05-capacity-refused');
  await third.getByRole('button', { name: '取消' }).click();
  // The 放弃未保存的内容吗？ question zooms in: a click before it has settled was lost once (the walk then waited 30 s).
  const discard = page.getByRole('button', { name: '放弃' });
  await discard.waitFor();
  await animationsDone(page);
  await discard.click();
  await third.waitFor({ state: 'hidden' });
  expect(await page.getByRole('table', { name: '安置人员' }).locator('tbody').getByRole('row').count()).toBe(2);

  // One left on 2026-11-20: the vacancy report was due 5 days later (CFG-15), so it is late by now.
  const leaverRow = page
    .getByRole('table', { name: '安置人员' })
    .getByRole('row', { name: new RegExp(persons[0].name) });
  await leaverRow.getByRole('button', { name: '离岗' }).click();
  const leave = dialogTitled(page, /^离岗：/);
  await retype(leave.getByLabel('离岗日期'), '2026-11-20');
  await typeAndPick(leave.getByRole('combobox', { name: '离岗原因' }), '本人辞职');
  await leave.getByRole('button', { name: '保存' }).click();
  const told = dialogTitled(page, /^已办理离岗/);
  await told.getByText('空岗报告应于 2026-11-25 前报送', { exact: false }).waitFor();
  await told.getByText('现已逾期', { exact: false }).waitFor();
  await app.shot('posts-06-left-report-due');
  await told.getByRole('button', { name: '知道了' }).click();
  await tags.getByText('空岗 1').waitFor();
  await leaverRow.getByText('空岗报告应于 2026-11-25 前').waitFor();
  await leaverRow.getByText('逾期', { exact: true }).waitFor();
  await app.shot('posts-07-vacancy');

  // 工作清单: the vacancy and the report due, with their counts.
  await page.getByRole('button', { name: '返回列表' }).click();
  await page
    .getByRole('table', { name: '岗位列表' })
    .getByRole('row', { name: /GY-2026-001/ })
    .getByText('空岗 1')
    .waitFor();
  await app.shot('posts-08-post-list');
  await section(page, '工作清单').click();
  await page.getByRole('tab', { name: /空岗\s*1/ }).waitFor();
  await page
    .getByRole('table', { name: '空岗岗位' })
    .getByRole('row', { name: /社区保洁员/ })
    .waitFor();
  await page.getByRole('tab', { name: /空岗报告待办\s*1/ }).click();
  const due = page.getByRole('table', { name: '空岗报告待办' }).getByRole('row', { name: new RegExp(persons[0].name) });
  await due.getByText('2026-11-25').waitFor();
  await due.getByText('逾期', { exact: true }).waitFor();
  await app.shot('posts-09-worklists');

  // 空岗 → 补充人员: the third person is suggested (recognised as 低保对象); placing her fills the post again.
  await page.getByRole('tab', { name: /^空岗\s*1/ }).click();
  await page.getByRole('table', { name: '空岗岗位' }).getByRole('button', { name: '补充人员' }).click();
  const suggest = dialogTitled(page, /^补充人员：/);
  const candidate = suggest
    .getByRole('table', { name: '建议人员' })
    .getByRole('row', { name: new RegExp(persons[2].name) });
  await candidate.getByText('低保对象').waitFor();
  await app.shot('posts-10-suggestions');
  await candidate.getByRole('button', { name: '安置' }).click();
  const refill = dialogTitled(page, /^安置人员：/);
  await fieldItem(refill, '安置人员').getByText(new RegExp(persons[2].name)).waitFor();
  await refill.getByLabel('安置核对').getByText('符合安置条件').waitFor();
  await page.keyboard.press('Control+s');
  await page.getByText(`已安置“${persons[2].name}”到岗位“${POST_TITLE}”`).waitFor();
  await tags.getByText('满员').waitFor();

  // 年度考核 and 续签 of the one who stays (BR-23): the renewal reads the deciding year's result, the history shows under the row.
  await assessAndRenew(app, persons[1]);

  // The person page's 公益性岗位 tab lists the placement with a link to the post.
  await page.getByRole('table', { name: '安置人员' }).getByRole('link', { name: persons[0].name }).click();
  await page.getByRole('tab', { name: '公益性岗位' }).click();
  await page
    .getByRole('table', { name: '公益性岗位安置' })
    .getByRole('link', { name: /社区保洁员/ })
    .waitFor();
  await app.shot('posts-11-person-tab');

  // 报表导出 → RPT-04 for this month; the workbook holds both placements.
  await exportRpt04(app, persons, tmp);

  // 设置 → 报表格式: the prefecture's template says 岗位, wants no 离岗原因 and another signature line; the next
  // RPT-04 follows it, with the same rows.
  await layoutRpt04(app, tmp);
}

/** 安置人员 on the open post page: person by the last 4 ID characters, 安置类别 低保对象, on post since 2026-11-02. */
async function place(app: RunningApp, p: MadePerson, shot: string | null) {
  const { page } = app;
  await page.getByRole('button', { name: '安置人员' }).click();
  const form = dialogTitled(page, /^安置人员：/);
  await choosePerson(form, p);
  await typeAndPick(form.getByRole('combobox', { name: '安置类别' }), '低保');
  await retype(form.getByLabel('安置依据日期'), '20261015'); // typed without separators
  await retype(form.getByLabel('上岗日期'), '2026-11-02');
  const check = form.getByLabel('安置核对');
  await check.getByText('符合安置条件').waitFor();
  // BR-16: the urban placement rests on the person's recognition (认定), no longer on the recorded category (登记).
  await check.getByText('认定', { exact: true }).waitFor();
  const period = check.getByLabel('补贴期限');
  await period.getByText('2026年11月').waitFor(); // 首次享受补贴年月
  await period.getByText('2029年10月').waitFor(); // 36 months: 2026-11 … 2029-10
  if (shot) await app.shot(shot);
  await page.keyboard.press('Control+s');
  await page.getByText(`已安置“${p.name}”到岗位“${POST_TITLE}”`).waitFor();
  await form.waitFor({ state: 'hidden' });
}

/**
 * 年度考核 2026 合格 for `p` (typed: the form offers 2025 before December), then 续签 for a year from the day after the contract end (2027-11-27, one year from the
 * placement date): 2027 is not assessed yet, so no reason is asked and the save warns; the history under the row.
 */
async function assessAndRenew(app: RunningApp, p: MadePerson) {
  const { page } = app;
  const placed = page.getByRole('table', { name: '安置人员' });
  const row = placed.getByRole('row', { name: new RegExp(p.name) }).first();
  await row.getByRole('button', { name: '年度考核' }).click();
  const assess = dialogTitled(page, `年度考核：${p.name}（${POST_TITLE}）`);
  // On 2026-11-28 the form offers 2025 (a year is assessed at its end, so this year only from December); the clerk
  // assessing early types 2026.
  expect(await assess.getByLabel('考核年度').inputValue()).toBe('2025');
  await retype(assess.getByLabel('考核年度'), '2026');
  await assess
    .locator('label')
    .filter({ has: page.getByRole('radio', { name: '合格', exact: true }) })
    .click();
  await app.shot('posts-10b-assessment');
  await assess.getByRole('button', { name: '保存' }).click();
  await page.getByText(`已记录${p.name} 2026年度考核：合格`).waitFor();
  await assess.waitFor({ state: 'hidden' });

  await row.getByRole('button', { name: '续签' }).click();
  const renew = dialogTitled(page, `续签：${p.name}（${POST_TITLE}）`);
  await renew.getByText('2026-11-02 至 2027-11-27').waitFor();
  await renew.getByText('2027年度考核结果尚未录入').waitFor();
  expect(await renew.getByLabel('续签后合同(协议)截止日期').inputValue()).toBe('2028-11-27');
  await app.shot('posts-10c-renewal');
  await renew.getByRole('button', { name: '续签' }).click();
  await page.getByText(`已续签：${p.name}，合同(协议)期 2027-11-28 至 2028-11-27`).waitFor();
  await page.getByText(/请核对：2027年度考核/).waitFor();
  await renew.waitFor({ state: 'hidden' });
  await row.getByText('2027-11-28 至').waitFor();

  await row.getByRole('button', { name: '展开行' }).click();
  const assessments = page.getByRole('table', { name: `${p.name}的年度考核` });
  await assessments.getByRole('row', { name: /2026\s*合格/ }).waitFor();
  await page
    .getByRole('table', { name: `${p.name}的续签记录` })
    .getByRole('row', { name: /2026-11-02 至\s*2027-11-27\s*2027-11-28 至\s*2028-11-27/ })
    .waitFor();
  await app.shot('posts-10d-renewal-history');
}

async function choosePerson(form: ReturnType<typeof dialogTitled>, p: MadePerson) {
  const page = form.page();
  const box = form.getByRole('combobox', { name: '安置人员' });
  await box.click();
  await page.keyboard.type(p.idNumber.slice(-4));
  await highlighted(box, p.name);
  await page.keyboard.press('Enter');
  await box.and(page.locator('[aria-expanded="false"]')).waitFor();
  await dropdownsClosed(page);
}

async function exportRpt04(app: RunningApp, persons: MadePerson[], tmp: string) {
  const { page } = app;
  await page.getByRole('menuitem', { name: /报表导出/ }).click();
  await page.getByRole('radio', { name: 'RPT-04 公益性岗位安置人员花名册' }).click();
  await page.getByText('导出：公益性岗位安置人员花名册').waitFor();
  expect(await page.getByLabel('所属期').inputValue()).toBe('2026-11');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloading;
  await page.getByText('已导出 3 行').waitFor();
  await app.shot('posts-12-rpt04-exported');
  expect(download.suggestedFilename()).toMatch(/^653121_RPT-04_202611_\d{12}\.xlsx$/);

  const ws = (await savedWorkbook(download, tmp)).worksheets[0];
  expect(ws.getCell('A1').value).toBe('疏附县2026年11月公益性岗位安置人员花名册');
  const rows = sheetRows(ws);
  const header = rows.find((r) => r.includes('姓名') && r.includes('状态')) as string[];
  const col = (h: string) => header.indexOf(h);
  const rowOf = (name: string) => rows.find((r) => r[col('姓名')] === name);
  const [left, stays, refill] = persons;
  const a = rowOf(left.name);
  const b = rowOf(stays.name);
  const c = rowOf(refill.name);
  expect(a?.[col('公民身份号码')]).toBe(`${left.idNumber.slice(0, 6)}********${left.idNumber.slice(14)}`);
  expect([a?.[col('用人单位')], a?.[col('岗位名称')], a?.[col('城镇/乡村')]]).toEqual([EMPLOYER, POST_TITLE, '城镇']);
  expect(String(a?.[col('安置类别')])).toMatch(/^低保对象$/); // BR-16: by recognition, so not marked 登记
  expect([a?.[col('状态')], a?.[col('离岗原因')]]).toEqual(['已离岗', '本人辞职']);
  expect([b?.[col('状态')], b?.[col('已享受月数')], b?.[col('剩余月数')]]).toEqual(['在岗', 1, 35]);
  expect([
    c?.[col('上岗日期')] instanceof Date
      ? (c?.[col('上岗日期')] as Date).toISOString().slice(0, 10)
      : c?.[col('上岗日期')],
    c?.[col('状态')],
  ]).toEqual(['2026-11-28', '在岗']);
  const total = rows.find((r) => r.includes('合计'));
  expect(total?.[col('姓名')]).toBe(3);
}

async function layoutRpt04(app: RunningApp, tmp: string) {
  const { page } = app;
  await page.goto(app.url.replace(/#.*$/, '') + '#/settings/layouts');
  await page.getByRole('navigation', { name: '报表' }).getByText('RPT-04 公益性岗位安置人员花名册').click();
  await page.getByLabel('签字栏第1行', { exact: true }).waitFor();
  await app.shot('posts-13a-report-layout-top');
  await page.getByLabel('“岗位名称”导出时表头').fill('岗位');
  await page.getByLabel('导出“离岗原因”').uncheck();
  await page.getByLabel('签字栏第1行', { exact: true }).fill('制表人：　　　审核人：　　　日期：');
  // The preview follows before saving: 岗位 in its cell, no 离岗原因, the new signature line.
  const preview = page.getByRole('region', { name: '预览' });
  await preview.getByRole('columnheader', { name: '岗位', exact: true }).scrollIntoViewIfNeeded();
  expect(await preview.getByRole('columnheader', { name: '离岗原因' }).count()).toBe(0);
  await preview.getByText('制表人：　　　审核人：　　　日期：').waitFor();
  await app.shot('posts-13b-report-layout-preview');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('已保存：公益性岗位安置人员花名册的报表格式').waitFor();
  await app.shot('posts-13-report-layout');
  // A report with header groups: the preview merges them over their columns.
  await page
    .getByRole('navigation', { name: '报表' })
    .getByText(/^RPT-07 /)
    .click();
  const groupCell = preview.getByRole('columnheader', { name: '其中', exact: true }).first();
  await groupCell.scrollIntoViewIfNeeded();
  expect(Number(await groupCell.getAttribute('colspan'))).toBeGreaterThan(1);
  await app.shot('posts-13c-report-layout-preview-groups');

  await page.getByRole('menuitem', { name: /报表导出/ }).click();
  await page.getByRole('radio', { name: 'RPT-04 公益性岗位安置人员花名册' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const download = await downloading;
  await page.getByText('已导出 3 行').waitFor();
  const rows = sheetRows((await savedWorkbook(download, tmp)).worksheets[0]);
  const header = rows.find((r) => r.includes('姓名') && r.includes('状态')) as string[];
  expect(header).toContain('岗位');
  expect(header).not.toContain('岗位名称');
  expect(header).not.toContain('离岗原因');
  expect(rows.find((r) => r.includes('合计'))?.[header.indexOf('姓名')]).toBe(3);
  expect(rows.some((r) => r.includes('制表人：　　　审核人：　　　日期：'))).toBe(true);
}
