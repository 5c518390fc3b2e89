import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { insertCancelledRegistration, insertRegistration, placedAt, upgradeThrough } from './migration-fixtures';

// Migration 0023: registrations.notified_date (BR-08 告知日期) and placements.status_before (the person's E09 before
// the placement). A version-19 register keeps its cancellations with no notification date and its placements with no
// status from before them: deleting such a placement gives 10 失业, as before. A notification date needs a
// cancellation and is never before its date.
describe('migration 0023 (notification date of a cancellation, status before a placement)', () => {
  it('upgrades a version-19 database holding a cancelled registration and a placement', async () => {
    const v19 = placedAt(19, '2026-01-15', '2026-12-14');
    insertCancelledRegistration(v19.db, 'r1');
    const core = upgradeThrough(v19, 23, 'cancel-notice-placement-status');
    const db = core.ctx.db;
    expect((await must(core, 'registrations.get', { id: 'r1' })).notifiedDate).toBeNull();
    expect(db.prepare("SELECT status_before FROM placements WHERE id = 'pl1'").pluck().get()).toBeNull();

    expect(() => db.prepare("UPDATE registrations SET notified_date = '2025-06-29' WHERE id = 'r1'").run()).toThrow(
      /CHECK constraint failed/,
    );
    db.prepare("UPDATE registrations SET notified_date = '2025-07-02' WHERE id = 'r1'").run();
    expect((await must(core, 'registrations.get', { id: 'r1' })).notifiedDate).toBe('2025-07-02');
    expect(() =>
      insertRegistration(db, 'r2', {
        reg_date: '2026-01-06',
        status: 'active',
        cancel_date: null,
        notified_date: '2026-02-01',
      }),
    ).toThrow(/CHECK constraint failed/);

    await must(core, 'placements.delete', { id: 'pl1', reason: '录入错误' });
    expect(db.prepare("SELECT employment_status, on_post FROM persons WHERE id = 'p1'").get()).toEqual({
      employment_status: '10',
      on_post: 0,
    });
  });
});
