import { describe, expect, it } from 'vitest';
import { migrationName, must } from './harness';
import { insertBackfilledRecognition, insertPerson, officeAt, upgrade } from './migration-fixtures';
import { makeId } from './persons-fixtures';

// Migration 0015 (issue 11, BR-15): recognitions.household_business_income, K04's household business or investment
// income declared on the application. Upgrading keeps every recognition with the answer unknown (NULL, not "无");
// the column takes only 0 or 1.
describe('migration 0015 (household income on the recognition application)', () => {
  it('upgrades a database of version 14: a back-filled K04 recognition stays, its income unknown', async () => {
    const old = officeAt(14);
    insertPerson(old.db, makeId('653121', '19700315', '013'), { id: 'p1', is_difficult: 1 });
    insertBackfilledRecognition(old.db, 'g1', 'p1', 'K04');
    const core = upgrade(old);
    const db = core.ctx.db;
    expect(migrationName(core, 15)).toBe('household-income');
    expect(db.prepare('SELECT household_business_income FROM recognitions WHERE id = ?').pluck().get('g1')).toBeNull();
    const { items } = await must(core, 'recognitions.listByPerson', { personId: 'p1' });
    expect(items.map((r) => [r.primaryLabel, r.status, r.householdBusinessIncome])).toEqual([
      ['零就业家庭成员', '03', null],
    ]);
    expect(() => db.prepare("UPDATE recognitions SET household_business_income = 2 WHERE id = 'g1'").run()).toThrow(
      /CHECK constraint failed/,
    );
  });
});
