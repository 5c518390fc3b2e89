import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { StartupError } from '../../electron/core/db/startup-error';
import { openCore } from '../../electron/core/core';
import { tempDir } from './harness';

const v1: Migration = { version: 1, name: 'one', sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);' };
const v2: Migration = { version: 2, name: 'two', sql: 'ALTER TABLE t ADD COLUMN w TEXT;' };
const v2bad: Migration = {
  version: 2,
  name: 'two',
  sql: 'ALTER TABLE t ADD COLUMN w TEXT; INSERT INTO missing VALUES (1);',
};

function dbAt(dir: string, migrations: Migration[]) {
  return openDatabase(join(dir, 'x.db'), { backupDir: join(dir, 'backups'), migrations });
}

function refusal(fn: () => unknown): StartupError {
  try {
    fn();
  } catch (err) {
    if (err instanceof StartupError) return err;
    throw err;
  }
  throw new Error('expected a StartupError');
}

describe('opening the database', () => {
  it('sets WAL, foreign keys, a busy timeout, synchronous=FULL and temp_store=MEMORY', () => {
    const { db } = dbAt(tempDir(), [v1]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    // Statement journals in memory (db/pragmas.ts): a recorded import's commit no longer writes them to a file.
    expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    db.close();
  });

  it('records each migration with a checksum and sets user_version', () => {
    const { db, schemaVersion, backupPath } = dbAt(tempDir(), [v1, v2]);
    expect(schemaVersion).toBe(2);
    expect(backupPath).toBeNull(); // a new database needs no backup
    const rows = db.prepare('SELECT version, name, length(checksum) AS len FROM schema_migrations').all();
    expect(rows).toEqual([
      { version: 1, name: 'one', len: 64 },
      { version: 2, name: 'two', len: 64 },
    ]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  it('takes a backup before migrating an existing database, and the backup holds the old data', () => {
    const dir = tempDir();
    const first = dbAt(dir, [v1]);
    first.db.prepare("INSERT INTO t (v) VALUES ('古丽')").run();
    first.db.close();
    const second = dbAt(dir, [v1, v2]);
    expect(second.schemaVersion).toBe(2);
    expect(second.backupPath).toMatch(/taizhang-before-v2-\d{8}-\d{6}\.db$/);
    const backup = new Database(second.backupPath as string, { readonly: true });
    expect(backup.prepare('SELECT v FROM t').all()).toEqual([{ v: '古丽' }]);
    expect(backup.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: 1 });
    backup.close();
    expect(second.db.prepare('SELECT v, w FROM t').all()).toEqual([{ v: '古丽', w: null }]);
    second.db.close();
  });

  it('rolls back every step of a failed migration and leaves the data as it was', () => {
    const dir = tempDir();
    const first = dbAt(dir, [v1]);
    first.db.prepare("INSERT INTO t (v) VALUES ('a')").run();
    first.db.close();
    const err = refusal(() => dbAt(dir, [v1, v2bad]));
    expect(err.code).toBe('MIGRATION_FAILED');
    expect(err.message).toContain('数据库升级失败');
    expect(err.message).toContain('已全部撤回，数据未改动');
    const db = new Database(join(dir, 'x.db'), { readonly: true });
    expect(db.prepare('SELECT * FROM t').all()).toEqual([{ id: 1, v: 'a' }]); // no column w: ALTER was undone
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    db.close();
  });

  it('refuses a database newer than the app, without touching it', () => {
    const dir = tempDir();
    dbAt(dir, [v1, v2]).db.close();
    const file = join(dir, 'x.db');
    const before = readFileSync(file);
    const err = refusal(() => dbAt(dir, [v1]));
    expect(err.code).toBe('NEWER_VERSION');
    expect(err.message).toBe(
      '数据库版本（2）比本程序支持的版本（1）新，可能已被更新版本的台账程序使用过。请安装最新版本后再打开；数据文件未作任何改动。',
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database whose applied migration was edited', () => {
    const dir = tempDir();
    dbAt(dir, [v1]).db.close();
    const edited = { ...v1, sql: v1.sql.replace('v TEXT', 'v  TEXT') };
    const err = refusal(() => dbAt(dir, [edited]));
    expect(err.code).toBe('EDITED_MIGRATION');
    expect(err.message).toContain('数据库升级记录第 1 步（one）与本程序不一致');
  });

  it('refuses a file that is not SQLite and leaves it byte for byte', () => {
    const dir = tempDir();
    const file = join(dir, 'x.db');
    writeFileSync(file, '姓名,公民身份号码\n古丽,650102199001011234\n');
    const before = readFileSync(file);
    const err = refusal(() => dbAt(dir, [v1]));
    expect(err.code).toBe('NOT_SQLITE');
    expect(err.message).toContain('不是台账数据库（不是 SQLite 文件）');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a zero-byte file instead of turning it into an empty register, and creates nothing beside it', () => {
    const dir = tempDir();
    const file = join(dir, 'x.db');
    writeFileSync(file, '');
    const err = refusal(() => dbAt(dir, [v1]));
    expect(err.code).toBe('NOT_SQLITE');
    expect(err.message).toContain('是空文件（0 字节），不是台账数据库');
    expect(readFileSync(file).length).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['x.db']);
  });

  it('leaves no -wal or -shm file beside a refused database', () => {
    const dir = tempDir();
    const other = new Database(join(dir, 'x.db'));
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    expect(readdirSync(dir).sort()).toEqual(['x.db']);
    refusal(() => dbAt(dir, [v1]));
    expect(readdirSync(dir).sort()).toEqual(['x.db']);
  });

  it('refuses another program’s SQLite database', () => {
    const dir = tempDir();
    const other = new Database(join(dir, 'x.db'));
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    const err = refusal(() => dbAt(dir, [v1]));
    expect(err.code).toBe('NOT_SQLITE');
    expect(err.message).toContain('是其他程序的 SQLite 数据库');
  });

  it('refuses a corrupt database and leaves it untouched', () => {
    const dir = tempDir();
    const { db } = dbAt(dir, [v1]);
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const file = join(dir, 'x.db');
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 + 100, 4096 * 6); // scribble over b-tree pages, keep the header
    writeFileSync(file, bytes);
    const err = refusal(() => dbAt(dir, [v1]));
    expect(err.code).toBe('CORRUPT');
    expect(err.message).toMatch(/数据库已损坏|数据库无法读取/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('upgrades a database holding data of each previous version to the current one (every real migration)', () => {
    for (let v = 1; v < MIGRATIONS.length; v++) {
      const dir = tempDir();
      const old = dbAt(dir, MIGRATIONS.slice(0, v) as Migration[]);
      old.db
        .prepare(
          "INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('office', '{\"name\":\"某局\"}', 'x', 'y')",
        )
        .run();
      old.db.close();
      const now = dbAt(dir, MIGRATIONS as Migration[]);
      expect(now.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
      expect(now.db.prepare("SELECT value FROM settings WHERE key = 'office'").get()).toEqual({
        value: '{"name":"某局"}',
      });
      expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
      now.db.close();
    }
  });

  it('openCore creates the data folder and database on first start', () => {
    const dir = join(tempDir(), 'nested', 'data');
    const core = openCore({ dataDir: dir, today: '2026-11-28' });
    expect(core.ctx.schemaVersion).toBe(MIGRATIONS.at(-1)?.version);
    expect(existsSync(join(dir, 'taizhang.db'))).toBe(true);
    core.close();
  });
});

describe('exports left behind', () => {
  it('removes a half-written export (.partial) at start, and keeps a finished one still waiting to be taken', () => {
    const dir = tempDir();
    openCore({ dataDir: dir, today: '2026-11-28' }).close();
    const exportsDir = join(dir, 'exports');
    writeFileSync(join(exportsDir, '0193a000-0000-7000-8000-000000000001.xlsx.partial'), '650102199001011234');
    writeFileSync(join(exportsDir, '0193a000-0000-7000-8000-000000000002.xlsx'), 'done');
    // A masked export keeps waiting; one with full ID numbers does not survive a restart (files-take.test.ts).
    const about = {
      fileName: 'a.xlsx',
      subject: 'RPT-01',
      ids: 'masked',
      writtenAt: Date.parse('2026-11-28T08:00:00Z'),
    };
    writeFileSync(join(exportsDir, '0193a000-0000-7000-8000-000000000002.json'), JSON.stringify(about));
    openCore({ dataDir: dir, today: '2026-11-28' }).close();
    expect(readdirSync(exportsDir).sort()).toEqual([
      '0193a000-0000-7000-8000-000000000002.json',
      '0193a000-0000-7000-8000-000000000002.xlsx',
    ]);
  });
});

describe('start-up check (issue 13)', () => {
  it('runs the quick check after a clean exit, the full check after an unclean one and before a migration', () => {
    const dir = tempDir();
    const first = dbAt(dir, [v1]);
    expect(first.checked).toBeNull(); // a new register: nothing to check
    first.close();
    expect(existsSync(join(dir, 'x.db.open'))).toBe(false);

    const clean = dbAt(dir, [v1]);
    expect(clean.checked).toBe('quick');
    clean.db.close(); // the process dies: the marker stays
    expect(existsSync(join(dir, 'x.db.open'))).toBe(true);

    const afterCrash = dbAt(dir, [v1]);
    expect(afterCrash.checked).toBe('full');
    afterCrash.close();

    const upgraded = dbAt(dir, [v1, v2]);
    expect(upgraded.checked).toBe('full');
    expect(upgraded.schemaVersion).toBe(2);
    upgraded.close();
  });
});
