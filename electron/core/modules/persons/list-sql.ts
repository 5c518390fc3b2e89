// The SQL behind persons.list, built here so tests can EXPLAIN exactly what the core runs (list.ts runs it).
//
// Each request has a *driver*: the most selective index its filters allow — whole ID / ID prefix
// (persons_id_number) > ID suffix (persons_id_rev) > phone > name > a flag = 是 (partial flag index) >
// 乡镇/村 (persons_place) > 性别 (persons_sex) > 民族/就业状态 (persons_attrs) > age (persons_birth).
// The filter indexes hold every filter column, so a count never reads the table.
// 1. probe: up to PROBE + 1 rowids from the driver. If it comes back short, that is every match: the page is
//    sorted from those rowids (pageFromIds) and no count is needed.
// 2. otherwise count over the driver, then one page in the cheaper mode (chooseMode):
//    'filter' — the driver finds the matches and SQLite sorts them (cheap when few match, or when the driver
//               also holds the sort key, as the filter indexes do for updated_at);
//    'sort'   — the sort-order index is walked and the filters tested row by row until the page is full
//               (~ (offset + limit) × total / matches rows visited: cheap when many match).
// INDEXED BY pins every choice, so plans do not depend on ANALYZE statistics.
// Name search: one character is a prefix (姓) seek; two or more mean "contains": instr() over the whole of
// persons_name (a covering scan, ~5–10 ms at 100,000 persons; the probe avoids scanning twice, and list.ts keeps
// it until a persons write or skips it for a fragment known to be common). No FTS5
// trigram table: its index only serves fragments of 3+ characters, not the 2-character ones clerks type
// (古丽, 艾力); a common fragment matches ~20 % of persons, so the count would cost as much as the scan; and
// it needs a rowid mapping kept in step (persons has a TEXT key, and VACUUM may renumber implicit rowids).
import { normalizeIdNumber } from '../../../../shared/domain/id-number';
import { normalizePhone } from '../../../../shared/domain/phone';
import { normalizePersonName } from '../../../../shared/domain/person-name';
import { shiftMonths } from '../../../../shared/domain/dates';
import type { PersonListQuery, PersonSortField } from '../../../../shared/contract/persons';
import { COUNTY, scopeSql, type Scope } from '../../scope/scope';
import { pageParams } from '../../db/page';

export type SearchKind = 'id' | 'idPrefix' | 'idSuffix' | 'phone' | 'namePrefix' | 'nameContains';
type ListMode = 'filter' | 'sort';

export interface SqlWithParams {
  sql: string;
  params: unknown[];
}

export interface ListQueries {
  /** Index used by the probe, the count and the 'filter' page. */
  driver: string;
  /** The driver is read whole (name contains). */
  driverScans: boolean;
  /** The driver holds the sort key, so a 'filter' page sorts without reading rows. */
  driverSorts: boolean;
  probe: SqlWithParams;
  count: SqlWithParams;
  page: Record<ListMode, SqlWithParams>;
  /** The page from the probe's rowids; the first parameter is their JSON array. */
  pageFromIds: SqlWithParams;
  /** Every match in the list's order, no page (the 人员花名册 export, persons.exportRoster). */
  all: SqlWithParams;
}

/** Below this many matches the probe holds them all. */
export const PROBE = 1000;

/** Upper bound for a prefix range on BINARY-collated text (U+10FFFF sorts after every character). */
const PREFIX_END = '\u{10FFFF}';

/** Reads the search box: a whole ID, the last 4–6 ID characters, an ID start, a phone, or part of a name. */
export function classifyQuery(raw: string): { kind: SearchKind; value: string } {
  const id = normalizeIdNumber(raw);
  if (/^\d{17}[\dX]$/.test(id)) return { kind: 'id', value: id };
  if (/^\d{3,5}[\dX]$/.test(id)) return { kind: 'idSuffix', value: id };
  if (/^\d{13,17}$/.test(id)) return { kind: 'idPrefix', value: id };
  const phone = normalizePhone(raw);
  if (/^[\d-]+$/.test(phone)) return { kind: 'phone', value: phone };
  const name = normalizePersonName(raw);
  return { kind: Array.from(name).length === 1 ? 'namePrefix' : 'nameContains', value: name };
}

/** The search box's condition over persons aliased `p`, its value bound to @q (a list joining persons by `p`). */
const SEARCH_TERM: Record<SearchKind, string> = {
  id: 'p.id_number = @q',
  idSuffix: 'substr(p.id_number, -length(@q)) = @q',
  idPrefix: "p.id_number LIKE @q || '%'",
  phone: "p.phone LIKE @q || '%'",
  namePrefix: "p.name LIKE '%' || @q || '%'",
  nameContains: "p.name LIKE '%' || @q || '%'",
};

/**
 * The search box of a list other than persons.list (recognitions.list, internships.list): read as classifyQuery
 * reads it, any part of a name matching; `sql` tests persons aliased `p` against @q, bound to `q`.
 */
export function personSearchSql(raw: string): { sql: string; q: string } {
  const { kind, value } = classifyQuery(raw);
  return { sql: SEARCH_TERM[kind], q: value };
}

/** BR-01: age(b, today) ≥ age exactly when b ≤ this date (29 February handled as ageOn does). */
export function latestBirthDateForAge(today: string, age: number): string {
  return shiftMonths(today, -12 * age);
}

const reverse = (s: string) => Array.from(s).reverse().join('');

const SORT: Record<PersonSortField, { column: string; index: string }> = {
  updatedAt: { column: 'updated_at', index: 'persons_updated' },
  name: { column: 'name', index: 'persons_name' },
  birthDate: { column: 'birth_date', index: 'persons_birth' },
  idNumber: { column: 'id_number', index: 'persons_id_number' },
};

const FLAGS = [
  ['isDifficult', 'is_difficult', 'persons_difficult'],
  ['onPost', 'on_post', 'persons_on_post'],
  ['inInternship', 'in_internship', 'persons_internship'],
] as const;

function chooseDriver(q: PersonListQuery, searchIndex: string | null): string {
  if (searchIndex) return searchIndex;
  const flag = FLAGS.find(([key]) => q[key] === true);
  if (flag) return flag[2];
  if (q.townshipId || q.villageId) return 'persons_place';
  if (q.sex) return 'persons_sex';
  if (q.ethnicity || q.employmentStatus || FLAGS.some(([key]) => q[key] === false)) return 'persons_attrs';
  if (q.ageMin !== undefined || q.ageMax !== undefined) return 'persons_birth';
  return 'persons_updated';
}

const SEARCH_INDEX: Record<SearchKind, string> = {
  id: 'persons_id_number',
  idPrefix: 'persons_id_number',
  idSuffix: 'persons_id_rev',
  phone: 'persons_phone',
  namePrefix: 'persons_name',
  nameContains: 'persons_name',
};

const COLUMNS = `p.id, p.name, p.sex, p.ethnicity, p.birth_date AS birthDate, p.id_number AS idNumber, p.phone,
  t.name AS townshipName, v.name AS villageName, p.employment_status AS employmentStatus,
  p.is_difficult AS isDifficult, p.on_post AS onPost, p.in_internship AS inInternship, p.updated_at AS updatedAt`;

export function buildListQueries(q: PersonListQuery, today: string, scope: Scope = COUNTY): ListQueries {
  const terms: string[] = [q.deleted ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (term: string, ...values: unknown[]) => {
    terms.push(term);
    params.push(...values);
  };
  // A 乡镇经办 sees their townships only (issue 19); county-wide callers get no extra term.
  if (!scope.county) {
    const own = scopeSql(scope, 'township_id');
    add(own.sql, ...own.params);
  }
  let search: SearchKind | null = null;
  if (q.q) {
    const { kind, value } = classifyQuery(q.q);
    search = kind;
    if (kind === 'id') add('id_number = ?', value);
    else if (kind === 'idPrefix') add('id_number >= ? AND id_number < ?', value, value + PREFIX_END);
    else if (kind === 'idSuffix') add('id_rev >= ? AND id_rev < ?', reverse(value), reverse(value) + PREFIX_END);
    else if (kind === 'phone') add('phone >= ? AND phone < ?', value, value + PREFIX_END);
    else if (kind === 'namePrefix') add('name >= ? AND name < ?', value, value + PREFIX_END);
    else add('instr(name, ?) > 0', value);
  }
  if (q.townshipId) add('township_id = ?', q.townshipId);
  if (q.villageId) {
    // The village's township too, so persons_place is sought on (township_id, residence_region_id).
    if (!q.townshipId) add('township_id = (SELECT parent_id FROM regions WHERE id = ?)', q.villageId);
    add('residence_region_id = ?', q.villageId);
  }
  if (q.ethnicity) add('ethnicity = ?', q.ethnicity);
  if (q.sex) add('sex = ?', q.sex);
  if (q.ageMin !== undefined) add('birth_date <= ?', latestBirthDateForAge(today, q.ageMin));
  if (q.ageMax !== undefined) add('birth_date > ?', latestBirthDateForAge(today, q.ageMax + 1));
  if (q.employmentStatus) add('employment_status = ?', q.employmentStatus);
  // Flags as literals: a bound parameter would not let SQLite use the partial flag indexes.
  for (const [key, column] of FLAGS) if (q[key] !== undefined) terms.push(`${column} = ${q[key] ? 1 : 0}`);

  const driver = chooseDriver(q, search ? SEARCH_INDEX[search] : null);
  const where = terms.join(' AND ');
  const sort = SORT[q.sort.field];
  const dir = q.sort.order === 'asc' ? 'ASC' : 'DESC';
  const orderBy = (alias: string) => `${alias}${sort.column} ${dir}, ${alias}rowid ${dir}`;
  const { limit, offset } = pageParams(q);
  const limits = [limit, offset];
  const outer = (inner: string) => `SELECT ${COLUMNS}
FROM (${inner}) AS page
CROSS JOIN persons AS p ON p.rowid = page.r
LEFT JOIN regions AS t ON t.id = p.township_id
LEFT JOIN regions AS v ON v.id = p.residence_region_id
ORDER BY ${orderBy('p.')}`;
  const page = (index: string, pageLimits: unknown[] = limits): SqlWithParams => ({
    sql: outer(
      `SELECT rowid AS r FROM persons INDEXED BY ${index} WHERE ${where} ORDER BY ${orderBy('')} LIMIT ? OFFSET ?`,
    ),
    params: [...params, ...pageLimits],
  });
  const flagIndexes: readonly string[] = FLAGS.map((f) => f[2]);
  const filterIndexes = ['persons_place', 'persons_sex', 'persons_attrs', ...flagIndexes];
  return {
    driver,
    driverScans: search === 'nameContains',
    driverSorts:
      q.sort.field === 'updatedAt'
        ? filterIndexes.includes(driver) || driver === 'persons_updated'
        : SORT[q.sort.field].index === driver,
    probe: { sql: `SELECT rowid FROM persons INDEXED BY ${driver} WHERE ${where} LIMIT ${PROBE + 1}`, params },
    count: { sql: `SELECT count(*) AS n FROM persons INDEXED BY ${driver} WHERE ${where}`, params },
    // The 已删除 view has no ordered range to walk: it always sorts its matches.
    page: { filter: page(driver), sort: page(q.deleted ? driver : sort.index) },
    all: page(driver, [-1, 0]), // LIMIT -1: no limit
    pageFromIds: {
      sql: outer(
        `SELECT rowid AS r FROM persons WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY ${orderBy('')} LIMIT ? OFFSET ?`,
      ),
      params: limits,
    },
  };
}

/**
 * Cost model in "rows touched": 'filter' reads every match (a quarter of that when the driver holds the sort
 * key, plus a whole scan when the driver scans); 'sort' visits about wanted × total / matches rows.
 */
export function chooseMode(
  matches: number,
  wanted: number,
  total: number,
  lq: Pick<ListQueries, 'driverScans' | 'driverSorts'>,
): ListMode {
  if (matches === 0) return 'filter';
  const filterCost = matches * (lq.driverSorts ? 0.25 : 1) + (lq.driverScans ? total / 10 : 0);
  const sortCost = (wanted * Math.max(total, matches)) / matches;
  return sortCost < filterCost ? 'sort' : 'filter';
}
