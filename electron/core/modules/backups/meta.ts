// Where backups live and what each one says about itself. A plain backup in the data folder is
// backups/<name>.db with <name>.db.json beside it (the metadata); a copy without its .json (a process killed
// between the two, or a copy from before this module) is described by opening it read-only.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  backupMeta,
  type BackupCounts,
  type BackupEntry,
  type BackupKind,
  type BackupMeta,
} from '../../../../shared/contract/backups';
import type { CoreContext } from '../../context';
import { PARTIAL, syncFile } from '../../db/copy';
import { readApplied } from '../../db/migrate';
import { localDate } from '../../clock';

export const BACKUPS_FOLDER = 'backups';

export function backupsDir(ctx: Pick<CoreContext, 'dataDir'>): string {
  const dir = join(ctx.dataDir, BACKUPS_FOLDER);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Rows counted for the list; people-facing tables leave out soft-deleted rows. */
const COUNTED: (keyof BackupCounts)[] = [
  'persons',
  'registrations',
  'contacts',
  'employers',
  'posts',
  'placements',
  'internships',
];

/** Row counts of a register of any schema version (a table an older version lacks counts 0). */
function countRows(db: Database.Database): BackupCounts {
  const counts = {} as BackupCounts;
  for (const table of COUNTED) {
    const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
    if (!cols.length) {
      counts[table] = 0;
      continue;
    }
    const live = cols.some((c) => c.name === 'deleted_at') ? ' WHERE deleted_at IS NULL' : '';
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM "${table}"${live}`).get() as { n: number }).n;
  }
  return counts;
}

/** True when no counted table has a live row (countRows all 0), asking only whether one exists: cheap at any size. */
export function hasNoRows(db: Database.Database): boolean {
  return COUNTED.every((table) => {
    const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
    if (!cols.length) return true;
    const live = cols.some((c) => c.name === 'deleted_at') ? ' WHERE deleted_at IS NULL' : '';
    return !db.prepare(`SELECT 1 FROM "${table}"${live} LIMIT 1`).get();
  });
}

function schemaVersionOf(db: Database.Database): number {
  return readApplied(db).at(-1)?.version ?? 0;
}

/** The metadata of a register as it is now. */
export function describeRegister(
  db: Database.Database,
  kind: BackupKind,
  ctx: Pick<CoreContext, 'today' | 'now' | 'appVersion'>,
): BackupMeta {
  return {
    kind,
    createdAt: ctx.now(),
    day: ctx.today(),
    appVersion: ctx.appVersion,
    schemaVersion: schemaVersionOf(db),
    counts: countRows(db),
  };
}

export const sidecarOf = (file: string) => `${file}.json`;

/** Writes <file>.json (via a .partial and a rename). */
export function writeSidecar(file: string, meta: BackupMeta): void {
  const target = sidecarOf(file);
  writeFileSync(target + PARTIAL, JSON.stringify(meta));
  syncFile(target + PARTIAL);
  renameSync(target + PARTIAL, target);
}

/** Kind and time from a file name, for copies that have no .json. */
function guessFromName(name: string, mtime: Date): Pick<BackupMeta, 'kind' | 'createdAt' | 'day'> {
  const kind: BackupKind = /-before-v\d+-/.test(name)
    ? 'before-upgrade'
    : name.includes('-before-restore-')
      ? 'before-restore'
      : name.includes('-before-purge-')
        ? 'before-purge'
        : name.includes('-before-import-')
          ? 'before-import'
          : name.includes('-auto-')
            ? 'auto'
            : 'manual';
  const m = /(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/.exec(name);
  const createdAt = m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` : mtime.toISOString();
  return { kind, createdAt, day: localDate(createdAt) };
}

/** Opens a plain copy read-only and describes it; throws if it is not a register. */
function inspectPlain(
  file: string,
  ctx: Pick<CoreContext, 'nativeBinding'>,
): Pick<BackupMeta, 'schemaVersion' | 'counts'> {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: ctx.nativeBinding });
  try {
    return { schemaVersion: schemaVersionOf(db), counts: countRows(db) };
  } finally {
    db.close();
  }
}

const ZERO: BackupCounts = {
  persons: 0,
  registrations: 0,
  contacts: 0,
  employers: 0,
  posts: 0,
  placements: 0,
  internships: 0,
};

/** A list entry for a plain backup: its .json when present and valid, else what the file itself shows. */
export function plainEntry(
  file: string,
  name: string,
  folder: string | null,
  ctx: Pick<CoreContext, 'nativeBinding'>,
): BackupEntry {
  const stat = statSync(file);
  const base = { name, folder, sizeBytes: stat.size, encrypted: false };
  if (existsSync(sidecarOf(file))) {
    try {
      const meta = backupMeta.parse(JSON.parse(readFileSync(sidecarOf(file), 'utf8')));
      return { ...meta, ...base, readable: true, problem: null };
    } catch {
      // fall through: describe the file itself
    }
  }
  const guessed = guessFromName(name, stat.mtime);
  try {
    return { ...guessed, appVersion: '', ...inspectPlain(file, ctx), ...base, readable: true, problem: null };
  } catch {
    return {
      ...guessed,
      appVersion: '',
      schemaVersion: 0,
      counts: ZERO,
      ...base,
      readable: false,
      problem: '无法读取，文件可能已损坏',
    };
  }
}

export { ZERO as NO_COUNTS };
