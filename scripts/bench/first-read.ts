// Issues 17 and 13: the FIRST read after start — 首页 or a month work list — with and without the background warm-up
// (electron/core/modules/home/warm-up.ts). Each figure opens the core again on the same county, so nothing is kept
// from a previous read: "cold" opens it without the warm-up and times its first call; "warm" opens it with the
// warm-up, waits until it is done (a clerk signing in takes seconds) and times the first call. Both in process
// and through the HTTP transport (each path its own start). While the warm-up runs, the event loop's longest delay
// (perf_hooks, 1 ms resolution) is the longest time an interactive call could have waited behind it; the warm-up's
// own longest slice per part is given beside it.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openCore } from '../../electron/core/core';
import { signInSeedAdmin } from '../seed/accounts';
import { httpInvoker } from './http';
import { BENCH_TODAY } from './temp-core';
import { round2, type BenchEntry } from './results';
import { invokeOk } from '../seed/invoke';

export interface FirstRead {
  /** What is read first (channel and a short label). */
  name: string;
  coldCore: number;
  coldHttp: number;
  warmCore: number;
  warmHttp: number;
  /** Seconds from the core's open to the warm-up's end (in process). */
  warmUpSeconds: number;
  /** The longest event-loop delay seen while the warm-up ran, ms (in process). */
  longestBlock: number;
  /** The part whose slice (or whole run) was the longest, and its ms. */
  longestPart: string;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return round2(performance.now() - t);
}

/** The first `channel` call after start, four ways (see above). */
export async function benchFirstRead(o: {
  dir: string;
  name: string;
  channel: string;
  input: unknown;
  log: (line: string) => void;
}): Promise<FirstRead> {
  const { dir, channel, input } = o;
  const once = async (warm: boolean, http: boolean) => {
    const started = performance.now();
    const core = openCore({ dataDir: dir, today: BENCH_TODAY, warmUp: warm });
    // From the end of the open (its own work is the start's, not the warm-up's) to the warm-up's end; the sign-in
    // (a password hash) after it, so that the delays seen are the warm-up's.
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    let caller: Awaited<ReturnType<typeof httpInvoker>> | null = null;
    try {
      await core.warmUp?.idle();
      delay.disable();
      const seconds = round2((performance.now() - started) / 1000);
      await signInSeedAdmin(core);
      if (http) caller = await httpInvoker(core);
      const ms = await timed(() => (caller ? caller.call(channel, input) : invokeOk(core, channel, input)));
      const parts = core.warmUp?.last ?? [];
      const top = parts.reduce((a, b) => (b.longest > a.longest ? b : a), { part: '-', ms: 0, longest: 0 });
      return { ms, seconds, block: round2(delay.max / 1e6), top };
    } finally {
      await caller?.close();
      core.close();
      await core.closed();
    }
  };
  const coldCore = (await once(false, false)).ms;
  const coldHttp = (await once(false, true)).ms;
  const warm = await once(true, false);
  const warmHttp = (await once(true, true)).ms;
  const f: FirstRead = {
    name: o.name,
    coldCore,
    coldHttp,
    warmCore: warm.ms,
    warmHttp,
    warmUpSeconds: warm.seconds,
    longestBlock: warm.block,
    longestPart: `${warm.top.part} ${warm.top.longest} ms`,
  };
  o.log(
    `  启动后第一次 ${f.name}：未预热 core ${coldCore} ms / HTTP ${coldHttp} ms；预热完成后 core ${f.warmCore} ms / HTTP ${warmHttp} ms` +
      `（启动到预热完成 ${f.warmUpSeconds} 秒，期间事件循环最长阻塞 ${f.longestBlock} ms，最长一段：${f.longestPart}）`,
  );
  return f;
}

export function firstReadEntries(prefix: string, f: FirstRead): BenchEntry[] {
  const entry = (name: string, value: number, unit = 'ms'): BenchEntry => ({
    name: `${prefix}${f.name} ${name}`,
    value,
    unit,
    baseline: null,
    ratio: null,
  });
  return [
    entry('first after start, cold, no warm-up, in-process', f.coldCore),
    entry('first after start, cold, no warm-up, HTTP', f.coldHttp),
    entry('first after start (warm-up done), in-process', f.warmCore),
    entry('first after start (warm-up done), HTTP', f.warmHttp),
    entry('warm-up from open to done', f.warmUpSeconds, 's'),
    entry('longest interactive block during warm-up', f.longestBlock),
  ];
}
