// What every bench run stands on: the day it is measured on, and a core on a temporary data folder that is closed
// and removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core/core';

/** The day the benches seed their county for and measure on. */
export const BENCH_TODAY = '2026-11-28';

/** Runs `run` on a core over a new temporary folder named `prefix`…, then closes the core and removes the folder. */
export async function inTempCore<T>(prefix: string, run: (core: Core, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const core = openCore({ dataDir: dir, today: BENCH_TODAY });
  try {
    return await run(core, dir);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
