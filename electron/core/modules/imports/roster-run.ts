// Running a roster kind's committer over its valid rows. Each row in its own savepoint: a row the module's rules
// refuse leaves nothing behind, not even the employer or person it created on the way. The dry run runs it inside
// a transaction that is always rolled back (nothing written, whatever happened); the commit inside the channel's
// one transaction, where any refusal undoes everything.
import { ROSTER_FIELD_TABLES, type PlannedCreation } from '../../../../shared/contract/roster-imports';
import { AppError } from '../../../../shared/contract/result';
import type { CoreContext } from '../../context';
import type { RowErrorCollector } from '../../excel/import/errors';
import { displayValue } from '../../excel/import/values';
import { labelOf, type RosterKind, type RosterRow } from './roster-kind';

export interface RunOutcome<R> {
  accepted: R[];
  persons: PlannedCreation[];
  employers: PlannedCreation[];
  posts: PlannedCreation[];
  /** What the writes read as another (Created.readings), by row. */
  readings: { row: number; key: string; written: string; readAs: string }[];
}

/** A refusal of the rules, as opposed to a fault of the program. */
const isRefusal = (err: unknown): err is AppError => err instanceof AppError && err.code !== 'INTERNAL';

/** Applies the rows in file order; `onRefused` records a refusal and goes on, or throws to stop the run. */
export function applyRows<R extends RosterRow, S>(
  ctx: CoreContext,
  kind: RosterKind<R, S>,
  rows: readonly R[],
  onRefused: (row: R, err: AppError) => void,
  /** Called before each row with its index, outside the row's refusal handling (the commit's progress and 取消). */
  beforeRow?: (i: number) => void,
): RunOutcome<R> {
  const out: RunOutcome<R> = { accepted: [], persons: [], employers: [], posts: [], readings: [] };
  const session = kind.session(ctx);
  for (const [i, row] of rows.entries()) {
    beforeRow?.(i);
    try {
      const created = ctx.db.transaction(() => kind.apply(ctx, row, session))();
      out.accepted.push(row);
      if (created.person) out.persons.push(created.person);
      if (created.employer) out.employers.push(created.employer);
      if (created.post) out.posts.push(created.post);
      for (const reading of created.readings ?? []) out.readings.push({ row: row.row, ...reading });
    } catch (err) {
      if (!isRefusal(err)) throw err;
      onRefused(row, err);
    }
  }
  return out;
}

class Rehearsed extends Error {}

/** The dry run: every row through the rules, each refusal recorded on its row and column; then all rolled back. */
export function rehearse<R extends RosterRow, S>(
  ctx: CoreContext,
  kind: RosterKind<R, S>,
  rows: readonly R[],
  errors: Pick<RowErrorCollector, 'add'>,
  columns: Record<string, number>,
): RunOutcome<R> {
  let outcome: RunOutcome<R> | undefined;
  try {
    ctx.db.transaction(() => {
      outcome = applyRows(ctx, kind, rows, (row, err) => recordRefusal(kind, row, err, errors, columns));
      throw new Rehearsed();
    })();
  } catch (err) {
    if (!(err instanceof Rehearsed)) throw err;
  }
  return outcome!;
}

/** A rule's refusal on the cells it names (the field's own message, else the rule's), or on the ID column. */
export function recordRefusal<R extends RosterRow>(
  kind: RosterKind<R, unknown> | RosterKind<R, never>,
  row: R,
  err: AppError,
  errors: Pick<RowErrorCollector, 'add'>,
  columns: Record<string, number>,
): void {
  const fields = Object.entries(err.fields ?? {});
  const anchor = kind.anchorKey ?? 'idNumber';
  // A field the file has no column for: its nearest related column that is there (单位性质 → 用人单位), else the anchor.
  const at = (key: string) => {
    if (columns[key] !== undefined) return key;
    const near = kind.nearKey?.[key];
    return near !== undefined && columns[near] !== undefined ? near : anchor;
  };
  const cellOf = (key: string) => displayValue(row.source.cells[key] ?? null);
  /** What to do about a field without a column: add it (or give it a default, where a default is allowed). */
  const addColumn = (key: string) =>
    `请增加“${labelOf(kind, key)}”列` +
    (ROSTER_FIELD_TABLES[kind.id].noDefault.includes(key) ? '' : '或在列的对应关系中为它设默认值');
  if (!fields.length) {
    errors.add(row.row, columns[anchor], labelOf(kind, anchor), cellOf(anchor), err.message);
    return;
  }
  const seen = new Set<string>();
  for (const [field, message] of fields) {
    const own = kind.columnOf(field);
    const key = at(own);
    const said = message.length >= 8 || !err.message ? message : err.message;
    const text = key === own || !kind.specs.some((s) => s.key === own) ? said : `${said}；${addColumn(own)}`;
    if (seen.has(`${key}:${text}`)) continue;
    seen.add(`${key}:${text}`);
    errors.add(row.row, columns[key], labelOf(kind, key), cellOf(key), text);
  }
}
