import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RPT02_SQL, RPT02_STATUS_SQL } from '../../electron/core/modules/recognitions/reports/rpt02';
import { migrationName, must } from './harness';
import { databaseAt, insertBackfilledRecognition, insertOffice, insertPerson, upgrade } from './migration-fixtures';
import { makeId } from './persons-fixtures';

// Migration 0012 (issue 11, speed at 100,000 persons): indexes for the recognition work lists and RPT-02. Upgrading
// keeps every row, the lists answer the same, and the planner takes the new indexes.
const planOf = (db: Database.Database, sql: string, params: Record<string, unknown> = {}) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 0012 (recognition speed)', () => {
  it('upgrades a database of version 11 or earlier: the recognitions stay, 应退出 still finds the employed person', async () => {
    const old = databaseAt(11);
    expect(old.schemaVersion).toBeLessThanOrEqual(11);
    insertOffice(old.db);
    // p1 recognised (back-filled, 已认定) and since then found in market employment (E09 21): 应退出.
    insertPerson(old.db, makeId('653121', '19700315', '013'), { id: 'p1', is_difficult: 1, employment_status: '21' });
    // p2 recognised and still unemployed.
    insertPerson(old.db, makeId('653121', '19720315', '023'), { id: 'p2', name: '古丽', is_difficult: 1 });
    for (const [id, person] of [
      ['g1', 'p1'],
      ['g2', 'p2'],
    ])
      insertBackfilledRecognition(old.db, id, person, 'K03');
    const core = upgrade(old);
    const db = core.ctx.db;
    expect(migrationName(core, 12)).toBe('recognition-speed');
    expect(db.prepare('SELECT count(*) FROM recognitions').pluck().get()).toBe(2);
    const counts = await must(core, 'recognitionWorklists.counts', {});
    expect(counts).toMatchObject({ shouldExit: 1, pendingVillage: 0 });
    const exit = await must(core, 'recognitionWorklists.shouldExit', { page: 1, pageSize: 20 });
    expect(exit.total).toBe(1);
    expect(exit.items.map((i) => i.personName)).toEqual(['艾力']);

    // The planner takes the new indexes (no statistics needed).
    const exitPlan = planOf(
      db,
      `SELECT count(*) FROM recognitions r CROSS JOIN persons p ON p.id = r.person_id
       WHERE r.status = '03' AND p.on_post = 0 AND p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM registrations x
         WHERE x.person_id = r.person_id AND x.status = 'cancelled' AND x.cancel_date >= '2026-01-01')`,
    );
    expect(exitPlan).toContain('COVERING INDEX recognitions_valid');
    expect(exitPlan).toContain('COVERING INDEX persons_recognition_facts');
    expect(exitPlan).toContain('COVERING INDEX registrations_cancelled');
    const rpt02Plan = planOf(db, RPT02_SQL, { start: '2026-11-01', end: '2026-11-28', township: null, employed: '[]' });
    // The status at the end (col 18) reads each person's dated records in a statement of its own.
    const statusPlan = planOf(db, RPT02_STATUS_SQL, { end: '2026-11-28', township: null });
    expect(`${rpt02Plan}\n${statusPlan}`).toContain('COVERING INDEX contacts_employment_found');
    // The recognitions are searched by index once into a materialised step (which the report then reads whole,
    // "SCAN r" of that step); no table is scanned.
    expect(rpt02Plan).toContain('SEARCH r USING COVERING INDEX recognitions_valid');
    expect(rpt02Plan).not.toMatch(/SCAN (p|c|g|pl|i)\b/);
    core.close();
  });
});
