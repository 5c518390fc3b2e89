import type Database from 'better-sqlite3';
import { LIST_ESTIMATE_FROM, type PersonListItem, type PersonListQuery } from '../../../../shared/contract/persons';
import { idMaskerOn } from '../settings/display';
import { toListItem, type ListRow } from './detail';
import { buildListQueries, chooseMode, PROBE, type ListQueries, type SqlWithParams } from './list-sql';
import { prepared } from '../../db/prepared';
import { COUNTY, type Scope } from '../../scope/scope';
import { pageParams } from '../../db/page';

/** Rows ever inserted; persons are only soft-deleted, so this tracks the table size in O(log n). */
function tableSizeEstimate(db: Database.Database): number {
  return (prepared(db, 'SELECT max(rowid) AS n FROM persons').get() as { n: number | null }).n ?? 0;
}

type ListPath = 'ids' | 'filter' | 'sort';

/**
 * Where a list keeps its totals (issue 13): the handler passes db/memo.ts keptUntilWrite (get) and whether a total
 * is still kept (has), so a total over many rows (a count over the driving index, or the whole name index for
 * 名字包含) is counted once and kept until a table it reads is written — paging, sorting and coming back cost no
 * count. After a write, a total of LIST_ESTIMATE_FROM rows or more is not counted again (at 500,000 persons that
 * costs 25–50 ms CPU): the last exact count, scaled by the table's growth since and rounded to two significant
 * digits, is given as an estimate until the caller asks for the exact one (exactTotal).
 */
export interface TotalCache {
  get: <T>(key: string, compute: () => T) => T;
  has: (key: string) => boolean;
  /** Tests: the total from which an estimate is given (default LIST_ESTIMATE_FROM). */
  estimateFrom?: number;
}
const uncached: TotalCache = { get: (_key, compute) => compute(), has: () => false };

/** The last exact totals counted on a connection, with the table size then (max rowid). */
const lastExact = new WeakMap<Database.Database, Map<string, { total: number; size: number }>>();

function listTotal(
  db: Database.Database,
  key: string,
  count: () => number,
  cache: TotalCache,
  exact: boolean,
): { total: number; estimated: boolean } {
  const known = lastExact.get(db) ?? new Map<string, { total: number; size: number }>();
  lastExact.set(db, known);
  const before = known.get(key);
  if (!exact && before && before.total >= (cache.estimateFrom ?? LIST_ESTIMATE_FROM) && !cache.has(key)) {
    const grown = (before.total * tableSizeEstimate(db)) / Math.max(1, before.size);
    // Two significant digits: 约 500,000 / 约 98,000.
    const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, grown))) - 1);
    return { total: Math.round(grown / step) * step, estimated: true };
  }
  const total = cache.get(key, () => {
    const n = count();
    known.set(key, { total: n, size: tableSizeEstimate(db) });
    return n;
  });
  return { total, estimated: false };
}

/**
 * The probe's rowids (up to PROBE + 1), or null when it is not needed. Only a name that *contains* a fragment
 * makes the probe scan the name index (list-sql.ts), and a common fragment's matches cluster by their first
 * character, so the rows scanned before PROBE + 1 of them are found grow with the county (issue 13). Such a probe
 * is kept until a persons write, like the total; and once the query's last exact count was above PROBE it is not
 * run at all: the count path answers any total correctly (a page in 'filter' mode when few match after all), the
 * probe only saves the count when few match.
 */
function probeOf(db: Database.Database, lq: ListQueries, countKey: string, cache: TotalCache): number[] | null {
  const run = () =>
    prepared(db, lq.probe.sql)
      .pluck()
      .all(...lq.probe.params) as number[];
  if (!lq.driverScans) return run();
  if ((lastExact.get(db)?.get(countKey)?.total ?? 0) > PROBE) return null;
  return cache.get(`persons.list.probe|${lq.probe.sql}|${JSON.stringify(lq.probe.params)}`, run);
}

/** The statements persons.list runs for a request, in order (list-sql.ts explains the strategy). */
export function planList(
  db: Database.Database,
  q: PersonListQuery,
  today: string,
  scope: Scope = COUNTY,
  cache: TotalCache = uncached,
): { total: number; estimated: boolean; page: SqlWithParams | null; path: ListPath } {
  const lq = buildListQueries(q, today, scope);
  const countKey = `persons.list.total|${lq.count.sql}|${JSON.stringify(lq.count.params)}`;
  const probe = probeOf(db, lq, countKey, cache);
  const { offset } = pageParams(q);
  if (probe && probe.length <= PROBE) {
    if (offset >= probe.length) return { total: probe.length, estimated: false, page: null, path: 'ids' };
    return {
      total: probe.length,
      estimated: false,
      page: { sql: lq.pageFromIds.sql, params: [JSON.stringify(probe), ...lq.pageFromIds.params] },
      path: 'ids',
    };
  }
  const { total, estimated } = listTotal(
    db,
    countKey,
    () => (prepared(db, lq.count.sql).get(...lq.count.params) as { n: number }).n,
    cache,
    q.exactTotal === true,
  );
  // An estimate may be below the true total: the page is asked for anyway.
  if (offset >= total && !estimated) return { total, estimated, page: null, path: 'filter' };
  const mode = chooseMode(total, offset + q.pageSize, tableSizeEstimate(db), lq);
  return { total, estimated, page: lq.page[mode], path: mode };
}

/** persons.list: masked rows of one page and the total (VR-09, BR-01 age on today). */
export function listPersons(
  db: Database.Database,
  q: PersonListQuery,
  today: string,
  scope: Scope = COUNTY,
  cache: TotalCache = uncached,
): { items: PersonListItem[]; total: number; estimated: boolean } {
  const { total, estimated, page } = planList(db, q, today, scope, cache);
  if (!page) return { items: [], total, estimated };
  const rows = prepared(db, page.sql).all(...page.params) as ListRow[];
  const mask = idMaskerOn(db, today);
  return { items: rows.map((r) => toListItem(r, today, mask)), total, estimated };
}
