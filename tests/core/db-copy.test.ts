// db/copy.ts: the copy of the register behind backups and pre-migration copies, with and without the flushing
// thread that large registers use (issue 13: a save must not wait behind one flush of the whole copy).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { copyDatabase } from '../../electron/core/db/copy';
import { tempDir } from './harness';

function register(dir: string): Database.Database {
  const db = new Database(join(dir, 'src.db'));
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const ins = db.prepare('INSERT INTO t (v) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) ins.run(`行${i}`.repeat(20));
  })();
  return db;
}

describe('copyDatabase', () => {
  it.each([
    ['in one flush (a small register)', undefined],
    ['flushed while written (as a register of 64 MB or more)', 0],
  ])('copies every row %s, leaving no partial file', (_name, flushFrom) => {
    const dir = tempDir();
    const db = register(dir);
    const target = join(dir, 'copy.db');
    copyDatabase(db, target, flushFrom);
    db.close();
    expect(readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(
      copy
        .prepare('SELECT count(*) AS n, sum(length(v)) AS chars, (SELECT v FROM t WHERE id = 4321) AS one FROM t')
        .get(),
    ).toEqual({
      n: 5000,
      chars: 20 * (10 * 2 + 90 * 3 + 900 * 4 + 4000 * 5),
      one: '行4320'.repeat(20),
    });
    copy.close();
  });
});
