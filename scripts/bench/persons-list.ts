// persons.list at N persons: five typical list/search requests, each timed through the core (core.invoke:
// zod validation, dispatch, handler, masking) and through raw better-sqlite3 prepared statements running the
// same SQL the core chose (probe, count, page), returning the same rows.
import type Database from 'better-sqlite3';
import { personListInput, type PersonListInput } from '../../shared/contract/persons';
import { buildListQueries } from '../../electron/core/modules/persons/list-sql';
import { planList } from '../../electron/core/modules/persons/list';
import { seedCounty } from '../seed/county';
import { percentile, round2, type BenchEntry } from './results';
import { BENCH_TODAY, inTempCore } from './temp-core';
import type { CountyRunOptions } from './measure';

interface QueryFigures {
  name: string;
  total: number;
  path: string;
  core: { p50: number; p95: number };
  raw: { p50: number; p95: number };
  ratio: number;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: round2(percentile(s, 50)), p95: round2(percentile(s, 95)) };
}

/** Raw baseline: the statements the core runs for this request, prepared once, rows returned unmapped. */
function rawRunner(db: Database.Database, input: PersonListInput): () => { id: string }[] {
  const q = personListInput.parse(input);
  const lq = buildListQueries(q, BENCH_TODAY);
  const chosen = planList(db, q, BENCH_TODAY);
  const probe = db.prepare(lq.probe.sql).pluck();
  const count = db.prepare(lq.count.sql);
  const page = chosen.page ? db.prepare(chosen.page.sql) : null;
  if (chosen.path === 'ids') {
    return () => {
      const ids = probe.all(...lq.probe.params);
      return page ? (page.all(JSON.stringify(ids), ...lq.pageFromIds.params) as { id: string }[]) : [];
    };
  }
  return () => {
    probe.all(...lq.probe.params);
    count.get(...lq.count.params);
    return page ? (page.all(...(chosen.page?.params ?? [])) as { id: string }[]) : [];
  };
}

export async function benchPersonsList(options: CountyRunOptions) {
  return inTempCore('taizhang-bench-', async (core) => {
    const started = performance.now();
    await seedCounty(core, { persons: options.persons, today: BENCH_TODAY, log: () => {} });
    const seedSeconds = (performance.now() - started) / 1000;
    options.log(`已生成 ${options.persons} 名人员（${seedSeconds.toFixed(1)} 秒）`);
    const db = core.ctx.db;
    const township = db
      .prepare('SELECT township_id AS id FROM persons GROUP BY township_id ORDER BY count(*) DESC LIMIT 1')
      .get() as { id: string };
    const someone = db
      .prepare('SELECT id_number FROM persons ORDER BY rowid LIMIT 1 OFFSET ?')
      .pluck()
      .get(Math.floor(options.persons / 2)) as string;
    const queries: [string, PersonListInput][] = [
      ['first page', {}],
      ['township', { townshipId: township.id }],
      ['name part', { q: '古丽' }],
      ['ID last 4', { q: someone.slice(-4) }],
      ['age range + sex', { ageMin: 45, ageMax: 60, sex: '2' }],
    ];
    const figures: QueryFigures[] = [];
    for (const [name, input] of queries) {
      const raw = rawRunner(db, input);
      const viaCore = async () => {
        const r = await core.invoke('persons.list', input);
        if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
        return r.data as { items: { id: string }[]; total: number };
      };
      const first = await viaCore();
      const rawIds = raw().map((r) => r.id);
      if (JSON.stringify(first.items.map((i) => i.id)) !== JSON.stringify(rawIds))
        throw new Error(`${name}: core and raw rows differ`);
      const coreTimes: number[] = [];
      const rawTimes: number[] = [];
      for (let i = 0; i < options.warmup + options.runs; i++) {
        // Alternate, so both see the same cache and machine load.
        let t = performance.now();
        await viaCore();
        if (i >= options.warmup) coreTimes.push(performance.now() - t);
        t = performance.now();
        raw();
        if (i >= options.warmup) rawTimes.push(performance.now() - t);
      }
      const c = stats(coreTimes);
      const r = stats(rawTimes);
      figures.push({
        name,
        total: first.total,
        path: planList(db, personListInput.parse(input), BENCH_TODAY).path,
        core: c,
        raw: r,
        ratio: round2(c.p95 / r.p95),
      });
    }
    return { figures, seedSeconds };
  });
}

export function toEntries(figures: QueryFigures[]): BenchEntry[] {
  return figures.map((f) => ({
    name: `persons.list ${f.name} p95`,
    value: f.core.p95,
    unit: 'ms',
    baseline: f.raw.p95,
    ratio: f.ratio,
  }));
}
