import type Database from 'better-sqlite3';
import { EXPLAIN, tablesWritten } from './tables-read';

/**
 * The job worker's writes, told to the interactive connection's kept answers (db/memo.ts) through shared memory
 * (issue 17: an import or a roster generation used to drop every kept answer, 首页 then cost its whole cold price).
 *
 * The board is an Int32Array on a SharedArrayBuffer that both threads hold:
 * - [STARTED] and [FINISHED] count the job worker's calls begun and ended;
 * - from [FIRST_SLOT] on, one counter per slot of table names (a hash: two tables sharing a slot only cost an
 *   extra recomputation). When a call ends, after its last commit and before its answer is posted, the job worker
 *   adds 1 to the slot of every table its statements wrote (from their compiled programs, triggers and foreign-key
 *   cascades included: tables-read.ts), then 1 to FINISHED.
 * The interactive memo notes a slot's counter before it computes an answer, and drops the answer when the counter
 * moved. A commit it sees (PRAGMA data_version) is explained by the job worker only when no call is under way and
 * one ended since its last look; any other commit (a call still running, another program) drops every kept answer.
 */
export const STARTED = 0;
export const FINISHED = 1;
const FIRST_SLOT = 2;
const SLOTS = 128;

export const newWriteBoard = (): Int32Array => new Int32Array(new SharedArrayBuffer((FIRST_SLOT + SLOTS) * 4));

export function slotOf(table: string): number {
  let h = 0;
  for (let i = 0; i < table.length; i++) h = (Math.imul(h, 31) + table.charCodeAt(i)) | 0;
  return FIRST_SLOT + ((h >>> 0) % SLOTS);
}

/** Every slot's counter now: taken before a computation reads, compared when its answer is served. */
export function readBoard(board: Int32Array): Int32Array {
  const copy = new Int32Array(board.length);
  for (let i = 0; i < board.length; i++) copy[i] = Atomics.load(board, i);
  return copy;
}

/** The counters of `tables`' slots in `seen` (the board read before the computation). */
export const slotsOf = (tables: Iterable<string>, seen: Int32Array): [number, number][] =>
  [...new Set([...tables].map(slotOf))].map((s) => [s, seen[s]]);

/** False when a table of the answer was written by the job worker since `slots` were read. */
export const slotsUnchanged = (board: Int32Array, slots: [number, number][]): boolean =>
  slots.every(([s, n]) => Atomics.load(board, s) === n);

/**
 * A commit seen on the interactive connection is the job worker's when no call of it is under way and one ended
 * since `seenFinished` (the answer's own slots then say whether it is affected).
 */
export function jobsExplain(board: Int32Array, seenFinished: number): { explained: boolean; finished: number } {
  const started = Atomics.load(board, STARTED);
  const finished = Atomics.load(board, FINISHED);
  return { explained: started === finished && finished !== seenFinished, finished };
}

type Run = (this: Database.Statement, ...args: unknown[]) => unknown;
const METHODS = ['run', 'get', 'all', 'iterate'] as const;

/**
 * Job worker side: notes the statements run on this thread's connections while a call is under way, and at its end
 * marks the tables they wrote on the board. Statement objects share one prototype per thread; the job worker's
 * thread holds only its own connection.
 */
export function trackJobWrites(board: Int32Array) {
  const sources = new Map<Database.Database, Set<string>>();
  let running = 0;
  let wrapped = false;
  const wrap = (db: Database.Database) => {
    if (wrapped) return;
    wrapped = true;
    const p = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, Run>;
    for (const m of METHODS) {
      const original = p[m];
      p[m] = function (this: Database.Statement, ...args: unknown[]) {
        // EXPLAIN: tables-read.ts compiling a statement of another call, not a write.
        if (running > 0 && !this.source.startsWith(EXPLAIN)) {
          let set = sources.get(this.database);
          if (!set) sources.set(this.database, (set = new Set()));
          set.add(this.source);
        }
        return original.apply(this, args);
      };
    }
  };
  return {
    /** Before a call runs on `db`. */
    begin(db: Database.Database) {
      wrap(db);
      running++;
      Atomics.add(board, STARTED, 1);
    },
    /** After the call ended (committed or rolled back), before its answer is posted. */
    end() {
      running--;
      const tables = new Set<string>();
      let unknown = false;
      for (const [db, set] of sources) {
        if (!db.open) {
          unknown = true;
          continue;
        }
        for (const sql of set) {
          const written = tablesWritten(db, sql);
          if (!written) unknown = true;
          else for (const t of written) tables.add(t);
        }
      }
      if (running === 0) sources.clear();
      if (unknown) for (let s = FIRST_SLOT; s < board.length; s++) Atomics.add(board, s, 1);
      else for (const s of new Set([...tables].map(slotOf))) Atomics.add(board, s, 1);
      Atomics.add(board, FINISHED, 1);
    },
  };
}
