import { describe, expect, it } from 'vitest';
import { useApp } from './app';
import { skipDivisionsInWizard } from './locators';

// Issue 2, item 9: a clerk's first start and the divisions slice, through the real server and a real browser.
describe('first start and administrative divisions', () => {
  const suite = useApp();

  it('walks the slice as a clerk would', async () => {
    const { app } = suite;
    const { page } = app;

    // First start (the administrator, created by startApp; walked in accounts.test.ts), then the set-up wizard. Here the divisions wait (they are added by hand below; first-run.test.ts
    // loads them from the built-in list).
    const wizard = page.getByRole('dialog', { name: '首次使用：设置向导' });
    await wizard.getByText('第 1 步，共 3 步').waitFor();
    await app.shot('01-first-start');
    await skipDivisionsInWizard(wizard);

    // 设置 → 单位信息: the office as the wizard saved it; a prefecture code is refused under its field.
    await page.goto(app.url.replace(/#.*$/, '') + '#/settings/office');
    await page.getByLabel('单位名称', { exact: true }).waitFor();
    expect(await page.getByLabel('县(市、区)名称', { exact: true }).inputValue()).toBe('疏附县');
    await page.getByLabel('区划代码', { exact: true }).fill('653100');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('区划代码第5–6位不能为 00（那是地州级代码，请填写县级代码）').waitFor();
    await app.shot('02-office-error');
    await page.getByLabel('区划代码', { exact: true }).fill('653121');
    await page.keyboard.press('Control+s');
    await page.getByText('已保存').first().waitFor();
    const status = page.getByRole('status', { name: '状态栏' });
    await status.getByText('疏附县人力资源和社会保障局').waitFor();
    expect(await status.innerText()).toMatch(/操作员：古丽娜尔·买买提[\s\S]*今天：2026-11-28/);

    // Divisions: a township and two villages.
    await page.getByRole('tab', { name: '行政区划' }).click();
    await page.getByRole('button', { name: '新增乡镇(街道)' }).click();
    let dialog = page.getByRole('dialog', { name: '新增乡镇(街道)' });
    await dialog.getByLabel('区划代码', { exact: true }).fill('653121101000');
    await dialog.getByLabel('名称', { exact: true }).fill('乌帕尔镇');
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已新增“乌帕尔镇”').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    const table = page.getByRole('table', { name: '行政区划列表' });
    const addVillage = async (code: string, name: string) => {
      await table
        .getByRole('row', { name: /乌帕尔镇/ })
        .getByRole('button', { name: '新增村(社区)' })
        .click();
      dialog = page.getByRole('dialog', { name: '新增村(社区)' });
      await dialog.getByLabel('区划代码', { exact: true }).fill(code);
      await dialog.getByLabel('名称', { exact: true }).fill(name);
      await dialog.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText(`已新增“${name}”`).waitFor();
      await dialog.waitFor({ state: 'hidden' });
    };
    await addVillage('653121101001', '乌帕尔村');
    // A village code under another township is refused under its field, nothing saved.
    await table
      .getByRole('row', { name: /乌帕尔镇/ })
      .getByRole('button', { name: '新增村(社区)' })
      .click();
    dialog = page.getByRole('dialog', { name: '新增村(社区)' });
    await dialog.getByLabel('区划代码', { exact: true }).fill('653121102001');
    await dialog.getByLabel('名称', { exact: true }).fill('错村');
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await dialog.getByText('村(社区)代码应以所属乡镇代码 653121101 开头').waitFor();
    await app.shot('03-village-code-error');
    await dialog.getByLabel('区划代码', { exact: true }).fill('653121101002');
    await dialog.getByLabel('名称', { exact: true }).fill('阿亚格曼干村');
    await page.keyboard.press('Enter'); // Enter in a field saves, as a clerk on the keyboard does
    await page.getByText('已新增“阿亚格曼干村”').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // Rename one.
    await table
      .getByRole('row', { name: /乌帕尔村/ })
      .getByRole('button', { name: '修改' })
      .click();
    dialog = page.getByRole('dialog', { name: '修改：乌帕尔村' });
    await dialog.getByLabel('名称', { exact: true }).fill('乌帕尔社区');
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已更名为“乌帕尔社区”').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // Retire the other, after confirming.
    await table
      .getByRole('row', { name: /阿亚格曼干村/ })
      .getByRole('button', { name: '撤销' })
      .click();
    await page.getByText('确定撤销“阿亚格曼干村”吗？撤销后不能再选用，可随时恢复。').waitFor();
    await page.getByRole('tooltip').getByRole('button', { name: '确定', exact: true }).click();
    await page.getByText('已撤销“阿亚格曼干村”').waitFor();

    // The list as the clerk sees it now.
    await table.getByRole('row', { name: /阿亚格曼干村/ }).waitFor({ state: 'detached' });
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^653121101000 乌帕尔镇 乡镇\(街道\)/),
      expect.stringMatching(/^653121101001 乌帕尔社区 村\(社区\).*在用/),
    ]);
    await page.getByRole('switch', { name: '显示已撤销' }).click();
    await table
      .getByRole('row', { name: /阿亚格曼干村/ })
      .getByText('已撤销 2026-11-28')
      .waitFor();
    await app.shot('04-divisions');
  });

  it('refuses the API without the token and serves nothing without it', async () => {
    const base = new URL(suite.app.url);
    const api = await fetch(new URL('/api/settings.get', base), { method: 'POST', body: '{}' });
    expect(api.status).toBe(401);
    const page = await fetch(new URL('/', base));
    expect(page.status).toBe(401);
    expect(await page.text()).toBe('拒绝访问：请使用程序启动时显示的完整地址（含 token）打开。');
  });
});
