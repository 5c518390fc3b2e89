import { describe, expect, it } from 'vitest';
import { makeCore } from './harness';
import {
  databaseAt,
  insertOffice,
  insertPerson,
  insertRegistration,
  insertRow,
  insertTownshipPost,
  upgradeThrough,
} from './migration-fixtures';
import { makeId } from './persons-fixtures';

// Migration 0006 (recognitions): persons flagged 就业困难人员 by the interim column become back-filled (补录)
// recognitions in 已认定 with the dates that are known; unflagged persons get none.
describe('migration 0006 (recognitions)', () => {
  it('upgrades a version-5 database: flagged persons become back-filled recognitions, categories and dates from the records', () => {
    const v5 = databaseAt(5);
    insertOffice(v5.db, { code: '653121101001', name: '幸福路社区', urbanRural: '121' });
    // p1: flagged, placed on a post with a recorded E06 basis K01 dated 2025-03-01 (and a later K03 basis).
    insertPerson(v5.db, makeId('653121', '19680315', '013'), { id: 'p1', is_difficult: 1, dibao: 1 });
    // p2: flagged, no placement, 低保 on the record → K03, date unknown.
    insertPerson(v5.db, makeId('653121', '19800315', '023'), { id: 'p2', name: '古丽', is_difficult: 1, dibao: 1 });
    // p3: flagged, nothing on record → K99.  p4: not flagged.
    insertPerson(v5.db, makeId('653121', '19850315', '033'), { id: 'p3', name: '买买提', is_difficult: 1 });
    insertPerson(v5.db, makeId('653121', '19900315', '043'), { id: 'p4', name: '努尔' });
    insertRegistration(v5.db, 'r1', { reg_date: '2024-01-05', service_level: 'A' });
    insertTownshipPost(v5.db, { id: 'g1', created_date: '2024-01-01' });
    const placement = {
      post_id: 'g1',
      person_id: 'p1',
      basis_list: 'E06',
      contract_start: '2025-04-01',
      contract_end: '2026-03-31',
      subsidy_first_month: '2025-04',
    };
    insertRow(v5.db, 'placements', {
      ...placement,
      id: 'pl2',
      basis_code: 'K03',
      basis_date: '2025-09-01',
      start_date: '2025-10-01',
      leave_date: null,
    });
    insertRow(v5.db, 'placements', {
      ...placement,
      id: 'pl1',
      basis_code: 'K01',
      basis_date: '2025-03-01',
      start_date: '2025-04-01',
      leave_date: '2025-08-31',
      leave_reason: 'L09',
    });
    const core = upgradeThrough(v5, 6, 'recognitions');
    const rows = core.ctx.db
      .prepare(
        `SELECT person_id, registration_id, apply_date, categories, primary_category, status, stage, recognition_date,
      backfilled FROM recognitions ORDER BY person_id`,
      )
      .all();
    expect(rows).toEqual([
      {
        person_id: 'p1',
        registration_id: 'r1',
        apply_date: null,
        categories: 'K01',
        primary_category: 'K01',
        status: '03',
        stage: null,
        recognition_date: '2025-03-01',
        backfilled: 1,
      },
      {
        person_id: 'p2',
        registration_id: null,
        apply_date: null,
        categories: 'K03',
        primary_category: 'K03',
        status: '03',
        stage: null,
        recognition_date: null,
        backfilled: 1,
      },
      {
        person_id: 'p3',
        registration_id: null,
        apply_date: null,
        categories: 'K99',
        primary_category: 'K99',
        status: '03',
        stage: null,
        recognition_date: null,
        backfilled: 1,
      },
    ]);
    const steps = core.ctx.db
      .prepare(
        'SELECT r.person_id, s.seq, s.step, s.step_date FROM recognition_steps s JOIN recognitions r ON r.id = s.recognition_id ORDER BY r.person_id',
      )
      .all();
    expect(steps).toEqual([
      { person_id: 'p1', seq: 1, step: 'backfill', step_date: '2025-03-01' },
      { person_id: 'p2', seq: 1, step: 'backfill', step_date: null },
      { person_id: 'p3', seq: 1, step: 'backfill', step_date: null },
    ]);
    expect(
      core.ctx.db
        .prepare("SELECT count(*) FROM recognitions WHERE id GLOB '????????-????-4???-????-????????????'")
        .pluck()
        .get(),
    ).toBe(3);
  });

  it('the schema allows one 已认定 per person and refuses an exit before the recognition date', () => {
    const core = makeCore();
    const db = core.ctx.db;
    insertOffice(db);
    insertPerson(db, makeId('653121', '19800315', '013'));
    const rec = {
      person_id: 'p1',
      categories: 'K03',
      primary_category: 'K03',
      backfilled: 1,
      recognition_date: '2025-01-01',
    };
    insertRow(db, 'recognitions', { ...rec, id: 'a', status: '03' });
    expect(() => insertRow(db, 'recognitions', { ...rec, id: 'b', status: '03' })).toThrow(/UNIQUE constraint failed/);
    expect(() =>
      insertRow(db, 'recognitions', { ...rec, id: 'c', status: '05', exit_date: '2024-12-31', exit_reason: 'R01' }),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      insertRow(db, 'recognitions', { ...rec, id: 'd', status: '03', backfilled: 0, apply_date: null }),
    ).toThrow(/CHECK constraint failed/);
    insertRow(db, 'recognitions', { ...rec, id: 'e', status: '05', exit_date: '2025-01-01', exit_reason: 'R01' });
  });
});
