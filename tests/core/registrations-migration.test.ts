import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { DB_FILE } from '../../electron/core/core';
import { call, makeCore, must, snapshot, tempDir } from './harness';
import { makeId } from './persons-fixtures';

describe('migration 0003 (registrations, service-level history, contacts)', () => {
  it('upgrades a version-2 database holding persons; they can then be registered and contacted', async () => {
    const dir = tempDir();
    const v2 = openDatabase(join(dir, DB_FILE), { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 2) as Migration[] });
    const id = makeId('653121', '19900101', '123');
    const rev = Array.from(id).reverse().join('');
    v2.db.exec(`
      INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('operator.name', '"古丽"', 'x', 'y'),
        ('office', '{"name":"疏附县人力资源和社会保障局","countyName":"疏附县","countyCode":"653121000000"}', 'x', 'y');
      INSERT INTO regions (id, code, name, level, parent_id, urban_rural_code, created_at, updated_at, created_by, updated_by) VALUES
        ('t1', '653121101000', '乌帕尔镇', 4, NULL, NULL, 'x', 'x', 'y', 'y'),
        ('v1', '653121101201', '阿亚格曼干村', 5, 't1', '220', 'x', 'x', 'y', 'y');
      INSERT INTO persons (id, id_number, sex, birth_date, id_rev, name, ethnicity, residence_region_id, township_id, retirement_category,
        employment_status, created_at, updated_at, created_by, updated_by)
        VALUES ('p1', '${id}', '1', '1990-01-01', '${rev}', '艾力', '05', 'v1', 't1', 'M60', '22', '2026-01-01T00:00:00.000Z',
          '2026-01-01T00:00:00.000Z', 'y', 'y');`);
    expect(v2.schemaVersion).toBe(2);
    v2.db.close();

    const core = makeCore(dir);
    expect(core.ctx.schemaVersion).toBe(LATEST_VERSION);
    expect(core.ctx.db.prepare('SELECT name FROM schema_migrations WHERE version = 3').pluck().get()).toBe('registrations');
    expect(core.backupPath).not.toBeNull();
    const person = await must(core, 'persons.get', { id: 'p1' });
    expect(person).toMatchObject({ name: '艾力', employmentStatus: '22' });
    const { registration } = await must(core, 'registrations.create', {
      personId: 'p1', regDate: '2026-11-02', regPlaceId: 't1', reason: '02', jobWish: '1', responsibleStaff: '阿依古丽',
    });
    expect(registration).toMatchObject({ personName: '艾力', villageName: '阿亚格曼干村', serviceLevel: 'C', status: 'active' });
    await must(core, 'contacts.create', {
      registrationId: registration.id, contactDate: '2026-11-20', method: '3', result: '1', employmentStatusFound: '10', services: ['SV2'], staff: '阿依古丽',
    });
    expect((await must(core, 'worklists.counts', {})).toContact).toBe(0);
  });

  it('the schema keeps one active registration per person and a successful contact’s status and service, whoever writes', async () => {
    const core = makeCore();
    const db = core.ctx.db;
    db.exec(`INSERT INTO regions (id, code, name, level, parent_id, created_at, updated_at, created_by, updated_by) VALUES
      ('t1', '653121101000', '乌帕尔镇', 4, NULL, 'x', 'x', 'y', 'y'), ('v1', '653121101201', '某村', 5, 't1', 'x', 'x', 'y', 'y')`);
    const id = makeId('653121', '19900101', '123');
    db.prepare(`INSERT INTO persons (id, id_number, sex, birth_date, id_rev, name, ethnicity, residence_region_id, township_id,
      retirement_category, employment_status, created_at, updated_at, created_by, updated_by)
      VALUES ('p1', ?, '1', '1990-01-01', ?, '艾力', '05', 'v1', 't1', 'M60', '10', 'x', 'x', 'y', 'y')`).run(id, Array.from(id).reverse().join(''));
    const reg = (rid: string) =>
      db.prepare(`INSERT INTO registrations (id, person_id, reg_date, reg_place_id, reason, service_level, job_wish, responsible_staff,
        created_at, updated_at, created_by, updated_by) VALUES (?, 'p1', '2026-11-01', 't1', '02', 'C', '1', '某', 'x', 'x', 'y', 'y')`).run(rid);
    reg('r1');
    expect(() => reg('r2')).toThrow(/UNIQUE constraint failed/);
    expect(() => db.prepare("UPDATE registrations SET status = 'cancelled' WHERE id = 'r1'").run()).toThrow(/CHECK constraint failed/);
    const contact = (services: number, found: string | null) =>
      db.prepare(`INSERT INTO contacts (id, registration_id, contact_date, method, result, employment_status_found, services, staff,
        created_at, updated_at, created_by, updated_by) VALUES (?, 'r1', '2026-11-02', '1', '1', ?, ?, '某', 'x', 'x', 'y', 'y')`).run(`c${services}${found}`, found, services);
    expect(() => contact(0, '10')).toThrow(/CHECK constraint failed/);
    expect(() => contact(1, null)).toThrow(/CHECK constraint failed/);
    const before = snapshot(core);
    expect(await call(core, 'contacts.listByRegistration', { registrationId: 'r1' })).toEqual({ ok: true, data: { items: [] } });
    expect(snapshot(core)).toBe(before);
  });
});
