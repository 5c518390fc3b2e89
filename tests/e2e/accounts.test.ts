import { describe, expect, it } from 'vitest';
import { useApp } from './app';
import { dialogTitled, skipDivisionsInWizard, visibleOption } from './locators';

// Issue 19 part A: the first start creates the administrator and shows the recovery code once; the administrator
// walks the set-up wizard and creates a read-only account; signed in as it, it changes its own password and the
// screens offer no writes.
describe('accounts: first start, sign-in, a read-only account', () => {
  const suite = useApp({ signIn: false });

  it('walks first start, recovery code, a new read-only account, its own password and its read-only screens', async () => {
    const { app } = suite;
    const { page } = app;

    // First start: nothing of the register shows before the administrator exists.
    await page.getByText('首次使用：创建管理员账号').waitFor();
    await page.getByLabel('姓名', { exact: true }).fill('阿依古丽');
    await page.getByLabel('密码', { exact: true }).fill('Admin-2026');
    await page.getByLabel('再次输入密码', { exact: true }).fill('Admin-2027');
    await page.getByRole('button', { name: '创建管理员' }).click();
    await page.getByText('两次输入的密码不一致').waitFor();
    await page.getByLabel('再次输入密码', { exact: true }).fill('Admin-2026');
    await page.getByRole('button', { name: '创建管理员' }).click();

    // The recovery code, once; 进入台账 only after the clerk confirms keeping it.
    const code = page.getByLabel('恢复码', { exact: true });
    await code.waitFor();
    expect(await code.innerText()).toMatch(/^([A-Z2-9]{5}-){4}[A-Z2-9]{5}$/);
    const enter = page.getByRole('button', { name: '进入台账' });
    expect(await enter.isDisabled()).toBe(true);
    await app.shot('accounts-01-recovery-code');
    await page.getByText('我已抄写或打印恢复码并妥善保管').click();
    await enter.click();

    // Then the set-up wizard of a new data folder (walked in full in first-run.test.ts): name, county, no loading.
    const wizard = dialogTitled(page, '首次使用：设置向导');
    await skipDivisionsInWizard(wizard);
    await page.getByLabel('当前账号').getByText('阿依古丽（管理员）').waitFor();

    // 设置 → 账号管理: a read-only account.
    await page.goto(new URL('#/settings/accounts', app.url).href);
    await page.getByRole('tab', { name: '账号管理' }).waitFor();
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = dialogTitled(page, '新建账号');
    await dialog.getByLabel('用户名', { exact: true }).fill('chakan');
    await dialog.getByLabel('姓名', { exact: true }).fill('艾力');
    await dialog.getByLabel('角色', { exact: true }).click();
    await visibleOption(page, '只读').click();
    await dialog.getByLabel('初始密码', { exact: true }).fill('Read-2026');
    await dialog.getByLabel('再次输入初始密码', { exact: true }).fill('Read-2026');
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已新建账号“chakan”').waitFor();
    await page
      .getByRole('table', { name: '账号列表' })
      .getByRole('row', { name: /chakan.*只读/ })
      .waitFor();
    await app.shot('accounts-02-list');

    // Sign out, then in as the read-only account: a wrong password first.
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录', exact: true }).waitFor();
    await page.getByLabel('用户名', { exact: true }).fill('chakan');
    await page.getByLabel('密码', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('用户名或密码不正确。').waitFor();
    await page.getByLabel('密码', { exact: true }).fill('Read-2026');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByLabel('当前账号').getByText('艾力（只读）').waitFor();

    // 修改密码 from the account menu: a read-only account may change its own password.
    await page.getByLabel('当前账号').click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const change = dialogTitled(page, '修改密码');
    await change.getByLabel('当前密码', { exact: true }).fill('Read-2026');
    await change.getByLabel('新密码', { exact: true }).fill('Chakan-2026!');
    await change.getByText('密码强度：强').waitFor();
    await change.getByLabel('再次输入新密码', { exact: true }).fill('Chakan-2026!');
    await app.shot('accounts-03-change-password');
    await change.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('密码已修改，下次登录请使用新密码').waitFor();

    // The screens do not offer what the role may not do (the core refuses it anyway: tests/core/permissions-matrix):
    // no 保存 on the office form, no 新增 on the persons list, no administrator tabs.
    await page.goto(new URL('#/settings/office', app.url).href);
    await page.getByText('只有管理员可以修改单位信息').waitFor();
    expect(await page.getByRole('button', { name: '保存', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByRole('tab', { name: '账号管理' }).count()).toBe(0);
    await page.goto(new URL('#/persons', app.url).href);
    await page.getByRole('table', { name: '人员列表' }).waitFor();
    await page.getByText('还没有人员。', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /新增/ }).count()).toBe(0);
    await app.shot('accounts-04-read-only');
  });
});
