import { describe, expect, it } from 'vitest';
import { lastAuditSummary, must } from './harness';
import { insertRegistration, placedAt, upgradeThrough } from './migration-fixtures';

// Migration 0026: registrations.status_before and the deleted twins of registrations and recognitions. A version-25
// register keeps its registrations (with no status_before: the person's status was replaced before it was kept); one
// of them is deleted — the person's status left as it is, the clerk told to correct it — and restored.
describe('migration 0026 (删除 of registrations and recognitions)', () => {
  it('upgrades a version-25 database; its registration is deleted and restored', async () => {
    const v25 = placedAt(25, '2026-01-15', '2026-12-14', { employment_status: '10', on_post: 0 });
    insertRegistration(v25.db, 'r1', {
      reg_date: '2026-11-02',
      status: 'active',
      updated_at: '2026-11-02T08:00:00.000Z',
    });
    const core = upgradeThrough(v25, 26, 'registration-recognition-soft-delete');
    const db = core.ctx.db;
    expect(db.prepare('SELECT status_before FROM registrations').all()).toEqual([{ status_before: null }]);
    expect(db.prepare('SELECT count(*) FROM deleted_registrations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM deleted_recognitions').pluck().get()).toBe(0);

    // Its person is left 失业, and the answer and the 操作记录 say so (what it replaced was never kept).
    const left = '就业状态仍为“失业”：这条失业登记办理时尚未记录原来的就业状态，无法自动改回，请在人员信息中核对并修改';
    expect(await must(core, 'registrations.delete', { id: 'r1', reason: '登记错了人' })).toEqual({
      id: 'r1',
      warnings: { employmentStatus: left },
    });
    expect(lastAuditSummary(core, { channel: 'registrations.delete' })).toContain(`；${left}`);
    expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT employment_status FROM persons').pluck().get()).toBe('10');
    const back = await must(core, 'registrations.restore', { id: 'r1' });
    expect(back.registration).toMatchObject({ id: 'r1', regDate: '2026-11-02', status: 'active' });
  });
});
