import { describe, expect, it } from 'vitest';
import { seedTraining } from '../../scripts/seed/training';
import { rpt15Rows } from '../../electron/core/modules/training/reports/rpt15';
import { registrationOnDate } from '../../electron/core/modules/registrations/queries';
import { recognitionSpans } from '../../electron/core/modules/recognitions/facts';
import { recognitionOn } from '../../shared/domain/placement-eligibility';
import { monthOf, shiftMonths } from '../../shared/domain/dates';
import { TODAY, must } from './harness';
import { seededCore } from './seeded';

// The demo year of training (npm run seed): classes in every state around `today`, trainees in at most one class,
// rosters made by the core's service (all but the last reviewed, their classes 已申领补贴); register-backed trainees
// (01 登记失业, 02 就业困难, borne out on the class start) so 生活费补贴 and RPT-15's columns 3, 4 and 18 have figures.
describe('seeded vocational training (issue 15)', () => {
  it('classes in every state, no double booking, rosters whose classes are claimed', async () => {
    const core = await seededCore({
      persons: 800,
      posts: { posts: 40, placements: 80 },
      registrations: true,
      recognitions: true,
    });
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

    // Register-backed trainees: each one's registration (01) or recognition (02) holds on the class start (BR-33).
    const backed = db
      .prepare(
        `SELECT te.person_id AS person, te.category, te.category_note AS note, c.start_date AS start
         FROM training_enrolments te JOIN training_classes c ON c.id = te.class_id WHERE te.category IN ('01', '02')`,
      )
      .all() as { person: string; category: string; note: string | null; start: string }[];
    expect(backed.filter((b) => b.category === '01').length).toBeGreaterThan(10);
    expect(backed.filter((b) => b.category === '02').length).toBeGreaterThan(5);
    for (const b of backed) {
      const holds =
        b.category === '01'
          ? !!registrationOnDate(db, b.person, b.start)
          : !!recognitionOn(recognitionSpans(db, b.person), b.start);
      expect({ ...b, holds }).toEqual({ ...b, note: null, holds: true });
    }
    // RPT-15 over the seeded year: 登记失业 (3), 就业困难 (4) and 生活费补贴 on reviewed rosters (18) are not 0.
    const rows = rpt15Rows(db, {
      month: monthOf(TODAY),
      range: { from: monthOf(shiftMonths(TODAY, -12)), to: monthOf(TODAY) },
      today: TODAY,
    }) as { c3: number; c4: number; c18: number }[];
    const total = (k: 'c3' | 'c4' | 'c18') => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
    expect(total('c3')).toBeGreaterThan(0);
    expect(total('c4')).toBeGreaterThan(0);
    expect(total('c18')).toBeGreaterThan(0);
  });
});
