// The raw baseline of a bench case, recorded rather than rewritten: every statement a call runs on the connection
// (with its parameters) is noted while recording is on, and replayed with plain better-sqlite3 — without dispatch,
// zod, the code between statements or the JSON of the answer.
import type Database from 'better-sqlite3';

interface Recorded {
  sql: string;
  method: 'get' | 'all' | 'iterate' | 'run';
  args: unknown[];
}

/** Records every statement run through `db` while `on()` is true (statements prepared after this call). */
export function recordStatements(db: Database.Database) {
  const log: Recorded[] = [];
  let recording = false;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    const proxy: Database.Statement = new Proxy(stmt, {
      get(target, prop) {
        if (prop === 'get' || prop === 'all' || prop === 'iterate' || prop === 'run')
          return (...args: unknown[]) => {
            if (recording) log.push({ sql, method: prop, args });
            return (target[prop] as (...a: unknown[]) => unknown)(...args);
          };
        if (prop === 'pluck' || prop === 'raw' || prop === 'expand')
          return (v?: boolean) => {
            target[prop](v ?? true);
            return proxy;
          };
        const value = Reflect.get(target, prop) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return proxy;
  }) as typeof db.prepare;
  return {
    log,
    on: () => (recording = true),
    off: () => (recording = false),
  };
}

/** Replays recorded statements with their parameters, each prepared once (the raw baseline). */
export function replay(db: Database.Database, log: Recorded[]): () => number {
  const prepare = Object.getPrototypeOf(db).prepare as Database.Database['prepare'];
  const statements = log.map((r) => ({
    stmt: prepare.call(db, r.sql) as Database.Statement<unknown[]>,
    method: r.method,
    args: r.args,
  }));
  return () => {
    let rows = 0;
    for (const s of statements) {
      if (s.method === 'all') rows += (s.stmt.all(...s.args) as unknown[]).length;
      else if (s.method === 'iterate') for (const _ of s.stmt.iterate(...s.args)) rows++;
      else if (s.method === 'get') rows += s.stmt.get(...s.args) === undefined ? 0 : 1;
    }
    return rows;
  };
}

/** The raw baseline of one call: the statements `run` ran (not the planner's EXPLAINs or schema reads), replayable. */
export async function recordedRaw(
  db: Database.Database,
  rec: ReturnType<typeof recordStatements>,
  run: () => Promise<unknown>,
): Promise<() => number> {
  rec.log.length = 0;
  rec.on();
  try {
    await run();
  } finally {
    rec.off();
  }
  return replay(
    db,
    rec.log.filter((r) => !r.sql.startsWith('EXPLAIN ') && !r.sql.includes('sqlite_schema')),
  );
}
