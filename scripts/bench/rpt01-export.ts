// RPT-01 export of N persons through the core's reports.export job (query, report frame, grouping, audit
// row, file in exports/) against a raw exceljs streaming write of the same cells from the same query (same
// styles, one committed row per person, no frame, no grouping, no job). Every seeded person is given a back-filled
// (补录) recognition in force since 2026-01-01 for the run, so the report (which reads recognitions) has N rows.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Core } from '../../electron/core/core';
import { columnStyles } from '../../electron/core/excel/report-cells';
import { RPT01_COLUMNS } from '../../electron/core/modules/reports/rpt01';
import { rpt01Rows } from '../../electron/core/modules/reports/rpt01-query';
import { seedCounty } from '../seed/county';
import { exportThroughCore, raceExports, type ExportRace } from './export-race';
import type { RepeatOptions } from './measure';
import { writeRawRpt01 } from './raw-rpt01';
import { round2, type BenchEntry } from './results';
import { BENCH_TODAY, inTempCore } from './temp-core';

const MONTH = '2026-11';
const AS_OF = '2026-11-30';

/** The baseline: the same query, the same data cells and styles, written by hand. */
async function rawWrite(core: Core, filePath: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('raw');
  const styles = RPT01_COLUMNS.map((c) => columnStyles(c).data);
  const seq = await writeRawRpt01(ws, rpt01Rows(core.ctx.db, {}, AS_OF), styles, (s) => s);
  ws.commit();
  await wb.commit();
  return seq;
}

interface Rpt01Bench {
  persons: number;
  engine: ExportRace['engine'];
  raw: ExportRace['raw'];
  ratio: number;
}

export async function benchRpt01Export(options: RepeatOptions & { persons: number }): Promise<Rpt01Bench> {
  return inTempCore('taizhang-bench-rpt01-', async (core, dir) => {
    const t0 = performance.now();
    await seedCounty(core, { persons: options.persons, today: BENCH_TODAY });
    // Bench data only: a recognition in force for every person (RPT-01 lists the recognitions in force, BR-13).
    core.ctx.db
      .prepare(
        `INSERT INTO recognitions (id, person_id, categories, primary_category, status, recognition_date, backfilled,
           created_at, updated_at, created_by, updated_by)
         SELECT 'bench-' || p.rowid, p.id, 'K01', 'K01', '03', '2026-01-01', 1, @at, @at, 'bench', 'bench'
         FROM persons p WHERE p.deleted_at IS NULL`,
      )
      .run({ at: `${BENCH_TODAY}T00:00:00.000Z` });
    options.log(
      `RPT-01：已生成 ${options.persons} 名人员并全部标记为就业困难人员（${((performance.now() - t0) / 1000).toFixed(1)} 秒）`,
    );
    const rawPath = join(dir, 'raw.xlsx');
    const race = await raceExports(
      options.repeats,
      () => exportThroughCore(core, { report: 'RPT-01', month: MONTH, full: false }),
      () => rawWrite(core, rawPath),
      rawPath,
    );
    if (race.rows !== options.persons) throw new Error(`RPT-01 wrote ${race.rows} rows, expected ${options.persons}`);
    return { persons: options.persons, engine: race.engine, raw: race.raw, ratio: race.ratio };
  });
}

export function rpt01Entries(b: Rpt01Bench): BenchEntry[] {
  const n = b.persons;
  return [
    {
      name: `reports.export RPT-01 ${n} persons`,
      value: b.engine.seconds,
      unit: 's',
      baseline: b.raw.seconds,
      ratio: b.ratio,
    },
    {
      name: `reports.export RPT-01 ${n} persons peak RSS`,
      value: b.engine.peakRssMb,
      unit: 'MB',
      baseline: b.raw.peakRssMb,
      ratio: round2(b.engine.peakRssMb / b.raw.peakRssMb),
    },
  ];
}
