// Issue 12 at scale: generating a month's attendance (attendance.generate through dispatch: zod, one row per
// placement on post with days from the placement dates, required days from the working-day calendar, the BR-19
// amounts, the idempotency read of the month's rows and locks, the audit row) and the month's 岗位补贴 roster
// (subsidies.generateBatch: every row onto the draft roster with its amount) for the 20,000 placements of the
// seeded county, each against a raw better-sqlite3 baseline doing the same work (the same rows and amounts by the
// same pure rules, plain prepared statements, no checks) in the same run. Best of `repeats`; the month is cleared
// between runs. The county is seeded and kept by scripts/bench/placements.ts, larger than benchPlacements' own so
// that about 20,000 placements are on post in the month (the figure): persons × 1.4, posts × 0.4 and
// placements × 0.8 of `persons` — at the default 100,000 that is 140,000 persons, 40,000 posts, 80,000 placements
// sought (59,444 made) and 20,919 on post in 2026-10.
import { rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { openCore } from '../../electron/core/core';
import { newId } from '../../electron/core/ids';
import type { OnPostPlacement } from '../../electron/core/modules/attendance/queries';
import type { SpanWithPerson } from '../../electron/core/modules/attendance/entitlement';
import { minWageTableOn, ruralStandardOn, subsidyRulesOn, wageTierOn } from '../../electron/core/modules/posts/config';
import { subsidyRulesForMonth } from '../../electron/core/modules/subsidies/config';
import { monthOf } from '../../shared/domain/dates';
import { defaultPostStandard } from '../../shared/domain/min-wage';
import { statutoryRetirement } from '../../shared/domain/retirement';
import { attendanceAmounts, monthSpan, placementDays } from '../../shared/domain/subsidy-amounts';
import { cyclesOf, subsidyPeriod, type SubsidyRules } from '../../shared/domain/subsidy-period';
import { signInSeedAdmin } from '../seed/accounts';
import { seededCopy } from './placements';
import { BENCH_TODAY } from './temp-core';
import { round2, type BenchEntry } from './results';
import { benchRpt06Export, type Rpt06Bench } from './rpt06-export';
import type { RepeatOptions } from './measure';

const BENCH_MONTH = '2026-10';

interface Timing {
  coreMs: number;
  rawMs: number;
  ratio: number;
  coreCpuMs: number;
  rawCpuMs: number;
  cpuRatio: number;
}

interface SubsidyFigures {
  persons: number;
  rows: number;
  /** Best wall and CPU times of each path (ms); ratio by wall time, cpuRatio by CPU time. */
  generate: Timing;
  roster: Timing & { totalFen: number };
  peakRssMb: number;
  /** The RPT-06 export of the roster made last, against raw exceljs streaming the same rows. */
  rpt06: Rpt06Bench;
}

function clear(db: Database.Database): void {
  db.prepare('DELETE FROM subsidy_batch_items').run();
  db.prepare('DELETE FROM subsidy_batches').run();
  db.prepare('DELETE FROM attendance_months').run();
}

/** The rows read are those of the core's statements (the same columns), so their shapes are the core's. */
type RawPlacement = OnPostPlacement;
type RawSpan = Omit<SpanWithPerson, 'post_id'>;

/**
 * The same work as attendance.generate on an empty month, written plainly: the settings of the month (CFG-09, the
 * calendar, CFG-03) and of each entitlement cycle's first month (CFG-04..08) and the minimum-wage table, tier and
 * rural standard on the month's first day are read through the same settings readers; then the same rows — the
 * placements on post with their posts, and every placement of those persons for BR-18 — by two hand-written
 * statements, and per row the same pure rules: the post's standard in force on the 1st (CFG-01/02, a custom
 * standard kept), the entitlement end (cycles → subsidy period to the statutory retirement month), the days and
 * amounts (BR-19/20/22), and the same insert. Left out: the idempotency and lock reads of existing rows (the month is
 * empty), zod, the period-lock check and the audit row.
 */
function rawGenerate(db: Database.Database, month: string): number {
  const span = monthSpan(month);
  const rules = subsidyRulesForMonth(db, month);
  const table = minWageTableOn(db, span.first);
  const tier = wageTierOn(db, span.first);
  const rural = ruralStandardOn(db, span.first);
  const periodRules = new Map<string, SubsidyRules>();
  const now = new Date().toISOString();
  const insert =
    db.prepare(`INSERT INTO attendance_months (id, placement_id, month, days_on_post, required_days, attended_days, daily_marks, standard, due_amount,
    deduction, deduction_reason, paid_amount, si_pension, si_medical, si_unemployment, si_injury, si_subsidy, created_at, updated_at, created_by, updated_by)
    VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, 0, NULL, ?, 0, 0, 0, 0, ?, ?, ?, 'raw', 'raw')`);
  return db.transaction(() => {
    const rows = db
      .prepare(
        `SELECT pl.id, pl.person_id, pl.start_date, pl.leave_date, po.monthly_standard, po.si_subsidy, po.standard_source,
        po.area_type, po.full_time, po.monthly_hours
      FROM placements pl JOIN posts po ON po.id = pl.post_id
      WHERE pl.deleted_at IS NULL AND pl.start_date <= ? AND (pl.leave_date IS NULL OR pl.leave_date >= ?)`,
      )
      .all(span.last, span.first) as RawPlacement[];
    // BR-18: every placement of these persons, in order, with the person's birth date and retirement category.
    const spans = db
      .prepare(
        `SELECT pl.id, pl.person_id, pl.start_date, pl.leave_date, pl.new_cycle, pe.birth_date, pe.retirement_category
      FROM placements pl JOIN persons pe ON pe.id = pl.person_id
      WHERE pl.deleted_at IS NULL AND pl.person_id IN (SELECT value FROM json_each(?)) ORDER BY pl.person_id, pl.start_date, pl.id`,
      )
      .all(JSON.stringify([...new Set(rows.map((r) => r.person_id))])) as RawSpan[];
    const ends = new Map<string, string | null>();
    for (let i = 0; i < spans.length;) {
      let j = i;
      while (j < spans.length && spans[j].person_id === spans[i].person_id) j++;
      const own = spans.slice(i, j).map((r) => ({
        id: r.id,
        startMonth: monthOf(r.start_date),
        endMonth: r.leave_date ? monthOf(r.leave_date) : null,
        newCycle: r.new_cycle === 1,
      }));
      const retirementMonth = statutoryRetirement(spans[i].birth_date, spans[i].retirement_category).month;
      for (const cycle of cyclesOf(own)) {
        const first = `${cycle[0].startMonth}-01`;
        let r = periodRules.get(first);
        if (!r) periodRules.set(first, (r = subsidyRulesOn(db, first)));
        const end = subsidyPeriod({ retirementMonth, spans: cycle, asOfMonth: month, rules: r }).endMonth;
        for (const s of cycle) ends.set(s.id, end);
      }
      i = j;
    }
    const standards = new Map<string, number | null>();
    for (const p of rows) {
      let standard = p.monthly_standard;
      if (p.standard_source === 'default') {
        const key = `${p.area_type}|${p.full_time}|${p.monthly_hours ?? ''}`;
        let fen = standards.get(key);
        if (fen === undefined) {
          const post = { areaType: p.area_type, fullTime: p.full_time === 1, monthlyHours: p.monthly_hours };
          standards.set(key, (fen = defaultPostStandard(table, tier, post, rural)?.fen ?? null));
        }
        standard = fen ?? p.monthly_standard;
      }
      const end = ends.get(p.id);
      const d = placementDays(month, p.start_date, p.leave_date, rules.calendar);
      const attended = Math.min(d.workingDaysOnPost, d.requiredDays);
      const a = attendanceAmounts(
        {
          entitled: !(end != null && month > end),
          month,
          start: p.start_date,
          leave: p.leave_date,
          daysOnPost: d.daysOnPost,
          requiredDays: d.requiredDays,
          attendedDays: attended,
          dailyMarks: null,
          standardFen: standard,
          deductionFen: 0,
          deductionReason: null,
          si: { pensionFen: 0, medicalFen: 0, unemploymentFen: 0, injuryFen: 0 },
          siSubsidy: p.si_subsidy === 1,
          siInjuryIncluded: rules.siInjuryIncluded,
          calendar: rules.calendar,
        },
        rules.mode,
      );
      insert.run(
        newId(),
        p.id,
        month,
        d.daysOnPost,
        d.requiredDays,
        attended,
        standard,
        a.dueFen,
        a.paidFen,
        a.siSubsidyFen,
        now,
        now,
      );
    }
    return rows.length;
  })();
}

/** What both generators must agree on: the rows and their days, standards and amounts. */
const monthTotals = (db: Database.Database, month: string) =>
  JSON.stringify(
    db
      .prepare(
        `SELECT count(*) AS n, sum(days_on_post) AS days, sum(required_days) AS req, sum(attended_days) AS att, sum(standard) AS std,
        sum(due_amount) AS due, sum(paid_amount) AS paid, sum(si_subsidy) AS si FROM attendance_months WHERE month = ?`,
      )
      .get(month),
  );

/**
 * The same roster as subsidies.generateBatch: a draft batch, one item per row with its amount (one statement, the
 * items keyed by the same UUIDv7 ids as the core's), and the roster read back.
 */
function rawRoster(db: Database.Database, month: string): number {
  db.function('raw_new_id', { deterministic: false }, () => newId());
  return db.transaction(() => {
    const id = newId();
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO subsidy_batches (id, kind, month, prepared_by, created_at, updated_at, created_by, updated_by)
      VALUES (?, 'post', ?, 'raw', ?, ?, 'raw', 'raw')`,
    ).run(id, month, now, now);
    db.prepare(
      `INSERT INTO subsidy_batch_items (id, batch_id, kind, attendance_id, amount_fen, created_at, updated_at, created_by, updated_by)
      SELECT raw_new_id(), ?, 'post', a.id, a.paid_amount + a.si_subsidy, ?, ?, 'raw', 'raw' FROM attendance_months a WHERE a.month = ?`,
    ).run(id, now, now, month);
    // The roster the channel returns: every item with its person, 乡镇, 单位 and post, in roster order.
    const items = db
      .prepare(
        `SELECT i.id, i.amount_fen, pe.name, pe.id_number, r.name AS township, e.name AS employer, po.title, a.month
      FROM subsidy_batch_items i JOIN attendance_months a ON a.id = i.attendance_id JOIN placements pl ON pl.id = a.placement_id
      JOIN posts po ON po.id = pl.post_id JOIN persons pe ON pe.id = pl.person_id JOIN employers e ON e.id = po.employer_id
      JOIN regions r ON r.id = po.township_id WHERE i.batch_id = ? ORDER BY r.code, e.name, pe.name`,
      )
      .all(id) as { amount_fen: number }[];
    return items.reduce((sum, i) => sum + i.amount_fen, 0);
  })();
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

const time = <T>(fn: () => T): { ms: number; cpu: number; value: T } => {
  const t = performance.now();
  const c = process.cpuUsage();
  const value = fn();
  return { ms: performance.now() - t, cpu: cpuMs(c), value };
};

/** Best of each: wall and CPU, each path's minimum. */
class Best {
  core = { ms: Infinity, cpu: Infinity };
  raw = { ms: Infinity, cpu: Infinity };
  add(path: 'core' | 'raw', ms: number, cpu: number): void {
    this[path] = { ms: Math.min(this[path].ms, ms), cpu: Math.min(this[path].cpu, cpu) };
  }
  timing(): Timing {
    const { core, raw } = this;
    return {
      coreMs: round2(core.ms),
      rawMs: round2(raw.ms),
      ratio: round2(core.ms / raw.ms),
      coreCpuMs: round2(core.cpu),
      rawCpuMs: round2(raw.cpu),
      cpuRatio: round2(core.cpu / raw.cpu),
    };
  }
}

/** The bench county for `persons`: enough posts and persons for about persons / 5 placements on post in a month. */
export const subsidyCounty = (persons: number) => ({
  persons: Math.round(persons * 1.4),
  posts: Math.round(persons * 0.4),
  placements: Math.round(persons * 0.8),
});

export async function benchSubsidies(options: RepeatOptions & { persons: number }): Promise<SubsidyFigures> {
  const { dir } = await seededCopy(subsidyCounty(options.persons).persons, options.log, subsidyCounty(options.persons));
  const core = openCore({ dataDir: dir, today: BENCH_TODAY });
  await signInSeedAdmin(core); // the kept copy has accounts: its calls run as its administrator
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  try {
    const db = core.ctx.db;
    const gen = new Best();
    const roster = new Best();
    let rows = 0;
    let totalFen = 0;
    let rawTotal = 0;
    for (let i = 0; i < options.repeats; i++) {
      clear(db);
      const g = time(() => rawGenerate(db, BENCH_MONTH));
      gen.add('raw', g.ms, g.cpu);
      const rawTotals = monthTotals(db, BENCH_MONTH);
      sample();
      clear(db);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const made = await core.invoke('attendance.generate', { month: BENCH_MONTH });
      gen.add('core', performance.now() - t0, cpuMs(c0));
      if (!made.ok) throw new Error(JSON.stringify(made.error));
      rows = (made.data as { total: number }).total;
      const coreTotals = monthTotals(db, BENCH_MONTH);
      if (coreTotals !== rawTotals) throw new Error(`考勤合计不一致：core ${coreTotals}，raw ${rawTotals}`);
      // The roster baseline runs on the rows the core generated, so both rosters must come to the same total.
      const r = time(() => rawRoster(db, BENCH_MONTH));
      roster.add('raw', r.ms, r.cpu);
      rawTotal = r.value;
      db.prepare('DELETE FROM subsidy_batch_items').run();
      db.prepare('DELETE FROM subsidy_batches').run();
      const t1 = performance.now();
      const c1 = process.cpuUsage();
      const batch = await core.invoke('subsidies.generateBatch', { kind: 'post', month: BENCH_MONTH });
      roster.add('core', performance.now() - t1, cpuMs(c1));
      if (!batch.ok) throw new Error(JSON.stringify(batch.error));
      totalFen = (batch.data as { totalFen: number }).totalFen;
      sample();
    }
    if (totalFen !== rawTotal) throw new Error(`花名册合计不一致：core ${totalFen}，raw ${rawTotal}`);
    const rpt06 = await benchRpt06Export(core, BENCH_MONTH, dir, options.repeats);
    return {
      rpt06,
      persons: subsidyCounty(options.persons).persons,
      rows,
      generate: gen.timing(),
      roster: { ...roster.timing(), totalFen },
      peakRssMb: Math.round(peak / 1_048_576),
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function subsidyEntries(f: SubsidyFigures): BenchEntry[] {
  return [
    {
      name: `attendance.generate ${f.rows} placements`,
      value: f.generate.coreMs,
      unit: 'ms',
      baseline: f.generate.rawMs,
      ratio: f.generate.ratio,
    },
    {
      name: `subsidies.generateBatch ${f.rows} rows`,
      value: f.roster.coreMs,
      unit: 'ms',
      baseline: f.roster.rawMs,
      ratio: f.roster.ratio,
    },
    {
      name: `reports.export RPT-06 ${f.rpt06.rows} rows`,
      value: f.rpt06.engine.seconds,
      unit: 's',
      baseline: f.rpt06.raw.seconds,
      ratio: f.rpt06.ratio,
    },
    {
      name: `reports.export RPT-06 ${f.rpt06.rows} rows peak RSS`,
      value: f.rpt06.engine.peakRssMb,
      unit: 'MB',
      baseline: f.rpt06.raw.peakRssMb,
      ratio: round2(f.rpt06.engine.peakRssMb / f.rpt06.raw.peakRssMb),
    },
  ];
}
