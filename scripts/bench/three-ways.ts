// One bench case timed three ways in the same run (issue 13's method, shared by the scale and archive benches): in
// process (core.invoke), through the browser mode's HTTP transport, and raw (the statements one call ran, recorded
// and replayed with plain better-sqlite3: record.ts); and the transport floor those are compared with.
import { openCore } from '../../electron/core/core';
import { signInSeedAdmin } from '../seed/accounts';
import { httpInvoker, type HttpInvoker } from './http';
import type { RunOptions } from './measure';
import { recordStatements } from './record';
import { percentile, round2, type BenchEntry } from './results';
import { BENCH_TODAY } from './temp-core';

export interface Spread {
  p50: number;
  p95: number;
}

export const stats = (samples: number[]): Spread => {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: round2(percentile(s, 50)), p95: round2(percentile(s, 95)) };
};

/** The transport floor: a call over HTTP that does no database work (auth.status). */
export async function transportFloor(http: HttpInvoker, options: RunOptions): Promise<Spread> {
  const times: number[] = [];
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const t = performance.now();
    await http.call('auth.status', {});
    if (i >= options.warmup) times.push(performance.now() - t);
  }
  const floor = stats(times);
  options.log(`  传输下限（HTTP auth.status）p50 ${floor.p50} ms，p95 ${floor.p95} ms`);
  return floor;
}

interface ThreeWayCase {
  /** Returns the rows the answer holds. */
  viaCore: () => Promise<number>;
  viaHttp: () => Promise<unknown>;
  raw: () => unknown;
  /** Run before every timed call, untimed (e.g. a save that drops what is kept). */
  before: () => void;
}

export async function timeThreeWays(
  options: RunOptions,
  c: ThreeWayCase,
): Promise<{ rows: number; core: Spread; http: Spread; raw: Spread }> {
  const times = { core: [] as number[], http: [] as number[], raw: [] as number[] };
  let rows = 0;
  for (let i = 0; i < options.warmup + options.runs; i++) {
    // Rotate which path goes first, so all three see the same caches and machine load.
    const order = [0, 1, 2].map((k) => (k + i) % 3);
    for (const k of order) {
      c.before();
      const t = performance.now();
      if (k === 0) rows = await c.viaCore();
      else if (k === 1) await c.viaHttp();
      else c.raw();
      if (i >= options.warmup) times[(['core', 'http', 'raw'] as const)[k]].push(performance.now() - t);
    }
  }
  return { rows, core: stats(times.core), http: stats(times.http), raw: stats(times.raw) };
}

/**
 * The county in `dir` opened for three-way timing: a core signed in as the seed's administrator, whose statements
 * can be recorded (installed before a case prepares anything), and an HTTP caller of it; `close` ends both.
 */
export async function openThreeWays(dir: string) {
  const core = openCore({ dataDir: dir, today: BENCH_TODAY });
  const rec = recordStatements(core.ctx.db);
  try {
    await signInSeedAdmin(core);
    const http = await httpInvoker(core);
    const close = async () => {
      await http.close();
      core.close();
    };
    return { core, db: core.ctx.db, rec, http, close };
  } catch (err) {
    core.close();
    throw err;
  }
}

/** A case's figures as three-way timing gives them; `ratio` is http p95 ÷ (raw p95 + transport floor p95). */
export interface ThreeWayFigure {
  name: string;
  core: Spread;
  http: Spread;
  raw: Spread;
  ratio: number;
}

/** The two entries bench-results.json keeps of a case: its HTTP and in-process p95, each against the raw p95. */
export const threeWayEntries = (prefix: string, f: ThreeWayFigure): BenchEntry[] => [
  { name: `${prefix}${f.name} HTTP p95`, value: f.http.p95, unit: 'ms', baseline: f.raw.p95, ratio: f.ratio },
  {
    name: `${prefix}${f.name} in-process p95`,
    value: f.core.p95,
    unit: 'ms',
    baseline: f.raw.p95,
    ratio: round2(f.core.p95 / f.raw.p95),
  },
];
