import { describe, expect, it } from 'vitest';
import { termEnd } from '../../electron/core/modules/placements/checks';
import { seedCounty } from '../../scripts/seed/county';
import { seedPostCounty } from '../../scripts/seed/post-county';
import { seedRenewals } from '../../scripts/seed/renewals';
import { addDays } from '../../shared/domain/working-days';
import { TODAY, makeCore, must } from './harness';

// The demo 年度考核 and 续签 (npm run seed, BR-23): last year's results on most open placements (a few 不合格), contracts
// ending within 30 days and already ended, a few renewals through the channel, one with a reason after a 不合格 year.
describe('seeded assessments and renewals', () => {
  it('give the 合同到期 work list rows and the placements a history that obeys the rules', async () => {
    const core = makeCore();
    await seedCounty(core, { persons: 1500, today: TODAY });
    seedPostCounty(core, { posts: 150, placements: 300, today: TODAY });
    const r = await seedRenewals(core, { today: TODAY });
    const db = core.ctx.db;
    const year = Number(TODAY.slice(0, 4));
    const lastYear = db
      .prepare(`SELECT count(*) AS n, sum(a.result = 'fail') AS failed FROM placement_assessments a WHERE a.year = ?`)
      .get(year - 1) as { n: number; failed: number };
    const eligible = db
      .prepare('SELECT count(*) FROM placements WHERE leave_date IS NULL AND start_date < ?')
      .pluck()
      .get(`${year - 1}-12-01`) as number;
    expect(lastYear.n).toBeGreaterThan(eligible * 0.7);
    expect(lastYear.n).toBeLessThan(eligible);
    expect(lastYear.failed).toBeGreaterThan(0);
    expect(r.renewals).toBeGreaterThanOrEqual(3);

    const renewals = db
      .prepare(
        `SELECT r.*, a.result FROM placement_renewals r LEFT JOIN placement_assessments a
           ON a.placement_id = r.placement_id AND a.year = CAST(substr(r.previous_end, 1, 4) AS INTEGER)`,
      )
      .all() as {
      placement_id: string;
      previous_end: string;
      contract_start: string;
      override_reason: string | null;
      result: string | null;
    }[];
    expect(renewals).toHaveLength(r.renewals);
    expect(renewals.filter((x) => x.override_reason).map((x) => x.result)).toEqual(['fail']);
    for (const x of renewals) expect(x.contract_start).toBe(addDays(x.previous_end, 1));
    const audit = await must(core, 'audit.list', { entity: 'placement', entityId: renewals[0]!.placement_id });
    expect(audit.items.some((i) => i.summary.includes('续签合同(协议)'))).toBe(true);

    // Open contracts: some ended, some ending within 30 days; every term valid (CFG-14 for rural posts).
    const open = db
      .prepare(
        `SELECT pl.contract_start AS cs, pl.contract_end AS ce, po.area_type AS area FROM placements pl
         JOIN posts po ON po.id = pl.post_id WHERE pl.leave_date IS NULL`,
      )
      .all() as { cs: string; ce: string; area: string }[];
    expect(open.filter((p) => p.ce < TODAY).length).toBe(r.ended);
    expect(r.ended).toBeGreaterThan(0);
    expect(open.filter((p) => p.ce >= TODAY && p.ce <= addDays(TODAY, 30)).length).toBeGreaterThan(0);
    for (const p of open) {
      expect(p.ce >= p.cs).toBe(true);
      if (p.area === 'rural') expect(p.ce <= termEnd(p.cs, 12)).toBe(true);
    }
  }, 120_000);
});
