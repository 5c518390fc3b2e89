// Migration 0028 (roster payee copies): a version-27 register holding a reviewed roster and a draft one upgrades; the
// reviewed roster's row gets today's payee (the best that can be known) and prints it after a later edit, the draft's
// row stays empty and reads the live person, the review lock still holds, and a row still names exactly one record.
import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { databaseAt, insertPlacedPerson, insertRoster, insertRow, upgradeThrough } from './migration-fixtures';

const attendance = (id: string, month: string) => ({
  id,
  placement_id: 'pl1',
  month,
  days_on_post: 30,
  required_days: 21,
  attended_days: 21,
  standard: 190_000,
  due_amount: 190_000,
  paid_amount: 190_000,
});

describe('migration 0028 (roster payee copies)', () => {
  it('backfills a reviewed roster from today’s records and leaves a draft reading the live ones', async () => {
    const v27 = databaseAt(27);
    expect(v27.schemaVersion).toBe(27);
    const db = v27.db;
    insertPlacedPerson(db, '2026-09-01', '2027-08-31', {
      bank_card_no: '6217000000000000011',
      bank_name: '农村信用社',
    });
    insertRow(db, 'attendance_months', attendance('a9', '2026-09'));
    insertRow(db, 'attendance_months', attendance('a10', '2026-10'));
    insertRoster(db, { id: 'b9', kind: 'post', month: '2026-09', reviewedAt: '2026-10-08T02:00:00.000Z' }, [
      { id: 'i9', link: { attendance_id: 'a9' }, amountFen: 190_000 },
    ]);
    insertRoster(db, { id: 'b10', kind: 'post', month: '2026-10' }, [
      { id: 'i10', link: { attendance_id: 'a10' }, amountFen: 190_000 },
    ]);
    const core = upgradeThrough(v27, 28, 'roster-payee-copies');
    const cdb = core.ctx.db;
    const copies = (id: string) =>
      cdb
        .prepare(
          'SELECT payee_name, payee_account, payee_bank_name, payee_unit, payee_post, printed FROM subsidy_batch_items WHERE id = ?',
        )
        .get(id);
    expect(copies('i9')).toEqual({
      payee_name: '艾力',
      payee_account: '6217000000000000011',
      payee_bank_name: '农村信用社',
      payee_unit: '乌帕尔镇人民政府',
      payee_post: '保洁员',
      printed: null,
    });
    expect(copies('i10')).toEqual({
      payee_name: null,
      payee_account: null,
      payee_bank_name: null,
      payee_unit: null,
      payee_post: null,
      printed: null,
    });

    cdb.prepare("UPDATE persons SET name = '艾力江', bank_card_no = '6217000000000000099' WHERE id = 'p1'").run();
    const name = async (id: string) => (await must(core, 'subsidies.get', { id })).items[0].personName;
    expect([await name('b9'), await name('b10')]).toEqual(['艾力', '艾力江']);

    // The review lock still holds; a row still names exactly one record.
    expect(() => cdb.prepare("UPDATE subsidy_batch_items SET payee_name = 'x' WHERE id = 'i9'").run()).toThrow(
      '补贴发放花名册已审核，不能修改',
    );
    expect(() => cdb.prepare("UPDATE attendance_months SET attended_days = 20 WHERE id = 'a9'").run()).toThrow(
      '考勤记录已列入已审核的补贴发放花名册，不能修改',
    );
    // Only a purge's detaching passes the lock: links to NULL and `printed` written, nothing else changed.
    const detach = "UPDATE subsidy_batch_items SET printed = '{}', attendance_id = NULL";
    expect(() => cdb.prepare(`${detach}, amount_fen = 1 WHERE id = 'i9'`).run()).toThrow(
      '补贴发放花名册已审核，不能修改',
    );
    expect(() => cdb.prepare(`${detach}, payee_account = NULL WHERE id = 'i9'`).run()).toThrow('已审核');
    expect(() => cdb.prepare("UPDATE subsidy_batch_items SET attendance_id = NULL WHERE id = 'i10'").run()).toThrow(
      /CHECK/,
    );
    expect(cdb.pragma('foreign_key_check')).toEqual([]);
  });
});
