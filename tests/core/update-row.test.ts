// db/update-row.ts upsertRow: the insert-or-update with stamps that household members and training providers use.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { upsertRow } from '../../electron/core/db/update-row';

function table() {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE t (id TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL, note TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_by TEXT NOT NULL)`);
  return db;
}
const rowOf = (db: Database.Database) => db.prepare('SELECT * FROM t').all();

describe('upsertRow', () => {
  it('inserts a new row with all four stamps', () => {
    const db = table();
    upsertRow(db, 't', ['id'], { id: 'a', owner: 'p1', name: '艾力', note: null }, '古丽', 'T1');
    expect(rowOf(db)).toEqual([
      {
        id: 'a',
        owner: 'p1',
        name: '艾力',
        note: null,
        created_at: 'T1',
        updated_at: 'T1',
        created_by: '古丽',
        updated_by: '古丽',
      },
    ]);
  });

  it('on the key, updates the columns named (default: all outside the key) and the change stamps only', () => {
    const db = table();
    upsertRow(db, 't', ['id'], { id: 'a', owner: 'p1', name: '艾力', note: null }, '古丽', 'T1');
    upsertRow(db, 't', ['id'], { id: 'a', owner: 'p2', name: '艾力江', note: '改' }, '买买提', 'T2', ['name', 'note']);
    expect(rowOf(db)).toEqual([
      {
        id: 'a',
        owner: 'p1',
        name: '艾力江',
        note: '改',
        created_at: 'T1',
        updated_at: 'T2',
        created_by: '古丽',
        updated_by: '买买提',
      },
    ]);
    upsertRow(db, 't', ['id'], { id: 'a', owner: 'p3', name: '艾力', note: null }, '阿依', 'T3');
    expect(rowOf(db)).toMatchObject([{ owner: 'p3', name: '艾力', note: null, created_at: 'T1', updated_at: 'T3' }]);
  });
});
