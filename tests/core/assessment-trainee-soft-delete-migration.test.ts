import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { must } from './harness';
import { insertRow, placedAt, upgradeThrough } from './migration-fixtures';

// Migration 0024 (年度考核 and 培训学员 deleted softly): a version-23 register holding a 年度考核 result upgrades with it
// in place and nothing deleted; the result can then be deleted (moved to deleted_placement_assessments) and restored.
// The two deleted_* twins hold every column of their live table, in its order, plus deleted_at, deleted_by and
// delete_reason (the move copies the live table's columns by name: db/deleted-rows.ts), and keep to existing rows.
const columns = (db: Database.Database, table: string) =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

describe('migration 0024 (assessments and trainees deleted softly)', () => {
  it('upgrades a version-23 database holding a result, which can then be deleted and restored', async () => {
    const v23 = placedAt(23, '2026-01-15', '2026-12-14');
    insertRow(v23.db, 'placement_assessments', {
      id: 'a1',
      placement_id: 'pl1',
      year: 2026,
      result: 'fail',
      assessed_on: '2026-11-20',
      updated_at: '2026-11-20T03:00:00.000Z',
    });
    const core = upgradeThrough(v23, 24, 'assessment-trainee-soft-delete');
    const db = core.ctx.db;
    const stamps = ['deleted_at', 'deleted_by', 'delete_reason'];
    for (const table of ['placement_assessments', 'training_enrolments'])
      expect(columns(db, `deleted_${table}`)).toEqual([...columns(db, table), ...stamps]);
    expect((await must(core, 'placements.get', { id: 'pl1' })).assessments.map((a) => a.id)).toEqual(['a1']);
    expect(db.prepare('SELECT count(*) FROM deleted_placement_assessments').pluck().get()).toBe(0);

    const removed = await must(core, 'placements.removeAssessment', { id: 'a1' });
    expect(removed.assessments).toEqual([]);
    expect(db.prepare('SELECT placement_id, year, result FROM deleted_placement_assessments').get()).toEqual({
      placement_id: 'pl1',
      year: 2026,
      result: 'fail',
    });
    const restored = await must(core, 'placements.restoreAssessment', { id: 'a1' });
    expect(restored.assessments.map((a) => [a.id, a.resultLabel])).toEqual([['a1', '不合格']]);

    const orphan = { year: 2026, result: 'pass', assessed_on: 'x', deleted_at: 'x', deleted_by: 'y' };
    expect(() => insertRow(db, 'deleted_placement_assessments', { id: 'b', placement_id: 'nope', ...orphan })).toThrow(
      /FOREIGN KEY/,
    );
    expect(() =>
      insertRow(db, 'deleted_training_enrolments', {
        id: 'c',
        class_id: 'nope',
        person_id: 'p1',
        category: '01',
        enrol_date: '2026-11-12',
        deleted_at: 'x',
        deleted_by: 'y',
      }),
    ).toThrow(/FOREIGN KEY/);
  });
});
