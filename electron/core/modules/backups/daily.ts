// The automatic backup at the first start of each day, and the pruning of old automatic backups (issue 20).
import { join } from 'node:path';
import type { CoreContext } from '../../context';
import { removePlain, takePlainBackup } from './create';
import { listDataFolder } from './list';
import { backupsDir, countRows } from './meta';
import { toPrune } from './retention';
import { readRetention } from './settings';

/** True when the register holds nothing worth a copy yet (a first start). */
function isEmpty(ctx: CoreContext): boolean {
  const counts = Object.values(countRows(ctx.db)).reduce((a, b) => a + b, 0);
  return counts === 0 && !ctx.db.prepare('SELECT 1 FROM regions LIMIT 1').get();
}

/** Removes automatic backups beyond the retention settings; returns the names removed. */
export function pruneAutomatic(ctx: CoreContext): string[] {
  const { keepDaily, keepMonthly } = readRetention(ctx);
  const autos = listDataFolder(ctx).filter((b) => b.kind === 'auto');
  const gone = toPrune(autos, keepDaily, keepMonthly);
  for (const b of gone) removePlain(join(backupsDir(ctx), b.name));
  return gone.map((b) => b.name);
}

/**
 * Takes today's automatic backup unless one exists for the working day, then prunes. Never throws: a failed backup is
 * logged and must not stop the clerk from working. Returns the new backup's name, or null.
 */
export function dailyBackup(ctx: CoreContext): string | null {
  try {
    if (isEmpty(ctx)) return null;
    const today = ctx.today();
    if (listDataFolder(ctx).some((b) => b.kind === 'auto' && b.day === today)) return null;
    const taken = takePlainBackup(ctx, 'auto');
    pruneAutomatic(ctx);
    return taken.name;
  } catch (err) {
    ctx.logError(err, 'backups.daily');
    return null;
  }
}
