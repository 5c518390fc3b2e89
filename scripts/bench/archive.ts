// Round 3 (archivefast): 档案到期 (archive.list, CFG-31) on the 100,000-person scale county, in process, through the
// HTTP transport and raw (three-ways.ts), at today's 5-year setting (no case of that county is that old: the whole
// statement runs, no row comes back) and at 1 year (a long list to sort and send). The run works on a throwaway copy
// of the county (opening migrates it, and the 1-year setting is saved in it).
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DB_FILE } from '../../electron/core/core';
import { invokeOk } from '../seed/invoke';
import type { RunOptions } from './measure';
import { recordedRaw } from './record';
import { round2, type BenchEntry } from './results';
import { SCALE_COUNTY } from './start';
import { BENCH_TODAY } from './temp-core';
import {
  openThreeWays,
  threeWayEntries,
  timeThreeWays,
  transportFloor,
  type Spread,
  type ThreeWayFigure,
} from './three-ways';

interface ArchiveFigure extends ThreeWayFigure {
  /** The persons past retention (the answer lists at most 200 of them). */
  total: number;
}

export async function benchArchive(
  options: RunOptions & { dataDir?: string },
): Promise<{ persons: number; floor: Spread; figures: ArchiveFigure[] }> {
  const county = options.dataDir ?? SCALE_COUNTY;
  if (!existsSync(join(county, DB_FILE)))
    throw new Error(`${county} holds no ${DB_FILE}: run npm run bench -- --only scale first`);
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-bench-archive-'));
  try {
    copyFileSync(join(county, DB_FILE), join(dir, DB_FILE));
    options.log(`已复制 ${county} 的数据库到 ${dir}`);
    const { core, db, rec, http, close } = await openThreeWays(dir);
    try {
      const persons = db.prepare('SELECT count(*) FROM persons').pluck().get() as number;
      const floor = await transportFloor(http, options);
      const figures: ArchiveFigure[] = [];
      const list = async () => (await invokeOk(core, 'archive.list', {})).total as number;
      for (const years of [5, 1]) {
        if (years !== 5)
          await invokeOk(core, 'ruleSettings.set', {
            key: 'archive.closedCaseYears',
            effectiveFrom: `${BENCH_TODAY.slice(0, 7)}-01`,
            values: { value: years },
            note: null,
          });
        const raw = await recordedRaw(db, rec, list);
        const timed = await timeThreeWays(options, {
          viaCore: list,
          viaHttp: () => http.call('archive.list', {}),
          raw,
          before: () => {},
        });
        const f: ArchiveFigure = {
          name: `档案到期 保存${years}年`,
          total: timed.rows,
          core: timed.core,
          http: timed.http,
          raw: timed.raw,
          ratio: round2(timed.http.p95 / (timed.raw.p95 + floor.p95)),
        };
        options.log(
          `  ${f.name}：${f.total} 人；core p50 ${f.core.p50} p95 ${f.core.p95}；HTTP p50 ${f.http.p50} p95 ${f.http.p95}；raw p50 ${f.raw.p50} p95 ${f.raw.p95} ms；ratio ${f.ratio}`,
        );
        figures.push(f);
      }
      return { persons, floor, figures };
    } finally {
      await close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function archiveEntries(persons: number, figures: ArchiveFigure[]): BenchEntry[] {
  return figures.flatMap((f) => threeWayEntries(`archive ${Math.round(persons / 1000)}k `, f));
}
