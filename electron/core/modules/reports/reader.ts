// A read-only second connection for long exports. The export pulls rows from an open cursor while it yields
// to the event loop (so the zip stream drains and 取消 is heard); better-sqlite3 refuses every write on a
// connection with an open cursor, so reading on the core's own connection would make a clerk's save fail
// for as long as a large export runs. In WAL mode a second connection reads one consistent snapshot and
// blocks nobody.
import Database from 'better-sqlite3';
import { isMainThread, workerData } from 'node:worker_threads';
import type { CoreContext } from '../../context';

interface Reader {
  db: Database.Database;
  close(): void;
}

/** The better-sqlite3 build the core was opened with (the Electron app runs the core in a worker with its own build). */
function nativeBinding(): string | undefined {
  const data = isMainThread ? undefined : (workerData as { nativeBinding?: unknown } | undefined);
  return typeof data?.nativeBinding === 'string' ? data.nativeBinding : undefined;
}

/** Opens the reader; falls back to the core's connection (logged) when a second one cannot be opened. */
export function openReader(ctx: Pick<CoreContext, 'db' | 'logError'>): Reader {
  const file = ctx.db.name;
  if (!ctx.db.memory && file) {
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: nativeBinding() });
      return { db, close: () => db.close() };
    } catch (err) {
      ctx.logError(err, 'reports.reader');
    }
  }
  return { db: ctx.db, close: () => undefined };
}

/** Runs `read` on a reader opened for it and closes the reader afterwards, whatever happens. */
export async function withReader<T>(
  ctx: Pick<CoreContext, 'db' | 'logError'>,
  read: (db: Database.Database) => Promise<T>,
): Promise<T> {
  const reader = openReader(ctx);
  try {
    return await read(reader.db);
  } finally {
    reader.close();
  }
}
