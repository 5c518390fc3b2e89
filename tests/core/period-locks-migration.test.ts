import { describe, expect, it } from 'vitest';
import { migrationName, mustJob } from './harness';
import { officeAt, upgrade } from './migration-fixtures';

describe('migration 0009 (period locks, append-only audit log)', () => {
  it('upgrades a version-7 database holding audit rows: they stay, cannot be changed, and a month can be locked', async () => {
    const v7 = officeAt(7);
    v7.db
      .prepare(
        "INSERT INTO audit_log (id, at, operator, channel, entity, entity_id, summary) VALUES ('a1', '2026-10-01T08:00:00.000Z', '古丽', 'persons.create', 'person', 'p1', '新增人员')",
      )
      .run();
    const core = upgrade(v7);
    expect(migrationName(core, 9)).toBe('period-locks');
    expect(core.ctx.db.prepare("SELECT summary FROM audit_log WHERE id = 'a1'").pluck().get()).toBe('新增人员');
    expect(() => core.ctx.db.prepare("DELETE FROM audit_log WHERE id = 'a1'").run()).toThrow('不能删除');
    const view = await mustJob(core, 'periodLocks.lock', { month: '2026-10' });
    expect(view.locks.map((l) => l.month)).toEqual(['2026-10']);
  });
});
