import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from '../../shared/domain/id-number';
import { callApi, shotOnFailure, useApp, type RunningApp } from './app';
import { dialogTitled, fieldItem, focused, highlighted, listClosed } from './locators';

// Issue 3, item 7: a clerk registers a person by keyboard alone, is stopped by a wrong check digit, finds the
// person by the last 4 ID digits, edits the phone, and adding the same ID again opens the existing person.

const FIRST17 = '65312120000229109';
const ID = FIRST17 + computeCheckDigit(FIRST17); // a man born 2000-02-29: 26 on 2026-11-28; check character X
const WRONG_ID = `${FIRST17}1`;
const NAME = '阿不都热合曼·买买提';

/** In a focused searchable select: type, take the highlighted match with Enter, and wait for the list to close. */
async function typeAndPick(select: Locator, text: string) {
  const page = select.page();
  await focused(select);
  await page.keyboard.type(text);
  await highlighted(select);
  await page.keyboard.press('Enter');
  await listClosed(select);
}

describe('人员信息: a clerk registers, finds and edits a person', () => {
  const suite = useApp({ county: true });

  it('walks the register as a clerk would', () => shotOnFailure(suite.app, 'persons', () => walk(suite.app)));
});

async function walk(app: RunningApp) {
  const { page } = app;
  const table = page.getByRole('table', { name: '人员列表' });

  // With an office set, the app opens on 首页; 人员信息 is the next entry of the navigation.
  await page.getByRole('heading', { name: '首页', level: 4 }).waitFor();
  await page.getByRole('menuitem', { name: '人员信息' }).click();
  await page.getByText('还没有人员。点“新增”登记第一位。').waitFor();
  await app.shot('persons-01-empty-list');

  // 新增: from here on the form is used with the keyboard only.
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const drawer = dialogTitled(page, '新增人员');
  const idField = drawer.getByLabel('公民身份号码', { exact: true });
  await focused(idField);
  await page.keyboard.type(WRONG_ID);
  await page.keyboard.press('Tab');
  await fieldItem(drawer, '公民身份号码').getByText('公民身份号码校验位错误，应为 X').waitFor();
  await focused(drawer.getByLabel('姓名', { exact: true }));
  await app.shot('persons-02-wrong-check-digit');

  // Back to the ID, correct it: sex, birth date, age and retirement month appear beside it.
  await page.keyboard.press('Shift+Tab');
  await focused(idField);
  await page.keyboard.press('Control+a');
  await page.keyboard.type(ID.toLowerCase());
  const facts = drawer.getByLabel('由公民身份号码得出', { exact: true });
  await facts.getByText('2000-02-29').waitFor();
  expect(await facts.innerText()).toMatch(/性别\s*男[\s\S]*年龄\s*26岁[\s\S]*法定退休\s*2063-02（63岁）/);
  await fieldItem(drawer, '公民身份号码').getByText('公民身份号码校验位错误，应为 X').waitFor({ state: 'detached' });
  await app.shot('persons-03-derived-facts');

  await page.keyboard.press('Tab');
  await focused(drawer.getByLabel('姓名', { exact: true }));
  await page.keyboard.type(NAME);
  await page.keyboard.press('Tab');
  await typeAndPick(drawer.getByRole('combobox', { name: '民族' }), '维吾尔');
  await page.keyboard.press('Tab'); // 文化程度
  await page.keyboard.press('Tab');
  await focused(drawer.getByLabel('联系电话', { exact: true }));
  await page.keyboard.type('13899012345');
  await page.keyboard.press('Tab'); // 退休年龄类别: the default by sex
  await page.keyboard.press('Tab'); // 常住地乡镇(街道): typing the village is enough
  await page.keyboard.press('Tab');
  await typeAndPick(drawer.getByRole('combobox', { name: '常住地村(社区)' }), '乌帕尔村');
  await drawer.getByRole('group', { name: '常住地', exact: true }).getByText('乌帕尔镇', { exact: true }).waitFor();
  await page.keyboard.press('Tab'); // 城乡属性
  await page.keyboard.press('Tab');
  await focused(drawer.getByLabel('详细地址', { exact: true }));
  await page.keyboard.type('3组12号');
  await app.shot('persons-04-form-filled');
  await page.keyboard.press('Control+s');
  await page.getByText(`已新增“${NAME}”`).waitFor();
  await drawer.waitFor({ state: 'hidden' });
  await table.getByRole('row', { name: new RegExp(NAME) }).waitFor();
  await app.shot('persons-05-saved');

  // Find the person by the last 4 ID characters.
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.click();
  await page.keyboard.type(ID.slice(-4));
  await page.waitForURL(/q=109X/);
  await page.getByRole('status').getByText('共 1 人').waitFor();
  const row = table.getByRole('row', { name: new RegExp(NAME) });
  expect(await row.innerText()).toMatch(/653121\*{8}109X[\s\S]*138\*{4}2345/);
  await app.shot('persons-06-found-by-last-4');

  // Open the person; edit the phone and save with Enter.
  await row.getByRole('button', { name: '查看' }).click();
  await page.getByRole('heading', { name: NAME }).waitFor();
  await app.shot('persons-07-person-page');
  await page.getByRole('button', { name: '编辑' }).click();
  const edit = dialogTitled(page, `编辑人员：${NAME}`);
  await focused(edit.getByLabel('姓名', { exact: true }));
  await page.keyboard.press('Tab'); // 民族
  await page.keyboard.press('Tab'); // 文化程度
  await page.keyboard.press('Tab');
  const phone = edit.getByLabel('联系电话', { exact: true });
  await focused(phone);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('0998-6123456');
  await app.shot('persons-08-edit-phone');
  await page.keyboard.press('Enter');
  await page.getByText(`已保存“${NAME}”`).waitFor();
  await edit.waitFor({ state: 'hidden' });
  await page
    .getByRole('row')
    .filter({ has: page.getByText('联系电话', { exact: true }) })
    .getByText('0998-6123456')
    .waitFor();
  await page.getByRole('tab', { name: '操作记录' }).click();
  await page
    .getByRole('table', { name: '操作记录' })
    .getByText(/修改人员“阿不都热合曼·买买提”.*：联系电话/)
    .waitFor();
  await app.shot('persons-09-audit');

  // Back to the list (the search is still there); adding the same ID again opens the existing person.
  await page.getByRole('button', { name: '返回列表' }).click();
  await page.waitForURL(/#\/persons\?q=109X/);
  expect(await search.inputValue()).toBe('109X');
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const again = dialogTitled(page, '新增人员');
  await focused(again.getByLabel('公民身份号码', { exact: true }));
  await page.keyboard.type(ID);
  await page.getByText(`该公民身份号码已登记为“${NAME}”，已为您打开该人员`).waitFor();
  await page.getByRole('heading', { name: NAME }).waitFor();
  await again.waitFor({ state: 'hidden' });
  expect(page.url()).toMatch(/#\/persons\/[0-9a-f-]{36}$/);
  await app.shot('persons-10-duplicate-opens-existing');

  // Esc on a changed form asks first; Enter takes the focused 放弃.
  await page.getByRole('button', { name: '返回列表' }).click();
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const draft = dialogTitled(page, '新增人员');
  await focused(draft.getByLabel('公民身份号码', { exact: true }));
  await page.keyboard.press('Tab');
  await page.keyboard.type('王建国');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog').filter({ hasText: '关闭后，刚才填写的内容不会保存。' });
  await ask.waitFor();
  await app.shot('persons-11-esc-asks-first');
  await focused(ask.getByRole('button', { name: '放弃' }));
  await page.keyboard.press('Enter');
  await draft.waitFor({ state: 'hidden' });

  const listed = await callApi<{ total: number }>(app, 'persons.list', {});
  expect(listed.total).toBe(1);
}
