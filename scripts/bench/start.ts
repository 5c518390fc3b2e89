// Issue 13: how long `npm run serve` takes to answer on the 100k county. The real browser-mode server is spawned as
// the serve script starts it (package.json, with --port 0 --data-dir --today) on a COPY of the county, and timed from
// the spawn to the printed URL, the first answered call (auth.status) and a signed-in persons.list page; the server
// prints when each step of its start ended (TAIZHANG_START_TIMES=1, electron/serve/cli.ts), which splits the time.
// Two kinds of start: the first of a day (today's automatic backup due) and a later one. The "raw" part is the core's
// own open in this process (openDatabase, openCore) and SQLite's quick_check alone, on the same file.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE, openCore } from '../../electron/core/core';
import { openDatabase, openMarker } from '../../electron/core/db/open';
import { httpClient } from './http';
import { BENCH_TODAY } from './temp-core';
import { round2, type BenchEntry } from './results';

const ROOT = join(import.meta.dirname, '..', '..');
/** The county `npm run bench -- --only scale` generates at 100,000 persons (scripts/bench/scale.ts); never written. */
export const SCALE_COUNTY = join(tmpdir(), `taizhang-bench-scale-100000-a0.75-${BENCH_TODAY}`);
const WAIT_MS = 10 * 60_000;

interface StartRun {
  kind: 'first-of-day' | 'same-day';
  urlMs: number;
  statusMs: number;
  listMs: number;
  /** When today's automatic backup was on disk (first start of a day only). */
  backupDoneMs: number | null;
  /** CPU of the server process (all its threads) until it listened. */
  cpuMs: number;
  /** Each step of the start and how long it took, in order (ms). */
  steps: [string, number][];
  /** Sums of the steps: module loading, opening and quick_check, migrations check, the rest of the start. */
  split: { modules: number; open: number; migrations: number; other: number };
}

interface StartBench {
  dataDir: string;
  runs: StartRun[];
  raw: { quickCheckMs: number; openDatabaseMs: number; openCoreMs: number };
}

/** The working copy: the given folder, or a copy of the scale county's register made once and kept. */
function workingCopy(dataDir: string | undefined, log: (l: string) => void): string {
  const dir = dataDir ?? join(tmpdir(), 'taizhang-bench-start-100000');
  if (existsSync(join(dir, DB_FILE))) return dir;
  if (dataDir) throw new Error(`--data-dir ${dataDir} holds no ${DB_FILE}`);
  if (!existsSync(join(SCALE_COUNTY, DB_FILE)))
    throw new Error(`${SCALE_COUNTY} is missing: run npm run bench -- --only scale first`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(SCALE_COUNTY, DB_FILE), join(dir, DB_FILE));
  log(`已复制 ${SCALE_COUNTY} 的数据库到 ${dir}`);
  return dir;
}

const autoBackups = (dir: string) =>
  existsSync(join(dir, 'backups'))
    ? readdirSync(join(dir, 'backups')).filter((n) => n.startsWith('taizhang-auto-') && n.endsWith('.db'))
    : [];

function removeAutoBackups(dir: string): void {
  for (const name of autoBackups(dir)) {
    rmSync(join(dir, 'backups', name), { force: true });
    rmSync(join(dir, 'backups', `${name}.json`), { force: true });
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function summarise(times: [string, number][], spawnedAt: number): Pick<StartRun, 'steps' | 'split'> {
  const sorted = [...times].sort((a, b) => a[1] - b[1]);
  const steps: [string, number][] = [];
  let last = spawnedAt;
  for (const [phase, at] of sorted) {
    steps.push([phase === 'process' ? 'sh, node start' : phase, at - last]);
    last = at;
  }
  const sum = (names: string[]) => steps.filter(([p]) => names.includes(p)).reduce((a, [, ms]) => a + ms, 0);
  const modules = sum(['server modules', 'core modules']);
  const open = sum(['clean-up', 'quick check', 'integrity check', 'settings', 'migrations']);
  const migrations = sum(['migrations check']);
  const total = steps.reduce((a, [, ms]) => a + ms, 0);
  return { steps, split: { modules, open, migrations, other: total - modules - open - migrations } };
}

/** One start of the server as `npm run serve` runs it; stopped (SIGTERM, a clean exit) once measured. */
async function oneStart(dir: string, kind: StartRun['kind']): Promise<StartRun> {
  if (kind === 'first-of-day') removeAutoBackups(dir);
  const serve = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { serve: string } }).scripts
    .serve;
  const args = ['--port', '0', '--data-dir', dir, '--today', BENCH_TODAY];
  const spawnedAt = Date.now();
  // What npm runs for `npm run serve -- <args>`: the script in sh with node_modules/.bin first on PATH.
  const child = spawn('sh', ['-c', `${serve} "$@"`, 'serve', ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
      TAIZHANG_START_TIMES: '1',
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const printed = await new Promise<{ url: string; urlAt: number; times: [string, number][]; cpuMs: number }>(
      (resolve, reject) => {
        let buffer = '';
        let times: [string, number][] = [];
        let cpuMs = 0;
        const timer = setTimeout(() => reject(new Error('no URL printed within 10 minutes')), WAIT_MS);
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          let nl: number;
          while ((nl = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, nl);
            buffer = buffer.slice(nl + 1);
            if (line.startsWith('start-times ')) {
              const parsed = JSON.parse(line.slice(12)) as { times: [string, number][]; cpuMs: number };
              times = parsed.times;
              cpuMs = parsed.cpuMs;
            }
            const m = /^Taizhang serving at (\S+)/.exec(line);
            if (m) {
              clearTimeout(timer);
              resolve({ url: m[1], urlAt: Date.now(), times, cpuMs });
            }
          }
        });
        child.once('exit', (code) => reject(new Error(`the server exited (${code}) before printing its URL`)));
      },
    );
    const url = new URL(printed.url);
    const client = httpClient(Number(url.port), url.searchParams.get('token') ?? '');
    await client.callPublic('auth.status', {});
    const statusAt = Date.now();
    const call = await client.signIn();
    const page = await call('persons.list', {});
    const listAt = Date.now();
    if (!Array.isArray(page.items) || !page.items.length) throw new Error('persons.list: no rows');
    let backupDoneMs: number | null = null;
    if (kind === 'first-of-day') {
      while (Date.now() - spawnedAt < WAIT_MS) {
        const done = autoBackups(dir).find((n) => existsSync(join(dir, 'backups', `${n}.json`)));
        if (done) {
          backupDoneMs = Date.now() - spawnedAt;
          break;
        }
        await sleep(100);
      }
    }
    return {
      kind,
      urlMs: printed.urlAt - spawnedAt,
      statusMs: statusAt - spawnedAt,
      listMs: listAt - spawnedAt,
      backupDoneMs,
      cpuMs: printed.cpuMs,
      ...summarise(printed.times, spawnedAt),
    };
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
    // A clean exit removes the open-marker; left behind, the next start would run the full integrity check.
    for (let i = 0; i < 600 && existsSync(openMarker(join(dir, DB_FILE))); i++) await sleep(100);
  }
}

function rawOpen(dir: string): StartBench['raw'] {
  const file = join(dir, DB_FILE);
  let t = performance.now();
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  ro.pragma('quick_check');
  ro.close();
  const quickCheckMs = performance.now() - t;
  t = performance.now();
  openDatabase(file, { backupDir: join(dir, 'backups') }).close();
  const openDatabaseMs = performance.now() - t;
  t = performance.now();
  const core = openCore({ dataDir: dir, today: BENCH_TODAY });
  const openCoreMs = performance.now() - t;
  core.close();
  return { quickCheckMs: round2(quickCheckMs), openDatabaseMs: round2(openDatabaseMs), openCoreMs: round2(openCoreMs) };
}

export async function benchStart(options: {
  dataDir?: string;
  /** Pairs of starts (first of the day, then a later one). */
  runs: number;
  log: (line: string) => void;
}): Promise<StartBench> {
  const dir = workingCopy(options.dataDir, options.log);
  if (existsSync(openMarker(join(dir, DB_FILE))))
    options.log('注意：数据文件夹上次未正常关闭，第一次启动会运行完整的完整性检查');
  const runs: StartRun[] = [];
  for (let i = 0; i < options.runs; i++) {
    for (const kind of ['first-of-day', 'same-day'] as const) {
      const run = await oneStart(dir, kind);
      options.log(
        `  ${kind}: URL ${run.urlMs} ms，auth.status ${run.statusMs} ms，persons.list ${run.listMs} ms${run.backupDoneMs === null ? '' : `，自动备份完成 ${run.backupDoneMs} ms`}`,
      );
      runs.push(run);
    }
  }
  // Today's backup exists now: the in-process openCore takes none.
  const raw = rawOpen(dir);
  removeAutoBackups(dir);
  return { dataDir: dir, runs, raw };
}

const best = (runs: StartRun[], kind: StartRun['kind']) =>
  runs.filter((r) => r.kind === kind).sort((a, b) => a.listMs - b.listMs)[0];

/** The best run of each kind (by the signed-in page). */
export const bestRuns = (b: StartBench) => [best(b.runs, 'first-of-day'), best(b.runs, 'same-day')].filter(Boolean);

export function startEntries(b: StartBench): BenchEntry[] {
  const entries: BenchEntry[] = [];
  const ms = (name: string, value: number, baseline: number | null = null) =>
    entries.push({
      name,
      value: round2(value),
      unit: 'ms',
      baseline,
      ratio: baseline ? round2(value / baseline) : null,
    });
  for (const r of bestRuns(b)) {
    const at = `start.${r.kind}`;
    ms(`${at}.url`, r.urlMs);
    ms(`${at}.auth-status`, r.statusMs);
    ms(`${at}.persons-list`, r.listMs, b.raw.openCoreMs);
    if (r.backupDoneMs !== null) ms(`${at}.backup-done`, r.backupDoneMs);
    ms(`${at}.cpu`, r.cpuMs);
    for (const [part, value] of Object.entries(r.split)) ms(`${at}.split.${part}`, value);
  }
  ms('start.raw.quick-check', b.raw.quickCheckMs);
  ms('start.raw.open-database', b.raw.openDatabaseMs);
  ms('start.raw.open-core', b.raw.openCoreMs);
  return entries;
}
