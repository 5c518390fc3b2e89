import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { applyMigrations, checkApplied, readApplied } from './migrate';
import { copyDatabase } from './copy';
import { writerPragmas } from './pragmas';
import { StartupError } from './startup-error';
import { systemInstant } from '../clock';

interface OpenOptions {
  /** Folder for the copy taken before migrating; null takes none (a restore migrates its own staged copy). */
  backupDir: string | null;
  migrations?: readonly Migration[];
  /** Path of a better-sqlite3 build for another ABI (the Electron app keeps its own build). */
  nativeBinding?: string;
  /** ISO timestamp, injectable for tests. */
  now?: () => string;
  /** Called as each step ends (the start's split, core.ts StartTimes). */
  mark?: (phase: string) => void;
}

interface OpenedDatabase {
  db: Database.Database;
  schemaVersion: number;
  backupPath: string | null;
  /** Which check the existing file passed: quick at an ordinary start, full after an unclean exit or before a migration. */
  checked: 'quick' | 'full' | null;
  /** Closes the connection and records a clean exit, so the next start needs only the quick check. */
  close(): void;
}

/** Present while the register is open: found at start, it means the last run did not close cleanly. */
export const openMarker = (file: string) => `${file}.open`;

const SQLITE_HEADER = 'SQLite format 3\u0000';

function assertSqliteFile(file: string): boolean {
  if (!existsSync(file)) return false;
  // A zero-byte file is refused like a foreign one (issue 20): silently turning it into an empty register would
  // hide that the real register is missing.
  if (statSync(file).size === 0) {
    throw new StartupError(
      'NOT_SQLITE',
      `数据文件 ${file} 是空文件（0 字节），不是台账数据库。程序未作任何改动：如果这是新装的电脑，请删除这个空文件后重新打开；否则请用备份恢复。`,
    );
  }
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(16);
  try {
    readSync(fd, buf, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (buf.toString('latin1') !== SQLITE_HEADER) {
    throw new StartupError(
      'NOT_SQLITE',
      `数据文件 ${file} 不是台账数据库（不是 SQLite 文件）。程序未作任何改动，请检查数据文件夹。`,
    );
  }
  return true;
}

/** Removes the -wal/-shm files a read-only open created beside a refused file, if they were not there before. */
function sidecarCleaner(file: string): () => void {
  const fresh = ['-wal', '-shm'].map((suffix) => file + suffix).filter((path) => !existsSync(path));
  return () => {
    for (const path of fresh) {
      try {
        rmSync(path, { force: true });
      } catch {
        // best effort: the refusal itself matters more
      }
    }
  };
}

function checkIntegrity(db: Database.Database, pragma: 'quick_check' | 'integrity_check'): void {
  const rows = db.pragma(pragma) as Record<string, string>[];
  const first = rows[0] ? Object.values(rows[0])[0] : undefined;
  if (rows.length !== 1 || first !== 'ok') {
    throw new StartupError(
      'CORRUPT',
      `数据库已损坏（完整性检查未通过：${first ?? '未知'}）。程序未作任何改动，请用备份恢复或联系技术支持。`,
    );
  }
}

/**
 * Read-only checks first, so a refused file is never written to (not even its journal mode). An ordinary start
 * runs PRAGMA quick_check (seconds at 100,000 persons); the full integrity_check runs after an unclean exit and
 * before any migration (issue 13).
 */
function inspectExisting(
  file: string,
  options: OpenOptions,
  migrations: readonly Migration[],
  uncleanExit: boolean,
): { pending: Migration[]; checked: 'quick' | 'full' } {
  let db: Database.Database | undefined;
  let refused = false;
  const cleanSidecars = sidecarCleaner(file);
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    checkIntegrity(db, uncleanExit ? 'integrity_check' : 'quick_check');
    options.mark?.(uncleanExit ? 'integrity check' : 'quick check');
    const applied = readApplied(db);
    if (!applied.length && hasUserTables(db)) {
      throw new StartupError(
        'NOT_SQLITE',
        `数据文件 ${file} 是其他程序的 SQLite 数据库，不是台账数据库。程序未作任何改动，请检查数据文件夹。`,
      );
    }
    const pending = checkApplied(applied, migrations);
    options.mark?.('migrations check');
    if (pending.length && !uncleanExit) {
      checkIntegrity(db, 'integrity_check');
      options.mark?.('integrity check');
    }
    return { pending, checked: uncleanExit || pending.length ? 'full' : 'quick' };
  } catch (err) {
    refused = true;
    if (err instanceof StartupError) throw err;
    throw new StartupError(
      'CORRUPT',
      `数据库无法读取（${(err as Error).message}），可能已损坏。程序未作任何改动，请用备份恢复或联系技术支持。`,
    );
  } finally {
    db?.close();
    if (refused) cleanSidecars();
  }
}

export function openDatabase(file: string, options: OpenOptions): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const now = options.now ?? systemInstant;
  const existed = assertSqliteFile(file);
  const marker = openMarker(file);
  const mark = options.mark ?? (() => undefined);
  const inspected = existed ? inspectExisting(file, options, migrations, existsSync(marker)) : null;
  const pending = inspected ? inspected.pending : migrations.slice();
  const hadSchema = existed && pending.length < migrations.length;

  mkdirSync(dirname(file), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(file, { nativeBinding: options.nativeBinding });
  } catch (err) {
    throw new StartupError('CANNOT_OPEN', `无法打开数据库 ${file}（${(err as Error).message}）。`);
  }
  try {
    db.pragma('journal_mode = WAL');
    writerPragmas(db);

    let backupPath: string | null = null;
    if (pending.length && hadSchema && options.backupDir) {
      backupPath = backupBeforeMigration(db, options.backupDir, pending[0].version, now());
    }
    applyMigrations(db, pending, now());
    mark(pending.length ? 'migrations' : 'settings');
    // Table statistics for the query planner (issue 11): without them SQLite guessed, e.g., to walk 100,000 persons
    // and scan the recognitions for each (55 s for a work list). Analyses only the tables never analysed or grown
    // or shrunk much since (a no-op on most openings; about a second once at 100,000 persons, sampled).
    db.pragma('analysis_limit = 1000');
    db.pragma('optimize = 0x10002');
    mark('optimize');
    const schemaVersion = readApplied(db).at(-1)?.version ?? 0;
    writeFileSync(marker, '');
    const close = () => {
      db.close();
      rmSync(marker, { force: true });
    };
    return { db, schemaVersion, backupPath, checked: inspected?.checked ?? null, close };
  } catch (err) {
    db.close();
    throw err;
  }
}

function hasUserTables(db: Database.Database): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1").get();
}

/** YYYYMMDD-HHMMSS of an ISO timestamp, for backup file names. */
export const fileStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/** A consistent copy taken before any migration runs (ARCHITECTURE §4); listed by backups.list as before-upgrade. */
function backupBeforeMigration(db: Database.Database, dir: string, toVersion: number, nowIso: string): string {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `taizhang-before-v${toVersion}-${fileStamp(nowIso)}.db`);
  copyDatabase(db, target);
  return target;
}
