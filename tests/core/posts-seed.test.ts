import { describe, expect, it } from 'vitest';
import { planPlacement } from '../../electron/core/modules/placements/checks';
import { peakCount } from '../../electron/core/modules/posts/capacity';
import { seedCounty } from '../../scripts/seed/county';
import { seedPostCounty } from '../../scripts/seed/post-county';
import { TODAY, makeCore } from './harness';

// The demo posts and placements (npm run seed) obey the core's rules: every seeded placement passes the checks of
// placements.create (BR-03, BR-16, BR-17 on every day, VR-13, BR-18, CFG-14) as if restored (existing placements:
// BR-16 accepts their recorded categories, as for the roster import), and the person
// flags match (on_post, E09 24).
describe('seeded posts and placements (issue 6 scale data)', () => {
  it('are consistent with capacity, overlap, eligibility and the subsidy period', async () => {
    const core = makeCore();
    await seedCounty(core, { persons: 3000, today: TODAY });
    const r = seedPostCounty(core, { posts: 300, placements: 600, today: TODAY });
    expect(r.posts).toBeGreaterThan(250);
    expect(r.placements).toBe(600);
    const db = core.ctx.db;

    const posts = db.prepare('SELECT id, approved_count FROM posts').all() as { id: string; approved_count: number }[];
    const ranges = db.prepare('SELECT start_date AS start, leave_date AS "end" FROM placements WHERE post_id = ?');
    for (const p of posts)
      expect(peakCount(ranges.all(p.id) as never, { start: '0000-01-01', end: null })).toBeLessThanOrEqual(
        p.approved_count,
      );

    type Row = {
      id: string;
      person_id: string;
      post_id: string;
      basis_list: 'E06' | 'E24';
      basis_code: string;
      basis_date: string;
      start_date: string;
      contract_start: string;
      contract_end: string;
      leave_date: string | null;
      accident_insurance: string | null;
    };
    const rows = db.prepare('SELECT * FROM placements').all() as Row[];
    for (const p of rows) {
      const input = {
        personId: p.person_id,
        postId: p.post_id,
        basisList: p.basis_list,
        basisCode: p.basis_code,
        basisDate: p.basis_date,
        startDate: p.start_date,
        contractStart: p.contract_start,
        contractEnd: p.contract_end,
        leaveDate: p.leave_date,
        accidentInsurance: p.accident_insurance,
        override: null,
      };
      expect(() => planPlacement(core.ctx, input, p.id, 'existing'), `placement ${p.id}`).not.toThrow();
    }
    const flags = db
      .prepare(
        `SELECT count(*) FROM persons p WHERE (p.on_post = 1 OR p.employment_status = '24')
      <> EXISTS (SELECT 1 FROM placements pl WHERE pl.person_id = p.id AND pl.leave_date IS NULL)`,
      )
      .pluck()
      .get();
    expect(flags).toBe(0);
    const firstMonths = db
      .prepare(
        `SELECT count(*) FROM placements pl WHERE pl.subsidy_first_month <>
      (SELECT substr(min(q.start_date), 1, 7) FROM placements q WHERE q.person_id = pl.person_id)`,
      )
      .pluck()
      .get();
    expect(firstMonths).toBe(0);
  });
});
