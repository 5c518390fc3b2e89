import { describe, expect, it } from 'vitest';
import { insertPerson, officeAt, upgradeThrough } from './migration-fixtures';
import { makeId } from './persons-fixtures';

// Migration 0029 (撤销本次导入, fix27b): a version-28 register gains the two empty batch tables; nothing else moves.
// Imports committed before the upgrade have no batch: they cannot be undone (their 导入前 copies still can be restored).
describe('migration 0029 (import batches)', () => {
  it('upgrades a version-28 database: empty batch tables, the register unchanged', () => {
    const v28 = officeAt(28);
    insertPerson(v28.db, makeId('653121', '19900101', '013'), { id: 'p1', name: '古丽' });
    const before = v28.db.prepare('SELECT * FROM persons').all();
    const core = upgradeThrough(v28, 29, 'import-batches');
    const db = core.ctx.db;
    expect(db.prepare('SELECT * FROM persons').all()).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM import_batch_rows').pluck().get()).toBe(0);
    expect(db.prepare("SELECT name FROM pragma_table_info('import_batch_rows') ORDER BY cid").pluck().all()).toEqual([
      'batch_id',
      'seq',
      'table_name',
      'row_key',
      'before_row',
      'after_row',
    ]);
  });
});
