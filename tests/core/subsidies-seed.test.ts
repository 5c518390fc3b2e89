import { describe, expect, it } from 'vitest';
import { rpt07 } from '../../electron/core/modules/posts/reports/rpt07';
import { seedSubsidies } from '../../scripts/seed/subsidies';
import { TODAY, makeCore, must } from './harness';
import { placedBeyondPeriod, subsidyCounty } from './subsidies-fixtures';
import { seededCore } from './seeded';

// The demo year of attendance and rosters (npm run seed): made by the core's services, so the rosters' totals equal
// their rows, the states run 已拨付 → 草稿 towards today, one 补发/扣回 roster exists, and RPT-07 shows the amounts.
describe('seeded attendance and subsidy rosters (issue 12)', () => {
  it('a year of rosters in every state, one supplementary, figures RPT-07 can read', async () => {
    const core = await seededCore({ persons: 1500, posts: { posts: 150, placements: 300 } });
    const r = seedSubsidies(core, { today: TODAY });
    expect(r).toMatchObject({ months: 12, batches: 13, reviewed: 12 });
    const list = (await must(core, 'subsidies.list', {})).items;
    expect(
      list
        .filter((b) => !b.supplementary)
        .map((b) => [b.month, b.statusLabel])
        .slice(0, 5),
    ).toEqual([
      ['2026-10', '草稿'],
      ['2026-09', '已审核'],
      ['2026-08', '已上报'],
      ['2026-07', '已拨付'],
      ['2026-06', '已拨付'],
    ]);
    const sup = list.find((b) => b.supplementary)!;
    expect(sup).toMatchObject({ month: '2026-10', statusLabel: '已审核', persons: 1, totalFen: 5_000 });
    const db = core.ctx.db;
    // Frozen totals equal the items; paid = due − deduction on every row; today's month generated, not entered.
    const bad = db
      .prepare(
        `SELECT count(*) FROM subsidy_batches b WHERE b.status <> 'draft'
      AND b.total_fen <> (SELECT sum(amount_fen) FROM subsidy_batch_items WHERE batch_id = b.id)`,
      )
      .pluck()
      .get();
    expect(bad).toBe(0);
    expect(
      db.prepare("SELECT count(*) FROM attendance_months WHERE deduction > 0 AND month = '2026-09'").pluck().get(),
    ).toBeGreaterThan(0);
    expect(
      db.prepare("SELECT count(*) FROM attendance_months WHERE month = '2026-11' AND entered_at IS NULL").pluck().get(),
    ).toBeGreaterThan(0);
    const rows = Array.from(rpt07.rows(db, { month: '2026-09', today: TODAY })) as {
      c19: number | null;
      c21: number | null;
    }[];
    const c19 = rows.reduce((s, x) => s + (x.c19 ?? 0), 0);
    const sep = db
      .prepare(
        `SELECT sum(a.paid_amount) FROM subsidy_batch_items i JOIN subsidy_batches b ON b.id = i.batch_id
      JOIN attendance_months a ON a.id = i.attendance_id WHERE b.month = '2026-09' AND b.supplementary = 0`,
      )
      .pluck()
      .get();
    expect(c19).toBe(sep);
    expect(rows.every((x) => x.c19 !== null && x.c21 !== null)).toBe(true);
    expect(
      (Array.from(rpt07.rows(db, { month: '2026-10', today: TODAY })) as { c19: unknown }[]).every(
        (x) => x.c19 === null,
      ),
    ).toBe(true);
  });
});

describe('the seed’s 社保补贴 follows the subsidy period (audit9 gap 7)', () => {
  it('a person on an urban post past the period gets the employer’s amounts but no 社保补贴', async () => {
    const core = makeCore();
    const c = await subsidyCounty(core);
    // On the urban post since 2023-10: the 36 months end with 2026-09 (BR-18); October is past them.
    const { placementId } = await placedBeyondPeriod(c);
    seedSubsidies(core, { today: TODAY, months: 2 });
    const rows = core.ctx.db
      .prepare(
        `SELECT month, placement_id = ? AS beyond, due_amount, si_pension, si_subsidy FROM attendance_months
        WHERE placement_id IN (?, ?) AND month IN ('2026-09', '2026-10') ORDER BY month, beyond`,
      )
      .all(placementId, placementId, c.urbanPlacementId) as Record<string, number>[];
    expect(rows.map((r) => [r.month, r.beyond, r.due_amount > 0, r.si_pension > 0, r.si_subsidy > 0])).toEqual([
      ['2026-09', 1, true, true, true],
      ['2026-10', 0, true, true, true],
      ['2026-10', 1, false, true, false],
    ]);
  });
});
