import { describe, expect, it } from 'vitest';
import { call, makeCore, must } from './harness';
import {
  databaseAt,
  insertOffice,
  insertPerson,
  insertRegions,
  insertRegistration,
  insertRow,
  upgradeThrough,
} from './migration-fixtures';
import { makeId } from './persons-fixtures';
import { recognise } from './posts-fixtures';

// Migration 0004 (posts): a version-3 database holding an office, divisions, a person and a registration upgrades
// in place; employers, posts and placements then refer to that data, and the CHECKs guard the post rules.
describe('migration 0004 (posts)', () => {
  it('upgrades a version-3 database with persons and registrations; a placement then sets the stored person on post', async () => {
    const v3 = databaseAt(3);
    insertOffice(v3.db, { code: '653121101001', name: '幸福路社区', urbanRural: '121' });
    insertPerson(v3.db, makeId('653121', '19800315', '013'), { urban_rural: '121', dibao: 1 });
    insertRegistration(v3.db, 'r1', { reg_date: '2026-01-05', service_level: 'A' });
    const core = upgradeThrough(v3, 4, 'posts');
    const { employer } = await must(core, 'employers.create', {
      name: '乌帕尔镇人民政府',
      nature: '1',
      regionId: 't1',
    });
    const { post } = await must(core, 'posts.create', {
      postCode: 'GY-001',
      employerId: employer.id,
      title: '保洁员',
      postType: 'U02',
      areaType: 'urban',
      workRegionId: 'v1',
      approvedCount: 1,
      siSubsidy: true,
      contractType: '1',
      fullTime: true,
      createdDate: '2026-01-01',
    });
    await recognise(core, 'p1'); // BR-16: the urban placement rests on a recognition
    const r = await must(core, 'placements.create', {
      personId: 'p1',
      postId: post.id,
      basisList: 'E06',
      basisCode: 'K03',
      basisDate: '2026-01-10',
      startDate: '2026-03-01',
      contractEnd: '2027-02-28',
    });
    expect(r.placement.subsidy.firstMonth).toBe('2026-03');
    expect(core.ctx.db.prepare("SELECT on_post, employment_status FROM persons WHERE id = 'p1'").get()).toEqual({
      on_post: 1,
      employment_status: '24',
    });
    expect(await call(core, 'persons.get', { id: 'p1' })).toMatchObject({
      ok: true,
      data: { onPost: true, employmentStatus: '24' },
    });
  });

  it('CHECK constraints: post type by area, contract type by area, leave after start', () => {
    const core = makeCore();
    const db = core.ctx.db;
    insertRegions(db);
    insertRow(db, 'employers', { id: 'e1', name: '甲', nature: '1', region_id: 't1', township_id: 't1' });
    const post = (code: string, type: string, area: string, contract: string) =>
      db
        .prepare(
          `INSERT INTO posts (id, post_code, employer_id, title, post_type, area_type, work_region_id, township_id, approved_count, monthly_standard,
        standard_source, si_subsidy, contract_type, full_time, created_date, created_at, updated_at, created_by, updated_by)
        VALUES (?, ?, 'e1', '保洁员', ?, ?, 't1', 't1', 1, 190000, 'default', 1, ?, 1, '2026-01-01', 'x', 'x', 'y', 'y')`,
        )
        .run(code, code, type, area, contract);
    expect(() => post('A', 'V01', 'urban', '1')).toThrow(/CHECK constraint failed/);
    expect(() => post('B', 'U01', 'urban', '2')).toThrow(/CHECK constraint failed/);
    expect(() => post('C', 'V01', 'rural', '3')).toThrow(/CHECK constraint failed/);
    expect(() => post('D', 'V01', 'rural', '2')).not.toThrow();
  });
});
