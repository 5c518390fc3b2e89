import type Database from 'better-sqlite3';

/** Prepared statements are cached per connection: lists and checks run the same few shapes over and over. */
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Database.Database, sql: string): Database.Statement {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let stmt = byDb.get(sql);
  if (!stmt) {
    if (byDb.size > 500) byDb.clear();
    byDb.set(sql, (stmt = db.prepare(sql)));
  }
  return stmt;
}
