import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../electron/core/context';
import { FINISHED, newWriteBoard, slotOf, STARTED } from '../../electron/core/db/job-writes';
import { keptTables, keptUntilWrite } from '../../electron/core/db/memo';
import { makeCore } from './harness';

// db/memo.ts (issue 13): a kept answer is dropped when a table it read is written on this connection, kept when
// only other tables are written, and dropped altogether when another connection commits to the same file.

function counter(ctx: CoreContext) {
  const runs = { regions: 0, persons: 0, both: 0 };
  const regions = () =>
    keptUntilWrite(ctx, 't|regions', () => {
      runs.regions++;
      return ctx.db.prepare('SELECT count(*) FROM regions WHERE level = ?').pluck().get(4) as number;
    });
  const persons = () =>
    keptUntilWrite(ctx, 't|persons', () => {
      runs.persons++;
      return ctx.db.prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL').pluck().get() as number;
    });
  // Uses another kept answer: it depends on what that one read, even when that one is a hit.
  const both = () =>
    keptUntilWrite(ctx, 't|both', () => {
      runs.both++;
      return regions() + persons();
    });
  return { runs, regions, persons, both };
}

/** A fresh register's context and a counter of its kept answers. */
function counted() {
  const { ctx } = makeCore();
  return { ctx, c: counter(ctx) };
}

const addTownship = (db: Database.Database, code: string) =>
  db
    .prepare(
      `INSERT INTO regions (id, code, name, level, parent_id, created_at, updated_at, created_by, updated_by)
       VALUES ('r-' || @code, @code, '测试乡' || @code, 4, NULL, 'x', 'x', 'x', 'x')`,
    )
    .run({ code });

describe('keptUntilWrite', () => {
  it('knows the tables a computation read, through joins, indexes and nested kept answers', () => {
    const { ctx, c } = counted();
    c.both();
    expect(keptTables(ctx.db, 't|regions')).toEqual(['regions']);
    expect(keptTables(ctx.db, 't|persons')).toEqual(['persons']);
    expect(keptTables(ctx.db, 't|both')).toEqual(['persons', 'regions']);
    keptUntilWrite(ctx, 't|join', () =>
      ctx.db
        .prepare(
          `SELECT count(*) FROM contacts c JOIN registrations r ON r.id = c.registration_id
           WHERE r.person_id IN (SELECT id FROM persons WHERE township_id = @t)`,
        )
        .pluck()
        .get({ t: 'x' }),
    );
    expect(keptTables(ctx.db, 't|join')).toEqual(['contacts', 'persons', 'registrations']);
  });

  it('a write to another table keeps the answer; a write to a table it read drops it', () => {
    const { ctx, c } = counted();
    const townships = c.regions();
    c.persons();
    c.both();
    expect(c.runs).toEqual({ regions: 1, persons: 1, both: 1 });

    // A settings row written on this connection: nothing kept reads settings.
    ctx.db
      .prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('memo.test', '1', 'x', 'x')")
      .run();
    c.regions();
    c.persons();
    c.both();
    expect(c.runs).toEqual({ regions: 1, persons: 1, both: 1 });

    // A township added: the regions count and what used it are computed again, the persons count is kept.
    addTownship(ctx.db, '653121999001');
    expect(c.regions()).toBe(townships + 1);
    c.persons();
    expect(c.both()).toBe(townships + 1 + c.persons());
    expect(c.runs).toEqual({ regions: 2, persons: 1, both: 2 });
  });

  it('another connection committing to the same file drops every kept answer', () => {
    const { ctx, c } = counted();
    const townships = c.regions();
    c.persons();
    const other = new Database(ctx.db.name);
    try {
      other
        .prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('memo.other', '1', 'x', 'x')")
        .run();
      c.persons();
      expect(c.runs).toEqual({ regions: 1, persons: 2, both: 0 });
      addTownship(other, '653121999002');
      expect(c.regions()).toBe(townships + 1);
      expect(c.runs.regions).toBe(2);
    } finally {
      other.close();
    }
  });

  it('keeps nothing computed inside an open transaction (a rollback would leave it wrong)', () => {
    const { ctx, c } = counted();
    const before = c.regions();
    expect(() =>
      ctx.db.transaction(() => {
        addTownship(ctx.db, '653121999003');
        expect(c.regions()).toBe(before + 1);
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(c.regions()).toBe(before);
    // Computed inside (not kept) and again after the rollback, since the rolled-back insert touched regions.
    expect(c.runs.regions).toBe(3);
  });
});

describe('keptUntilWrite and the job worker (db/job-writes.ts)', () => {
  /** A context whose lane has `board`, as core.ts gives it when the job worker runs. */
  const withBoard = (ctx: CoreContext, board: Int32Array) =>
    Object.create(ctx, { lane: { value: { writes: board } } }) as CoreContext;

  /** What the job worker does around a call: counts it, and marks the tables it wrote once it has committed. */
  function jobCall(board: Int32Array, write: () => void, tables: string[]) {
    Atomics.add(board, STARTED, 1);
    write();
    for (const t of tables) Atomics.add(board, slotOf(t), 1);
    Atomics.add(board, FINISHED, 1);
  }

  it('a commit of the job worker drops only what read the tables it wrote; one under way drops everything', () => {
    const core = makeCore();
    const board = newWriteBoard();
    const ctx = withBoard(core.ctx, board);
    const c = counter(ctx);
    const townships = c.regions();
    c.persons();
    const other = new Database(ctx.db.name);
    try {
      // The job worker added a township: the regions count follows, the persons count is kept.
      jobCall(board, () => addTownship(other, '653121999004'), ['regions']);
      expect(c.regions()).toBe(townships + 1);
      c.persons();
      expect(c.runs).toEqual({ regions: 2, persons: 1, both: 0 });

      // A commit while a call of the job worker is still under way: nothing says what it wrote, all is dropped.
      Atomics.add(board, STARTED, 1);
      addTownship(other, '653121999005');
      c.persons();
      expect(c.regions()).toBe(townships + 2);
      expect(c.runs).toEqual({ regions: 3, persons: 2, both: 0 });
      Atomics.add(board, slotOf('regions'), 1);
      Atomics.add(board, FINISHED, 1);
      // Its end marks regions: computed again (the answer was already right), persons kept.
      c.persons();
      expect(c.regions()).toBe(townships + 2);
      expect(c.runs).toEqual({ regions: 4, persons: 2, both: 0 });

      // Another program's commit, with no call of the job worker since the last look: everything is dropped.
      other
        .prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('memo.board', '1', 'x', 'x')")
        .run();
      c.persons();
      c.regions();
      expect(c.runs).toEqual({ regions: 5, persons: 3, both: 0 });
    } finally {
      other.close();
    }
  });
});
