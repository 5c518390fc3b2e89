import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { insertRow, placedAt, upgradeThrough } from './migration-fixtures';

// Migration 0020 (roster scope, DOMAIN §3.10): a version-19 register holding a month's county roster upgrades; the
// roster stays the county's, a roster of one 乡镇 of the same kind and month may then be made beside it, the remade
// unique index still refuses a second roster of one kind, period and scope, a roster names one scope at most, a
// quarterly roster's last month comes after its first, and a reviewed roster keeps its scope.
describe('migration 0020 (roster scope)', () => {
  it('upgrades a version-19 database holding a county roster; scoped rosters can then stand beside it', async () => {
    const v19 = placedAt(19, '2026-10-01', '2027-09-30');
    const batch = { kind: 'post', month: '2026-10', prepared_by: '古丽' };
    insertRow(v19.db, 'subsidy_batches', { id: 'b1', ...batch });
    const core = upgradeThrough(v19, 20, 'batch-scope');
    const db = core.ctx.db;

    expect((await must(core, 'subsidies.get', { id: 'b1' })).scope).toBe('county');
    await must(core, 'attendance.generate', { month: '2026-10' });
    // The county roster of before is the one a county generation fills.
    expect((await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-10' })).id).toBe('b1');

    insertRow(db, 'subsidy_batches', { id: 'b2', ...batch, township_id: 't1' });
    insertRow(db, 'subsidy_batches', { id: 'b3', ...batch, employer_id: 'e1' });
    insertRow(db, 'subsidy_batches', { id: 'b4', ...batch, supplementary: 1, township_id: 't1' });
    // A quarterly roster (BR-24) from the same month is another period.
    insertRow(db, 'subsidy_batches', { id: 'b10', ...batch, month_to: '2026-12' });
    for (const [id, bad, error] of [
      ['b5', {}, /UNIQUE/],
      ['b6', { township_id: 't1' }, /UNIQUE/],
      ['b7', { employer_id: 'e1' }, /UNIQUE/],
      ['b8', { township_id: 't1', employer_id: 'e1', month: '2026-11' }, /CHECK/],
      ['b9', { township_id: 'nope', month: '2026-11' }, /FOREIGN KEY/],
      ['b11', { month_to: '2026-12' }, /UNIQUE/],
      ['b12', { month: '2026-11', month_to: '2026-10' }, /CHECK/],
    ] as const) {
      expect(() => insertRow(db, 'subsidy_batches', { id, ...batch, ...bad }), id).toThrow(error);
    }
    await must(core, 'subsidies.review', { id: 'b1', reviewedBy: '阿依古丽', confirmUnentered: true });
    expect(() => db.prepare("UPDATE subsidy_batches SET township_id = 't1' WHERE id = 'b1'").run()).toThrow(/已审核/);
  });
});
