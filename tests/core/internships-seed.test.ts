import { describe, expect, it } from 'vitest';
import { rpt09Sheets } from '../../electron/core/modules/subsidies/reports/rpt09';
import { seedInternships } from '../../scripts/seed/internships';
import { TODAY, must } from './harness';
import { seededCore } from './seeded';

// The demo internships (npm run seed): 见习基地, interns in every state made through the internships service, and the
// 见习补贴 rosters made by the allowances module's generation, so RPT-09 of a past month has rows whose sums equal the
// allowance rows of that month.
describe('seeded internships and allowance rosters (issues 12, 13)', () => {
  it('bases, interns in every state, rosters in every state and an RPT-09 that adds up', async () => {
    const core = await seededCore({ persons: 1200, posts: { posts: 100, placements: 200 } });
    const r = seedInternships(core, { today: TODAY, interns: 30 });
    expect(r.bases).toBe(6);
    expect(r.internships).toBe(30);
    expect(r.refused).toBeLessThan(5);
    for (const n of Object.values(r.byState)) expect(n).toBeGreaterThan(0);
    const db = core.ctx.db;
    const states = db
      .prepare(
        `SELECT status, coalesce(end_type, '-') AS t, count(*) AS n FROM internships GROUP BY status, end_type ORDER BY status, end_type`,
      )
      .all() as { status: string; t: string; n: number }[];
    const endTypes = new Set(states.map((s) => s.t));
    for (const t of ['-', '1', '2', '3']) expect(endTypes).toContain(t);
    expect(endTypes.has('4') || endTypes.has('5')).toBe(true);
    // Running interns show 就业见习中; the county seed's 就业见习中 persons all have a running internship now.
    expect(
      db
        .prepare(
          `SELECT count(*) FROM persons p WHERE p.employment_status = '25'
          AND NOT EXISTS (SELECT 1 FROM internships i WHERE i.person_id = p.id AND i.end_date IS NULL)`,
        )
        .pluck()
        .get(),
    ).toBe(0);
    // One base expires within the reminder window.
    const wl = await must(core, 'internshipWorklists.due', {});
    expect(wl.expiringBases.length).toBe(1);

    const batches = (await must(core, 'subsidies.list', { kind: 'internship' })).items;
    expect(batches.map((b) => [b.month, b.statusLabel]).slice(0, 4)).toEqual([
      ['2026-10', '草稿'],
      ['2026-09', '已审核'],
      ['2026-08', '已上报'],
      ['2026-07', '已拨付'],
    ]);
    expect(r.batches).toBe(batches.length);

    // RPT-09 of a reviewed month: one row per allowance row of the month, sums equal to the rows exactly.
    const sheet = rpt09Sheets(db, { month: '2026-09', today: TODAY })[0];
    const rows = sheet.rows as { due: number; early: number; total: number; name: string }[];
    const month = db
      .prepare(
        `SELECT count(*) AS n, sum(due_amount) AS due, sum(early_hire_amount) AS early FROM internship_allowances WHERE month = '2026-09'`,
      )
      .get() as { n: number; due: number; early: number };
    expect(month.n).toBeGreaterThan(5);
    expect(rows.length).toBe(month.n);
    expect(rows.reduce((s, x) => s + x.due, 0)).toBe(month.due);
    expect(rows.reduce((s, x) => s + x.early, 0)).toBe(month.early);
    expect(rows.reduce((s, x) => s + x.total, 0)).toBe(month.due + month.early);
    const reviewed = batches.find((b) => b.month === '2026-09')!;
    expect(reviewed.totalFen).toBe(month.due + month.early);
    // An early hire pays the remainder in its month: some month carries a non-zero remainder.
    expect(
      db.prepare('SELECT count(*) FROM internship_allowances WHERE early_hire_amount > 0').pluck().get(),
    ).toBeGreaterThan(0);
  });
});
