// Issue 13: how long a clerk's cheap call (persons.list page 1) takes while a long job runs, through the real
// transports — the core host (interactive worker + job worker) called in-process, and the browser mode's HTTP API
// over it — against the same call with no job running, in the same run. Each path is sampled every ~20 ms
// while each job runs: RPT-01 export, a 10,000-row import check and commit, a backup, the month's roster generation.
// With `--stall-before` the same is measured with every job on the interactive worker (the layout before issue 13).
// Goal: worst < 100 ms.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE, openCore } from '../../electron/core/core';
import { startCoreHost, type CoreHost } from '../../electron/core/host';
import { monthOf } from '../../shared/domain/dates';
import { DEMO_ADMIN } from '../seed/accounts';
import { seedDemo } from '../seed/demo';
import { httpInvoker } from './http';
import { roster, villagesOf } from './person-import';
import { percentile, round2, type BenchEntry } from './results';

export const TODAY = '2026-11-28';
const EVERY_MS = 20;
export const STALL_GOAL_MS = 100;

interface Latency {
  samples: number;
  p95: number;
  worst: number;
}
interface StallFigure {
  /** Which lanes: 'two workers' (issue 13) or 'one worker' (before). */
  layout: string;
  job: string;
  jobSeconds: number;
  inProcess: Latency;
  http: Latency;
  /** A cheap write (settings.setOffice) every 200 ms during the job: it may wait for the job's write lock. */
  write: Latency;
  note: string;
}

const summary = (ms: number[]): Latency => {
  const s = [...ms].sort((a, b) => a - b);
  return { samples: s.length, p95: round2(percentile(s, 95) ?? 0), worst: round2(s.at(-1) ?? 0) };
};

/** Calls `call` every `every` ms (after the previous answer) until `stop` resolves; returns each latency. */
async function sample(call: () => Promise<unknown>, every: number, stop: Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  let done = false;
  void stop.finally(() => (done = true));
  while (!done) {
    const t = performance.now();
    await call();
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, every));
  }
  return out;
}

export async function seeded(dataDir: string | undefined, persons: number, log: (l: string) => void): Promise<string> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'taizhang-bench-stall-'));
  if (existsSync(join(dir, DB_FILE))) {
    log(`使用已生成的县：${dir}`);
    return dir;
  }
  log(`生成 ${persons} 人的演示县：${dir}`);
  const core = openCore({ dataDir: dir, today: TODAY });
  try {
    await seedDemo(core, { persons, today: TODAY, seed: 20260101 });
  } finally {
    core.close();
  }
  return dir;
}

export async function runJob(
  host: CoreHost,
  session: string,
  channel: string,
  input: unknown,
): Promise<Record<string, unknown>> {
  const started = await host.invoke(channel, input, session);
  if (!started.ok) throw new Error(`${channel}: ${started.error.message}`);
  const data = started.data as { jobId?: string };
  if (!data.jobId) return data as Record<string, unknown>; // a write that ran in the job worker (roster generation)
  for (;;) {
    const r = await host.invoke('jobs.status', { jobId: data.jobId }, session);
    const s = (r.ok ? r.data : null) as { state: string; result?: { ok: boolean; data?: unknown } } | null;
    if (s && s.state !== 'running') {
      if (!s.result?.ok) throw new Error(`${channel}: ${JSON.stringify(s.result)}`);
      return s.result.data as Record<string, unknown>;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function benchJobStall(options: {
  persons: number;
  importRows: number;
  dataDir?: string;
  before: boolean;
  log: (line: string) => void;
}): Promise<{ dataDir: string; figures: StallFigure[] }> {
  const dataDir = await seeded(options.dataDir, options.persons, options.log);
  const villages = villagesOfDir(dataDir);
  const figures: StallFigure[] = [];
  const layouts: [string, boolean][] = [['two workers', true]];
  if (options.before) layouts.push(['one worker', false]);
  for (const [layout, lane] of layouts) {
    const host = await startCoreHost({ dataDir, today: TODAY, ...(lane ? {} : { jobWorkerUrl: null }) });
    const signIn = await host.invoke(
      'auth.signIn',
      { username: DEMO_ADMIN.username, password: DEMO_ADMIN.password },
      null,
    );
    if (!signIn.ok) throw new Error(signIn.error.message);
    const session = (signIn.data as { session: string }).session;
    const http = await httpInvoker(host);
    const office = await host.invoke('settings.get', {}, session);
    const officeInput = (office.ok ? (office.data as { office: Record<string, string> }).office : {}) as Record<
      string,
      string
    >;
    const list = async () => {
      const r = await host.invoke('persons.list', { page: 1, pageSize: 20 }, session);
      if (!r.ok) throw new Error(r.error.message);
    };
    const listHttp = () => http.call('persons.list', { page: 1, pageSize: 20 });
    const write = () =>
      host.invoke(
        'settings.setOffice',
        { name: officeInput.name, countyName: officeInput.countyName, countyCode: officeInput.countyCode.slice(0, 6) },
        session,
      );
    const measure = async (job: string, run: () => Promise<string>) => {
      await list();
      await listHttp();
      const t = performance.now();
      const work = run();
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      const [a, b, w] = await Promise.all([
        sample(list, EVERY_MS, settled),
        sample(listHttp, EVERY_MS, settled),
        sample(write, 200, settled),
      ]);
      const note = await work;
      const f: StallFigure = {
        layout,
        job,
        jobSeconds: round2((performance.now() - t) / 1000),
        inProcess: summary(a),
        http: summary(b),
        write: summary(w),
        note,
      };
      options.log(
        `  [${layout}] ${job}（${f.jobSeconds} 秒${note ? `，${note}` : ''}）：进程内 p95 ${f.inProcess.p95} / 最长 ${f.inProcess.worst} ms（${f.inProcess.samples} 次），HTTP p95 ${f.http.p95} / 最长 ${f.http.worst} ms，写入最长 ${f.write.worst} ms`,
      );
      figures.push(f);
    };
    try {
      // The job worker loads while the first calls run: let it finish loading before anything is timed.
      await runJob(host, session, 'imports.persons.template', {});
      await measure('idle', async () => {
        await new Promise((r) => setTimeout(r, 3000));
        return '';
      });
      await measure('RPT-01 export', async () => {
        const r = await runJob(host, session, 'reports.export', {
          report: 'RPT-01',
          month: monthOf(TODAY),
          full: false,
        });
        return String(r.fileName);
      });
      // The clerk's file is built before the sampled window: exceljs writing 10,000 rows holds THIS thread (the
      // sampler's and the HTTP server's) for seconds, which the samples took for an interactive stall. IDs start
      // past the persons the county already has, so a reused county (--stall-data-dir) imports new persons again.
      const registered = await host.invoke('persons.list', { page: 1, pageSize: 20 }, session);
      if (!registered.ok) throw new Error(registered.error.message);
      const buf = await roster(options.importRows, villages, {
        first: 600_000 + (registered.data as { total: number }).total,
      });
      await measure(`import ${options.importRows} rows check + commit`, async () => {
        const checked = await runJob(host, session, 'imports.persons.check', {
          fileName: '花名册.xlsx',
          contentBase64: buf.toString('base64'),
        });
        const done = await runJob(host, session, 'imports.persons.commit', {
          token: checked.token,
          skipInvalidRows: true,
          updateMatched: [],
        });
        return `新增 ${String(done.created)} 人`;
      });
      await measure('backup', async () => {
        const r = await runJob(host, session, 'backups.create', { target: 'dataFolder' });
        return `${String((r.backup as { sizeBytes: number }).sizeBytes >> 20)} MB`;
      });
      await measure('roster generation', async () => {
        const month = monthOf(TODAY);
        await runJob(host, session, 'attendance.generate', { month });
        const r = await host.invoke('subsidies.generateBatch', { kind: 'post', month }, session);
        return r.ok ? `${(r.data as { items: unknown[] }).items.length} 行` : r.error.message;
      });
    } finally {
      await http.close();
      await host.close();
    }
  }
  return { dataDir, figures };
}

function villagesOfDir(dataDir: string) {
  const core = openCore({ dataDir, today: TODAY });
  try {
    return villagesOf(core);
  } finally {
    core.close();
  }
}

export function stallEntries(figures: StallFigure[]): BenchEntry[] {
  const out: BenchEntry[] = [];
  for (const f of figures) {
    const idle = figures.find((g) => g.layout === f.layout && g.job === 'idle')!;
    const e = (what: string, value: number, base: number): BenchEntry => ({
      name: `stall [${f.layout}] ${f.job} persons.list ${what}`,
      value,
      unit: 'ms',
      baseline: base,
      ratio: base > 0 ? round2(value / base) : null,
    });
    out.push(
      e('in-process worst', f.inProcess.worst, idle.inProcess.worst),
      e('in-process p95', f.inProcess.p95, idle.inProcess.p95),
      e('http worst', f.http.worst, idle.http.worst),
      e('http p95', f.http.p95, idle.http.p95),
      e('write worst', f.write.worst, idle.write.worst),
    );
  }
  return out;
}
