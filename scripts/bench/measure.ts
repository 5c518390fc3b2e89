// Wall time and peak resident memory of one async run (RSS sampled every 20 ms, and at the end).
export interface Measured {
  seconds: number;
  peakRssMb: number;
  /** RSS when the run started. */
  startRssMb: number;
  /** CPU time of the process (all its threads) during the run: less disturbed than wall time on a loaded machine. */
  cpuSeconds: number;
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
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    seconds: round(seconds),
    peakRssMb: mb(peak),
    startRssMb: mb(start),
    cpuSeconds: round((cpu.user + cpu.system) / 1e6),
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
