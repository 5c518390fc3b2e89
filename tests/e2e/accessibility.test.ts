import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { DEMO_ADMIN } from '../../scripts/seed/accounts';
import { seedCounty } from '../../scripts/seed/county';
import { seedInternships } from '../../scripts/seed/internships';
import { seedPostCounty } from '../../scripts/seed/post-county';
import { seedRecognitions } from '../../scripts/seed/recognitions';
import { seedRegistrations } from '../../scripts/seed/registrations';
import { seedTraining } from '../../scripts/seed/training';
import { SCREENSHOTS, TODAY, launchBrowser, signInContext, startServe } from './app';

// Issue 18 (screens): the main pages of a seeded county at 1366×768, the most common office screen.
// 1. axe-core with the WCAG 2.0 A and AA rules (GB/T 37668-2019 follows WCAG 2.0 AA): no serious or critical
//    violation on any main page.
// 2. No list scrolls sideways: on every tab of every list page, no element of the page is wider than its box
//    (a table that scrolls sideways hides columns such as 计划联系 and 建议). Screenshots: test-results/e2e/a11y-*.png.

/** A Uyghur name as long as real ones get; the lists must wrap it, not run it over the ID column. */
const LONG_NAME = '阿卜杜热合曼·阿卜杜热依木·买买提艾力';

let dataDir: string;
let proc: ChildProcess;
let browser: Browser;
let page: Page;
let base: string;
let personId = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'taizhang-e2e-a11y-'));
  const core = openCore({ dataDir, today: TODAY });
  try {
    await seedCounty(core, { persons: 160, today: TODAY });
    seedPostCounty(core, { posts: 16, placements: 30, today: TODAY });
    seedRegistrations(core, { today: TODAY });
    seedRecognitions(core, { today: TODAY });
    seedTraining(core, { today: TODAY, classes: 4 });
    seedInternships(core, { today: TODAY, interns: 8, months: 2 });
    const db = core.ctx.db;
    // The long name goes on a registered person (so it shows in the contact work lists too) who is on a post.
    personId = db
      .prepare(
        `SELECT r.person_id FROM registrations r WHERE r.status = 'active'
         AND r.person_id IN (SELECT person_id FROM placements) ORDER BY r.id LIMIT 1`,
      )
      .pluck()
      .get() as string;
    personId ??= db
      .prepare(`SELECT person_id FROM registrations WHERE status = 'active' LIMIT 1`)
      .pluck()
      .get() as string;
    db.prepare('UPDATE persons SET name = ? WHERE id = ?').run(LONG_NAME, personId);
  } finally {
    core.close();
  }
  let url: string;
  ({ url, proc } = await startServe(dataDir));
  base = url.replace(/#.*$/, '');
  browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    bypassCSP: true,
  });
  // bypassCSP: axe is injected as an inline script, which the app's CSP (script-src 'self') would refuse.
  await signInContext(context, url, DEMO_ADMIN);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (proc) {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens a route: the first by loading the app, the rest by changing the address's hash (no reload). */
async function open(route: string): Promise<void> {
  if (page.url().startsWith(base)) await page.evaluate((r) => (location.hash = r), route);
  else await page.goto(`${base}#${route}`);
  await page.getByRole('main').waitFor();
  await settle();
}

/** Waits until the lists have answered and nothing moves (spinners, drawer and tab animations). */
async function settle(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.waitForTimeout(250);
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}

interface Finding {
  id: string;
  impact: string;
  nodes: number;
  sample: string;
}

/** Runs axe (WCAG 2.0 A + AA) on the page as it is; answers every violation with its node count. */
async function axeViolations(): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const r = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      nodes: v.nodes.length,
      sample: v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`)
        .join(' | '),
    }));
  });
}

/** Every element inside main that is wider than its own box (it would scroll, or spill, sideways), and the page. */
const sidewaysScroll = () =>
  page.evaluate(() => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) found.push(`页面 ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX) || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        found.push(
          `${el.tagName.toLowerCase()}.${el.className.toString().split(' ')[0]} ${el.scrollWidth} > ${el.clientWidth}`,
        );
    }
    return found;
  });

const MAIN_PAGES = () => [
  '/home',
  '/persons',
  `/persons/${personId}`,
  '/registrations',
  '/posts',
  '/internships',
  '/training',
  '/reports',
  '/settings',
];

describe('the main pages at 1366×768', () => {
  it('have no serious or critical WCAG 2.0 A/AA violation (axe-core)', async () => {
    const serious: string[] = [];
    const all: Record<string, number> = {};
    for (const route of MAIN_PAGES()) {
      await open(route);
      for (const v of await axeViolations()) {
        all[`${v.impact} ${v.id}`] = (all[`${v.impact} ${v.id}`] ?? 0) + v.nodes;
        if (v.impact === 'serious' || v.impact === 'critical')
          serious.push(`${route}: ${v.impact} ${v.id} ×${v.nodes} — ${v.sample}`);
      }
    }
    console.log('axe violations (impact rule: elements):', JSON.stringify(all));
    // The walk read real pages: the long name heads the person page.
    await open(`/persons/${personId}`);
    expect(await page.getByRole('main').getByText(LONG_NAME).first().isVisible()).toBe(true);
    expect(serious).toEqual([]);
  }, 150_000);

  it('no list scrolls sideways, on any tab', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const lists = [
      '/persons',
      '/registrations',
      '/recognitions',
      '/posts',
      '/posts/employers',
      '/posts/worklists',
      '/internships',
      '/training',
    ];
    const found: string[] = [];
    let tables = 0;
    for (const route of lists) {
      await open(route);
      const tabs = await page.getByRole('main').getByRole('tab').all();
      const steps = tabs.length ? tabs : [null];
      for (const [i, tab] of steps.entries()) {
        if (tab) {
          if (!(await tab.isVisible())) continue;
          await tab.click();
          await settle();
        }
        tables += await page.getByRole('main').getByRole('table').count();
        for (const f of await sidewaysScroll()) found.push(`${route} 第${i + 1}页签: ${f}`);
        await page.screenshot({ path: join(SCREENSHOTS, `a11y${route.replaceAll('/', '-')}-${i}.png`) });
      }
    }
    expect(found).toEqual([]);
    expect(tables).toBeGreaterThan(10);
  }, 150_000);
});
