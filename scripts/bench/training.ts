// Issue 15 at scale: the class page (training.classes.get through dispatch: zod, the class, its trainees with the
// BR-35..BR-37 decision of each, the BR-34 flag) and RPT-15 rows (BR-38 employment in SQL) at 500 classes / 20,000
// trainees, each against raw SQL with better-sqlite3 in the same run: for the page a hand-written select of the class
// and its trainees with the person columns; for RPT-15 one GROUP BY of classes and trainees per provider.
import { rpt15Rows } from '../../electron/core/modules/training/reports/rpt15';
import { seedCounty } from '../seed/county';
import { seedPostCounty } from '../seed/post-county';
import { seedTraining } from '../seed/training';
import { time, type RegFigure } from './registrations';
import { BENCH_TODAY, inTempCore } from './temp-core';
import { round2, type BenchEntry } from './results';
import type { RunOptions } from './measure';

interface TrainingBench {
  classes: number;
  trainees: number;
  seedSeconds: number;
  figures: RegFigure[];
}

const RAW_PAGE = `SELECT te.*, pe.name, pe.id_number FROM training_enrolments te JOIN persons pe ON pe.id = te.person_id
  WHERE te.class_id = ? ORDER BY te.enrol_date, te.id`;
const RAW_RPT15 = `SELECT e.name, count(DISTINCT c.id), count(te.id), sum(te.result = '1'), sum(te.cert_type IS NOT NULL AND te.cert_type <> '00'),
  sum(te.subsidy_fen), sum(te.living_fen)
  FROM training_classes c JOIN employers e ON e.id = c.provider_id LEFT JOIN training_enrolments te ON te.class_id = c.id
  WHERE c.status IN ('03', '04', '05') AND c.start_date >= ? AND c.start_date <= ? GROUP BY e.id ORDER BY e.id`;

export async function benchTraining(
  options: RunOptions & {
    classes: number;
    perClass: number;
  },
): Promise<TrainingBench> {
  return inTempCore('taizhang-bench-training-', async (core) => {
    const started = performance.now();
    const persons = Math.ceil(options.classes * options.perClass * 1.65);
    await seedCounty(core, { persons, today: BENCH_TODAY });
    seedPostCounty(core, { posts: 100, placements: 200, today: BENCH_TODAY });
    const seeded = seedTraining(core, {
      today: BENCH_TODAY,
      providers: 20,
      classes: options.classes,
      perClass: options.perClass,
    });
    const seedSeconds = round2((performance.now() - started) / 1000);
    options.log(`已生成 ${seeded.classes} 个培训班、${seeded.trainees} 名学员（${seedSeconds} 秒）`);
    const db = core.ctx.db;
    const ids = db
      .prepare("SELECT id FROM training_classes WHERE status IN ('04', '05') ORDER BY id")
      .pluck()
      .all() as string[];
    let k = 0;
    const next = () => ids[k++ % ids.length];
    const rawPage = db.prepare(RAW_PAGE);
    const rawClass = db.prepare('SELECT * FROM training_classes WHERE id = ?');
    const page = await time(
      '培训班页面 training.classes.get',
      async () => {
        const r = await core.invoke('training.classes.get', { id: next() });
        if (!r.ok) throw new Error(r.error.message);
        return (r.data as { trainees: unknown[] }).trainees.length;
      },
      () => {
        const id = next();
        rawClass.get(id);
        return rawPage.all(id).length;
      },
      options.runs,
      options.warmup,
    );
    const scope = {
      month: '2026-11',
      range: { from: '2025-12', to: '2026-11' },
      today: BENCH_TODAY,
      groupBy: 'employer' as const,
    };
    const raw15 = db.prepare(RAW_RPT15);
    const rpt15 = await time(
      'RPT-15 统计表行',
      async () => rpt15Rows(db, scope).length,
      () => raw15.all('2025-12-01', BENCH_TODAY).length,
      Math.max(3, Math.round(options.runs / 20)),
      2,
    );
    return { classes: seeded.classes, trainees: seeded.trainees, seedSeconds, figures: [page, rpt15] };
  });
}

export function trainingEntries(b: TrainingBench): BenchEntry[] {
  return b.figures.map((f) => ({
    name: `training ${f.name} p50 (${b.classes} classes, ${b.trainees} trainees)`,
    value: f.core.p50,
    unit: 'ms',
    baseline: f.raw.p50,
    ratio: f.ratio,
  }));
}
