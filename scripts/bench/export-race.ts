// One report file written two ways in the same run (RPT-01, RPT-06): through the core's reports.export job against a
// raw exceljs streaming write of the same cells. One warm-up of both paths (JIT, page cache), then the best of
// `repeats` runs of each, with the size of the file each wrote.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core/core';
import { job } from './job';
import { bestOf, type Measured } from './measure';
import { round2 } from './results';

export interface ExportRace {
  engine: Measured & { fileMb: number };
  raw: Measured & { fileMb: number };
  /** Engine time ÷ raw time. */
  ratio: number;
  /** The same ratio by CPU time. */
  cpuRatio: number;
  /** Rows the engine's export wrote, and the raw write. */
  rows: number;
  rawRows: number;
}

const fileMb = (p: string) => Math.round((statSync(p).size / 1048576) * 10) / 10;

export async function raceExports(
  repeats: number,
  /** The export through the core: the file it wrote and its rows. */
  engineWrite: () => Promise<{ path: string; rows: number }>,
  /** The raw write into rawPath: its rows. */
  rawWrite: () => Promise<number>,
  rawPath: string,
): Promise<ExportRace> {
  let enginePath = '';
  let rows = 0;
  let rawRows = 0;
  await rawWrite();
  await engineWrite();
  const [engine, raw] = await bestOf(
    repeats,
    async () => {
      const r = await engineWrite();
      enginePath = r.path;
      rows = r.rows;
    },
    async () => {
      rawRows = await rawWrite();
    },
  );
  return {
    engine: { ...engine, fileMb: fileMb(enginePath) },
    raw: { ...raw, fileMb: fileMb(rawPath) },
    ratio: round2(engine.seconds / raw.seconds),
    cpuRatio: round2(engine.cpuSeconds / raw.cpuSeconds),
    rows,
    rawRows,
  };
}

/** `reports.export` of `input` through the core's job: the file it wrote in exports/ and its rows. */
export async function exportThroughCore(core: Core, input: object): Promise<{ rows: number; path: string }> {
  const data = (await job(core, 'reports.export', input)) as { fileId: string; rows: number };
  return { rows: data.rows, path: join(core.ctx.dataDir, 'exports', `${data.fileId}.xlsx`) };
}
