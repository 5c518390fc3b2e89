import { describe, expect, it } from 'vitest';
import { migrationName, must } from './harness';
import { insertCancelledRegistration, insertPerson, officeAt, upgrade } from './migration-fixtures';
import { makeId } from './persons-fixtures';

// Migration 0016 (issue 19, CFG-25): registrations.cancel_income, the monthly income of a C03 cancellation. Upgrading
// keeps every cancellation with the income unknown (NULL); the column takes no negative amount and nothing on a
// reason other than C03.
describe('migration 0016 (income on a C03 cancellation)', () => {
  it('upgrades a database of version 15: a C03 cancellation stays, its income unknown', async () => {
    const old = officeAt(15);
    insertPerson(old.db, makeId('653121', '19900315', '013'));
    insertCancelledRegistration(old.db, 'r1', { reason: 'C03' });
    insertCancelledRegistration(old.db, 'r2', { regDate: '2025-08-01', cancelDate: '2025-12-31' });
    const core = upgrade(old);
    const db = core.ctx.db;
    expect(migrationName(core, 16)).toBe('cancel-income');
    const { items } = await must(core, 'registrations.listByPerson', { personId: 'p1' });
    expect(items.map((r) => [r.cancelReason, r.cancelIncome])).toEqual([
      ['C01', null],
      ['C03', null],
    ]);
    expect(() => db.prepare("UPDATE registrations SET cancel_income = 200000 WHERE id = 'r2'").run()).toThrow(
      /CHECK constraint failed/,
    );
    expect(() => db.prepare("UPDATE registrations SET cancel_income = -1 WHERE id = 'r1'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.prepare("UPDATE registrations SET cancel_income = 200000 WHERE id = 'r1'").run();
    expect((await must(core, 'registrations.get', { id: 'r1' })).cancelIncome).toBe(200_000);
  });
});
