// What a computation kept by db/memo.ts reads: while it runs, every statement it executes on its connection is
// noted, and each statement's tables come from its compiled program (db/tables-read.ts).
import type Database from 'better-sqlite3';
import { EXPLAIN, tablesRead } from './tables-read';

/** One computation being recorded: the statements it ran, and the tables of the kept answers it used. */
export interface Recording {
  db: Database.Database;
  sources: Set<string>;
  tables: Set<string> | null;
}

/** The recordings of the computations running now (a computation may use another kept answer). */
const recording: Recording[] = [];

/** Runs `compute`, noting in `rec` (and in the recordings around it) the statements it executes. */
export function recordReads<T>(rec: Recording, compute: () => T): T {
  recording.push(rec);
  try {
    return recorded(compute);
  } finally {
    recording.pop();
  }
}

/** Tells the computations running now that they read `tables` (a kept answer they used; null: unknown). */
export function noteTables(tables: Set<string> | null) {
  for (const r of recording) {
    if (!r.tables) continue;
    if (!tables) r.tables = null;
    else for (const t of tables) r.tables.add(t);
  }
}

/** `known` with the tables the statements `sources` read; null when one is unknown or not `watched`. */
export function resolveTables(
  db: Database.Database,
  watched: ReadonlySet<string>,
  known: Set<string> | null,
  sources: Set<string>,
) {
  const tables = known;
  for (const sql of sources) {
    const read = tablesRead(db, sql);
    if (!read || !tables || [...read].some((t) => !watched.has(t))) return null;
    for (const t of read) tables.add(t);
  }
  return tables;
}

// While a computation runs, the statements it executes are noted. Statement objects share one prototype; the
// methods are wrapped only for the duration of the outermost computation (synchronous, so nothing else runs).
type Run = (this: Database.Statement, ...args: unknown[]) => unknown;
const METHODS = ['get', 'all', 'iterate'] as const;

function recorded<T>(compute: () => T): T {
  if (recording.length > 1) return compute();
  const proto = Object.getPrototypeOf(recording[0].db.prepare('SELECT 1')) as Record<string, Run>;
  const originals = METHODS.map((m) => proto[m]);
  METHODS.forEach((m, k) => {
    const original = originals[k];
    proto[m] = function (this: Database.Statement, ...args: unknown[]) {
      if (!this.source.startsWith(EXPLAIN))
        for (const r of recording) if (r.db === this.database) r.sources.add(this.source);
      return original.apply(this, args);
    };
  });
  try {
    return compute();
  } finally {
    METHODS.forEach((m, k) => (proto[m] = originals[k]));
  }
}
