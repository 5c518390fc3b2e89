import type Database from 'better-sqlite3';

/**
 * The SQL texts of the reads (get, all, iterate) that `run` executes on `db`: for tests that check what a path
 * reads (a kept answer recomputed or not, a table read once).
 */
export async function statementsOf(db: Database.Database, run: () => Promise<unknown>): Promise<string[]> {
  type Method = (this: Database.Statement, ...args: unknown[]) => unknown;
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, Method>;
  const methods = ['get', 'all', 'iterate'] as const;
  const originals = methods.map((m) => proto[m]);
  const seen: string[] = [];
  methods.forEach((m, k) => {
    proto[m] = function (this: Database.Statement, ...args: unknown[]) {
      if (this.database === db) seen.push(this.source);
      return originals[k].apply(this, args);
    };
  });
  try {
    await run();
  } finally {
    methods.forEach((m, k) => (proto[m] = originals[k]));
  }
  return seen;
}
