import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { insertRow, placedAt, upgradeThrough } from './migration-fixtures';

// Migration 0019 (BR-30 灵活就业社会保险补贴): a version-18 register holding a person upgrades; the person then has no
// period, may be given one through the core, and the new table holds its own rules (an end not before the start,
// pension only for others, an early end with its reason, rows only of existing persons).
describe('migration 0019 (flexible-employment subsidies)', () => {
  it('upgrades a version-18 database holding a person, who can then be given a subsidy period', async () => {
    const v18 = placedAt(18, '2026-01-15', '2026-12-14');
    const core = upgradeThrough(v18, 19, 'flexible-subsidies');
    expect((await must(core, 'flexibleSubsidies.listByPerson', { personId: 'p1' })).items).toEqual([]);

    const db = core.ctx.db;
    const row = {
      person_id: 'p1',
      start_month: '2026-01',
      end_month: '2026-12',
      target: '9',
      insurance: 'P',
      handler: '古丽',
    };
    insertRow(db, 'flexible_subsidies', { id: 'f1', ...row });
    for (const [id, bad, error] of [
      ['f2', { end_month: '2025-12' }, /CHECK/],
      ['f3', { insurance: 'PMU' }, /CHECK/],
      ['f4', { target: '3' }, /CHECK/],
      ['f5', { terminated_on: '2026-03-01' }, /CHECK/],
      ['f6', { person_id: 'nope' }, /FOREIGN KEY/],
    ] as const) {
      expect(() => insertRow(db, 'flexible_subsidies', { ...row, id, ...bad }), id).toThrow(error);
    }
    db.prepare("DELETE FROM flexible_subsidies WHERE id = 'f1'").run();

    const saved = await must(core, 'flexibleSubsidies.create', {
      personId: 'p1',
      startMonth: '2026-02',
      endMonth: '2026-10',
      target: '9',
      insurance: 'P',
      handler: '古丽',
    });
    expect(saved.months).toBe(9);
  });
});
