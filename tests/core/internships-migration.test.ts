import { describe, expect, it } from 'vitest';
import { makeCore, must } from './harness';
import { databaseAt, insertOffice, insertPerson, insertRegions, insertRow, upgradeThrough } from './migration-fixtures';
import { makeId } from './persons-fixtures';

describe('migration 0005 (internships)', () => {
  it('upgrades a version-4 database holding a person and an internship base; the person can then start an internship', async () => {
    const v4 = databaseAt(4);
    insertOffice(v4.db);
    insertPerson(v4.db, makeId('653121', '20030510', '124'), { name: '古丽' });
    insertRow(v4.db, 'employers', {
      id: 'e1',
      name: '疏附县见习基地',
      nature: '4',
      region_id: 't1',
      township_id: 't1',
      is_internship_base: 1,
      base_recognised_date: '2025-01-01',
      base_valid_until: '2028-12-31',
    });
    expect(v4.schemaVersion).toBe(4);
    const core = upgradeThrough(v4, 5, 'internships');
    const i = await must(core, 'internships.create', {
      personId: 'p1',
      hostId: 'e1',
      position: '文员',
      internType: '1',
      school: '新疆大学',
      major: '会计',
      degree: '2',
      graduationDate: '2025-07-01',
      agreementStart: '2026-09-01',
      agreementEnd: '2027-02-28',
      hostAllowanceFen: 95_000,
      insurancePolicy: 'P-1',
    });
    expect(i).toMatchObject({ personName: '古丽', hostName: '疏附县见习基地', allowanceStandardFen: 190_000 });
    expect((await must(core, 'persons.get', { id: 'p1' })).employmentStatus).toBe('25');
  });

  it('the schema refuses an ended internship without end type, an end after the planned end and retained without contract years', () => {
    const core = makeCore();
    const db = core.ctx.db;
    insertRegions(db);
    insertRow(db, 'employers', {
      id: 'e1',
      name: '基地',
      nature: '4',
      region_id: 't1',
      township_id: 't1',
      is_internship_base: 1,
    });
    insertPerson(db, makeId('653121', '20030510', '124'), { name: '古丽' });
    const insert = (over: string) =>
      db
        .prepare(
          `INSERT INTO internships (id, person_id, host_id, position, intern_type, agreement_start, agreement_end,
      allowance_standard, allowance_source, min_wage_fen, host_allowance, insurance_policy, status, end_date, end_type, retained, retained_date, contract_years,
      created_at, updated_at, created_by, updated_by) VALUES ${over}`,
        )
        .run();
    const row = (status: string, endDate: string, endType: string, retained: number, years: string) =>
      `(lower(hex(randomblob(8))), 'p1', 'e1', '文员', '1', '2026-01-01', '2026-06-30', 190000, 'default', 190000, 95000, 'P', '${status}', ${endDate}, ${endType}, ${retained}, ${retained ? "'2026-07-01'" : 'NULL'}, ${years}, 'x', 'x', 'y', 'y')`;
    expect(() => insert(row('ended', "'2026-06-30'", 'NULL', 0, 'NULL'))).toThrow(/CHECK constraint failed/);
    expect(() => insert(row('ended', "'2026-07-01'", "'1'", 0, 'NULL'))).toThrow(/CHECK constraint failed/);
    expect(() => insert(row('ended', "'2026-06-30'", "'2'", 1, 'NULL'))).toThrow(/CHECK constraint failed/);
    insert(row('ended', "'2026-06-30'", "'2'", 1, '3'));
  });
});
