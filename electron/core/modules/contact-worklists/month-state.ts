// A month's three work lists and their counts per 乡镇, kept and patched (issue 13: a page, the counts and the
// badges after a contact is saved cost the same at 500,000 persons as at 100,000).
//
// One pass (sql.ts monthRowsSql) reads every registration open at the month end with its month's contacts. The
// lists (ordered as sql.ts membersSql orders them: SQLite's BINARY order of codes, staff, name, id), their
// staff/place counts and the counts per 乡镇 are built from those rows. A write to contacts, registrations,
// persons or the level history leaves the state in place (db/memo.ts keptAndPatched): its next read reads the
// registrations written again (monthRowsSql with $ids) and moves each out of and back into the lists and counts.
// Any other table it read (settings, regions) written, or another connection's commit, builds it again.
import type Database from 'better-sqlite3';
import { badInput } from '../../../../shared/contract';
import type { WorklistKind } from '../../../../shared/contract/contact-worklists';
import { asOfDate } from '../../../../shared/domain/contact-due';
import { monthOf, monthRange } from '../../../../shared/domain/dates';
import type { ServiceLevel } from '../../../../shared/domain/service-level';
import { keptAndPatched, keptOrNull } from '../../db/memo';
import { REGISTRATION_PATCH_TABLES, registrationsWritten } from '../../db/memo-watch';
import { buildByChunks, drain, runInSlices, type Paced, type Steps } from '../../db/sliced';
import { sortSteps } from '../../db/sort-in-slices';
import { prepared } from '../../db/prepared';
import type { CoreContext } from '../../context';
import { COUNTY, inScope, type Scope } from '../../scope/scope';
import { readContactRules } from '../registrations/config';
import { lostCutoffFor, lostCutoffs } from '../registrations/lost-contact';
import { hasLevelChangesAfter } from '../registrations/month-sql';
import { binaryCompare, comparer, lowerBound, ORDERS, type GroupBy } from './list-order';
import { monthRowsSql, type WorklistParams } from './sql';

export interface Member {
  registrationId: string;
  serviceLevel: ServiceLevel;
  responsibleStaff: string;
  regDate: string;
  monthContacts: number;
  monthSuccessful: number;
  townshipId: string;
  villageId: string;
  name: string;
}

/** Parameters of a month; months after the working date's month are refused. */
export function monthParams(
  db: Database.Database,
  month: string,
  today: string,
): WorklistParams & { rules: ReturnType<typeof readContactRules>; pastLevels: boolean } {
  if (month > monthOf(today)) throw badInput({ month: `不能选择今天（${today}）以后的月份` });
  const { start, end } = monthRange(month);
  const asOf = asOfDate(month, today);
  const rules = readContactRules(db, end);
  return {
    start,
    end,
    asOf,
    ...lostCutoffs(asOf, rules),
    minA: rules.minPerMonth.A,
    minB: rules.minPerMonth.B,
    minC: rules.minPerMonth.C,
    rules,
    pastLevels: hasLevelChangesAfter(db, end),
  };
}

export interface TownshipCounts {
  townshipId: string;
  registered: number;
  toContact: number;
  lostContact: number;
  firstContactDue: number;
}

export interface MonthRow extends Member {
  townshipCode: string;
  villageCode: string;
  /** The last success on or before asOf; read only when the month has no success (null otherwise). */
  lastSuccess: string | null;
  personId: string;
  /** BR-07: the person is a zero-employment household member whose shorter cutoff applies (markLost). */
  zeroHousehold?: boolean;
}

/** Marks the rows read whose BR-07 cutoff is the zero-employment household's (none while the settings agree). */
function markLost(db: Database.Database, rows: MonthRow[], p: WorklistParams): MonthRow[] {
  if (p.zeroCutoff === p.cutoff) return rows;
  for (const r of rows)
    if (r.monthSuccessful === 0)
      r.zeroHousehold = lostCutoffFor(db, r.personId, r.lastSuccess ?? r.regDate, p) !== p.cutoff;
  return rows;
}

/** The members of one 乡镇/村/责任人 filter of a list, in the list's order, patched with it. */
interface FilteredList {
  townshipId?: string;
  villageId?: string;
  staff?: string;
  rows: MonthRow[];
}

export const inFilter = (f: Omit<FilteredList, 'rows'>, r: MonthRow) =>
  (!f.townshipId || r.townshipId === f.townshipId) &&
  (!f.villageId || r.villageId === f.villageId) &&
  (!f.staff || r.responsibleStaff === f.staff);

/** Puts `r` into (by 1) or takes it out of (by −1) `rows`, kept in the order of `cmp`. */
function place(rows: MonthRow[], r: MonthRow, by: 1 | -1, cmp: (a: MonthRow, b: MonthRow) => number) {
  const at = lowerBound(rows, r, cmp);
  if (by === 1) rows.splice(at, 0, r);
  else rows.splice(rows[at] === r ? at : rows.indexOf(r), 1);
}

/** One list for one scope, in its order, with what the side panel counts. */
export interface MemberList {
  members: MonthRow[];
  /** 联系责任人 → members. */
  staff: Map<string, number>;
  /** 乡镇 → 村 → members. */
  places: Map<string, Map<string, number>>;
  /** Members of one 乡镇/村/责任人 filter, until the next patch. */
  filtered: Map<string, FilteredList>;
}

interface MonthState {
  month: string;
  params: WorklistParams;
  rows: Map<string, MonthRow>;
  byTownship: Map<string, TownshipCounts>;
  lists: Map<string, { kind: WorklistKind; groupBy: GroupBy; scope: Scope; list: MemberList }>;
  /** Patches applied: a list built in slices (warmMemberList) is kept only if none was applied meanwhile. */
  version: number;
}

const KINDS = ['toContact', 'lostContact', 'firstContactDue'] as const;

/** The conditions of sql.ts CONDITION, on a month row (BR-04, BR-05, BR-07). */
function isMember(kind: WorklistKind, r: MonthRow, p: WorklistParams): boolean {
  const min = r.serviceLevel === 'A' ? p.minA : r.serviceLevel === 'B' ? p.minB : p.minC;
  if (kind === 'toContact') return r.monthSuccessful < min;
  if (r.monthSuccessful !== 0) return false;
  const cutoff = r.zeroHousehold ? p.zeroCutoff : p.cutoff;
  if (kind === 'lostContact') return r.regDate <= cutoff && (r.lastSuccess ?? r.regDate) <= cutoff;
  return r.regDate > cutoff && r.lastSuccess === null;
}

function bump<K>(m: Map<K, number>, k: K, by: number) {
  const n = (m.get(k) ?? 0) + by;
  if (n === 0) m.delete(k);
  else m.set(k, n);
}

function count(list: MemberList, r: MonthRow, by: 1 | -1) {
  bump(list.staff, r.responsibleStaff, by);
  const villages = list.places.get(r.townshipId) ?? new Map<string, number>();
  list.places.set(r.townshipId, villages);
  bump(villages, r.villageId, by);
  if (villages.size === 0) list.places.delete(r.townshipId);
}

/** Adds (by 1) or takes out (by −1) one registration's row from the state's counts and lists. */
function move(state: MonthState, r: MonthRow, by: 1 | -1) {
  const p = state.params;
  if (by === 1) state.rows.set(r.registrationId, r);
  else state.rows.delete(r.registrationId);
  const t = state.byTownship.get(r.townshipId) ?? {
    townshipId: r.townshipId,
    registered: 0,
    toContact: 0,
    lostContact: 0,
    firstContactDue: 0,
  };
  t.registered += by;
  for (const k of KINDS) if (isMember(k, r, p)) t[k] += by;
  if (t.registered === 0) state.byTownship.delete(r.townshipId);
  else state.byTownship.set(r.townshipId, t);
  for (const { kind, groupBy, scope, list } of state.lists.values()) {
    if (!isMember(kind, r, p) || !inScope(scope, r.townshipId)) continue;
    const cmp = comparer(groupBy);
    place(list.members, r, by, cmp);
    count(list, r, by);
    // A 乡镇's pages after a save cost the rows written, not a pass over the county's list (issue 13).
    for (const f of list.filtered.values()) if (inFilter(f, r)) place(f.rows, r, by, cmp);
  }
}

function build(db: Database.Database, month: string, today: string): MonthState {
  const p = monthParams(db, month, today);
  const state: MonthState = { month, params: p, rows: new Map(), byTownship: new Map(), lists: new Map(), version: 0 };
  const rows = prepared(db, monthRowsSql(p.pastLevels, false)).all({ start: p.start, end: p.end, asOf: p.asOf });
  for (const r of markLost(db, rows as MonthRow[], p)) move(state, r, 1);
  return state;
}

/** Brings the state up to date after writes: the registrations written (or of the persons written) read again. */
function patch(
  db: Database.Database,
  state: MonthState,
  today: string,
  written: ReadonlyMap<string, ReadonlySet<string>>,
): MonthState {
  const ids = registrationsWritten(written);
  const persons = written.get('persons');
  if (persons?.size) {
    const regs = prepared(
      db,
      'SELECT id FROM registrations INDEXED BY registrations_person WHERE person_id IN (SELECT value FROM json_each(?))',
    )
      .pluck()
      .all(JSON.stringify([...persons])) as string[];
    for (const id of regs) ids.add(id);
  }
  // pastLevels may differ from the build's (a level change dated after a past month's end): the SQL for it now.
  const p = monthParams(db, state.month, today);
  const fresh = prepared(db, monthRowsSql(p.pastLevels, true)).all({
    start: p.start,
    end: p.end,
    asOf: p.asOf,
    ids: JSON.stringify([...ids]),
  }) as MonthRow[];
  const byId = new Map(markLost(db, fresh, state.params).map((r) => [r.registrationId, r]));
  state.version++;
  for (const id of ids) {
    const old = state.rows.get(id);
    if (old) move(state, old, -1);
    const now = byId.get(id);
    if (now) move(state, now, 1);
  }
  return state;
}

const stateKey = (month: string) => `contactWorklists.month|${month}`;
const patchOf = (db: Database.Database, today: string) => ({
  tables: REGISTRATION_PATCH_TABLES,
  apply: (state: MonthState, written: ReadonlyMap<string, ReadonlySet<string>>) => patch(db, state, today, written),
});
/**
 * The state is the county's for every caller: it holds every row and a 乡镇经办's lists and counts are cut from it
 * (memberList, the callers of townshipCounts), so one state serves all scopes (and the warm-up builds it once).
 */
const county = (ctx: CoreContext): CoreContext =>
  ctx.scope?.county ? ctx : (Object.create(ctx, { scope: { value: COUNTY, enumerable: true } }) as CoreContext);

function monthState(ctx: CoreContext, month: string): MonthState {
  const db = ctx.db;
  const today = ctx.today();
  return keptAndPatched(county(ctx), stateKey(month), () => build(db, month, today), patchOf(db, today));
}

/** Registrations open at $end (openAtEndSql's two branches), a chunk at a time in registrations_open order. */
const OPEN_IDS = `SELECT person_id AS p, reg_date AS d, id FROM registrations INDEXED BY registrations_open
  WHERE cancel_date IS NULL AND reg_date <= $end AND (person_id, reg_date, id) > ($p, $d, $id)
  ORDER BY person_id, reg_date, id LIMIT $n`;
const CLOSED_IDS = `SELECT id FROM registrations INDEXED BY registrations_closed
  WHERE status = 'cancelled' AND cancel_date > $end AND reg_date <= $end`;

/**
 * The month's state built in slices (the warm-up): the registrations open at the month end read `chunk` ids at a
 * time (monthRowsSql by id, as a patch reads them), `breathe` awaited after each SLICE of work so that calls are
 * answered meanwhile (`slice` is told each one's length). db/memo-slices.ts buildInSlices keeps it as if built at the start, the rows written meanwhile
 * pending; a read meanwhile builds the rest at once. False when it was not kept (dropped meanwhile).
 */
export function warmMonthState(ctx: CoreContext, month: string, o: Paced): Promise<boolean> {
  const db = ctx.db;
  const today = ctx.today();
  let state: MonthState | null = null;
  let cursor: { p: string; d: string; id: string } | null = { p: '', d: '', id: '' };
  const read = (ids: string[]) => {
    const p = state!.params as ReturnType<typeof monthParams>;
    const rows = prepared(db, monthRowsSql(p.pastLevels, true)).all({
      start: p.start,
      end: p.end,
      asOf: p.asOf,
      ids: JSON.stringify(ids),
    }) as MonthRow[];
    for (const r of markLost(db, rows, p)) move(state!, r, 1);
  };
  /** One chunk; true when the last was read. */
  const chunk = (): boolean => {
    if (!state) {
      const p = monthParams(db, month, today);
      state = { month, params: p, rows: new Map(), byTownship: new Map(), lists: new Map(), version: 0 };
      read(prepared(db, CLOSED_IDS).pluck().all({ end: p.end }) as string[]);
    }
    const got = prepared(db, OPEN_IDS).all({ ...cursor, end: state.params.end, n: o.chunk }) as (typeof cursor)[];
    if (got.length) read(got.map((r) => r!.id));
    cursor = got.length < o.chunk ? null : got[got.length - 1];
    return !cursor;
  };
  return buildByChunks(county(ctx), stateKey(month), patchOf(db, today), o, chunk, () => state!);
}

const listKey = (kind: WorklistKind, groupBy: GroupBy, scope: Scope) =>
  `${kind}|${groupBy}|${scope.county ? '' : scope.json}`;

/**
 * A row of a list with its sort key: the order's columns joined by U+0000 (below every character they hold), the
 * same order as comparer's without building the columns again at each comparison.
 */
interface Keyed {
  r: MonthRow;
  key: string;
}

const byKey = (a: Keyed, b: Keyed) => binaryCompare(a.key, b.key);

/** The rows of one list with their keys, in the state's order, yielding every `step` rows. */
function* keyedRows(state: MonthState, kind: WorklistKind, groupBy: GroupBy, scope: Scope, step: number) {
  const keyed: Keyed[] = [];
  let n = 0;
  for (const r of state.rows.values()) {
    if (isMember(kind, r, state.params) && inScope(scope, r.townshipId))
      keyed.push({ r, key: ORDERS[groupBy](r).join('\u0000') });
    if (++n % step === 0) yield;
  }
  return keyed;
}

/** The list of the rows `sorted` with its counts (counted in the list's order), yielding every `step` rows. */
function* listOf(sorted: Keyed[], step: number): Steps<MemberList> {
  const list: MemberList = { members: [], staff: new Map(), places: new Map(), filtered: new Map() };
  for (const { r } of sorted) {
    list.members.push(r);
    count(list, r, 1);
    if (list.members.length % step === 0) yield;
  }
  return list;
}

/** The members of one list of the month in the caller's scope, in the list's order. */
export function memberList(ctx: CoreContext, kind: WorklistKind, month: string, groupBy: GroupBy): MemberList {
  const state = monthState(ctx, month);
  const scope = ctx.scope ?? COUNTY;
  const key = listKey(kind, groupBy, scope);
  const kept = state.lists.get(key);
  if (kept) return kept.list;
  const keyed = drain(keyedRows(state, kind, groupBy, scope, 4096)).sort(byKey);
  const list = drain(listOf(keyed, 4096));
  state.lists.set(key, { kind, groupBy, scope, list });
  return list;
}

/**
 * The county's list `kind` in its default order (memberList(…, 'place') of the county) built in slices: the
 * warm-up (issue 13: one sort of a 500,000-person county held the thread ~270 ms). Its rows keyed, sorted
 * (db/sort-in-slices.ts) and counted `o.chunk` × 8 at a time. It is kept only in the state it was built from and
 * only if no write was patched into that state meanwhile; else it is built again (three tries), then left to its
 * first read. A read meanwhile builds it at once (memberList). The list kept, or null: nothing is built when the
 * month's state is not kept.
 */
export async function warmMemberList(ctx: CoreContext, kind: WorklistKind, month: string, o: Paced) {
  for (let tries = 0; tries < 3; tries++) {
    const list = await runInSlices(listSteps(ctx, kind, month, o.chunk * 8), o);
    if (list !== CHANGED) return list;
  }
  return null;
}

const CHANGED = Symbol('changed');

function* listSteps(ctx: CoreContext, kind: WorklistKind, month: string, step: number) {
  // Writes not yet patched in are now (their cost, as at a read).
  const current = () => keptOrNull(county(ctx), stateKey(month), patchOf(ctx.db, ctx.today()));
  const state = current();
  const key = listKey(kind, 'place', COUNTY);
  if (!state) return null;
  const version = state.version;
  if (!state.lists.has(key)) {
    const keyed = yield* keyedRows(state, kind, 'place', COUNTY, step);
    const list = yield* listOf(yield* sortSteps(keyed, byKey, step), step);
    if (current() !== state || state.version !== version) return CHANGED;
    if (!state.lists.has(key)) state.lists.set(key, { kind, groupBy: 'place', scope: COUNTY, list });
  }
  return state.lists.get(key)!.list;
}

/** The list's counts per 乡镇 of the person, with the registrations open at the month end, in township id order. */
export function townshipCounts(ctx: CoreContext, month: string): { asOf: string; rows: TownshipCounts[] } {
  const state = monthState(ctx, month);
  const rows = [...state.byTownship.values()]
    .map((t) => ({ ...t }))
    .sort((a, b) => binaryCompare(a.townshipId, b.townshipId));
  return { asOf: state.params.asOf, rows };
}
