// A commit that fails part-way: the database refuses an insert in the middle of an import's transaction (a temporary
// trigger), after some rows of other tables were written. The tests then check that nothing of it stayed.
import type { Core } from '../../electron/core/core';

export interface ForcedFailure {
  /** The row counts of the watched tables when the failure was set up. */
  start: number[];
  /** The row counts of the watched tables as the refused insert saw them (empty until it happened). */
  atFailure: () => number[];
  /** Drops the trigger. */
  remove: () => void;
}

/**
 * From now on, inserting into `table` once it holds `inserts` rows more than now is refused ('forced failure'); the
 * counts of `watched` (table names) are noted at that moment.
 */
export function failInsertAfter(core: Core, table: string, inserts: number, watched: string[]): ForcedFailure {
  const db = core.ctx.db;
  const counts = watched.map((t) => `(SELECT count(*) FROM main.${t})`).join(', ');
  const start = db.prepare(`SELECT ${counts}`).raw().get() as number[];
  const limit = (db.prepare(`SELECT count(*) FROM main.${table}`).pluck().get() as number) + inserts;
  let atFailure: number[] = [];
  db.function('note_counts', { varargs: true }, (...n: unknown[]) => ((atFailure = n as number[]), null));
  db.exec(`CREATE TEMP TRIGGER forced_failure BEFORE INSERT ON main.${table}
    WHEN (SELECT count(*) FROM main.${table}) >= ${limit}
    BEGIN SELECT note_counts(${counts}); SELECT RAISE(ABORT, 'forced failure'); END`);
  return { start, atFailure: () => atFailure, remove: () => db.exec('DROP TRIGGER temp.forced_failure') };
}
