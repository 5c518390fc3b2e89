import { describe, expect, it } from 'vitest';
import { seedRecognitions } from '../../scripts/seed/recognitions';
import { TODAY, must } from './harness';
import { seededCore } from './seeded';

// The demo recognitions (npm run seed, issue 11): every stage present, back-filled and exited ones, the steps in
// order and on or before today, is_difficult equal to "has a recognition in 03", and the same data for the same seed.
async function seeded() {
  const core = await seededCore({ persons: 3000, posts: { posts: 300, placements: 600 }, registrations: true });
  const r = seedRecognitions(core, { today: TODAY });
  return { core, r };
}

describe('seeded recognitions', () => {
  it('cover every stage, follow the workflow order and keep is_difficult in step; deterministic', async () => {
    const { core, r } = await seeded();
    const db = core.ctx.db;
    expect(r.recognitions).toBeGreaterThan(300);
    const counts = await must(core, 'recognitionWorklists.counts', {});
    for (const k of ['pendingVillage', 'inNotice', 'pendingTownship', 'pendingCounty'] as const)
      expect(counts[k], k).toBeGreaterThan(0);
    const byStatus = Object.fromEntries(
      (
        db.prepare('SELECT status, count(*) AS n FROM recognitions GROUP BY status').all() as {
          status: string;
          n: number;
        }[]
      ).map((x) => [x.status, x.n]),
    );
    for (const s of ['01', '02', '03', '04', '05']) expect(byStatus[s], s).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM recognitions WHERE backfilled = 1').pluck().get()).toBeGreaterThan(0);
    const disorder = db
      .prepare(
        `SELECT count(*) FROM recognitions WHERE apply_date > coalesce(village_date, '9') OR village_date >= coalesce(notice_start, '9')
      OR notice_end >= coalesce(township_date, '9') OR township_date > coalesce(county_date, '9') OR county_date > ? OR exit_date > ? OR apply_date > ?`,
      )
      .pluck()
      .get(TODAY, TODAY, TODAY);
    expect(disorder).toBe(0);
    // BR-13: the 公示名单 names whom to call — every 乡镇 has an office phone, every other village its own.
    const phones = (parent: 'IS NULL' | 'IS NOT NULL') =>
      db
        .prepare(`SELECT count(*) AS n, count(office_phone) AS withPhone FROM regions WHERE parent_id ${parent}`)
        .get() as { n: number; withPhone: number };
    expect(phones('IS NULL').withPhone).toBe(phones('IS NULL').n);
    const villages = phones('IS NOT NULL');
    expect(villages.withPhone).toBeGreaterThan(villages.n / 3);
    expect(villages.withPhone).toBeLessThan(villages.n);
    const steps = db
      .prepare(
        `SELECT count(*) FROM recognitions r WHERE (SELECT count(*) FROM recognition_steps s WHERE s.recognition_id = r.id) = 0`,
      )
      .pluck()
      .get();
    expect(steps).toBe(0);
    const flags = db
      .prepare(
        `SELECT count(*) FROM persons p WHERE p.is_difficult <> EXISTS (SELECT 1 FROM recognitions r WHERE r.person_id = p.id AND r.status = '03')`,
      )
      .pluck()
      .get();
    expect(flags).toBe(0);
    const again = await seeded();
    expect(again.r).toEqual(r);
  });
});
