import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { insertPerson, insertRegistration, insertRow, officeAt, upgradeThrough } from './migration-fixtures';
import { makeId } from './persons-fixtures';

// Migration 0022 (soft delete of contacts): a version-19 register with a registration, two contacts and a level
// change made at one of them upgrades with its contacts in place and none deleted; the contact can then be deleted
// (it moves to deleted_contacts, the level change losing its link) and restored (the link back).
const REG = '01900000-0000-7000-8000-000000000001';
const C1 = '01900000-0000-7000-8000-0000000000c1';
const C2 = '01900000-0000-7000-8000-0000000000c2';

describe('migration 0022 (contacts deleted softly)', () => {
  it('upgrades a version-19 database holding contacts, which can then be deleted and restored', async () => {
    const v19 = officeAt(19);
    insertPerson(v19.db, makeId('653121', '19900315', '013'));
    insertRegistration(v19.db, REG, { reg_date: '2026-05-10', service_level: 'A' });
    const contact = (id: string, date: string) =>
      insertRow(v19.db, 'contacts', {
        id,
        registration_id: REG,
        contact_date: date,
        method: '1',
        result: '1',
        employment_status_found: '10',
        services: 1,
        jobs_recommended: 1,
        staff: '古丽',
        created_at: `${date}T03:00:00.000Z`,
        updated_at: `${date}T03:00:00.000Z`,
      });
    contact(C1, '2026-11-09');
    contact(C2, '2026-11-10');
    const level = v19.db.prepare(
      `INSERT INTO service_level_changes (id, registration_id, seq, change_date, from_level, to_level, reason, source,
         contact_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, '登记', ?, ?, 'x', 'y')`,
    );
    level.run('l1', REG, 1, '2026-05-10', null, 'C', 'create', null);
    level.run('l2', REG, 2, '2026-11-10', 'C', 'A', 'contact', C2);
    const core = upgradeThrough(v19, 22, 'contact-soft-delete');
    const db = core.ctx.db;
    expect(db.prepare('SELECT count(*) FROM deleted_contacts').pluck().get()).toBe(0);
    const listed = async () =>
      (await must(core, 'contacts.listByRegistration', { registrationId: REG, includeDeleted: true })).items.map(
        (c) => [c.id, c.deletedAt === null],
      );
    expect(await listed()).toEqual([
      [C2, true],
      [C1, true],
    ]);

    const d = await must(core, 'contacts.delete', { id: C2 });
    expect(d.registration).toMatchObject({ contactCount: 1, lastContactDate: '2026-11-09' });
    expect(await listed()).toEqual([
      [C2, false],
      [C1, true],
    ]);
    expect(db.prepare("SELECT contact_id FROM service_level_changes WHERE id = 'l2'").pluck().get()).toBeNull();
    expect(db.prepare('SELECT level_changes FROM deleted_contacts').pluck().get()).toBe('["l2"]');
    // Rows of the new table keep to the registrations and training classes that exist.
    expect(() =>
      db
        .prepare(
          `INSERT INTO deleted_contacts (id, registration_id, contact_date, method, result, staff, created_at, updated_at,
             created_by, updated_by, deleted_at, deleted_by) VALUES ('x', 'nope', '2026-11-01', '1', '2', '古丽', 'x', 'x', 'y', 'y', 'x', 'y')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);

    const r = await must(core, 'contacts.restore', { id: C2 });
    expect(r.registration).toMatchObject({ contactCount: 2, lastContactDate: '2026-11-10' });
    expect(db.prepare("SELECT contact_id FROM service_level_changes WHERE id = 'l2'").pluck().get()).toBe(C2);
    expect(db.prepare('SELECT count(*) FROM deleted_contacts').pluck().get()).toBe(0);
  });
});
