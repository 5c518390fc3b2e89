import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { computeCheckDigit } from '../../shared/domain/id-number';
import { animationsDone } from './locators';

const ROOT = join(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
export const TODAY = '2026-11-28';

/** The administrator every e2e run creates on its empty data folder (issue 19), and signs the page and API in as. */
export const E2E_ADMIN = { username: 'admin', displayName: '古丽娜尔·买买提', password: 'E2e-admin-2026' } as const;

export interface RunningApp {
  url: string;
  dataDir: string;
  page: Page;
  /** The `name=value` session cookie callApi sends (the administrator's); null when started with signIn: false. */
  cookie: string | null;
  /** The recovery code auth.setup returned (null when started with signIn: false). */
  recoveryCode: string | null;
  /** Saves test-results/e2e/{name}.png. */
  shot(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `serve` on a free port with a temporary data folder, exactly as a clerk's `npm run serve` would: the server
 * bundle out/serve/cli.js (built by global-setup.ts), not the TypeScript sources through tsx, which cost each start
 * seconds of CPU. `today` fixes the app's date (the tests' TODAY unless a scratch script seeded another one).
 */
export async function startServe(dataDir: string, today = TODAY): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(
    process.execPath,
    [join(ROOT, 'out/serve/cli.js'), '--port', '0', '--data-dir', dataDir, '--today', today],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}\n${err}`)), 60_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Taizhang serving at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${out}\n${err}`));
    });
  });
  return { url, proc };
}

/**
 * Debian's chromium-headless-shell when installed (`.ci/run` installs it), else Debian's chromium; CHROMIUM_PATH
 * overrides both. The shell is the same Blink and V8 without the full browser's windows and services: it costs less
 * CPU to start, to load the app and to walk it (the suite is CPU bound on two cores).
 */
const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');

async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

let workerBrowser: Promise<Browser> | undefined;

/**
 * The browser of this worker's walks, launched by the first file that asks and kept for the next: the e2e project runs
 * without isolation, so a worker's files share this module (a launch is about 0.7 CPU-s and a second of wall time).
 * Each walk gets its own context (cookies, storage, downloads), which it closes; playwright ends the browser when the
 * worker exits. A browser that crashed or was closed is launched anew.
 */
export async function sharedBrowser(): Promise<Browser> {
  workerBrowser ??= launchBrowser();
  try {
    const launched = await workerBrowser;
    if (launched.isConnected()) return launched;
  } catch (e) {
    workerBrowser = undefined;
    throw e;
  }
  workerBrowser = undefined;
  return sharedBrowser();
}

/** POST /api/{channel} with the run's token and a session cookie; answers the Result and the cookie it set. */
async function post(url: string, channel: string, input: unknown, cookie: string | null) {
  const base = new URL(url);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Taizhang-Token': base.searchParams.get('token') ?? '',
  };
  if (cookie) headers.Cookie = cookie;
  const res = await fetch(new URL(`/api/${channel}`, base), { method: 'POST', headers, body: JSON.stringify(input) });
  const body = (await res.json()) as { ok: boolean; data: unknown; error?: { message: string } };
  return { body, setCookie: res.headers.get('set-cookie')?.split(';')[0] ?? null };
}

/** Gives the browser context the session cookie, as the sign-in screen would have set it. */
async function addSessionCookie(context: BrowserContext, url: string, cookie: string): Promise<void> {
  const eq = cookie.indexOf('=');
  await context.addCookies([
    {
      name: cookie.slice(0, eq),
      value: cookie.slice(eq + 1),
      domain: new URL(url).hostname,
      path: '/api/',
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
}

/** Signs in over HTTP (creating the administrator first on an empty folder) and returns the session cookie. */
export async function signInOverHttp(
  url: string,
  account: { username: string; password: string; displayName?: string },
  setUp = false,
): Promise<{ cookie: string; recoveryCode: string | null }> {
  const { username, password, displayName } = account;
  const r = setUp
    ? await post(url, 'auth.setup', { username, password, displayName: displayName ?? username }, null)
    : await post(url, 'auth.signIn', { username, password }, null);
  if (!r.body.ok || !r.setCookie) throw new Error(`sign-in failed: ${r.body.error?.message}`);
  return { cookie: r.setCookie, recoveryCode: (r.body.data as { recoveryCode?: string }).recoveryCode ?? null };
}

/** Signs a browser context in as the account (e.g. a page of a server started with startServe). */
export async function signInContext(
  context: BrowserContext,
  url: string,
  account: { username: string; password: string },
): Promise<string> {
  const { cookie } = await signInOverHttp(url, account);
  await addSessionCookie(context, url, cookie);
  return cookie;
}

/**
 * Starts serve and a browser at 1366×768. By default the administrator E2E_ADMIN is created on the empty folder and
 * both the page and callApi are signed in as it, so a test starts where it did before accounts existed; with
 * `signIn: false` the page opens on the first-start screen.
 */
/** Starts a server and a browser; the page opens the app unless `open` is false (useApp opens it after its set-up). */
export async function startApp(
  options: { signIn?: boolean; open?: boolean; today?: string } = {},
): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'taizhang-e2e-'));
  // The server and the browser start side by side (each is a second or two of a start, mostly waiting).
  const [served, launched] = await Promise.allSettled([startServe(dataDir, options.today), sharedBrowser()]);
  if (served.status === 'rejected' || launched.status === 'rejected') {
    if (served.status === 'fulfilled') served.value.proc.kill('SIGTERM');
    throw served.status === 'rejected' ? served.reason : (launched as PromiseRejectedResult).reason;
  }
  const { url, proc } = served.value;
  const browser = launched.value;
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    acceptDownloads: true,
    // The app turns antd's motion off (app/reduced-motion.ts): a click can no longer land on a dialog still zooming
    // in, which lost clicks on 放弃, 知道了 and the roster kind under load.
    reducedMotion: 'reduce',
  });
  let cookie: string | null = null;
  let recoveryCode: string | null = null;
  if (options.signIn !== false) {
    ({ cookie, recoveryCode } = await signInOverHttp(url, E2E_ADMIN, true));
    await addSessionCookie(context, url, cookie);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.open !== false) await page.goto(url);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url,
    dataDir,
    page,
    cookie,
    recoveryCode,
    shot: async (name) => {
      // Wait for transitions (drawer slide, spinner fade) so the picture shows what the clerk settles on.
      await animationsDone(page);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    },
    stop: async () => {
      await context.close();
      proc.kill('SIGTERM');
      await new Promise((r) => proc.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
      if (errors.length) throw new Error(`page errors: ${errors.join('\n')}`);
    },
  };
}

/** Calls the core as the page does: POST /api/{channel} with the run's token and the administrator's session. */
export async function callApi<T>(app: RunningApp, channel: string, input: unknown): Promise<T> {
  const { body } = await post(app.url, channel, input, app.cookie);
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.data as T;
}

/** The townships setUpCounty makes, each with its villages (code, name; all 220 村庄), in the order made. */
const COUNTY_PLACES = [
  {
    code: '653121101000',
    name: '乌帕尔镇',
    villages: [
      ['653121101001', '乌帕尔村'],
      ['653121101201', '阿亚格曼干村'],
    ],
  },
  { code: '653121200000', name: '塔什米里克乡', villages: [['653121200201', '库木巴格村']] },
] as const;

/**
 * The office and places, set up through the API (the settings test walks them in the UI). The page is not opened
 * here: useApp opens it once the whole scene is set up (it opened here too, one page load a walk for nothing).
 */
export async function setUpCounty(app: RunningApp): Promise<void> {
  await callApi(app, 'settings.setOffice', {
    name: '疏附县人力资源和社会保障局',
    countyName: '疏附县',
    countyCode: '653121',
  });
  for (const { code, name, villages } of COUNTY_PLACES) {
    const town = await callApi<{ id: string }>(app, 'regions.create', { parentId: null, code, name });
    for (const [villageCode, villageName] of villages)
      await callApi(app, 'regions.create', {
        parentId: town.id,
        code: villageCode,
        name: villageName,
        urbanRuralCode: '220',
      });
  }
}

/** A citizen ID of 疏附县 (653121) for a birth date `YYYYMMDD` and a 3-digit sequence, with its check character. */
export function idOf(birth: string, seq3: string): string {
  const first17 = `653121${birth}${seq3}`;
  return first17 + computeCheckDigit(first17);
}

/** The places setUpCounty made, by name (e.g. '乌帕尔镇', '乌帕尔村'); throws when one is missing. */
export async function placesNamed<N extends string>(
  app: RunningApp,
  ...names: N[]
): Promise<Record<N, { id: string }>> {
  const { items } = await callApi<{ items: { id: string; name: string }[] }>(app, 'regions.list', {});
  const found = {} as Record<N, { id: string }>;
  for (const name of names) {
    const place = items.find((r) => r.name === name);
    if (!place) throw new Error(`${name} missing: run setUpCounty first`);
    found[name] = place;
  }
  return found;
}

/** The app of one describe's walk, and the temporary folder for the files it writes and reads. */
export interface AppSuite {
  app: RunningApp;
  tmp: string;
}

/**
 * Starts the app before the tests of the describe that calls it and stops it after them: signed in as E2E_ADMIN
 * unless `signIn` is false; with `files`, a temporary folder of that name prefix; with `county`, setUpCounty; then
 * `setUp` (the walk's scene). `timeout` is the start's hook timeout where a file gives its own.
 */
export function useApp(
  /** `today`: the app's working date, TODAY unless a walk needs another. */
  options: { signIn?: boolean; county?: boolean; files?: string; timeout?: number; today?: string } = {},
  setUp?: (app: RunningApp) => Promise<void>,
): AppSuite {
  const suite = {} as AppSuite;
  beforeAll(async () => {
    // With a set-up through the API, the page opens after it: the app reads the navigation badges once and then
    // only after its own writes, so a page opened before the set-up kept badges of an empty county (the
    // registrations walk waited 30 s for 本月待联系 1 人 whenever the badges were read before the set-up ended).
    const settingUp = !!options.county || !!setUp;
    suite.app = await startApp({ signIn: options.signIn, open: !settingUp, today: options.today });
    if (options.files) suite.tmp = mkdtempSync(join(tmpdir(), options.files));
    if (options.county) await setUpCounty(suite.app);
    await setUp?.(suite.app);
    if (settingUp) await suite.app.page.goto(suite.app.url);
  }, options.timeout);
  afterAll(async () => {
    if (suite.tmp) rmSync(suite.tmp, { recursive: true, force: true });
    await suite.app?.stop();
  });
  return suite;
}

/** Runs a walk; when a step fails, first saves what the clerk saw then as test-results/e2e/{name}-failed.png. */
export async function shotOnFailure(app: RunningApp, name: string, walk: () => Promise<void>): Promise<void> {
  try {
    await walk();
  } catch (e) {
    await app.shot(`${name}-failed`);
    throw e;
  }
}
