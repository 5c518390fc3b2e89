import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { makeCore, must } from './harness';
import { databaseAt, insertOffice, insertPerson, insertRow } from './migration-fixtures';
import { makeId } from './persons-fixtures';

describe('migration 0007 (attendance, internship allowances, subsidy rosters)', () => {
  it('upgrades a version-5 database holding a placement; its month can then be generated and put on a roster', async () => {
    const v5 = databaseAt(5);
    expect(v5.schemaVersion).toBe(5);
    insertOffice(v5.db, { code: '653121101001', name: '幸福路社区', urbanRural: '121' });
    insertPerson(v5.db, makeId('653121', '19800315', '013'), {
      name: '艾力',
      dibao: 1,
      employment_status: '24',
      on_post: 1,
    });
    insertRow(v5.db, 'employers', {
      id: 'e1',
      name: '乌帕尔镇人民政府',
      nature: '1',
      region_id: 't1',
      township_id: 't1',
    });
    insertRow(v5.db, 'posts', {
      id: 'po1',
      post_code: 'GY-001',
      employer_id: 'e1',
      title: '保洁员',
      post_type: 'U02',
      area_type: 'urban',
      work_region_id: 'v1',
      township_id: 't1',
      approved_count: 2,
      monthly_standard: 190_000,
      standard_source: 'default',
      si_subsidy: 1,
      contract_type: '1',
      full_time: 1,
      created_date: '2020-01-01',
    });
    insertRow(v5.db, 'placements', {
      id: 'pl1',
      person_id: 'p1',
      post_id: 'po1',
      basis_list: 'E06',
      basis_code: 'K03',
      basis_date: '2026-01-10',
      start_date: '2026-11-16',
      contract_start: '2026-11-16',
      contract_end: '2027-11-15',
      subsidy_first_month: '2026-11',
    });
    v5.db.close();

    const core = makeCore(v5.dir);
    expect(core.ctx.schemaVersion).toBe(LATEST_VERSION);
    expect(core.ctx.db.prepare('SELECT name FROM schema_migrations WHERE version = 7').pluck().get()).toBe('subsidies');
    expect(await must(core, 'attendance.generate', { month: '2026-11' })).toMatchObject({ created: 1, total: 1 });
    const grid = await must(core, 'attendance.grid', { month: '2026-11', employerId: 'e1' });
    // 15 of 30 days: 1900 × 15/30 = 950.00; 11 working days from Monday 16 November.
    expect(grid.rows[0]).toMatchObject({
      personName: '艾力',
      daysOnPost: 15,
      requiredDays: 21,
      attendedDays: 11,
      dueFen: 95_000,
    });
    const b = await must(core, 'subsidies.generateBatch', { kind: 'post', month: '2026-11' });
    expect(b).toMatchObject({ persons: 1, totalFen: 95_000 });
  });

  it('the schema refuses a paid amount that is not due − deduction, attended above required, and two ordinary rosters of a kind and month', () => {
    const core = makeCore();
    const db = core.ctx.db;
    const bad = (sql: string) => () => db.prepare(sql).run();
    db.prepare(
      `INSERT INTO subsidy_batches (id, kind, month, prepared_by, created_at, updated_at, created_by, updated_by)
      VALUES ('b1', 'post', '2026-11', 'x', 'x', 'x', 'x', 'x')`,
    ).run();
    expect(
      bad(`INSERT INTO subsidy_batches (id, kind, month, prepared_by, created_at, updated_at, created_by, updated_by)
      VALUES ('b2', 'post', '2026-11', 'x', 'x', 'x', 'x', 'x')`),
    ).toThrow(/UNIQUE constraint failed/);
    expect(bad(`UPDATE subsidy_batches SET status = 'reviewed'`)).toThrow(/CHECK constraint failed/);
  });
});
