// Issue 14 at scale: a roster of N rows (50,000 by default) through imports.persons.check and .commit on an empty
// county, with the peak resident memory and the worst event-loop stall of each step (monitorEventLoopDelay on the
// thread that runs the core, 10 ms resolution). Goals: peak < 400 MB, no stall > 100 ms. Run it under
// `node --expose-gc` for a peak not inflated by the garbage of the county's seeding (measure() collects first).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { job } from './job';
import { emptyCounty, roster, villagesOf } from './person-import';
import { measure, type Measured } from './measure';
import { round2, type BenchEntry } from './results';

interface ScaleStep extends Measured {
  /** The longest the event loop was blocked during the step, ms. */
  worstStallMs: number;
  /**
   * The most CPU the process spent inside one gap between two turns of a 10 ms timer, ms (at most the gap). On a
   * loaded machine a gap is mostly time the thread waited for a core; this is the part it spent working, i.e. the
   * stall an idle machine would see (an upper bound: the process's other threads, zlib and the GC helpers, count).
   */
  worstBusyMs: number;
}

/** Watches the timer gaps of the step and the process CPU spent in each (see ScaleStep.worstBusyMs). */
function busyWatch(): { stop(): number } {
  let last = performance.now();
  let cpu = process.cpuUsage();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    worst = Math.max(worst, Math.min(now - last, (used.user + used.system) / 1000));
    last = now;
    cpu = process.cpuUsage();
  }, 10);
  return {
    stop: () => {
      clearInterval(timer);
      return round2(worst);
    },
  };
}

interface ImportScale {
  rows: number;
  fileMb: number;
  check: ScaleStep;
  commit: ScaleStep;
}

async function step(run: () => Promise<unknown>): Promise<ScaleStep> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const busy = busyWatch();
  try {
    const m = await measure(async () => {
      await run();
      // The job's answer is seen in a timer callback; a block that ended just before it is recorded by the
      // monitor's own timer only on the next turn, so the step ends one timer turn later.
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    return { ...m, worstStallMs: round2(h.max / 1e6), worstBusyMs: busy.stop() };
  } finally {
    busy.stop();
    h.disable();
  }
}

/**
 * The roster, generated once per size under the temp folder: building 50,000 rows with exceljs in this process
 * would leave hundreds of MB of its garbage in the resident memory the check's peak is measured against.
 */
async function cachedRoster(rows: number, villages: ReturnType<typeof villagesOf>): Promise<Buffer> {
  const file = join(tmpdir(), `taizhang-bench-roster-${rows}-${villages.length}.xlsx`);
  if (existsSync(file)) return readFileSync(file);
  const buf = await roster(rows, villages);
  writeFileSync(file, buf);
  return buf;
}

export async function benchImportScale(options: { rows: number; log: (line: string) => void }): Promise<ImportScale> {
  const { core, dir } = await emptyCounty();
  try {
    const buf = await cachedRoster(options.rows, villagesOf(core));
    const fileMb = round2(buf.length / 1048576);
    options.log(`导入规模：${options.rows} 行的花名册（${fileMb} MB）`);
    const contentBase64 = buf.toString('base64');
    let token = '';
    const check = await step(async () => {
      const r = await job(core, 'imports.persons.check', { fileName: '花名册.xlsx', contentBase64 });
      if (r.newCount !== options.rows) throw new Error(`check: ${String(r.newCount)} new rows`);
      token = r.token as string;
    });
    const commit = await step(async () => {
      const r = await job(core, 'imports.persons.commit', { token, updateMatched: [] });
      if (r.created !== options.rows) throw new Error(`commit created ${String(r.created)}`);
    });
    return { rows: options.rows, fileMb, check, commit };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function importScaleEntries(b: ImportScale): BenchEntry[] {
  const e = (name: string, value: number, unit: string): BenchEntry => ({
    name: `imports.persons ${b.rows} rows ${name}`,
    value,
    unit,
    baseline: null,
    ratio: null,
  });
  return [
    e('check peak memory', b.check.peakRssMb, 'MB'),
    e('commit peak memory', b.commit.peakRssMb, 'MB'),
    e('check worst event-loop stall', b.check.worstStallMs, 'ms'),
    e('commit worst event-loop stall', b.commit.worstStallMs, 'ms'),
    e('check worst stall CPU', b.check.worstBusyMs, 'ms'),
    e('commit worst stall CPU', b.commit.worstBusyMs, 'ms'),
    e('check + commit', round2(b.check.seconds + b.commit.seconds), 's'),
  ];
}
