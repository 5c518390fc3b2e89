import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from '../../shared/domain/id-number';
import { callApi, shotOnFailure, useApp, type RunningApp } from './app';
import { dialogTitled, focused, typeAndPick } from './locators';

// Issue 14, first-run set-up: an empty data folder → the wizard (单位名称, 所在县 from the built-in Xinjiang list, its
// 乡镇 and 村 loaded with their statistical codes) → the first person saved in a loaded village. The administrator was
// created by startApp (the first-start screen is walked in accounts.test.ts).

const FIRST17 = '65312119990815202'; // a woman born 1999-08-15
const ID = FIRST17 + computeCheckDigit(FIRST17);
const NAME = '热依拉·艾买提';

describe('first-run set-up: from an empty folder to a county with its villages and a first person', () => {
  const suite = useApp();

  it('walks the wizard and registers a person', () => shotOnFailure(suite.app, 'first-run', () => walk(suite.app)));
});

async function walk(app: RunningApp) {
  const { page } = app;
  const wizard = dialogTitled(page, '首次使用：设置向导');
  await wizard.getByText('第 1 步，共 3 步').waitFor();
  await focused(wizard.getByLabel('单位名称', { exact: true }));
  await page.keyboard.type('疏附县人力资源和社会保障局');
  await app.shot('first-run-01-office-name');
  await page.keyboard.press('Enter');

  await wizard.getByText('第 2 步，共 3 步').waitFor();
  await typeAndPick(wizard.getByRole('combobox', { name: '所在县(市、区)' }), '疏附县');
  await app.shot('first-run-02-county');
  await wizard.getByRole('button', { name: '下一步' }).click();

  await wizard.getByText(/内置区划中，喀什地区疏附县有 15 个乡镇\(街道\)、148 个村\(社区\)/).waitFor();
  await app.shot('first-run-03-divisions');
  await wizard.getByRole('button', { name: '载入乡镇和村' }).click();
  await wizard.getByText('已载入疏附县的 15 个乡镇(街道)、148 个村(社区)。').waitFor();
  await app.shot('first-run-04-loaded');
  await wizard.getByRole('button', { name: '完成' }).click();
  await wizard.waitFor({ state: 'hidden' });
  const status = page.getByRole('status', { name: '状态栏' });
  await status.getByText('疏附县人力资源和社会保障局').waitFor();
  expect(await status.innerText()).toMatch(/操作员：古丽娜尔·买买提/);

  // The loaded list: 15 townships and 148 villages with the statistical codes.
  const regions = await callApi<{ items: { code: string; name: string }[] }>(app, 'regions.list', {});
  expect(regions.items.length).toBe(163);
  expect(regions.items.find((r) => r.code === '653121100202')?.name).toBe('阿亚格曼干村');

  // The first person, living in a loaded village: the township follows the village. The app opens on 首页.
  await page.getByRole('menuitem', { name: '人员信息' }).click();
  await page.getByText('还没有人员。点“新增”登记第一位。').waitFor();
  await page.getByRole('button', { name: '新增', exact: true }).click();
  const drawer = dialogTitled(page, '新增人员');
  await focused(drawer.getByLabel('公民身份号码', { exact: true }));
  await page.keyboard.type(ID);
  await drawer.getByLabel('姓名', { exact: true }).fill(NAME);
  await typeAndPick(drawer.getByRole('combobox', { name: '民族' }), '维吾尔');
  await typeAndPick(drawer.getByRole('combobox', { name: '常住地村(社区)' }), '阿亚格曼干村');
  await drawer.getByRole('group', { name: '常住地', exact: true }).getByText('托克扎克镇', { exact: true }).waitFor();
  await app.shot('first-run-06-person');
  await page.keyboard.press('Control+s');
  await page.getByText(`已新增“${NAME}”`).waitFor();
  await drawer.waitFor({ state: 'hidden' });
  const row = page.getByRole('table', { name: '人员列表' }).getByRole('row', { name: new RegExp(NAME) });
  await row.waitFor();
  await app.shot('first-run-07-saved');
}
