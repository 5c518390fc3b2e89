import { describe, expect, it } from 'vitest';
import { seedDeletedRegistrations } from '../../scripts/seed/deleted-registrations';
import { must, TODAY } from './harness';
import { seededCore } from './seeded';

// The demo seed (npm run seed) registers a person by mistake and deletes that 失业登记, and deletes one and one 认定申请 awaiting its first review through
// the channels (audited, with a reason), so the person page's 已删除 has something to show; both can be restored.
describe('seeded deleted 失业登记 and 认定申请', () => {
  it('deletes one of each through the channels, listed on the person and restorable', async () => {
    const core = await seededCore({ persons: 600, registrations: true, recognitions: true, seed: 3 });
    expect(await seedDeletedRegistrations(core, { today: TODAY })).toEqual({ registrations: 1, applications: 1 });
    const db = core.ctx.db;
    const reg = db.prepare('SELECT id, person_id, delete_reason FROM deleted_registrations').get() as {
      id: string;
      person_id: string;
      delete_reason: string;
    };
    expect(reg.delete_reason).toBe('登记错了人员');
    const app = db.prepare('SELECT id, person_id, delete_reason FROM deleted_recognitions').get() as {
      id: string;
      person_id: string;
      delete_reason: string;
    };
    expect(app.delete_reason).toBe('申请录错了人员');
    expect((await must(core, 'registrations.listDeleted', { personId: reg.person_id })).items).toHaveLength(1);
    expect((await must(core, 'recognitions.listDeleted', { personId: app.person_id })).items).toHaveLength(1);
    for (const channel of ['registrations.delete', 'recognitions.delete'])
      expect((await must(core, 'audit.search', { channel })).items).toHaveLength(1);
    await must(core, 'registrations.restore', { id: reg.id });
    await must(core, 'recognitions.restore', { id: app.id });
  });
});
