import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { insertRow, placedAt, upgradeThrough } from './migration-fixtures';

// Migration 0018 (BR-23 年度考核, 续签 history): a version-17 register with an open placement upgrades; the placement then
// has no results and no renewals, may be assessed and renewed, and the new tables hold their own rules (one result per
// year, a renewal starting after the term it replaced, rows only of existing placements).
describe('migration 0018 (placement assessments and renewals)', () => {
  it('upgrades a version-17 database holding a placement, which can then be assessed and renewed', async () => {
    const v17 = placedAt(17, '2026-01-15', '2026-12-14', { dibao: 1 });
    const core = upgradeThrough(v17, 18, 'placement-assessments');
    const before = await must(core, 'placements.get', { id: 'pl1' });
    expect([before.assessments, before.renewals]).toEqual([[], []]);

    const db = core.ctx.db;
    const result = { placement_id: 'pl1', year: 2026, result: 'pass', assessed_on: '2026-11-20' };
    insertRow(db, 'placement_assessments', { id: 'a1', ...result });
    expect(() => insertRow(db, 'placement_assessments', { id: 'a2', ...result })).toThrow(/UNIQUE/);
    expect(() => insertRow(db, 'placement_assessments', { ...result, id: 'a3', year: 2027, result: '良好' })).toThrow(
      /CHECK/,
    );
    expect(() => insertRow(db, 'placement_assessments', { ...result, id: 'a4', placement_id: 'nope' })).toThrow(
      /FOREIGN KEY/,
    );
    const term = {
      placement_id: 'pl1',
      previous_start: '2026-01-15',
      previous_end: '2026-12-14',
      renewed_on: '2026-11-28',
    };
    const renewal = (id: string, start: string, end: string) =>
      db
        .prepare(
          `INSERT INTO placement_renewals (id, placement_id, previous_start, previous_end, contract_start, contract_end,
             renewed_on, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'y')`,
        )
        .run(id, term.placement_id, term.previous_start, term.previous_end, start, end, term.renewed_on);
    expect(() => renewal('r1', '2026-12-14', '2027-12-13')).toThrow(/CHECK/);
    expect(() => renewal('r2', '2026-12-15', '2026-12-01')).toThrow(/CHECK/);
    db.prepare("DELETE FROM placement_assessments WHERE id = 'a1'").run();

    const renewed = await must(core, 'placements.renew', {
      id: 'pl1',
      expectedUpdatedAt: before.updatedAt,
      contractEnd: '2027-12-14',
    });
    expect(renewed.placement.renewals.map((r) => [r.previousEnd, r.contractStart])).toEqual([
      ['2026-12-14', '2026-12-15'],
    ]);
  });
});
