import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { DB_FILE } from '../../electron/core/core';
import { call, makeCore, must, tempDir } from './harness';
import { makeId } from './persons-fixtures';

// Migration 0004 (posts): a version-3 database holding an office, divisions, a person and a registration upgrades
// in place; employers, posts and placements then refer to that data, and the CHECKs guard the post rules.
describe('migration 0004 (posts)', () => {
  it('upgrades a version-3 database with persons and registrations; a placement then sets the stored person on post', async () => {
    const dir = tempDir();
    const v3 = openDatabase(join(dir, DB_FILE), { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 3) as Migration[] });
    const id = makeId('653121', '19800315', '013');
    const rev = Array.from(id).reverse().join('');
    v3.db.exec(`
      INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('operator.name', '"古丽"', 'x', 'y'),
        ('office', '{"name":"疏附县人力资源和社会保障局","countyName":"疏附县","countyCode":"653121000000"}', 'x', 'y');
      INSERT INTO regions (id, code, name, level, parent_id, urban_rural_code, created_at, updated_at, created_by, updated_by) VALUES
        ('t1', '653121101000', '乌帕尔镇', 4, NULL, NULL, 'x', 'x', 'y', 'y'),
        ('v1', '653121101001', '幸福路社区', 5, 't1', '121', 'x', 'x', 'y', 'y');
      INSERT INTO persons (id, id_number, sex, birth_date, id_rev, name, ethnicity, residence_region_id, township_id, urban_rural,
        retirement_category, dibao, employment_status, created_at, updated_at, created_by, updated_by)
        VALUES ('p1', '${id}', '1', '1980-03-15', '${rev}', '艾力', '05', 'v1', 't1', '121', 'M60', 1, '10', 'x', '2026-01-01T00:00:00.000Z', 'y', 'y');
      INSERT INTO registrations (id, person_id, reg_date, reg_place_id, reason, service_level, job_wish, responsible_staff, created_at, updated_at, created_by, updated_by)
        VALUES ('r1', 'p1', '2026-01-05', 'v1', '02', 'A', '1', '古丽', 'x', 'x', 'y', 'y');`);
    v3.db.close();

    const core = makeCore(dir);
    expect(core.ctx.schemaVersion).toBe(LATEST_VERSION);
    expect(core.ctx.db.prepare('SELECT name FROM schema_migrations WHERE version = 4').pluck().get()).toBe('posts');
    expect(core.backupPath).toMatch(/taizhang-before-v4-/);
    const { employer } = await must(core, 'employers.create', { name: '乌帕尔镇人民政府', nature: '1', regionId: 't1' });
    const { post } = await must(core, 'posts.create', {
      postCode: 'GY-001', employerId: employer.id, title: '保洁员', postType: 'U02', areaType: 'urban', workRegionId: 'v1', approvedCount: 1,
      siSubsidy: true, contractType: '1', fullTime: true, createdDate: '2026-01-01',
    });
    const r = await must(core, 'placements.create', {
      personId: 'p1', postId: post.id, basisList: 'E06', basisCode: 'K03', basisDate: '2026-01-10', startDate: '2026-03-01', contractEnd: '2027-02-28',
    });
    expect(r.placement.subsidy.firstMonth).toBe('2026-03');
    expect(core.ctx.db.prepare("SELECT on_post, employment_status FROM persons WHERE id = 'p1'").get()).toEqual({ on_post: 1, employment_status: '24' });
    expect(await call(core, 'persons.get', { id: 'p1' })).toMatchObject({ ok: true, data: { onPost: true, employmentStatus: '24' } });
  });

  it('CHECK constraints: post type by area, contract type by area, leave after start', () => {
    const core = makeCore();
    const db = core.ctx.db;
    db.exec(`INSERT INTO regions (id, code, name, level, parent_id, created_at, updated_at, created_by, updated_by) VALUES ('t1', '653121101000', '乌帕尔镇', 4, NULL, 'x', 'x', 'y', 'y');
      INSERT INTO employers (id, name, nature, region_id, township_id, created_at, updated_at, created_by, updated_by) VALUES ('e1', '甲', '1', 't1', 't1', 'x', 'x', 'y', 'y');`);
    const post = (code: string, type: string, area: string, contract: string) =>
      db.prepare(`INSERT INTO posts (id, post_code, employer_id, title, post_type, area_type, work_region_id, township_id, approved_count, monthly_standard,
        standard_source, si_subsidy, contract_type, full_time, created_date, created_at, updated_at, created_by, updated_by)
        VALUES (?, ?, 'e1', '保洁员', ?, ?, 't1', 't1', 1, 190000, 'default', 1, ?, 1, '2026-01-01', 'x', 'x', 'y', 'y')`).run(code, code, type, area, contract);
    expect(() => post('A', 'V01', 'urban', '1')).toThrow(/CHECK constraint failed/);
    expect(() => post('B', 'U01', 'urban', '2')).toThrow(/CHECK constraint failed/);
    expect(() => post('C', 'V01', 'rural', '3')).toThrow(/CHECK constraint failed/);
    expect(() => post('D', 'V01', 'rural', '2')).not.toThrow();
  });
});
