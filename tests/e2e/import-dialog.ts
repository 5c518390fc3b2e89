// The 导入 dialog's last step, as the import walks take it after the check.
import type { Locator } from 'playwright-core';
import type { RunningApp } from './app';

/** 导入有效行: waits for the dialog's `done` line (导入完成：…), pictures it as `shot` if given, closes it with 完成. */
export async function importValidRows(app: RunningApp, dialog: Locator, done: string, shot?: string): Promise<void> {
  await dialog.getByRole('button', { name: '导入有效行' }).click();
  await dialog.getByText(done).waitFor();
  if (shot) await app.shot(shot);
  await dialog.getByRole('button', { name: '完成' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
