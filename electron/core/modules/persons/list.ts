import type Database from 'better-sqlite3';
import type { PersonListItem, PersonListQuery } from '../../../../shared/contract/persons';
import { idMaskerOn } from '../settings/display';
import { toListItem, type ListRow } from './detail';
import { buildListQueries, chooseMode, PROBE, type SqlWithParams } from './list-sql';
import { prepared } from '../../db/prepared';
import { COUNTY, type Scope } from '../../scope/scope';

/** Rows ever inserted; persons are only soft-deleted, so this tracks the table size in O(log n). */
export function tableSizeEstimate(db: Database.Database): number {
  return (prepared(db, 'SELECT max(rowid) AS n FROM persons').get() as { n: number | null }).n ?? 0;
}

export type ListPath = 'ids' | 'filter' | 'sort';

/**
 * Where a list keeps its totals (issue 13): the handler passes db/memo.ts keptUntilWrite, so a total over many
 * rows (a count over the driving index, or the whole name index for 名字包含) is counted once and kept until a
 * table it reads is written — paging, sorting and coming back cost no count. Exact always.
 */
export type TotalCache = (key: string, count: () => number) => number;
const uncached: TotalCache = (_key, count) => count();

/** The statements persons.list runs for a request, in order (list-sql.ts explains the strategy). */
export function planList(
  db: Database.Database,
  q: PersonListQuery,
  today: string,
  scope: Scope = COUNTY,
  cache: TotalCache = uncached,
): { total: number; page: SqlWithParams | null; path: ListPath } {
  const lq = buildListQueries(q, today, scope);
  const probe = prepared(db, lq.probe.sql)
    .pluck()
    .all(...lq.probe.params) as number[];
  const offset = (q.page - 1) * q.pageSize;
  if (probe.length <= PROBE) {
    if (offset >= probe.length) return { total: probe.length, page: null, path: 'ids' };
    return {
      total: probe.length,
      page: { sql: lq.pageFromIds.sql, params: [JSON.stringify(probe), ...lq.pageFromIds.params] },
      path: 'ids',
    };
  }
  const total = cache(
    `persons.list.total|${lq.count.sql}|${JSON.stringify(lq.count.params)}`,
    () => (prepared(db, lq.count.sql).get(...lq.count.params) as { n: number }).n,
  );
  if (offset >= total) return { total, page: null, path: 'filter' };
  const mode = chooseMode(total, offset + q.pageSize, tableSizeEstimate(db), lq);
  return { total, page: lq.page[mode], path: mode };
}

/** persons.list: masked rows of one page and the total (VR-09, BR-01 age on today). */
export function listPersons(
  db: Database.Database,
  q: PersonListQuery,
  today: string,
  scope: Scope = COUNTY,
  cache: TotalCache = uncached,
): { items: PersonListItem[]; total: number } {
  const { total, page } = planList(db, q, today, scope, cache);
  if (!page) return { items: [], total };
  const rows = prepared(db, page.sql).all(...page.params) as ListRow[];
  const mask = idMaskerOn(db, today);
  return { items: rows.map((r) => toListItem(r, today, mask)), total };
}
