import { describe, expect, it } from 'vitest';
import { REDACTED_SUMMARY } from '../../electron/core/db/migrations/0017-archive-redaction';
import { migrationName } from './harness';
import { databaseAt, insertOffice, upgrade } from './migration-fixtures';

// Migration 0017 (CFG-31 purge): the audit log stays append-only, except that a row's summary may be replaced by the
// fixed redaction text (nothing else of the row, and no delete).
describe('migration 0017 (audit summaries redacted by a purge)', () => {
  it('upgrades a database of version 15: its audit rows stay; only the redaction is allowed', () => {
    const old = databaseAt(15);
    insertOffice(old.db);
    old.db
      .prepare(
        `INSERT INTO audit_log (id, at, operator, channel, entity, entity_id, summary)
         VALUES ('a1', '2020-01-01T00:00:00.000Z', '古丽', 'persons.create', 'person', 'p1', '新增人员“旧甲”')`,
      )
      .run();
    expect(() => old.db.prepare(`UPDATE audit_log SET summary = '${REDACTED_SUMMARY}'`).run()).toThrow(/不能修改/);
    const core = upgrade(old);
    const db = core.ctx.db;
    expect(migrationName(core, 17)).toBe('archive-redaction');
    const row = () => db.prepare("SELECT operator, entity_id, summary FROM audit_log WHERE id = 'a1'").get();
    expect(() => db.prepare("UPDATE audit_log SET summary = '改过' WHERE id = 'a1'").run()).toThrow(/不能修改/);
    expect(() =>
      db.prepare(`UPDATE audit_log SET summary = '${REDACTED_SUMMARY}', operator = 'x' WHERE id = 'a1'`).run(),
    ).toThrow(/不能修改/);
    expect(() => db.prepare("DELETE FROM audit_log WHERE id = 'a1'").run()).toThrow(/不能删除/);
    expect(row()).toEqual({ operator: '古丽', entity_id: 'p1', summary: '新增人员“旧甲”' });
    db.prepare(`UPDATE audit_log SET summary = '${REDACTED_SUMMARY}' WHERE id = 'a1'`).run();
    expect(row()).toEqual({ operator: '古丽', entity_id: 'p1', summary: REDACTED_SUMMARY });
  });
});
