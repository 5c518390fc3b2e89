import { describe, expect, it } from 'vitest';
import { migrationName } from './harness';
import { insertRoster, insertRow, placedAt, upgrade } from './migration-fixtures';

// Migration 0010 rebuilds the shared rosters for the kind 'training'; every roster row, item, correction and the
// review-lock triggers of 0007 must come through unchanged.
describe('migration 0010 (vocational training)', () => {
  it('upgrades a version-7 database holding a reviewed roster and a correction; the lock still holds', () => {
    const v7 = placedAt(7, '2026-10-01', '2027-09-30');
    const db = v7.db;
    insertRow(db, 'attendance_months', {
      id: 'a1',
      placement_id: 'pl1',
      month: '2026-10',
      days_on_post: 31,
      required_days: 22,
      attended_days: 22,
      standard: 190_000,
      due_amount: 190_000,
      paid_amount: 190_000,
    });
    insertRoster(db, { id: 'b1', kind: 'post', month: '2026-10', reviewedAt: 'x' }, [
      { id: 'i1', link: { attendance_id: 'a1' }, amountFen: 190_000 },
    ]);
    insertRow(db, 'subsidy_batches', {
      id: 'b2',
      kind: 'post',
      month: '2026-11',
      supplementary: 1,
      prepared_by: '古丽',
    });
    insertRow(db, 'subsidy_batch_items', {
      id: 'i2',
      batch_id: 'b2',
      kind: 'post',
      attendance_id: 'a1',
      amount_fen: -10_000,
      adjusts_item_id: 'i1',
      reason: '缺勤扣回',
    });
    const before = {
      batches: db.prepare('SELECT * FROM subsidy_batches ORDER BY id').all(),
      items: db.prepare('SELECT * FROM subsidy_batch_items ORDER BY id').all(),
    };
    const core = upgrade(v7);
    const cdb = core.ctx.db;
    expect(migrationName(core, 10)).toBe('training');
    // Migration 0020 (later) adds the roster's scope and quarter, empty for rosters made before: the county's, one month.
    expect(cdb.prepare('SELECT * FROM subsidy_batches ORDER BY id').all()).toEqual(
      (before.batches as Record<string, unknown>[]).map((b) => ({
        ...b,
        township_id: null,
        employer_id: null,
        month_to: null,
      })),
    );
    // Migration 0028 (later) adds the payee copies and `printed` (tests/core/roster-payee-copies-migration.test.ts).
    const items = cdb.prepare('SELECT * FROM subsidy_batch_items ORDER BY id').all() as Record<string, unknown>[];
    const before0028 = items.map((i) =>
      Object.fromEntries(Object.entries(i).filter(([k]) => !k.startsWith('payee_') && k !== 'printed')),
    );
    expect(before0028).toEqual((before.items as Record<string, unknown>[]).map((i) => ({ ...i, enrolment_id: null })));
    expect(() => cdb.prepare("UPDATE attendance_months SET attended_days = 20 WHERE id = 'a1'").run()).toThrow(
      '考勤记录已列入已审核的补贴发放花名册，不能修改',
    );
    expect(() => cdb.prepare("DELETE FROM subsidy_batch_items WHERE id = 'i1'").run()).toThrow(
      '补贴发放花名册已审核，不能删除人员',
    );
    expect(cdb.pragma('foreign_key_check')).toEqual([]);
    // The new kind is accepted; an item must name exactly one row.
    cdb
      .prepare(
        "INSERT INTO subsidy_batches (id, kind, month, prepared_by, created_at, updated_at, created_by, updated_by) VALUES ('b3', 'training', '2026-11', 'x', 'x', 'x', 'x', 'x')",
      )
      .run();
    expect(() =>
      cdb
        .prepare(
          "INSERT INTO subsidy_batch_items (id, batch_id, kind, attendance_id, amount_fen, created_at, updated_at, created_by, updated_by) VALUES ('i3', 'b3', 'training', 'a1', 1, 'x', 'x', 'x', 'x')",
        )
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });
});
