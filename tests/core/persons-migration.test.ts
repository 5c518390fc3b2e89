import { describe, expect, it } from 'vitest';
import { call, makeCore, must } from './harness';
import { databaseAt, insertOffice, insertRegions, upgrade } from './migration-fixtures';
import { makeId } from './persons-fixtures';

describe('migration 0002 (persons)', () => {
  it('upgrades a version-1 database holding an office and divisions; persons then refer to those villages', async () => {
    const v1 = databaseAt(1);
    insertOffice(v1.db);
    const core = upgrade(v1); // 0002 and every later migration applied
    const { person } = await must(core, 'persons.create', {
      idNumber: makeId('653121', '19900101', '123'),
      name: '艾力',
      ethnicity: '05',
      residenceRegionId: 'v1',
      employmentStatus: '10',
    });
    expect(person).toMatchObject({
      townshipId: 't1',
      townshipName: '乌帕尔镇',
      residenceRegionName: '阿亚格曼干村',
      urbanRural: '220',
    });
    expect(await call(core, 'persons.list', { townshipId: 't1' })).toMatchObject({ ok: true, data: { total: 1 } });
  });

  it('CHECK constraints keep sex, birth_date and id_rev derived from id_number', async () => {
    const core = makeCore();
    const db = core.ctx.db;
    insertRegions(db);
    const id = makeId('653121', '19900101', '123');
    const insert = (sex: string, birth: string, rev: string) =>
      db
        .prepare(
          `INSERT INTO persons (id, id_number, sex, birth_date, id_rev, name, ethnicity, residence_region_id, township_id,
        retirement_category, employment_status, created_at, updated_at, created_by, updated_by)
        VALUES (?, ?, ?, ?, ?, '艾力', '05', 'v1', 't1', 'M60', '10', 'x', 'x', 'y', 'y')`,
        )
        .run(`p-${sex}-${birth}-${rev}`, id, sex, birth, rev);
    const rev = Array.from(id).reverse().join('');
    expect(() => insert('2', '1990-01-01', rev)).toThrow(/CHECK constraint failed/);
    expect(() => insert('1', '1990-01-02', rev)).toThrow(/CHECK constraint failed/);
    expect(() => insert('1', '1990-01-01', rev.slice(1) + '0')).toThrow(/CHECK constraint failed/);
    expect(() => insert('1', '1990-01-01', rev)).not.toThrow();
  });
});
