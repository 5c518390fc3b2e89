// Wall time and peak resident memory of one async run (RSS sampled every 20 ms, and at the end).
export interface Measured {
  seconds: number;
  peakRssMb: number;
  /** RSS when the run started. */
  startRssMb: number;
  /** CPU time of the whole process (every thread) during the run: what the wall time would be on an idle machine. */
  cpuSeconds: number;
}

/** What every bench is told: where its progress lines go. */
interface BenchLog {
  log: (line: string) => void;
}

/** A bench of timed calls: how many timed runs, after how many untimed warm-ups. */
export interface RunOptions extends BenchLog {
  runs: number;
  warmup: number;
}

/** Timed calls on a seeded county of `persons`. */
export interface CountyRunOptions extends RunOptions {
  persons: number;
}

/** A bench of whole jobs, each run `repeats` times (the best run counts). */
export interface RepeatOptions extends BenchLog {
  repeats: number;
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

export async function measure(run: () => Promise<unknown>): Promise<Measured> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  try {
    await run();
  } finally {
    clearInterval(timer);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  peak = Math.max(peak, process.memoryUsage.rss());
  return {
    seconds: Math.round(seconds * 100) / 100,
    peakRssMb: mb(peak),
    startRssMb: mb(start),
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
  };
}

/** Best (shortest) time and highest peak over repeated runs, alternating which of two paths goes first. */
export async function bestOf(
  repeats: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[Measured, Measured]> {
  let bestA: Measured | null = null;
  let bestB: Measured | null = null;
  const keep = (best: Measured | null, m: Measured): Measured =>
    best
      ? {
          seconds: Math.min(best.seconds, m.seconds),
          peakRssMb: Math.max(best.peakRssMb, m.peakRssMb),
          startRssMb: Math.min(best.startRssMb, m.startRssMb),
          cpuSeconds: Math.min(best.cpuSeconds, m.cpuSeconds),
        }
      : m;
  for (let i = 0; i < repeats; i++) {
    if (i % 2 === 0) {
      bestA = keep(bestA, await measure(a));
      bestB = keep(bestB, await measure(b));
    } else {
      bestB = keep(bestB, await measure(b));
      bestA = keep(bestA, await measure(a));
    }
  }
  return [bestA!, bestB!];
}
