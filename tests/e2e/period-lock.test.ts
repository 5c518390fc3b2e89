import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AttendanceGrid } from '../../shared/contract/attendance';
import { callApi, shotOnFailure, useApp, type RunningApp } from './app';
import { dialogTitled } from './posts-setup';
import { setUpSubsidyScene, type SubsidyScene } from './subsidies-setup';

// Issue 19 part B: a reviewer locks October in 设置 → 月份锁定 (its roster already reviewed), a write dated in
// October is refused with the message naming the lock (生成考勤 on the screen, a contact through the HTTP API), the
// administrator changes the county's minimum-wage tier from 2026-11-01 in 规则设置, November's post subsidy follows
// while reviewed October does not, and 操作记录 shows the changes. Working date 2026-11-28.

const LOCKED_ATTENDANCE = '2026年10月已锁定（已上报），不能新增、修改或删除该月的考勤；如需更正，请管理员解锁';

describe('月份锁定 and 规则设置: lock October, refused edits, a tier change from a date', () => {
  let scene: SubsidyScene;
  const suite = useApp({ county: true }, async (app) => {
    scene = await setUpSubsidyScene(app);
    // October: attendance generated, roster generated and reviewed (as the month end routine leaves it).
    await callApi(app, 'attendance.generate', { month: '2026-10' });
    const batch = await callApi<{ id: string }>(app, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' });
    await callApi(app, 'subsidies.review', { id: batch.id, reviewedBy: '阿依古丽', confirmUnentered: true });
  });

  it('walks the lock and the settings as a reviewer and an administrator would', () =>
    shotOnFailure(suite.app, 'period-lock', () => walk(suite.app, scene)));
});

const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
const standards = async (app: RunningApp, s: SubsidyScene, month: string) =>
  (await callApi<AttendanceGrid>(app, 'attendance.grid', { month, employerId: s.employerId })).rows.map(
    (r) => r.standardFen,
  );

async function walk(app: RunningApp, s: SubsidyScene) {
  const { page } = app;

  // 设置 → 月份锁定: the last ended month is offered; lock it after confirming.
  await page.getByRole('menuitem', { name: /设置/ }).click();
  await page.getByRole('tab', { name: '月份锁定' }).click();
  await expect
    .poll(() => page.getByLabel('锁定月份', { exact: true }).inputValue(), { timeout: 10_000 })
    .toBe('2026-10');
  await page.getByLabel('备注', { exact: true }).fill('RPT-12 已报县局');
  await page.getByRole('button', { name: /^锁\s*定$/ }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^锁\s*定$/ })
    .click();
  await page.getByText('已锁定2026年10月').waitFor();
  const locks = page.getByRole('table', { name: '已锁定月份' });
  await locks.getByText('RPT-12 已报县局').waitFor();
  await app.shot('period-lock-01-locked');

  // An edit dated in October is refused with the lock named: 生成考勤 for October on the 补贴发放 screen …
  await go(page, '#/posts/subsidies?month=2026-10');
  await expect.poll(() => page.locator('#subsidy-month').inputValue()).toBe('2026-10');
  await page.getByRole('button', { name: '生成考勤' }).click();
  await page.getByText(LOCKED_ATTENDANCE).waitFor();
  await app.shot('period-lock-02-refused');
  // … and a contact dated in October through the HTTP transport; November stays open.
  const contact = await callApi(app, 'contacts.create', {
    personId: s.persons[0].id,
    contactDate: '2026-10-20',
    method: '1',
    result: '1',
    employmentStatusFound: '10',
    services: ['SV1'],
    jobsRecommended: 1,
    staff: '古丽娜尔',
  }).catch((e: Error) => e.message);
  expect(contact).toBe(
    'contacts.create: 2026年10月已锁定（已上报），不能新增、修改或删除该月的联系记录；如需更正，请管理员解锁',
  );

  // 设置 → 规则设置: the defaults are marked illustrative; the tier becomes 三类区 from 2026-11-01.
  await go(page, '#/settings/rules');
  await page.getByText('默认值仅为示例，使用前须按本地现行文件设置').waitFor();
  await app.shot('period-lock-03-rules');
  await page.getByRole('button', { name: '修改本县最低工资类区' }).click();
  const dialog = dialogTitled(page, '修改：本县最低工资类区');
  await dialog.getByRole('combobox', { name: '本县最低工资类区' }).click();
  await page.getByTitle('三类区').filter({ visible: true }).click();
  // October is locked: a date inside it is refused under the field.
  await dialog.getByLabel('生效日期').fill('2026-10-15');
  await dialog.getByLabel('依据').fill('自治区最低工资标准调整通知');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog
    .getByText('2026年10月已锁定（已上报），新的设置不能改变已锁定月份，生效日期最早为 2026-11-01')
    .first()
    .waitFor();
  await app.shot('period-lock-04-date-refused');
  await dialog.getByLabel('生效日期').fill('2026-11-01');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await dialog.waitFor({ state: 'hidden' });
  const tierRow = page.getByRole('row', { name: /本县最低工资类区/ });
  await tierRow.getByText('三类区').waitFor();
  await tierRow.getByText('2026-11-01').waitFor();
  await app.shot('period-lock-05-tier-changed');

  // November's post subsidy follows the new tier (三类区 1,620 yuan); reviewed, locked October keeps 1,900.
  await callApi(app, 'attendance.generate', { month: '2026-11' });
  expect(await standards(app, s, '2026-11')).toEqual([162_000, 162_000, 162_000]);
  expect(await standards(app, s, '2026-10')).toEqual([190_000, 190_000, 190_000]);

  // 操作记录: the lock and the change are in the log, filtered by record type.
  await page.getByRole('tab', { name: '操作记录' }).click();
  await page.getByRole('combobox', { name: '记录类型' }).click();
  await page.getByTitle('规则设置').filter({ visible: true }).click();
  await page
    .getByText('规则设置“本县最低工资类区”自 2026-11-01 起：一类区 → 三类区（依据：自治区最低工资标准调整通知）')
    .waitFor();
  await app.shot('period-lock-06-audit');
}
