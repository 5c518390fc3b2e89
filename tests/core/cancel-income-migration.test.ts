import { describe, expect, it } from 'vitest';
import { migrationName, must } from './harness';
import { databaseAt, insertOffice, insertPerson, insertRegistration, upgrade } from './migration-fixtures';
import { makeId } from './persons-fixtures';

// Migration 0016 (issue 19, CFG-25): registrations.cancel_income, the monthly income of a C03 cancellation. Upgrading
// keeps every cancellation with the income unknown (NULL); the column takes no negative amount and nothing on a
// reason other than C03.
describe('migration 0016 (income on a C03 cancellation)', () => {
  it('upgrades a database of version 15: a C03 cancellation stays, its income unknown', async () => {
    const old = databaseAt(15);
    expect(old.schemaVersion).toBe(15);
    insertOffice(old.db);
    insertPerson(old.db, makeId('653121', '19900315', '013'));
    const registration = (id: string, reason: string, regDate: string, cancelDate: string) =>
      insertRegistration(old.db, id, {
        reg_date: regDate,
        status: 'cancelled',
        cancel_date: cancelDate,
        cancel_reason: reason,
      });
    registration('r1', 'C03', '2025-01-06', '2025-06-30');
    registration('r2', 'C01', '2025-08-01', '2025-12-31');
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
