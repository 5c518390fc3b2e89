// RPT-12's rows for a report period, kept and patched (issue 13: an RPT-12 export after a contact save costs the
// rows written, not the county). rpt12.ts rpt12Sql stays the reference: these rows must equal its rows.
//
// The state holds, per person with a registration active in the period (BR-05), what the person adds to the
// columns (rpt12Sql's per_person: the max over the person's registrations of each 0/1 count, the sum of the
// services), and the sums of those per 乡镇 (by_township). A write to contacts, registrations, persons or the level
// history leaves it in place (db/memo.ts keptAndPatched); its next read takes each person concerned out of the sums,
// reads that person's registrations again (the rows written, by person) and puts the person back in. Any other table
// it read (regions) written, or another connection's commit that its job board does not explain, builds it again.
// The state is keyed by the period's first and last day and its as-of day, so a 21st–20th period (CFG-26,
// reports/statistical-period.ts) and the calendar month are kept apart.
import type Database from 'better-sqlite3';
import type { CoreContext } from '../../../context';
import { keptAndPatched, keptOrNull } from '../../../db/memo';
import { REGISTRATION_PATCH_TABLES, registrationsWritten } from '../../../db/memo-watch';
import { buildByChunks, type Paced } from '../../../db/sliced';
import { prepared } from '../../../db/prepared';
import {
  activeRegistrationsSql,
  hasLevelChangesAfter,
  levelAtEnd,
  MONTH_COUNTS_CTE,
} from '../../registrations/month-sql';
import { durationCutoffs, monthBounds, type MonthReportParams } from './month';
import type { ReportSource } from '../../reports/report-source';
import { recognisedOn } from '../../recognitions/in-force-sql';
import { rpt12, RPT12_COUNTS, WORK_REASONS, withServices, type Rpt12Row } from './rpt12';

/**
 * One registration active in the period, as per_person reads it (raw, in REG_COLUMNS order): id, person, 乡镇, then
 * ok and tried (0/1), then VALUES — 0/1 flags (null = 0) and service counts.
 */
type RegRow = [string, string, string | null, number, number, ...(number | null)[]];
const ID = 0;
const PERSON = 1;
const TOWNSHIP = 2;
const OK = 3;
const TRIED = 4;
const FIRST_VALUE = 5;

/** The columns taken from the registrations (max over them, sum for the services); due/contacted/failed follow. */
const VALUES = RPT12_COUNTS.filter((k) => k !== 'due' && k !== 'contacted' && k !== 'failed');
const VALUE_AT = VALUES.map((k) => RPT12_COUNTS.indexOf(k));
const VALUE_SUMS = VALUES.map((k) => k.startsWith('sv'));
const DUE = RPT12_COUNTS.indexOf('due');
const CONTACTED = RPT12_COUNTS.indexOf('contacted');
const FAILED = RPT12_COUNTS.indexOf('failed');

/** What one person adds to their 乡镇's row: a vector in RPT12_COUNTS order. */
interface PersonPart {
  townshipId: string | null;
  counts: number[];
  registrations: string[];
}

interface Rpt12State {
  /** Every 乡镇 (regions level 4) in code order, with whether it is retired (shown only with data). */
  townships: { id: string; name: string; retired: boolean }[];
  persons: Map<string, PersonPart>;
  /** Registration → its person, for the registrations in the state (a deleted one is found here). */
  personOf: Map<string, string>;
  /** 乡镇 → the sums of its persons' parts; absent = no person (rpt12Sql's by_township has no row). */
  sums: Map<string | null, number[]>;
}

const OPEN = '(r.cancel_date IS NULL OR r.cancel_date > $end)';
const IN_PERIOD = 'r.cancel_date BETWEEN $start AND $end';

/** The per-registration terms of rpt12Sql's per_person, before max()/sum() (RegRow). */
const TERMS: Record<(typeof VALUES)[number], string> = {
  registered: OPEN,
  difficult: `${OPEN} AND r.is_difficult = 1`,
  over6: `${OPEN} AND r.reg_date <= $m6`,
  over12: `${OPEN} AND r.reg_date <= $m12`,
  levelA: `${OPEN} AND r.level = 'A'`,
  levelB: `${OPEN} AND r.level = 'B'`,
  levelC: `${OPEN} AND r.level = 'C'`,
  sv1: 'coalesce(mc.sv1, 0)',
  sv2: 'coalesce(mc.sv2, 0)',
  sv3: 'coalesce(mc.sv3, 0)',
  sv4: 'coalesce(mc.sv4, 0)',
  sv5: 'coalesce(mc.sv5, 0)',
  employed: `${IN_PERIOD} AND r.cancel_reason IN (${WORK_REASONS})`,
  cancelled: IN_PERIOD,
};
const REG_COLUMNS = `r.id, r.person_id, r.township_id, coalesce(mc.ok, 0) > 0, mc.n IS NOT NULL,
  ${VALUES.map((k) => `${TERMS[k]} AS ${k}`).join(',\n  ')}`;

const PERSON_COLUMNS = `p.township_id, ${recognisedOn('p.id', '$end')} AS is_difficult`;
const PERSON_JOIN = 'CROSS JOIN persons AS p INDEXED BY persons_registration ON p.id = r.person_id';

/**
 * Every registration active in the period, read as rpt12Sql reads them. LIMIT -1 (no limit) keeps SQLite from
 * flattening the two branches into the join, which built the automatic index on mc once per branch.
 */
function allSql(pastLevels: boolean): string {
  const level = levelAtEnd(pastLevels);
  return `WITH ${level.ctes}${withServices(MONTH_COUNTS_CTE)}
SELECT ${REG_COLUMNS}
FROM (${activeRegistrationsSql({
    columns: `r.id, r.person_id, r.reg_date, r.cancel_date, r.cancel_reason, ${level.expr} AS level, ${PERSON_COLUMNS}`,
    joins: `${PERSON_JOIN}\n  ${level.join}`,
    where: 'p.deleted_at IS NULL',
    cancelledFrom: '>= $start',
  })}
  LIMIT -1) AS r
LEFT JOIN mc ON mc.rid = r.id`;
}

/**
 * The level at $end of one registration without the county-wide past_level (levelAtEnd): the level of its last
 * change on or before $end when it changed after $end, else its level now (coalesce(pl.level, r.service_level)).
 */
const LEVEL_OF_ONE = `CASE WHEN EXISTS (SELECT 1 FROM service_level_changes AS s INDEXED BY service_level_changes_asof
    WHERE s.registration_id = r.id AND s.change_date > $end)
  THEN coalesce((SELECT s.to_level FROM service_level_changes AS s INDEXED BY service_level_changes_asof
    WHERE s.registration_id = r.id AND s.change_date <= $end ORDER BY s.change_date DESC, s.seq DESC LIMIT 1), r.service_level)
  ELSE r.service_level END`;

/** The registrations active in the period of the persons $persons (JSON array): the WHERE of both branches. */
const PERSONS_SQL = `WITH ${withServices(`mc AS MATERIALIZED (
  SELECT registration_id AS rid, count(*) AS n, sum(result = '1') AS ok
  FROM contacts INDEXED BY contacts_registration
  WHERE registration_id IN (SELECT id FROM registrations INDEXED BY registrations_person
      WHERE person_id IN (SELECT value FROM json_each($persons)))
    AND contact_date BETWEEN $start AND $end
  GROUP BY registration_id
)`)}
SELECT ${REG_COLUMNS}
FROM (
  SELECT r.id, r.person_id, r.reg_date, r.cancel_date, r.cancel_reason, ${LEVEL_OF_ONE} AS level, ${PERSON_COLUMNS}
  FROM registrations AS r INDEXED BY registrations_person
  ${PERSON_JOIN}
  WHERE r.person_id IN (SELECT value FROM json_each($persons)) AND r.reg_date <= $end
    AND (r.cancel_date IS NULL OR (r.status = 'cancelled' AND r.cancel_date >= $start)) AND p.deleted_at IS NULL
) AS r
LEFT JOIN mc ON mc.rid = r.id`;

const TOWNSHIPS_SQL = `SELECT id, name, retired_on IS NOT NULL AS retired FROM regions AS t WHERE t.level = 4 ORDER BY t.code`;

/** per_person in JS: the max of each 0/1 count over the person's registrations, the sum of the services. */
function partOf(regs: RegRow[]): PersonPart {
  const counts: number[] = new Array<number>(RPT12_COUNTS.length).fill(0);
  let ok = 0;
  let tried = 0;
  for (const r of regs) {
    for (let j = 0; j < VALUES.length; j++) {
      const v = (r[FIRST_VALUE + j] as number | null) ?? 0;
      const i = VALUE_AT[j];
      counts[i] = VALUE_SUMS[j] ? counts[i] + v : Math.max(counts[i], v);
    }
    ok = Math.max(ok, r[OK]);
    tried = Math.max(tried, r[TRIED]);
  }
  counts[DUE] = 1;
  counts[CONTACTED] = ok;
  counts[FAILED] = tried && !ok ? 1 : 0;
  return { townshipId: regs[0][TOWNSHIP], counts, registrations: regs.map((r) => r[ID]) };
}

/** Adds (by 1) or takes out (by −1) one person's part. */
function move(state: Rpt12State, personId: string, part: PersonPart, by: 1 | -1) {
  if (by === 1) {
    state.persons.set(personId, part);
    for (const id of part.registrations) state.personOf.set(id, personId);
  } else {
    state.persons.delete(personId);
    for (const id of part.registrations) state.personOf.delete(id);
  }
  const sums = state.sums.get(part.townshipId) ?? new Array<number>(RPT12_COUNTS.length).fill(0);
  for (let i = 0; i < sums.length; i++) sums[i] += by * part.counts[i];
  if (sums[DUE] === 0) state.sums.delete(part.townshipId);
  else state.sums.set(part.townshipId, sums);
}

function addAll(state: Rpt12State, rows: RegRow[]) {
  const byPerson = new Map<string, RegRow[]>();
  for (const r of rows) {
    const list = byPerson.get(r[PERSON]);
    if (list) list.push(r);
    else byPerson.set(r[PERSON], [r]);
  }
  for (const [personId, regs] of byPerson) move(state, personId, partOf(regs), 1);
}

/** The statement parameters of a period. */
function periodParams(params: MonthReportParams) {
  const b = monthBounds(params);
  return { start: b.start, end: b.end, asOf: b.asOf, ...durationCutoffs(b.asOf) };
}

/** No person yet: the 乡镇 (regions level 4) in code order. */
function emptyState(db: Database.Database): Rpt12State {
  const townships = prepared(db, TOWNSHIPS_SQL).all() as { id: string; name: string; retired: number }[];
  return {
    townships: townships.map((t) => ({ id: t.id, name: t.name, retired: t.retired === 1 })),
    persons: new Map(),
    personOf: new Map(),
    sums: new Map(),
  };
}

function build(db: Database.Database, params: MonthReportParams): Rpt12State {
  const { asOf: _asOf, ...p } = periodParams(params);
  const state = emptyState(db);
  addAll(
    state,
    prepared(db, allSql(hasLevelChangesAfter(db, p.end)))
      .raw(true)
      .all(p) as RegRow[],
  );
  return state;
}

/** The persons written, or whose registrations (or their contacts or level history) were written, read again. */
function patch(
  db: Database.Database,
  state: Rpt12State,
  params: MonthReportParams,
  written: ReadonlyMap<string, ReadonlySet<string>>,
): Rpt12State {
  // A person written, or whose recognitions were (col 2 就业困难人员 is the recognition in force at the end).
  const persons = new Set([...(written.get('persons') ?? []), ...(written.get('recognitions') ?? [])]);
  const regs = registrationsWritten(written);
  for (const id of regs) {
    const known = state.personOf.get(id);
    if (known) persons.add(known);
  }
  if (regs.size) {
    const owners = prepared(db, 'SELECT person_id FROM registrations WHERE id IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify([...regs])) as string[];
    for (const id of owners) persons.add(id);
  }
  if (!persons.size) return state;
  for (const id of persons) {
    const part = state.persons.get(id);
    if (part) move(state, id, part, -1);
  }
  const { asOf: _asOf, ...p } = periodParams(params);
  const rows = prepared(db, PERSONS_SQL)
    .raw(true)
    .all({ ...p, persons: JSON.stringify([...persons]) });
  addAll(state, rows as RegRow[]);
  return state;
}

/** The rows of the state, as rpt12Sql gives them: every current 乡镇 and any retired one with data, in code order. */
function rowsOf(state: Rpt12State): Rpt12Row[] {
  const rows: Rpt12Row[] = [];
  for (const t of state.townships) {
    const sums = state.sums.get(t.id);
    if (t.retired && !sums) continue;
    const row = { unit: t.name } as Rpt12Row;
    RPT12_COUNTS.forEach((k, i) => (row[k] = sums ? sums[i] : 0));
    rows.push(row);
  }
  return rows;
}

const stateKey = (p: ReturnType<typeof periodParams>) => `contacts.rpt12|${p.start}|${p.end}|${p.asOf}`;
const patchOf = (db: Database.Database, params: MonthReportParams) => ({
  tables: [...REGISTRATION_PATCH_TABLES, 'recognitions'],
  apply: (s: Rpt12State, written: ReadonlyMap<string, ReadonlySet<string>>) => patch(db, s, params, written),
});

/** The kept state of a period (db/memo.ts); tests compare it by identity to tell a patch from a new build. */
export function rpt12State(ctx: CoreContext, params: MonthReportParams): object {
  const db = ctx.db;
  return keptAndPatched(ctx, stateKey(periodParams(params)), () => build(db, params), patchOf(db, params));
}

/**
 * RPT-12's rows for a month or report period, kept on this connection and patched after writes (see above); equal
 * to rpt12Rows on the same data. The whole county: RPT-12 has no 乡镇 choice (township clerks cannot export it).
 */
export const keptRpt12Rows = (ctx: CoreContext, params: MonthReportParams): Rpt12Row[] =>
  rowsOf(rpt12State(ctx, params) as Rpt12State);

/**
 * The kept rows when the state is kept (patched if need be), else null: the export then reads them on the job
 * worker, never building the whole state on the interactive thread (reports/kept-rows.ts).
 */
function keptRpt12RowsIfKept(ctx: CoreContext, params: MonthReportParams): Rpt12Row[] | null {
  const state = keptOrNull(ctx, stateKey(periodParams(params)), patchOf(ctx.db, params));
  return state && rowsOf(state);
}

/** The persons with a registration active in the period, after $after in id order ($n of them). */
const PERSONS_AFTER = `SELECT DISTINCT person_id FROM registrations AS r INDEXED BY registrations_person
WHERE r.person_id > $after AND r.reg_date <= $end AND (r.cancel_date IS NULL OR (r.status = 'cancelled' AND r.cancel_date >= $start))
ORDER BY r.person_id LIMIT $n`;

/**
 * The warm-up's build (modules/home/warm-up.ts): the state read in chunks of `chunk` persons (the patch's own
 * statement, PERSONS_SQL), in slices of `sliceMs`, other calls answered between them (db/memo-slices.ts buildInSlices).
 */
export function warmRpt12State(ctx: CoreContext, params: MonthReportParams, o: Paced): Promise<boolean> {
  const db = ctx.db;
  const { asOf: _asOf, ...p } = periodParams(params);
  let state: Rpt12State | null = null;
  let after = '';
  const chunk = () => {
    state ??= emptyState(db);
    const ids = prepared(db, PERSONS_AFTER).pluck().all({ after, start: p.start, end: p.end, n: o.chunk }) as string[];
    if (ids.length)
      addAll(
        state,
        prepared(db, PERSONS_SQL)
          .raw(true)
          .all({ ...p, persons: JSON.stringify(ids) }) as RegRow[],
      );
    after = ids[ids.length - 1] ?? after;
    return ids.length < o.chunk;
  };
  return buildByChunks(ctx, stateKey(periodParams(params)), patchOf(db, params), o, chunk, () => state!);
}

/** RPT-12 as reports.export writes it: rpt12's rows, kept on the interactive connection (reports/kept-rows.ts). */
export const rpt12Kept: ReportSource = { ...rpt12, keptRows: (ctx, scope) => keptRpt12RowsIfKept(ctx, scope) };
