import type Database from 'better-sqlite3';

export const EXPLAIN = 'EXPLAIN ';

/**
 * The tables a statement reads, from its compiled program: every OpenRead opens a table or an index by its root
 * page, and sqlite_schema names the table each root page belongs to (an index: its table). Views, subqueries and
 * CTEs are already resolved to tables in the program. Null when the program cannot be had or opens something
 * that is not a main-schema table (a temp table, a stored virtual table): the caller then treats the reads as
 * unknown. Table-valued functions (json_each) are virtual tables that read nothing stored.
 * Kept per connection and statement text; the schema version is part of the key, since root pages move with it.
 */
interface Opened {
  read: Set<string>;
  /** Opened to write (OpenWrite), triggers' and foreign-key cascades' programs included. */
  written: Set<string>;
}
const known = new WeakMap<Database.Database, { schema: number; bySql: Map<string, Opened | null> }>();

/** Named parameters (@a, :a, $a) and anonymous ones (?), to bind NULLs when compiling EXPLAIN. */
function nullParams(sql: string): unknown[] {
  const text = sql.replace(/'(?:[^']|'')*'/g, "''").replace(/"(?:[^"]|"")*"/g, '""');
  const named = new Set([...text.matchAll(/[@:$]([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
  const anonymous = (text.match(/\?/g) ?? []).length;
  const args: unknown[] = Array.from({ length: anonymous }, () => null);
  if (named.size > 0) args.push(Object.fromEntries([...named].map((n) => [n, null])));
  return args;
}

function explain(db: Database.Database, sql: string): Opened | null {
  try {
    const program = db.prepare(EXPLAIN + sql).all(...nullParams(sql)) as { opcode: string; p2: number; p3: number }[];
    const roots = new Map(
      (
        db.prepare('SELECT rootpage, tbl_name FROM sqlite_schema WHERE rootpage > 0').all() as {
          rootpage: number;
          tbl_name: string;
        }[]
      ).map((r) => [r.rootpage, r.tbl_name]),
    );
    const hasVirtualTables =
      db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'").get() !== undefined;
    const tables = new Set<string>();
    const written = new Set<string>();
    for (const op of program) {
      // A virtual table: with none in the schema it is a table-valued function (json_each), which reads no table.
      if (op.opcode === 'VOpen' && hasVirtualTables) return null;
      if (op.opcode !== 'OpenRead' && op.opcode !== 'OpenWrite') continue;
      if (op.p3 !== 0) return null;
      if (op.p2 === 1) continue; // sqlite_schema itself: covered by the schema version
      const table = roots.get(op.p2);
      if (!table) return null;
      tables.add(table);
      if (op.opcode === 'OpenWrite') written.add(table);
    }
    return { read: tables, written };
  } catch {
    return null;
  }
}

function opened(db: Database.Database, sql: string): Opened | null {
  const schema = db.pragma('schema_version', { simple: true }) as number;
  let k = known.get(db);
  if (!k || k.schema !== schema) known.set(db, (k = { schema, bySql: new Map() }));
  if (!k.bySql.has(sql)) k.bySql.set(sql, explain(db, sql));
  return k.bySql.get(sql) ?? null;
}

export const tablesRead = (db: Database.Database, sql: string): Set<string> | null => opened(db, sql)?.read ?? null;

/** The tables a statement writes (null: unknown, as for tablesRead). */
export const tablesWritten = (db: Database.Database, sql: string): Set<string> | null =>
  opened(db, sql)?.written ?? null;
