// Issue 17: home.overview (首页) on the seeded county — persons, posts and placements, two months of attendance
// and rosters, registrations with 24 months of contacts, recognitions — timed in-process and through the HTTP
// transport, against the same SQL run raw in the same run. The raw baseline is recorded, not rewritten: every
// statement one cold call of home.overview prepares is captured with its parameters (on a fresh connection, so the
// statement cache is empty) and replayed with plain better-sqlite3, without dispatch, zod, the subsidy-period rules
// in JS or the JSON of the answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openCore, type Core } from '../../electron/core/core';
import { seedCounty } from '../seed/county';
import { seedPostCounty } from '../seed/post-county';
import { seedRecognitions } from '../seed/recognitions';
import { seedRegistrations } from '../seed/registrations';
import { seedSubsidies } from '../seed/subsidies';
import { signInSeedAdmin } from '../seed/accounts';
import { benchFirstRead, firstReadEntries, type FirstRead } from './first-read';
import { httpInvoker } from './http';
import { recordStatements, replay } from './record';
import { figureEntries, time, type RegFigure } from './registrations';
import { BENCH_TODAY } from './temp-core';
import { round2, type BenchEntry } from './results';
import type { CountyRunOptions } from './measure';

const JOB_WORKER = new URL('../../electron/core/jobs/job-worker-dev.mjs', import.meta.url).href;

interface HomeBench {
  persons: number;
  contacts: number;
  seedSeconds: number;
  statements: number;
  figures: RegFigure[];
  /** The first 首页 after start, without and with the warm-up (first-read.ts). */
  first: FirstRead;
}

async function overview(core: Core, input: unknown): Promise<number> {
  const r = await core.invoke('home.overview', input);
  if (!r.ok) throw new Error(`home.overview: ${r.error.message}`);
  return (r.data as { figures: { registered: { current: number } } }).figures.registered.current;
}

export async function benchHome(
  options: CountyRunOptions & {
    /** A county seeded before by this bench (kept): measured as it is, not generated nor removed. */
    dataDir?: string;
  },
): Promise<HomeBench> {
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'taizhang-bench-home-'));
  try {
    const started = performance.now();
    const seeding = openCore({ dataDir: dir, today: BENCH_TODAY });
    let contacts = 0;
    try {
      if (options.dataDir) contacts = seeding.ctx.db.prepare('SELECT count(*) FROM contacts').pluck().get() as number;
      else {
        await seedCounty(seeding, { persons: options.persons, today: BENCH_TODAY, log: () => {} });
        seedPostCounty(seeding, {
          posts: Math.round(options.persons / 10),
          placements: Math.round(options.persons / 5),
          today: BENCH_TODAY,
          log: () => {},
        });
        seedSubsidies(seeding, { today: BENCH_TODAY, months: 2, log: () => {} });
        contacts = seedRegistrations(seeding, { today: BENCH_TODAY, log: () => {} }).contacts;
        seedRecognitions(seeding, { today: BENCH_TODAY, log: () => {} });
        seeding.ctx.db.pragma('optimize');
      }
    } finally {
      seeding.close();
    }
    const seedSeconds = round2((performance.now() - started) / 1000);
    options.log(`已生成 ${options.persons} 名人员、${contacts} 条联系记录及岗位、补贴、认定数据（${seedSeconds} 秒）`);

    // A fresh connection: every statement of the first call is prepared, so recorded. With the job worker, as the
    // app runs: a roster generated there is another connection's commit that says which tables it wrote.
    const core = openCore({ dataDir: dir, today: BENCH_TODAY, jobWorker: JOB_WORKER });
    await signInSeedAdmin(core);
    const db = core.ctx.db;
    const rec = recordStatements(db);
    rec.on();
    await overview(core, {});
    rec.off();
    // The memo's own look at the schema (EXPLAIN of each statement, root pages) is not part of the raw work.
    const log = rec.log.filter((r) => !r.sql.startsWith('EXPLAIN ') && !r.sql.includes('sqlite_schema'));
    const raw = replay(db, log);
    // Writes between calls (db/memo.ts drops only what read the written table): a no-op update of one row fires
    // the table's triggers like a real save and leaves the figures as they are.
    const touchTable = (table: string) =>
      db.prepare(`UPDATE ${table} SET updated_at = updated_at WHERE rowid = (SELECT max(rowid) FROM ${table})`);
    const unrelated = db.prepare(
      `INSERT INTO audit_log (id, at, operator, channel, entity, entity_id, summary)
     VALUES (lower(hex(randomblob(16))), '2026-11-28T00:00:00Z', 'bench', 'bench', 'bench', NULL, 'bench')`,
    );
    const contactSaved = touchTable('contacts');
    const registrationSaved = touchTable('registrations');
    const placementSaved = touchTable('placements');
    // The internship allowance rows of the month generated again in the job worker (db/job-writes.ts): a commit of
    // another connection that writes no table 首页 reads (the seeded county has no interns: its audit row only),
    // so nothing is computed again. A roster generated there recomputes the subsidy reminders only.
    const laneWrite = async () => {
      const r = await core.invoke('allowances.generate', { month: BENCH_TODAY.slice(0, 7) });
      if (!r.ok) throw new Error(`allowances.generate: ${r.error.message}`);
    };
    // Another program committing: everything kept is dropped — the worst case.
    const other = new Database(db.name);
    const foreign = other.prepare(
      "INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES ('bench.touch', CAST(random() AS TEXT), 'x', 'x')",
    );

    const http = await httpInvoker(core);
    const figures: RegFigure[] = [];
    const viaHttp = async () =>
      ((await http.call('home.overview', {})) as { figures: { registered: { current: number } } }).figures.registered
        .current;
    try {
      const { runs, warmup } = options;
      const shown = (f: RegFigure) => {
        options.log(
          `  ${f.name}：core p50 ${f.core.p50} ms，p95 ${f.core.p95} ms（CPU p50 ${f.coreCpuP50}，p95 ${f.coreCpuP95}）；raw p95 ${f.raw.p95} ms`,
        );
        return f;
      };
      const after = (write: Database.Statement) => async () => {
        write.run();
        return overview(core, {});
      };
      const afterHttp = (write: Database.Statement) => async () => {
        write.run();
        return viaHttp();
      };
      const cases: [string, () => Promise<number>, (() => Promise<unknown>)?][] = [
        ['home.overview 无变化', () => overview(core, {})],
        ['home.overview 无关写入后', after(unrelated)],
        ['home.overview 联系记录写入后', after(contactSaved)],
        ['home.overview 失业登记写入后', after(registrationSaved)],
        ['home.overview 岗位安置写入后', after(placementSaved)],
        ['home.overview 其他连接提交后', after(foreign)],
        ['home.overview 作业进程提交后（未写首页所读的表）', () => overview(core, {}), laneWrite],
        ['home.overview HTTP 无变化', viaHttp],
        ['home.overview HTTP 联系记录写入后', afterHttp(contactSaved)],
        ['home.overview HTTP 其他连接提交后', afterHttp(foreign)],
      ];
      for (const [name, run, before] of cases) figures.push(shown(await time(name, run, raw, runs, warmup, before)));
    } finally {
      await http.close();
      other.close();
      core.close();
      await core.closed();
    }
    const first = await benchFirstRead({
      dir,
      name: 'home.overview',
      channel: 'home.overview',
      input: {},
      log: options.log,
    });
    return { persons: options.persons, contacts, seedSeconds, statements: log.length, figures, first };
  } finally {
    if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
  }
}

export function homeEntries(b: HomeBench): BenchEntry[] {
  return [...figureEntries(b.figures), ...firstReadEntries('', b.first)];
}
