import { describe, expect, it } from 'vitest';
import { seedTraining } from '../../scripts/seed/training';
import { TODAY, must } from './harness';
import { seededCore } from './seeded';

// The demo year of training (npm run seed): classes in every state around `today`, trainees in at most one class,
// rosters made by the core's service (all but the last reviewed, their classes 已申领补贴).
describe('seeded vocational training (issue 15)', () => {
  it('classes in every state, no double booking, rosters whose classes are claimed', async () => {
    const core = await seededCore({ persons: 800, posts: { posts: 40, placements: 80 } });
    const r = seedTraining(core, { today: TODAY });
    expect(r).toMatchObject({ providers: 3, classes: 24 });
    const db = core.ctx.db;
    expect(db.prepare('SELECT DISTINCT status FROM training_classes ORDER BY 1').pluck().all()).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '09',
    ]);
    expect(
      db
        .prepare('SELECT count(*) FROM (SELECT person_id FROM training_enrolments GROUP BY 1 HAVING count(*) > 1)')
        .pluck()
        .get(),
    ).toBe(0);
    const running = (await must(core, 'training.classes.list', { status: '03' })).items[0];
    expect(running.startDate <= TODAY && running.endDate >= TODAY).toBe(true);
    const rosters = (await must(core, 'subsidies.list', { kind: 'training' })).items;
    expect(rosters.length).toBe(r.rosters);
    expect(rosters.filter((b) => b.status === 'draft')).toHaveLength(1);
    const claimed = await must(core, 'training.classes.list', { status: '05', pageSize: 100 });
    expect(claimed.total).toBeGreaterThan(0);
    const one = await must(core, 'training.classes.get', { id: claimed.items[0].id });
    expect(one.trainees.some((t) => t.locked)).toBe(true);
    // Refused trainees say why (attendance below the threshold or not passed).
    expect(one.trainees.filter((t) => !t.subsidy.eligible).every((t) => !!t.subsidy.reason)).toBe(true);
  });
});
