import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { insertCancelledRegistration, insertRegistration, placedAt, upgradeThrough } from './migration-fixtures';

// Migration 0025: the index of 登记台账's own order (registrations by 登记日期). A version-23 register keeps its
// registrations; the ledger lists them latest first, and its first page walks the new index instead of sorting.
describe('migration 0025 (登记台账 index on 登记日期)', () => {
  it('upgrades a version-23 database holding registrations and lists them latest first', async () => {
    const v23 = placedAt(23, '2026-01-15', '2026-12-14');
    insertCancelledRegistration(v23.db, 'r1');
    insertRegistration(v23.db, 'r2', { reg_date: '2025-09-01', status: 'active' });
    const core = upgradeThrough(v23, 25, 'registration-ledger');
    const db = core.ctx.db;
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'registrations_reg_date'").pluck().get()).toBe(
      'CREATE INDEX registrations_reg_date ON registrations (reg_date, id)',
    );
    const page = await must(core, 'registrations.list', {});
    expect(page.items.map((i) => [i.id, i.status, i.cancelReason])).toEqual([
      ['r2', 'active', null],
      ['r1', 'cancelled', 'C01'],
    ]);
    expect(page.total).toBe(2);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT r.id FROM registrations r CROSS JOIN persons p ON p.id = r.person_id
         WHERE p.deleted_at IS NULL ORDER BY r.reg_date DESC, r.id DESC LIMIT 20`,
      )
      .all()
      .map((r) => (r as { detail: string }).detail)
      .join(' | ');
    expect(plan).toContain('registrations_reg_date');
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
