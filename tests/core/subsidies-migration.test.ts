import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { placedAt, upgradeThrough } from './migration-fixtures';

describe('migration 0007 (attendance, internship allowances, subsidy rosters)', () => {
  it('upgrades a version-5 database holding a placement; its month can then be generated and put on a roster', async () => {
    const v5 = placedAt(5, '2026-11-16', '2027-11-15', { dibao: 1 });
    const core = upgradeThrough(v5, 7, 'subsidies');
    expect(await must(core, 'attendance.generate', { month: '2026-11' })).toMatchObject({ created: 1, total: 1 });
    const grid = await must(core, 'attendance.grid', { month: '2026-11', employerId: 'e1' });
    // 15 of 30 days: 1900 × 15/30 = 950.00; 11 working days from Monday 16 November.
    expect(grid.rows[0]).toMatchObject({
      personName: '艾力',
      daysOnPost: 15,
      requiredDays: 21,
      attendedDays: 11,
      dueFen: 95_000,
    });
    const b = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    expect(b).toMatchObject({ persons: 1, totalFen: 95_000 });
  });

  it('the schema refuses a paid amount that is not due − deduction, attended above required, and two ordinary rosters of a kind and month', () => {
    const core = makeCore();
    const db = core.ctx.db;
    const bad = (sql: string) => () => db.prepare(sql).run();
    db.prepare(
      `INSERT INTO subsidy_batches (id, kind, month, prepared_by, created_at, updated_at, created_by, updated_by)
      VALUES ('b1', 'post', '2026-11', 'x', 'x', 'x', 'x', 'x')`,
    ).run();
    expect(
      bad(`INSERT INTO subsidy_batches (id, kind, month, prepared_by, created_at, updated_at, created_by, updated_by)
      VALUES ('b2', 'post', '2026-11', 'x', 'x', 'x', 'x', 'x')`),
    ).toThrow(/UNIQUE constraint failed/);
    expect(bad(`UPDATE subsidy_batches SET status = 'reviewed'`)).toThrow(/CHECK constraint failed/);
  });
});
