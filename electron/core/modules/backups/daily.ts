// The automatic backup at the first start of each day, and the pruning of old automatic backups (issue 20).
// Where the app runs with a job worker (the Electron app, `npm run serve`), it is taken there after start, so the
// core answers at once (issue 13: a whole copy of the register, ~536 MB and many seconds at 100,000 persons, used
// to come before the first answer); in-process cores (tests, seed, bench) take it at open, as before.
import { join } from 'node:path';
import type { CoreContext } from '../../context';
import { removePlain, takePlainBackup } from './create';
import { BUSY_BACKUP, tryBackupLock } from './files';
import { listDataFolder } from './list';
import { backupsDir, hasNoRows } from './meta';
import { toPrune } from './retention';
import { readRetention } from './settings';

/** True when the register holds nothing worth a copy yet (a first start). */
const isEmpty = (ctx: CoreContext): boolean =>
  hasNoRows(ctx.db) && !ctx.db.prepare('SELECT 1 FROM regions LIMIT 1').get();

const takenToday = (ctx: CoreContext): boolean => {
  const today = ctx.today();
  return listDataFolder(ctx).some((b) => b.kind === 'auto' && b.day === today);
};

/** Removes automatic backups beyond the retention settings; returns the names removed. */
function pruneAutomatic(ctx: CoreContext): string[] {
  const { keepDaily, keepMonthly } = readRetention(ctx);
  const autos = listDataFolder(ctx).filter((b) => b.kind === 'auto');
  const gone = toPrune(autos, keepDaily, keepMonthly);
  for (const b of gone) removePlain(join(backupsDir(ctx), b.name));
  return gone.map((b) => b.name);
}

/** True when today's automatic backup is still to be taken: a register with something in it and no copy of today. */
export function dailyBackupDue(ctx: CoreContext): boolean {
  return !isEmpty(ctx) && !takenToday(ctx);
}

/**
 * One attempt, under the folder's one-backup-at-a-time lock: today's copy and the pruning, or `busy` when a backup,
 * verify or restore holds the lock. Throws what the copy throws. `lockFirst`: take the lock before reading the register
 * (the job worker: a restore holds the lock while that worker's connection is closed); otherwise an empty register is
 * left without creating backups/.
 */
function attempt(ctx: CoreContext, lockFirst = false): { busy: true } | { busy: false; name: string | null } {
  if (!lockFirst && isEmpty(ctx)) return { busy: false, name: null };
  const release = tryBackupLock(ctx);
  if (!release) return { busy: true };
  try {
    if ((lockFirst && isEmpty(ctx)) || takenToday(ctx)) return { busy: false, name: null };
    const taken = takePlainBackup(ctx, 'auto');
    pruneAutomatic(ctx);
    return { busy: false, name: taken.name };
  } finally {
    release();
  }
}

/**
 * Takes today's automatic backup unless one exists for the working day, then prunes. Never throws: a failed backup is
 * logged and must not stop the clerk from working (and so is one skipped because another backup held the folder).
 * Returns the new backup's name, or null.
 */
export function dailyBackup(ctx: CoreContext): string | null {
  try {
    const r = attempt(ctx);
    if (r.busy) throw new Error(`今日自动备份未进行：${BUSY_BACKUP}`);
    return r.name;
  } catch (err) {
    ctx.logError(err, 'backups.daily');
    return null;
  }
}

/**
 * The job worker's daily backup (after start): like dailyBackup, but while another backup or a restore holds the
 * folder it tries again every `retryMs`, up to `tries` times, before logging that today's copy was not taken.
 */
export async function dailyBackupWhenFree(ctx: CoreContext, retryMs = 30_000, tries = 20): Promise<string | null> {
  for (let n = 1; n <= tries; n++) {
    try {
      const r = attempt(ctx, true);
      if (!r.busy) return r.name;
    } catch (err) {
      ctx.logError(err, 'backups.daily');
      return null;
    }
    if (n < tries) await new Promise((resolve) => setTimeout(resolve, retryMs));
  }
  ctx.logError(new Error(`今日自动备份未进行：${BUSY_BACKUP}`), 'backups.daily');
  return null;
}
