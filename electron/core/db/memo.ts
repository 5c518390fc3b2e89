import type Database from 'better-sqlite3';
import type { CoreContext } from '../context';
import { prepared } from './prepared';

/**
 * Answers kept per connection until the next write or another working date: total_changes() grows with every row
 * this connection inserts, updates or deletes, and PRAGMA data_version changes when another connection (a job's
 * worker, a restore) commits. Reading the same list or page again then costs nothing until something changes.
 */
const memo = new WeakMap<Database.Database, { key: string; values: Map<string, unknown> }>();

export function keptUntilWrite<T>(ctx: CoreContext, name: string, compute: () => T): T {
  const changes = prepared(ctx.db, 'SELECT total_changes()').pluck().get() as number;
  const version = prepared(ctx.db, 'PRAGMA data_version').pluck().get() as number;
  const key = `${ctx.today()}|${changes}|${version}`;
  let m = memo.get(ctx.db);
  if (!m || m.key !== key) memo.set(ctx.db, (m = { key, values: new Map() }));
  if (!m.values.has(name)) m.values.set(name, compute());
  return m.values.get(name) as T;
}
