import { describe, expect, it } from 'vitest';
import { callApi, useApp } from './app';
import { dialogTitled, makePersons } from './posts-setup';

// Issue 20, 备份与恢复: back up now, add a person, restore the backup (the person is gone), then restore the
// 恢复前 copy the restore made (the person is back). Real server, real files, a real browser at 1366×768.
describe('备份与恢复', () => {
  const suite = useApp({ county: true, timeout: 60_000 });

  const names = async () =>
    (await callApi<{ items: { name: string }[] }>(suite.app, 'persons.list', { page: 1, pageSize: 50 })).items
      .map((p) => p.name)
      .sort();

  it('restores a backup and undoes the restore', async () => {
    const { app } = suite;
    const { page } = app;
    await makePersons(app, [{ name: '阿不都热合曼·吐尔逊', birth: '19800101', seq: '101' }]);

    await page.goto(app.url.replace(/#.*$/, '') + '#/settings/backups');
    await page.getByRole('tab', { name: '备份与恢复', selected: true }).waitFor();
    await page.getByRole('button', { name: '立即备份', exact: true }).click();
    await page.getByText(/已备份到数据文件夹/).waitFor({ timeout: 30_000 });
    const table = page.getByRole('table');
    const manual = table.getByRole('row').filter({ hasText: '手动' });
    await manual.waitFor();
    await expect(manual.innerText()).resolves.toContain('人员 1');
    await app.shot('backups-01-list');

    // After the backup: a second person.
    await makePersons(app, [{ name: '热依拉·艾买提', birth: '19850505', seq: '202' }]);
    expect(await names()).toEqual(['热依拉·艾买提', '阿不都热合曼·吐尔逊'].sort());

    await manual.getByRole('button', { name: '恢复', exact: true }).click();
    const confirm = dialogTitled(page, '恢复备份');
    await confirm.getByText(/替换当前台账中的/).waitFor();
    await expect(confirm.innerText()).resolves.toMatch(/人员 1[\s\S]*恢复前/);
    await app.shot('backups-02-confirm-restore');
    await confirm.getByRole('button', { name: '确认恢复' }).click();
    const done = dialogTitled(page, '已恢复');
    await done.getByRole('button', { name: '知道了' }).waitFor({ timeout: 30_000 });
    await expect(done.innerText()).resolves.toMatch(/恢复前的台账已保存为 .* 的恢复前备份/);
    await app.shot('backups-03-restored');
    await done.getByRole('button', { name: '知道了' }).click();
    expect(await names()).toEqual(['阿不都热合曼·吐尔逊']);

    // The restore kept the register as it was just before: restoring that copy brings the second person back.
    const before = table.getByRole('row').filter({ hasText: '恢复前' });
    await before.waitFor();
    await expect(before.innerText()).resolves.toContain('人员 2');
    await before.getByRole('button', { name: '恢复', exact: true }).click();
    await dialogTitled(page, '恢复备份').getByRole('button', { name: '确认恢复' }).click();
    await dialogTitled(page, '已恢复').waitFor({ timeout: 30_000 });
    expect(await names()).toEqual(['热依拉·艾买提', '阿不都热合曼·吐尔逊'].sort());
    await app.shot('backups-04-undone');
    await page.getByRole('button', { name: '知道了' }).click();

    // A backup to take away: the office sets a passphrase, then downloads an encrypted file.
    await page.getByRole('button', { name: '设置口令' }).click();
    const set = dialogTitled(page, '设置备份口令');
    await set.getByLabel('新口令', { exact: true }).fill('疏附县-2026-备份');
    await set.getByLabel('再次输入新口令', { exact: true }).fill('疏附县-2026-备份');
    await app.shot('backups-05-passphrase');
    await set.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(/已设置（U盘备份和下载的备份用它加密）/).waitFor();
    await page.getByRole('button', { name: '下载加密备份' }).click();
    const ask = dialogTitled(page, '下载加密备份');
    await ask.getByLabel('备份口令', { exact: true }).fill('疏附县-2026-备份');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      ask.getByRole('button', { name: '开始备份' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.tzbak$/);
    await page.getByText('加密备份已下载').waitFor();
  }, 120_000);
});
