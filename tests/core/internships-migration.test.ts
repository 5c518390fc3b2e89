import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { DB_FILE } from '../../electron/core/core';
import { makeCore, must, tempDir } from './harness';
import { makeId } from './persons-fixtures';

describe('migration 0005 (internships)', () => {
  it('upgrades a version-4 database holding a person and an internship base; the person can then start an internship', async () => {
    const dir = tempDir();
    const v4 = openDatabase(join(dir, DB_FILE), { backupDir: join(dir, 'backups'), migrations: MIGRATIONS.slice(0, 4) as Migration[] });
    const id = makeId('653121', '20030510', '124');
    const rev = Array.from(id).reverse().join('');
    v4.db.exec(`
      INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('operator.name', '"古丽"', 'x', 'y'),
        ('office', '{"name":"疏附县人力资源和社会保障局","countyName":"疏附县","countyCode":"653121000000"}', 'x', 'y');
      INSERT INTO regions (id, code, name, level, parent_id, urban_rural_code, created_at, updated_at, created_by, updated_by) VALUES
        ('t1', '653121101000', '乌帕尔镇', 4, NULL, NULL, 'x', 'x', 'y', 'y'),
        ('v1', '653121101201', '阿亚格曼干村', 5, 't1', '220', 'x', 'x', 'y', 'y');
      INSERT INTO persons (id, id_number, sex, birth_date, id_rev, name, ethnicity, residence_region_id, township_id, retirement_category,
        employment_status, created_at, updated_at, created_by, updated_by)
        VALUES ('p1', '${id}', '2', '2003-05-10', '${rev}', '古丽', '05', 'v1', 't1', 'F50', '10', '2026-01-01T00:00:00.000Z',
          '2026-01-01T00:00:00.000Z', 'y', 'y');
      INSERT INTO employers (id, name, nature, region_id, township_id, is_internship_base, base_recognised_date, base_valid_until,
        created_at, updated_at, created_by, updated_by)
        VALUES ('e1', '疏附县见习基地', '4', 't1', 't1', 1, '2025-01-01', '2028-12-31', 'x', 'x', 'y', 'y');`);
    expect(v4.schemaVersion).toBe(4);
    v4.db.close();

    const core = makeCore(dir);
    expect(core.ctx.schemaVersion).toBe(5);
    expect(core.ctx.db.prepare('SELECT name FROM schema_migrations WHERE version = 5').pluck().get()).toBe('internships');
    expect(core.backupPath).toMatch(/taizhang-before-v5-/);
    const i = await must(core, 'internships.create', {
      personId: 'p1', hostId: 'e1', position: '文员', internType: '1', school: '新疆大学', major: '会计', degree: '2', graduationDate: '2025-07-01',
      agreementStart: '2026-09-01', agreementEnd: '2027-02-28', hostAllowanceFen: 95_000, insurancePolicy: 'P-1',
    });
    expect(i).toMatchObject({ personName: '古丽', hostName: '疏附县见习基地', allowanceStandardFen: 190_000 });
    expect((await must(core, 'persons.get', { id: 'p1' })).employmentStatus).toBe('25');
  });

  it('the schema refuses an ended internship without end type, an end after the planned end and retained without contract years', () => {
    const core = makeCore();
    const db = core.ctx.db;
    db.exec(`INSERT INTO regions (id, code, name, level, parent_id, created_at, updated_at, created_by, updated_by) VALUES
      ('t1', '653121101000', '乌帕尔镇', 4, NULL, 'x', 'x', 'y', 'y');
      INSERT INTO employers (id, name, nature, region_id, township_id, is_internship_base, created_at, updated_at, created_by, updated_by)
        VALUES ('e1', '基地', '4', 't1', 't1', 1, 'x', 'x', 'y', 'y');`);
    const id = makeId('653121', '20030510', '124');
    db.prepare(`INSERT INTO persons (id, id_number, sex, birth_date, id_rev, name, ethnicity, residence_region_id, township_id,
      retirement_category, employment_status, created_at, updated_at, created_by, updated_by)
      VALUES ('p1', ?, '2', '2003-05-10', ?, '古丽', '05', 't1', 't1', 'F50', '10', 'x', 'x', 'y', 'y')`).run(id, Array.from(id).reverse().join(''));
    const insert = (over: string) => db.prepare(`INSERT INTO internships (id, person_id, host_id, position, intern_type, agreement_start, agreement_end,
      allowance_standard, allowance_source, min_wage_fen, host_allowance, insurance_policy, status, end_date, end_type, retained, retained_date, contract_years,
      created_at, updated_at, created_by, updated_by) VALUES ${over}`).run();
    const row = (status: string, endDate: string, endType: string, retained: number, years: string) =>
      `(lower(hex(randomblob(8))), 'p1', 'e1', '文员', '1', '2026-01-01', '2026-06-30', 190000, 'default', 190000, 95000, 'P', '${status}', ${endDate}, ${endType}, ${retained}, ${retained ? "'2026-07-01'" : 'NULL'}, ${years}, 'x', 'x', 'y', 'y')`;
    expect(() => insert(row('ended', "'2026-06-30'", 'NULL', 0, 'NULL'))).toThrow(/CHECK constraint failed/);
    expect(() => insert(row('ended', "'2026-07-01'", "'1'", 0, 'NULL'))).toThrow(/CHECK constraint failed/);
    expect(() => insert(row('ended', "'2026-06-30'", "'2'", 1, 'NULL'))).toThrow(/CHECK constraint failed/);
    insert(row('ended', "'2026-06-30'", "'2'", 1, '3'));
  });
});
