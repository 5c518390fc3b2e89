import type Database from 'better-sqlite3';
import type { Account } from '../../../shared/contract/accounts';
import { AppError } from '../../../shared/contract';
import { prepared } from '../db/prepared';

// Township scope (issue 19, DOMAIN §9.4): a 乡镇经办 sees and touches only the persons and places of the
// 乡镇(街道) on their account; every other role works county-wide. dispatch turns the caller into a Scope once
// per call (ctx.scope); queries apply it with scopeSql, checks with inScope / assertInScope.

export type Scope =
  | { readonly county: true }
  | {
      readonly county: false;
      /** Region ids of the caller's 乡镇(街道); empty means nothing is visible. */
      readonly townshipIds: readonly string[];
      /** The same as one JSON array: the single parameter of scopeSql's fragment. */
      readonly json: string;
    };

export const COUNTY: Scope = Object.freeze({ county: true });

function townshipScope(townshipIds: readonly string[]): Scope {
  const ids = [...new Set(townshipIds)].sort();
  return Object.freeze({ county: false, townshipIds: ids, json: JSON.stringify(ids) });
}

/** The scope of a signed-in account (null: nobody, e.g. the public auth calls and the core's own work). */
export function scopeOf(account: Pick<Account, 'role' | 'townshipIds'> | null): Scope {
  if (account?.role !== 'clerk') return COUNTY;
  return townshipScope(account.townshipIds);
}

interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * The WHERE term that keeps rows whose township column is in scope, and its parameters. County-wide it is a
 * constant true term with no parameter; a township scope is one JSON-array parameter, so the statement text
 * (and the prepared-statement cache entry) is the same for every township clerk.
 */
export function scopeSql(scope: Scope, column: string): SqlFragment {
  if (scope.county) return { sql: '1 = 1', params: [] };
  return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [scope.json] };
}

/** The same term for a row that names a person: the person's township (persons.township_id) decides. */
export function personScopeSql(scope: Scope, personIdColumn: string): SqlFragment {
  if (scope.county) return { sql: '1 = 1', params: [] };
  return {
    sql: `${personIdColumn} IN (SELECT sp.id FROM persons AS sp WHERE sp.township_id IN (SELECT value FROM json_each(?)))`,
    params: [scope.json],
  };
}

export const inScope = (scope: Scope, townshipId: string | null | undefined): boolean =>
  scope.county || (townshipId != null && scope.townshipIds.includes(townshipId));

/** The caller's townships by name, for messages: 乌帕尔镇、塔什米里克乡. */
export function scopeNames(db: Database.Database, scope: Scope): string {
  if (scope.county) return '全县';
  if (scope.townshipIds.length === 0) return '未分配乡镇';
  const rows = prepared(db, 'SELECT name FROM regions WHERE id IN (SELECT value FROM json_each(?)) ORDER BY code')
    .pluck()
    .all(scope.json) as string[];
  return rows.join('、');
}

export const regionName = (db: Database.Database, id: string): string =>
  (prepared(db, 'SELECT name FROM regions WHERE id = ?').pluck().get(id) as string | undefined) ?? id;

/** A 乡镇 filter outside the caller's townships is refused, never silently widened or narrowed. */
export function outsideFilterError(db: Database.Database, scope: Scope, regionId: string): AppError {
  return new AppError(
    'FORBIDDEN',
    `您只能查看和办理自己负责的乡镇（${scopeNames(db, scope)}）的数据，不能选择“${regionName(db, regionId)}”。`,
  );
}

export type SubjectKind = 'person' | 'place';

/** Read of a record outside the scope: to the caller it does not exist (issue 19). */
export function outsideReadError(db: Database.Database, scope: Scope): AppError {
  return new AppError('NOT_FOUND', `找不到该记录：它不属于您负责的乡镇（${scopeNames(db, scope)}）。`);
}

/** Write for a person or place outside the scope: refused, nothing written. */
export function outsideWriteError(db: Database.Database, scope: Scope, kind: SubjectKind): AppError {
  const what = kind === 'person' ? '该人员' : '该地点';
  return new AppError('FORBIDDEN', `${what}不属于您负责的乡镇（${scopeNames(db, scope)}），不能修改。`);
}

/** A county-wide operation (batches for the whole county, settings of everyone): not for a township clerk. */
export function countyOnlyError(db: Database.Database, scope: Scope): AppError {
  return new AppError(
    'FORBIDDEN',
    `这是全县范围的操作，乡镇经办（${scopeNames(db, scope)}）不能执行：请由县级经办或审核员办理。`,
  );
}

/** The 乡镇 of a region: itself when it is a 乡镇 (no parent), else its parent; null when unknown. */
export function townshipOfRegion(db: Database.Database, regionId: string): string | null {
  const r = prepared(db, 'SELECT id, parent_id AS parentId FROM regions WHERE id = ?').get(regionId) as
    { id: string; parentId: string | null } | undefined;
  if (!r) return null;
  return r.parentId ?? r.id;
}

export const townshipOfPerson = (db: Database.Database, personId: string): string | null =>
  (prepared(db, 'SELECT township_id FROM persons WHERE id = ?').pluck().get(personId) as string | undefined) ?? null;

/**
 * For statements with named parameters: one term for every caller, `@scope` NULL county-wide or the JSON array of
 * the townships (bind with scopeParam). The fragment of scopeSql is cheaper where the statement is built per call.
 */
export const scopeNamedSql = (column: string, name = 'scope'): string =>
  `(@${name} IS NULL OR ${column} IN (SELECT value FROM json_each(@${name})))`;

export const scopeParam = (scope: Scope): string | null => (scope.county ? null : scope.json);

/**
 * For answers made for one 乡镇 or the whole county (首页, reports that take a 乡镇): the township to use. County-wide
 * callers keep their choice (absent = the county); a township clerk gets theirs when they have one, must choose when
 * they have several (a county answer would hold the other townships), and never gets the county.
 */
export function oneTownship(
  db: Database.Database,
  scope: Scope,
  townshipId: string | undefined,
  field = 'townshipId',
): string | undefined {
  if (scope.county || townshipId) return townshipId;
  if (scope.townshipIds.length === 1) return scope.townshipIds[0];
  throw new AppError('BAD_INPUT', `请选择乡镇(街道)：您负责${scopeNames(db, scope)}，请选择其中一个。`, {
    [field]: '请选择乡镇(街道)',
  });
}

/**
 * The items of an answer whose person is in scope (for answers assembled in code, e.g. a batch's items or a class's
 * trainees); county-wide, all of them. One statement for the whole list.
 */
export function keepInScope<T>(
  db: Database.Database,
  scope: Scope,
  items: readonly T[],
  personId: (item: T) => string | null,
): T[] {
  if (scope.county) return [...items];
  const ids = [...new Set(items.map(personId).filter((id): id is string => id !== null))];
  const own = new Set(
    prepared(
      db,
      'SELECT id FROM persons WHERE id IN (SELECT value FROM json_each(?)) AND township_id IN (SELECT value FROM json_each(?))',
    )
      .pluck()
      .all(JSON.stringify(ids), scope.json) as string[],
  );
  return items.filter((i) => {
    const id = personId(i);
    return id !== null && own.has(id);
  });
}

/** scopeNamedSql for a row that names a person: the person's township decides. */
export const personScopeNamedSql = (personIdColumn: string, name = 'scope'): string =>
  `(@${name} IS NULL OR ${personIdColumn} IN (SELECT id FROM persons WHERE township_id IN (SELECT value FROM json_each(@${name}))))`;

/** For row checks (imports): the refusal of a person outside the caller's townships, or null when theirs. */
export function outsidePersonMessage(ctx: { db: Database.Database; scope: Scope }, personId: string): string | null {
  if (ctx.scope.county || inScope(ctx.scope, townshipOfPerson(ctx.db, personId))) return null;
  return `该人员不属于您负责的乡镇（${scopeNames(ctx.db, ctx.scope)}），不能导入`;
}
