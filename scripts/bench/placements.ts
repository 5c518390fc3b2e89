// Issue 6 at scale: saving a placement (placements.create: zod, BR-03, BR-16, BR-17 sweep over the post's
// placements on every day, VR-13 over the person's, BR-18, the insert, the person flags and the audit row, in one
// transaction) on a county of N persons, 10,000 posts and 20,000 placements, timed through the core against a raw
// better-sqlite3 baseline doing the same capacity and overlap checks and the same writes. Also the work-list badge
// counts and the RPT-04 / RPT-07 row queries. The seeded county is kept in the temp folder and reused by later runs.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { DB_FILE, openCore, type Core } from '../../electron/core/core';
import { signInSeedAdmin } from '../seed/accounts';
import { StartupError } from '../../electron/core/db/startup-error';
import { newId } from '../../electron/core/ids';
import { firstCrowdedDay, peakCount, type DayRange } from '../../electron/core/modules/posts/capacity';
import { rpt04 } from '../../electron/core/modules/placements/reports/rpt04';
import { rpt07 } from '../../electron/core/modules/posts/reports/rpt07';
import { seedCounty } from '../seed/county';
import { seedPostCounty } from '../seed/post-county';
import { OFFICE } from '../seed/regions';
import { percentile, round2, type BenchEntry } from './results';
import { BENCH_TODAY } from './temp-core';
import type { CountyRunOptions } from './measure';

interface PlacementFigures {
  persons: number;
  posts: number;
  placements: number;
  reused: boolean;
  /** The timed saves and warm-up saves of each comparison: those asked for, fewer in a county with too few cases. */
  runs: number;
  warmup: number;
  create: { core: { p50: number; p95: number }; raw: { p50: number; p95: number }; ratio: number };
  /** postWorklists.counts after a write, and again with nothing changed. */
  counts: { p50: number; p95: number };
  countsKept: { p50: number; p95: number };
  rpt04: { rows: number; ms: number };
  rpt07: { rows: number; ms: number };
  /** Issue 20: placements.create with the register's synchronous=FULL against NORMAL, alternating on one connection. */
  sync: {
    normal: { p50: number; p95: number };
    full: { p50: number; p95: number };
    ratioP50: number;
    ratioP95: number;
  };
}

interface Case {
  personId: string;
  postId: string;
  area: 'urban' | 'rural';
  /** The recognition's E06 主要认定类别 (else K03) for urban posts, the person's E24 status for rural ones (BR-16). */
  basisList: 'E06' | 'E24';
  basisCode: string;
  /** A 低保 person on an urban post without a recognition: back-filled (K03) before the timed saves. */
  recognise: boolean;
}

/** The placements' 安置依据日期: an urban case's recognition is in force by then. */
const BASIS_DATE = '2026-11-01';

const stats = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: round2(percentile(s, 50)), p95: round2(percentile(s, 95)) };
};

/** Posts and placements of a bench county; by default persons / 10 posts and persons / 5 placements. */
interface PostCountySize {
  posts: number;
  placements: number;
}

const cacheDir = (persons: number, size?: PostCountySize) =>
  join(tmpdir(), `taizhang-bench-posts-${persons}${size ? `-${size.posts}-${size.placements}` : ''}-${BENCH_TODAY}`);

/** A seeded county kept between runs (persons + posts + placements); a fresh copy is benchmarked each time. */
export async function seededCopy(
  persons: number,
  log: (l: string) => void,
  size?: PostCountySize,
): Promise<{ dir: string; reused: boolean }> {
  const cache = cacheDir(persons, size);
  const reused = existsSync(join(cache, DB_FILE));
  if (!reused) {
    mkdirSync(cache, { recursive: true });
    const core = openCore({ dataDir: cache, today: BENCH_TODAY });
    try {
      const t = performance.now();
      await seedCounty(core, { persons, today: BENCH_TODAY, log: () => {} });
      seedPostCounty(core, {
        posts: size?.posts ?? Math.round(persons / 10),
        placements: size?.placements ?? Math.round(persons / 5),
        today: BENCH_TODAY,
        log,
      });
      core.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      log(`已生成并保存演示县（${((performance.now() - t) / 1000).toFixed(1)} 秒）：${cache}`);
    } finally {
      core.close();
    }
  } else log(`复用已生成的演示县：${cache}`);
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-bench-'));
  copyFileSync(join(cache, DB_FILE), join(dir, DB_FILE));
  return { dir, reused };
}

/**
 * Free eligible persons never placed before, each with a post of their 乡镇 that has a free slot from today on:
 * on 城镇 posts recognised persons (their recognition's 主要认定类别, in force on the basis date) and 低保 persons (E06
 * K03, recognised by recogniseUrban before the timed saves), on 乡村 posts rural persons with an E24 status (BR-16).
 */
function cases(db: Database.Database, n: number): Case[] {
  const persons = db
    .prepare(
      `SELECT p.id, p.township_id, p.dibao, p.poverty_status, coalesce(p.urban_rural, v.urban_rural_code) AS ur,
      (SELECT r.primary_category FROM recognitions r WHERE r.person_id = p.id AND r.status = '03'
        AND (r.recognition_date IS NULL OR r.recognition_date <= @basisDate)) AS rec
    FROM persons p JOIN regions v ON v.id = p.residence_region_id WHERE p.deleted_at IS NULL AND p.on_post = 0 AND p.in_internship = 0
      AND p.employment_status NOT IN ('21', '23', '25', '50') AND p.birth_date BETWEEN '1982-01-01' AND '2004-01-01'
      AND (rec IS NOT NULL OR p.dibao = 1 OR p.poverty_status IN ('1', '2', '3', '4', '5'))
      AND (rec IS NOT NULL OR NOT EXISTS (SELECT 1 FROM recognitions g WHERE g.person_id = p.id AND g.status IN ('01', '02', '03')))
      AND NOT EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id) ORDER BY p.rowid`,
    )
    .all({ basisDate: BASIS_DATE }) as {
    id: string;
    township_id: string;
    dibao: number;
    poverty_status: string | null;
    ur: string | null;
    rec: string | null;
  }[];
  const ranges = db.prepare(
    'SELECT start_date AS start, leave_date AS "end" FROM placements WHERE post_id = ? AND deleted_at IS NULL',
  );
  const slots = new Map<string, { id: string; free: number }[]>();
  for (const post of db
    .prepare(`SELECT id, township_id, area_type, approved_count FROM posts WHERE status = 'active' AND full_time = 1`)
    .all() as { id: string; township_id: string; area_type: string; approved_count: number }[]) {
    const free = post.approved_count - peakCount(ranges.all(post.id) as DayRange[], { start: BENCH_TODAY, end: null });
    const key = `${post.township_id}|${post.area_type}`;
    if (free > 0) slots.set(key, [...(slots.get(key) ?? []), { id: post.id, free }]);
  }
  const out: Case[] = [];
  for (const p of persons) {
    const rural = !!p.ur?.startsWith('2') && !!p.poverty_status && p.poverty_status !== '0';
    const area = rural ? 'rural' : p.rec || p.dibao ? 'urban' : null;
    const post = area && slots.get(`${p.township_id}|${area}`)?.find((s) => s.free > 0);
    if (!area || !post) continue;
    post.free--;
    out.push({
      personId: p.id,
      postId: post.id,
      area,
      basisList: rural ? 'E24' : 'E06',
      basisCode: rural ? (p.poverty_status as string) : (p.rec ?? 'K03'),
      recognise: !rural && !p.rec,
    });
    if (out.length === n) break;
  }
  return out;
}

/** Each round uses four cases: one core and one raw save, then one NORMAL and one FULL save. */
const CASES_PER_ROUND = 4;

/**
 * The rounds a county can hold: those asked for, or, in a small county (300 persons offer about 5 cases), as many as
 * its cases allow, a tenth of them warm-up. Fewer than one round's cases: refused, naming the size that works.
 */
function scaleRounds(available: number, asked: { runs: number; warmup: number }) {
  const rounds = Math.floor(available / CASES_PER_ROUND);
  if (rounds >= asked.runs + asked.warmup) return asked;
  if (rounds < 1)
    throw new Error(
      `只找到 ${available} 组可安置的人员和岗位，至少需要 ${CASES_PER_ROUND} 组：请用更大的 --persons（例如 1000）`,
    );
  const warmup = Math.min(asked.warmup, Math.floor(rounds / 10));
  return { runs: rounds - warmup, warmup };
}

const input = (c: Case) => ({
  personId: c.personId,
  postId: c.postId,
  basisList: c.basisList,
  basisCode: c.basisCode,
  basisDate: BASIS_DATE,
  startDate: BENCH_TODAY,
  contractEnd: c.area === 'rural' ? '2027-11-27' : '2029-11-27',
  accidentInsurance: c.area === 'rural' ? 'PICC-BENCH' : null,
});

/** The raw baseline: person and post by id, VR-13 over the person's placements, BR-17 sweep, insert, flags, audit. */
function rawSaver(db: Database.Database) {
  const person = db.prepare('SELECT * FROM persons WHERE id = ?');
  const post = db.prepare('SELECT * FROM posts WHERE id = ?');
  const mine = db.prepare(
    'SELECT start_date AS start, leave_date AS "end" FROM placements WHERE person_id = ? AND deleted_at IS NULL',
  );
  const theirs = db.prepare(
    'SELECT start_date AS start, leave_date AS "end" FROM placements WHERE post_id = ? AND deleted_at IS NULL',
  );
  const insert =
    db.prepare(`INSERT INTO placements (id, person_id, post_id, basis_list, basis_code, basis_date, start_date, contract_start, contract_end,
    subsidy_first_month, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, '2026-11-01', ?, ?, ?, '2026-11', ?, ?, 'bench', 'bench')`);
  const flags = db.prepare("UPDATE persons SET on_post = 1, employment_status = '24', updated_at = ? WHERE id = ?");
  const audit = db.prepare(
    "INSERT INTO audit_log (id, at, operator, channel, entity, entity_id, summary) VALUES (?, ?, 'bench', 'placements.create', 'placement', ?, ?)",
  );
  return db.transaction((c: Case) => {
    const p = person.get(c.personId) as { id: string } | undefined;
    const q = post.get(c.postId) as { approved_count: number } | undefined;
    if (!p || !q) throw new Error('missing');
    if ((mine.all(c.personId) as DayRange[]).some((r) => r.end === null || r.end >= BENCH_TODAY))
      throw new Error('VR-13');
    if (firstCrowdedDay(theirs.all(c.postId) as DayRange[], { start: BENCH_TODAY, end: null }, q.approved_count))
      throw new Error('BR-17');
    const id = newId();
    const at = new Date().toISOString();
    insert.run(
      id,
      c.personId,
      c.postId,
      c.basisList,
      c.basisCode,
      BENCH_TODAY,
      BENCH_TODAY,
      input(c).contractEnd,
      at,
      at,
    );
    flags.run(at, c.personId);
    audit.run(newId(), at, id, 'placement');
  });
}

/** Opens a copy of the kept county; a copy written by other migrations (edited since, or newer) is seeded again. */
async function openSeeded(persons: number, log: (l: string) => void) {
  for (let attempt = 0; ; attempt++) {
    const { dir, reused } = await seededCopy(persons, log);
    try {
      const core = openCore({ dataDir: dir, today: BENCH_TODAY });
      await signInSeedAdmin(core); // the kept copy has accounts: its calls run as its administrator
      return { dir, reused, core };
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      if (!(err instanceof StartupError) || !reused || attempt > 0) throw err;
      log(`已保存的演示县与当前数据库升级步骤不一致（${err.code}），重新生成`);
      rmSync(cacheDir(persons), { recursive: true, force: true });
    }
  }
}

/** BR-16: a new urban placement rests on a recognition; the 低保 cases get a back-filled one (K03), not timed. */
async function recogniseUrban(core: Core, all: Case[]): Promise<void> {
  for (const c of all.filter((x) => x.recognise)) {
    const r = await core.invoke('recognitions.backfill', {
      personId: c.personId,
      categories: ['K03'],
      primaryCategory: 'K03',
      recognitionDate: '2026-01-01',
    });
    if (!r.ok) throw new Error(`recognitions.backfill: ${r.error.message}`);
  }
}

export async function benchPlacements(options: CountyRunOptions): Promise<PlacementFigures> {
  const { dir, reused, core } = await openSeeded(options.persons, options.log);
  try {
    const db = core.ctx.db;
    const all = cases(db, CASES_PER_ROUND * (options.warmup + options.runs));
    const { runs, warmup } = scaleRounds(all.length, options);
    if (runs < options.runs)
      options.log(`这个县只有 ${all.length} 组可安置的人员和岗位：计时 ${runs} 次（预热 ${warmup} 次）`);
    const total = warmup + runs;
    await recogniseUrban(core, all.slice(0, CASES_PER_ROUND * total));
    const raw = rawSaver(db);
    const coreTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < total; i++) {
      // Alternate, so both see the same cache and machine load.
      let t = performance.now();
      const r = await core.invoke('placements.create', input(all[2 * i]));
      if (!r.ok) throw new Error(`placements.create: ${r.error.message}`);
      if (i >= warmup) coreTimes.push(performance.now() - t);
      t = performance.now();
      raw(all[2 * i + 1]);
      if (i >= warmup) rawTimes.push(performance.now() - t);
    }
    // Issue 20: what synchronous=FULL (fsync of the WAL at every commit) costs a save, against NORMAL, measured
    // alternately (the order flips each round) on the same connection, with the cases not used above.
    const syncTimes: Record<'NORMAL' | 'FULL', number[]> = { NORMAL: [], FULL: [] };
    for (let i = 0; i < total; i++) {
      const modes = i % 2 ? (['FULL', 'NORMAL'] as const) : (['NORMAL', 'FULL'] as const);
      for (const [k, mode] of modes.entries()) {
        db.pragma(`synchronous = ${mode}`);
        const t = performance.now();
        const r = await core.invoke('placements.create', input(all[2 * total + 2 * i + k]));
        if (!r.ok) throw new Error(`placements.create: ${r.error.message}`);
        if (i >= warmup) syncTimes[mode].push(performance.now() - t);
      }
    }
    db.pragma('synchronous = FULL');
    const normal = stats(syncTimes.NORMAL);
    const full = stats(syncTimes.FULL);
    // Badge counts right after a write (the lists are recomputed) and again with nothing changed (kept lists).
    const countTimes: number[] = [];
    const keptTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      await core.invoke('settings.setOffice', { ...OFFICE, name: `演示局${i % 2}` });
      let t = performance.now();
      await core.invoke('postWorklists.counts', {});
      countTimes.push(performance.now() - t);
      t = performance.now();
      await core.invoke('postWorklists.counts', {});
      keptTimes.push(performance.now() - t);
    }
    const params = { month: '2026-11', today: BENCH_TODAY };
    const timeRows = (rows: Iterable<object>) => {
      const t = performance.now();
      let n = 0;
      for (const _ of rows) n++;
      return { rows: n, ms: round2(performance.now() - t) };
    };
    const c = stats(coreTimes);
    const w = stats(rawTimes);
    return {
      persons: options.persons,
      posts: db.prepare('SELECT count(*) FROM posts').pluck().get() as number,
      placements: db.prepare('SELECT count(*) FROM placements').pluck().get() as number,
      reused,
      runs,
      warmup,
      create: { core: c, raw: w, ratio: round2(c.p95 / w.p95) },
      counts: stats(countTimes),
      countsKept: stats(keptTimes),
      rpt04: timeRows(rpt04.rows(db, params)),
      rpt07: timeRows(rpt07.rows(db, params)),
      sync: { normal, full, ratioP50: round2(full.p50 / normal.p50), ratioP95: round2(full.p95 / normal.p95) },
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function placementEntries(f: PlacementFigures): BenchEntry[] {
  return [
    {
      name: 'placements.create p95',
      value: f.create.core.p95,
      unit: 'ms',
      baseline: f.create.raw.p95,
      ratio: f.create.ratio,
    },
    {
      name: 'placements.create p50',
      value: f.create.core.p50,
      unit: 'ms',
      baseline: f.create.raw.p50,
      ratio: round2(f.create.core.p50 / f.create.raw.p50),
    },
    { name: 'postWorklists.counts after a write p95', value: f.counts.p95, unit: 'ms', baseline: null, ratio: null },
    { name: 'postWorklists.counts unchanged p95', value: f.countsKept.p95, unit: 'ms', baseline: null, ratio: null },
    {
      name: 'placements.create synchronous=FULL p50',
      value: f.sync.full.p50,
      unit: 'ms',
      baseline: f.sync.normal.p50,
      ratio: f.sync.ratioP50,
    },
    {
      name: 'placements.create synchronous=FULL p95',
      value: f.sync.full.p95,
      unit: 'ms',
      baseline: f.sync.normal.p95,
      ratio: f.sync.ratioP95,
    },
    { name: 'RPT-04 rows (month)', value: f.rpt04.ms, unit: 'ms', baseline: null, ratio: null },
    { name: 'RPT-07 rows (month)', value: f.rpt07.ms, unit: 'ms', baseline: null, ratio: null },
  ];
}
