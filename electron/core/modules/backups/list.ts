import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '../../../../shared/contract/backups';
import type { CoreContext } from '../../context';
import { readEnvelope } from './envelope';
import { STAGING, folderOf, isDataFolder } from './files';
import { NO_COUNTS, plainEntry, sidecarOf } from './meta';
import { localDate } from '../../clock';

/** An encrypted backup's entry from its plain header (no passphrase needed). */
export function encryptedEntry(file: string, name: string, folder: string | null): BackupEntry {
  const sizeBytes = statSync(file).size;
  try {
    const { meta } = readEnvelope(file);
    return { ...meta, name, folder, sizeBytes, encrypted: true, readable: true, problem: null };
  } catch (err) {
    const createdAt = statSync(file).mtime.toISOString();
    return {
      kind: 'manual',
      createdAt,
      day: localDate(createdAt),
      appVersion: '',
      schemaVersion: 0,
      counts: NO_COUNTS,
      name,
      folder,
      sizeBytes,
      encrypted: true,
      readable: false,
      problem: (err as Error).message,
    };
  }
}

/**
 * The backups in the data folder (every .db in backups/), or in a chosen folder (every .tzbak, and .db copies that
 * carry their .json); newest first.
 */
/** The plain copies in the data folder's backups/ (what the daily backup and pruning look at); unsorted. */
export function listDataFolder(ctx: CoreContext): BackupEntry[] {
  const dir = folderOf(ctx, null);
  const items: BackupEntry[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith(STAGING) || !name.endsWith('.db')) continue;
    try {
      if (statSync(join(dir, name)).isFile()) items.push(plainEntry(join(dir, name), name, null, ctx));
    } catch {
      // removed while listing
    }
  }
  return items;
}

export function listBackups(ctx: CoreContext, folder: string | null): BackupEntry[] {
  const dir = folderOf(ctx, folder);
  const own = isDataFolder(ctx, dir);
  const where = own ? null : dir;
  const items: BackupEntry[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith(STAGING)) continue;
    const file = join(dir, name);
    try {
      if (!statSync(file).isFile()) continue;
      if (name.endsWith('.tzbak')) items.push(encryptedEntry(file, name, where));
      else if (name.endsWith('.db') && (own || existsSync(sidecarOf(file))))
        items.push(plainEntry(file, name, where, ctx));
    } catch {
      // removed while listing
    }
  }
  return items.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}
