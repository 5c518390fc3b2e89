// Issue 5 at scale: the month's 本月待联系 work list, the badge counts, the RPT-12 computation and the quick
// lookup at N persons (~30 % registered, 24 months of contacts), each timed through the core against the same
// SQL run raw with better-sqlite3 (the baseline); and the RPT-11 export through the Excel engine, in seconds.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { writeReport } from '../../electron/core/excel/report-writer';
import { lookupSql } from '../../electron/core/modules/contacts/lookup';
import { RPT11_DEFINITION, rpt11Rows } from '../../electron/core/modules/contacts/reports/rpt11';
import { rpt12Query, rpt12Rows } from '../../electron/core/modules/contacts/reports/rpt12';
import { countsSql, membersSql, PAGE_SQL } from '../../electron/core/modules/contact-worklists/sql';
import { monthParams, sqlParams as worklistSqlParams } from '../../electron/core/modules/contact-worklists/service';
import { seedCounty } from '../seed/county';
import { seedRegistrations, type RegistrationSeedResult } from '../seed/registrations';
import { percentile, round2, type BenchEntry } from './results';
import { invokeOk } from '../seed/invoke';
import { BENCH_TODAY, inTempCore } from './temp-core';
import type { CountyRunOptions, RunOptions } from './measure';

const MONTH = '2026-11';

export interface RegFigure {
  name: string;
  rows: number;
  core: { p50: number; p95: number };
  raw: { p50: number; p95: number };
  ratio: number;
  /** CPU time of a core call (p50, ms): what the wall time would be on an idle machine. */
  coreCpuP50: number;
  coreCpuP95?: number;
}

interface RegBench {
  persons: number;
  /** seconds: registrations + contacts only; personsSeconds: the persons before them. */
  seed: RegistrationSeedResult & { seconds: number; personsSeconds: number };
  figures: RegFigure[];
  rpt11: { rows: number; seconds: number; fileMb: number };
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: round2(percentile(s, 50)), p95: round2(percentile(s, 95)) };
}

/** Raw baselines: the statements the core runs, prepared once, rows returned unmapped (no zod, no sorting or grouping in JS, no masking). */
function rawRunners(db: Database.Database) {
  const p = monthParams(db, MONTH, BENCH_TODAY);
  const sqlParams = worklistSqlParams(p);
  const members = db.prepare(membersSql('toContact', p.pastLevels, {}, 'place'));
  const page = db.prepare(PAGE_SQL);
  const counts = db.prepare(countsSql(p.pastLevels));
  const r12 = rpt12Query(db, { month: MONTH, today: BENCH_TODAY });
  const rpt12 = db.prepare(r12.sql);
  const lookup = db.prepare(lookupSql('nameContains'));
  const inMonth = db.prepare(
    "SELECT count(*) AS n, coalesce(sum(result = '1'), 0) AS ok FROM contacts WHERE registration_id = ? AND contact_date BETWEEN ? AND ?",
  );
  const latest = db.prepare(
    'SELECT contact_date, result, next_contact_date FROM contacts WHERE registration_id = ? ORDER BY contact_date DESC, created_at DESC LIMIT 1',
  );
  return {
    toContact: () => {
      const all = members.all(sqlParams) as { registrationId: string }[];
      page.all({ ids: JSON.stringify(all.slice(0, 20).map((m) => m.registrationId)), asOf: p.asOf });
      return all.length;
    },
    counts: () => (counts.get(sqlParams) as { toContact: number }).toContact,
    rpt12: () => rpt12.all(r12.params).length,
    lookup: () => {
      const rows = (lookup.all('古丽', 21) as { registrationId: string }[]).slice(0, 20);
      for (const r of rows) {
        inMonth.get(r.registrationId, p.start, p.end);
        latest.get(r.registrationId);
      }
      return rows.length;
    },
  };
}

export async function time(
  name: string,
  viaCore: () => Promise<number>,
  raw: () => number,
  runs: number,
  warmup: number,
  /** Run before each call, untimed (a write whose cost is not the call's). */
  before?: () => Promise<unknown>,
): Promise<RegFigure> {
  await before?.();
  const rows = await viaCore();
  raw();
  const coreTimes: number[] = [];
  const coreCpu: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    // Alternate, so both see the same cache and machine load.
    await before?.();
    let t = performance.now();
    const cpu = process.cpuUsage();
    await viaCore();
    const used = process.cpuUsage(cpu);
    if (i >= warmup) {
      coreTimes.push(performance.now() - t);
      coreCpu.push((used.user + used.system) / 1000);
    }
    t = performance.now();
    raw();
    if (i >= warmup) rawTimes.push(performance.now() - t);
  }
  const c = stats(coreTimes);
  const r = stats(rawTimes);
  const cpu = stats(coreCpu);
  return { name, rows, core: c, raw: r, ratio: round2(c.p95 / r.p95), coreCpuP50: cpu.p50, coreCpuP95: cpu.p95 };
}

/** A call through the core, by name, with its raw SQL: one row of a table timeAll measures. */
type TimedCall = [name: string, viaCore: () => Promise<number>, raw: () => number];

/** Times each call of the table against its raw SQL, one after the other. */
export async function timeAll(o: Pick<RunOptions, 'runs' | 'warmup'>, calls: TimedCall[]): Promise<RegFigure[]> {
  const figures: RegFigure[] = [];
  for (const [name, viaCore, raw] of calls) figures.push(await time(name, viaCore, raw, o.runs, o.warmup));
  return figures;
}

/** Seeds a county of `persons` with registrations and contacts in a temporary folder, then measures. */
export async function benchRegistrations(options: CountyRunOptions): Promise<RegBench> {
  return inTempCore('taizhang-bench-reg-', async (core, dir) => {
    let started = performance.now();
    await seedCounty(core, { persons: options.persons, today: BENCH_TODAY, log: () => {} });
    const personsSeconds = round2((performance.now() - started) / 1000);
    started = performance.now();
    const seeded = seedRegistrations(core, { today: BENCH_TODAY, log: () => {} });
    const seed = { ...seeded, personsSeconds, seconds: round2((performance.now() - started) / 1000) };
    options.log(
      `已生成 ${options.persons} 名人员（${personsSeconds} 秒）、${seeded.registrations} 条失业登记和 ${seeded.contacts} 条联系记录（${seed.seconds} 秒）`,
    );
    const db = core.ctx.db;
    db.pragma('optimize');
    const raw = rawRunners(db);
    const figures = await timeAll(options, [
      [
        'contactWorklists.toContact',
        async () => (await invokeOk(core, 'contactWorklists.toContact', { month: MONTH })).total as number,
        raw.toContact,
      ],
      [
        'contactWorklists.counts',
        async () => (await invokeOk(core, 'contactWorklists.counts', { month: MONTH })).toContact as number,
        raw.counts,
      ],
      ['RPT-12 rows', async () => rpt12Rows(db, { month: MONTH, today: BENCH_TODAY }).length, raw.rpt12],
      [
        'contacts.lookup 古丽',
        async () => ((await invokeOk(core, 'contacts.lookup', { q: '古丽' })).items as unknown[]).length,
        raw.lookup,
      ],
    ]);
    const t = performance.now();
    const rows = rpt11Rows(db, { month: MONTH, today: BENCH_TODAY });
    const filePath = join(dir, 'RPT-11.xlsx');
    await writeReport(
      RPT11_DEFINITION,
      rows,
      { countyName: '疏附县', unitName: '疏附县人力资源和社会保障局', period: { month: MONTH } },
      { filePath, full: false, totalRows: rows.length },
    );
    const rpt11 = {
      rows: rows.length,
      seconds: round2((performance.now() - t) / 1000),
      fileMb: round2(statSync(filePath).size / 1048576),
    };
    return { persons: options.persons, seed, figures, rpt11 };
  });
}

/** Each figure's in-process p95 against its raw p95. */
export const figureEntries = (figures: RegFigure[]): BenchEntry[] =>
  figures.map((f) => ({ name: `${f.name} p95`, value: f.core.p95, unit: 'ms', baseline: f.raw.p95, ratio: f.ratio }));

export function regEntries(b: RegBench): BenchEntry[] {
  return [
    ...figureEntries(b.figures),
    { name: 'RPT-11 export', value: b.rpt11.seconds, unit: 's', baseline: null, ratio: null },
    { name: 'seed registrations + contacts', value: b.seed.seconds, unit: 's', baseline: null, ratio: null },
  ];
}
