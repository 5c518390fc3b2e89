// Issue 11 at scale: RPT-02 rows, the recognition work-list counts and the 应退出 list at N persons (~20,000
// recognitions at 100,000), each timed through the core — in process, and through the browser mode's HTTP API — against
// raw SQL with better-sqlite3 in the same run (the baseline): RPT-02's and the counts' baselines replay the core's own
// statements (RPT02_SQL, WORK_COUNT_SQL with the same parameters) on statements of their own, without the core's
// mapping, cache or dispatch. `dataDir`: a county seeded before is measured in place; an empty folder is seeded and kept.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core } from '../../electron/core/core';
import { RPT02_SQL, RPT02_STATUS_SQL, rpt02Rows } from '../../electron/core/modules/recognitions/reports/rpt02';
import { WORK_COUNT_SQL, workCountParams } from '../../electron/core/modules/recognitions/worklists';
import { seedCounty } from '../seed/county';
import { seedPostCounty } from '../seed/post-county';
import { seedRecognitions } from '../seed/recognitions';
import { seedRegistrations } from '../seed/registrations';
import { signInSeedAdmin } from '../seed/accounts';
import { httpInvoker } from './http';
import { timeAll, type RegFigure } from './registrations';
import { BENCH_TODAY } from './temp-core';
import { round2, type BenchEntry } from './results';
import { invokeOk } from '../seed/invoke';
import type { CountyRunOptions } from './measure';

const MONTH = BENCH_TODAY.slice(0, 7);

interface RecogBench {
  persons: number;
  recognitions: number;
  seedSeconds: number;
  figures: RegFigure[];
}

/** The baseline 应退出 page: its count and first 20 rows by one hand-written statement each, no hints or mapping. */
const RAW_EXIT_WHERE = `r.status = '03' AND p.on_post = 0 AND p.deleted_at IS NULL AND (p.employment_status IN ('21', '22', '23') OR (
    NOT EXISTS (SELECT 1 FROM registrations a WHERE a.person_id = r.person_id AND a.status = 'active')
    AND EXISTS (SELECT 1 FROM registrations x WHERE x.person_id = r.person_id AND x.status = 'cancelled' AND x.cancel_date >= coalesce(r.recognition_date, ''))))`;
const RAW_EXIT_COUNT = `SELECT count(*) FROM recognitions r JOIN persons p ON p.id = r.person_id WHERE ${RAW_EXIT_WHERE}`;
const RAW_EXIT_PAGE = `SELECT r.id, p.name, p.id_number, r.recognition_date FROM recognitions r JOIN persons p ON p.id = r.person_id
  WHERE ${RAW_EXIT_WHERE} ORDER BY r.recognition_date, r.id LIMIT 20`;

export async function benchRecognitions(
  options: CountyRunOptions & {
    /** A county seeded before (as below, BENCH_TODAY): measured in place and kept. */
    dataDir?: string;
  },
): Promise<RecogBench> {
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'taizhang-bench-recog-'));
  const started = performance.now();
  const core = openCore({ dataDir: dir, today: BENCH_TODAY });
  await signInSeedAdmin(core);
  const http = await httpInvoker(core);
  try {
    const existing = core.ctx.db.prepare('SELECT count(*) FROM persons').pluck().get() as number;
    if (existing > 0)
      options.log(
        `使用已生成的县（${dir}，${existing} 名人员），打开用时 ${round2((performance.now() - started) / 1000)} 秒`,
      );
    else {
      await seed(core, options);
      // A county seeded into --recog-data-dir is kept there for the next run: fold the WAL into the file.
      if (options.dataDir) core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    }
    const recognitions = core.ctx.db.prepare('SELECT count(*) FROM recognitions').pluck().get() as number;
    const seedSeconds = round2((performance.now() - started) / 1000); // opening (and seeding)
    const db = core.ctx.db;
    db.pragma('optimize');
    const rawRpt02 = db.prepare(RPT02_SQL);
    const rawStatus = db.prepare(RPT02_STATUS_SQL);
    // The counts' baseline replays the core's four statements with their parameters on statements of its own.
    const countStatements = Object.entries(WORK_COUNT_SQL).map(([k, sql]) => ({ k, st: db.prepare(sql) }));
    const countArgs = workCountParams(BENCH_TODAY) as Record<string, Record<string, unknown>>;
    const rawCounts = () => {
      const out: Record<string, unknown> = {};
      for (const { k, st } of countStatements) out[k] = st.get(countArgs[k]);
      return (out.stages as { pendingVillage: number }).pendingVillage;
    };
    const rawExitCount = db.prepare(RAW_EXIT_COUNT).pluck();
    const rawExitPage = db.prepare(RAW_EXIT_PAGE);
    const rawExit = () => {
      const total = rawExitCount.get() as number;
      rawExitPage.all();
      return total;
    };
    const counts = (d: Record<string, unknown>) => d.pendingVillage as number;
    const params = { start: `${MONTH}-01`, end: BENCH_TODAY, township: null };
    // RPT-02's two statements: the records of the persons who may be employed at the end (col 18's input) and the
    // table (the status on the end day is worked out in TS by the core; the baseline is SQL only).
    const rawRpt02Rows = () => (rawStatus.all(params), rawRpt02.all(params).length);
    const figures = await timeAll(options, [
      ['RPT-02 rows', async () => rpt02Rows(db, MONTH, BENCH_TODAY).length, rawRpt02Rows],
      [
        'recognitionWorklists.counts',
        async () => counts(await invokeOk(core, 'recognitionWorklists.counts', {})),
        rawCounts,
      ],
      [
        'recognitionWorklists.counts (HTTP)',
        async () => counts(await http.call('recognitionWorklists.counts', {})),
        rawCounts,
      ],
      [
        'recognitionWorklists.shouldExit',
        async () => (await invokeOk(core, 'recognitionWorklists.shouldExit', PAGE)).total as number,
        rawExit,
      ],
      [
        'recognitionWorklists.shouldExit (HTTP)',
        async () => (await http.call('recognitionWorklists.shouldExit', PAGE)).total as number,
        rawExit,
      ],
    ]);
    return { persons: options.persons, recognitions, seedSeconds, figures };
  } finally {
    await http.close();
    core.close();
    if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
  }
}

const PAGE = { page: 1, pageSize: 20 };

/** The county of the bench: persons, posts and placements, registrations with contacts, ~20% recognised. */
async function seed(core: Core, options: { persons: number; log: (line: string) => void }): Promise<void> {
  const step = (() => {
    let t = performance.now();
    return (what: string) => {
      const now = performance.now();
      options.log(`  生成${what}：${round2((now - t) / 1000)} 秒`);
      t = now;
    };
  })();
  await seedCounty(core, { persons: options.persons, today: BENCH_TODAY, log: () => {} });
  step('人员');
  seedPostCounty(core, {
    posts: Math.round(options.persons / 10),
    placements: Math.round(options.persons / 5),
    today: BENCH_TODAY,
    log: () => {},
  });
  step('岗位与安置');
  seedRegistrations(core, { today: BENCH_TODAY, log: () => {} });
  step('登记与联系');
  // share 0.45: about 20,000 recognitions at 100,000 persons.
  const r = seedRecognitions(core, { today: BENCH_TODAY, share: 0.45, log: () => {} });
  step('认定');
  const recognitions = core.ctx.db.prepare('SELECT count(*) FROM recognitions').pluck().get() as number;
  options.log(`已生成 ${options.persons} 名人员和 ${recognitions} 条认定记录（本次生成 ${r.recognitions} 条）`);
}

export function recogEntries(b: RecogBench): BenchEntry[] {
  return b.figures.map((f) => ({
    name: `${f.name} p95 (${b.recognitions} recognitions)`,
    value: f.core.p95,
    unit: 'ms',
    baseline: f.raw.p95,
    ratio: f.ratio,
  }));
}
