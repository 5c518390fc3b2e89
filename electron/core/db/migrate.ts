import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Migration } from './migrations';
import { StartupError } from './startup-error';

export const checksum = (sql: string) => createHash('sha256').update(sql, 'utf8').digest('hex');

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

export function readApplied(db: Database.Database): AppliedRow[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return [];
  return db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as AppliedRow[];
}

/** Refuses a database written by a newer app, or one whose applied migrations differ from ours. */
export function checkApplied(applied: AppliedRow[], migrations: readonly Migration[]): Migration[] {
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const newest = applied.length ? applied[applied.length - 1].version : 0;
  if (newest > latest) {
    throw new StartupError(
      'NEWER_VERSION',
      `数据库版本（${newest}）比本程序支持的版本（${latest}）新，可能已被更新版本的台账程序使用过。请安装最新版本后再打开；数据文件未作任何改动。`,
    );
  }
  const byVersion = new Map(migrations.map((m) => [m.version, m]));
  for (const row of applied) {
    const known = byVersion.get(row.version);
    if (!known || checksum(known.sql) !== row.checksum) {
      throw new StartupError(
        'EDITED_MIGRATION',
        `数据库升级记录第 ${row.version} 步（${row.name}）与本程序不一致，数据库结构可能被改动过。为保护数据，程序已停止；数据文件未作任何改动，请联系技术支持。`,
      );
    }
  }
  const done = new Set(applied.map((r) => r.version));
  return migrations.filter((m) => !done.has(m.version));
}

/** Applies all pending migrations in one transaction: either every step lands or none does. */
export function applyMigrations(db: Database.Database, pending: Migration[], now: string): void {
  if (!pending.length) return;
  const run = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
    );
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.version, m.name, checksum(m.sql), now);
    }
    db.pragma(`user_version = ${pending[pending.length - 1].version}`);
  });
  try {
    run();
  } catch (err) {
    throw new StartupError(
      'MIGRATION_FAILED',
      `数据库升级失败（${(err as Error).message}），已全部撤回，数据未改动。请联系技术支持。`,
    );
  }
}
