import { describe, expect, it } from 'vitest';
import { call, makeCore, migrationName, must, snapshot } from './harness';
import { databaseAt, insertOffice, insertPerson, insertRegions, upgrade } from './migration-fixtures';
import { makeId } from './persons-fixtures';

describe('migration 0003 (registrations, service-level history, contacts)', () => {
  it('upgrades a version-2 database holding persons; they can then be registered and contacted', async () => {
    const v2 = databaseAt(2);
    insertOffice(v2.db);
    insertPerson(v2.db, makeId('653121', '19900101', '123'), { employment_status: '22' });
    expect(v2.schemaVersion).toBe(2);
    const core = upgrade(v2);
    expect(migrationName(core, 3)).toBe('registrations');
    expect(core.backupPath).not.toBeNull();
    const person = await must(core, 'persons.get', { id: 'p1' });
    expect(person).toMatchObject({ name: '艾力', employmentStatus: '22' });
    const { registration } = await must(core, 'registrations.create', {
      personId: 'p1',
      regDate: '2026-11-02',
      regPlaceId: 't1',
      reason: '02',
      jobWish: '1',
      responsibleStaff: '阿依古丽',
    });
    expect(registration).toMatchObject({
      personName: '艾力',
      villageName: '阿亚格曼干村',
      serviceLevel: 'C',
      status: 'active',
    });
    await must(core, 'contacts.create', {
      registrationId: registration.id,
      contactDate: '2026-11-20',
      method: '3',
      result: '1',
      employmentStatusFound: '10',
      services: ['SV2'],
      staff: '阿依古丽',
    });
    expect((await must(core, 'contactWorklists.counts', {})).toContact).toBe(0);
  });

  it('the schema keeps one active registration per person and a successful contact’s status and service, whoever writes', async () => {
    const core = makeCore();
    const db = core.ctx.db;
    insertRegions(db);
    insertPerson(db, makeId('653121', '19900101', '123'));
    const reg = (rid: string) =>
      db
        .prepare(
          `INSERT INTO registrations (id, person_id, reg_date, reg_place_id, reason, service_level, job_wish, responsible_staff,
        created_at, updated_at, created_by, updated_by) VALUES (?, 'p1', '2026-11-01', 't1', '02', 'C', '1', '某', 'x', 'x', 'y', 'y')`,
        )
        .run(rid);
    reg('r1');
    expect(() => reg('r2')).toThrow(/UNIQUE constraint failed/);
    expect(() => db.prepare("UPDATE registrations SET status = 'cancelled' WHERE id = 'r1'").run()).toThrow(
      /CHECK constraint failed/,
    );
    const contact = (services: number, found: string | null) =>
      db
        .prepare(
          `INSERT INTO contacts (id, registration_id, contact_date, method, result, employment_status_found, services, staff,
        created_at, updated_at, created_by, updated_by) VALUES (?, 'r1', '2026-11-02', '1', '1', ?, ?, '某', 'x', 'x', 'y', 'y')`,
        )
        .run(`c${services}${found}`, found, services);
    expect(() => contact(0, '10')).toThrow(/CHECK constraint failed/);
    expect(() => contact(1, null)).toThrow(/CHECK constraint failed/);
    const before = snapshot(core);
    expect(await call(core, 'contacts.listByRegistration', { registrationId: 'r1' })).toEqual({
      ok: true,
      data: { items: [] },
    });
    expect(snapshot(core)).toBe(before);
  });
});
