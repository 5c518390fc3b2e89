import { describe, expect, it } from 'vitest';
import { must } from './harness';
import { insertRegistration, placedAt, upgradeThrough } from './migration-fixtures';

// Migration 0026: registrations.status_before and the deleted twins of registrations and recognitions. A version-25
// register keeps its registrations (with no status_before: the person's status was replaced before it was kept); one
// of them is deleted — the person's status left as it is — and restored.
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

    await must(core, 'registrations.delete', { id: 'r1', reason: '登记错了人' });
    expect(db.prepare('SELECT count(*) FROM registrations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT employment_status FROM persons').pluck().get()).toBe('10');
    const back = await must(core, 'registrations.restore', { id: 'r1' });
    expect(back.registration).toMatchObject({ id: 'r1', regDate: '2026-11-02', status: 'active' });
  });
});
