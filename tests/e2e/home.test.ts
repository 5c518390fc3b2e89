import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shotOnFailure, useApp, type RunningApp } from './app';
import { setUpHomeScene } from './home-setup';
import { typeAndPick } from './posts-setup';

// Issue 17, done-when: 首页 is the first page after start; on the scene (home-setup.ts) its figures and reminders
// lead into the filtered lists, whose row counts equal the reminder; a chart is saved as a PNG. Screens at 1366×768.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('首页: the month at a glance, reminders into the lists, a chart saved as a picture', () => {
  // useApp opens the app on its start page once the scene is there.
  const suite = useApp({ county: true }, async (app) => {
    await setUpHomeScene(app);
  });

  it('walks from 首页 into two lists and saves a chart', () => shotOnFailure(suite.app, 'home', () => walk(suite.app)));
});

const reminders = (page: Page) => page.getByRole('region', { name: '待办提醒' });
const figure = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function walk(app: RunningApp) {
  const { page } = app;
  // The start page is 首页 (useApp opened the app afresh after the scene).
  await page.getByRole('heading', { name: '首页', level: 4 }).waitFor();
  expect(page.url()).toMatch(/#\/home$/);
  const nav = page.getByRole('navigation', { name: '功能模块' });
  await expect.poll(() => nav.getByRole('menuitem').first().textContent()).toBe('首页');
  await expect.poll(() => figure(page, '登记失业人员').textContent()).toMatch(/^登记失业人员3人较上月 .*增加 1 人$/);
  await expect.poll(() => figure(page, '公益性岗位在岗人员').textContent()).toMatch(/^公益性岗位在岗人员1人/);
  const pending = reminders(page).getByRole('link', { name: '待初审 1 人' });
  await pending.waitFor();
  // A count of 0 is said quietly, without a link.
  await reminders(page).getByText('待县级确认 0 人').waitFor();
  expect(
    await reminders(page)
      .getByRole('link', { name: /待县级确认/ })
      .count(),
  ).toBe(0);
  await page.getByRole('img', { name: '本月联系达标率（按乡镇）' }).locator('canvas').first().waitFor();
  await app.shot('home-01-county');

  // Reminder 1: 待初审 → the recognition work list on that tab, with as many rows as the reminder said.
  await pending.click();
  await page.getByRole('heading', { name: '就业困难人员认定' }).waitFor();
  expect(page.url()).toContain('#/recognitions?tab=pendingVillage');
  const pendingTable = page.getByRole('table', { name: '待初审' });
  await pendingTable.getByText('阿不都外力·艾则孜').waitFor();
  expect(await pendingTable.locator('tbody tr[data-row-key]').count()).toBe(1);
  await page.getByText('共 1 人', { exact: true }).waitFor();
  await app.shot('home-02-pending-village');

  // Reminder 2, for one township: 塔什米里克乡's 本月待联系 → the contact work list filtered to it.
  await page.goBack();
  await page.getByRole('heading', { name: '首页', level: 4 }).waitFor();
  await typeAndPick(page.getByRole('combobox', { name: '乡镇(街道)' }), '塔什米里克乡');
  await expect.poll(() => page.url()).toMatch(/township=/);
  await expect.poll(() => figure(page, '登记失业人员').textContent()).toMatch(/^登记失业人员1人/);
  const toContact = reminders(page).getByRole('link', { name: '本月待联系 1 人' });
  await toContact.waitFor();
  // County-wide lists say so when a township is chosen.
  const subsidyGroup = reminders(page).getByRole('region', { name: '补贴发放' });
  // Rosters are the county's (全县); attendance missing is counted for the township.
  await subsidyGroup
    .getByText(/（全县）/)
    .first()
    .waitFor();
  await subsidyGroup.getByText(/考勤未录入单位/).waitFor();
  await app.shot('home-03-township');
  await toContact.click();
  const worklist = page.getByRole('table', { name: '工作清单' });
  await worklist.getByText('努尔艾力·阿不都').waitFor();
  expect(page.url()).toMatch(/#\/registrations\?list=toContact&township=/);
  expect(await worklist.locator('tbody tr[data-row-key]').count()).toBe(1);
  await page.getByText('共 1 人', { exact: true }).waitFor();
  await app.shot('home-04-to-contact-township');

  // 保存为图片: the contact-rate chart as a PNG.
  await page.goBack();
  const chart = page.getByRole('region', { name: '本月联系达标率（按乡镇）' });
  await chart.locator('canvas').first().waitFor();
  const downloading = page.waitForEvent('download');
  await chart.getByRole('button', { name: '保存为图片' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('联系达标率-塔什米里克乡-2026-11.png');
  const png = readFileSync(await download.path());
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.length).toBeGreaterThan(10_000);
  // IHDR: twice the chart's on-screen size (pixelRatio 2).
  const box = await chart.getByRole('img').boundingBox();
  expect(png.readUInt32BE(16)).toBe(Math.round(box!.width) * 2);

  await page.getByRole('combobox', { name: '乡镇(街道)' }).press('Escape');
  await page.mouse.wheel(0, 800);
  await app.shot('home-05-charts');
}
