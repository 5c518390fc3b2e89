// recognitionWorklists.* and recognitions.list (shared/contract/recognitions.ts), judged on today:
//   pendingVillage  01 待初审, oldest application first
//   inNotice        02 while the notice runs (notice_end ≥ today), ending soonest first; noticeEnding = ends today or tomorrow
//   pendingTownship 02 after the notice ended, awaiting 乡镇审核
//   pendingCounty   02 awaiting 县级确认
//   newThisMonth    recognised this calendar month (03 or since exited)
//   shouldExit      03 whose records show market employment (E09 21–23) or whose registration was cancelled on or after
//                   the recognition date with no active one left — unless the person is on a post (BR-14: placement on
//                   a 公益性岗位 does not end a recognition). The hint names the record and suggests the E08 reason.
//   assistanceDue   03 without employment assistance (SV7 or a post) for the months set (BR-06, assistance.ts), not
//                   on 应退出
import { idMaskerOn } from '../settings/display';
import { COUNTY, scopeNamedSql, scopeParam, type Scope } from '../../scope/scope';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type {
  AssistanceDueItem,
  RecognitionListItem,
  recognitionListInput,
} from '../../../../shared/contract/recognitions';
import { completedMonthsCutoff } from '../../../../shared/domain/contact-due';
import { DEFAULT_ASSISTANCE_MONTHS } from '../../../../shared/domain/employment-assistance';
import { monthOf } from '../../../../shared/domain/dates';
import { addDays } from '../../../../shared/domain/working-days';
import { employmentStatusLabel } from '../../../../shared/enums/person-codes';
import { cancelReasonLabel } from '../../../../shared/enums/registration-codes';
import { prepared } from '../../db/prepared';
import { keptAndPatched, keptUntilWrite } from '../../db/memo';
import type { CoreContext } from '../../context';
import { personSearchSql } from '../persons/list-sql';
import { LIST_COLUMNS, LIST_FROM, STAGE_SQL, toListItem, WORK_FROM, type ListRow } from './queries';
import {
  ASSISTANCE_COLUMNS,
  ASSISTANCE_DUE,
  ASSISTANCE_ORDER,
  assistanceParams,
  toAssistanceItem,
  type AssistanceRow,
} from './assistance';
import { assistanceMonthsOn } from './config';
import { pageParams } from '../../db/page';

type WorkKind =
  'pendingVillage' | 'inNotice' | 'pendingTownship' | 'pendingCounty' | 'newThisMonth' | 'shouldExit' | 'assistanceDue';
interface Paging {
  townshipId?: string;
  page: number;
  pageSize: number;
}
interface Page<T = RecognitionListItem> {
  asOf: string;
  items: T[];
  total: number;
}

/** E11 cancel reason → suggested E08 exit reason. */
const EXIT_BY_CANCEL = `CASE x.cancel_reason WHEN 'C01' THEN 'R01' WHEN 'C02' THEN 'R01' WHEN 'C03' THEN 'R01' WHEN 'C12' THEN 'R01'
  WHEN 'C04' THEN 'R02' WHEN 'C06' THEN 'R03' WHEN 'C07' THEN 'R04' WHEN 'C08' THEN 'R05' WHEN 'C09' THEN 'R07' WHEN 'C13' THEN 'R06' ELSE 'R13' END`;

/** A column of the person's latest registration cancelled on or after the recognition date (alias x). */
const lastCancel = (
  col: string,
) => `(SELECT ${col} FROM registrations x WHERE x.person_id = r.person_id AND x.status = 'cancelled'
  AND x.cancel_date >= coalesce(r.recognition_date, '') ORDER BY x.cancel_date DESC LIMIT 1)`;

const SHOULD_EXIT = `r.status = '03' AND p.on_post = 0 AND (p.employment_status IN ('21', '22', '23') OR (
  NOT EXISTS (SELECT 1 FROM registrations a WHERE a.person_id = r.person_id AND a.status = 'active')
  AND EXISTS (SELECT 1 FROM registrations x WHERE x.person_id = r.person_id AND x.status = 'cancelled' AND x.cancel_date >= coalesce(r.recognition_date, ''))))`;

export const WORK_WHERE: Record<WorkKind, string> = {
  pendingVillage: "r.status = '01'",
  inNotice: "r.status = '02' AND r.stage = 'township' AND r.notice_end >= @today",
  pendingTownship: "r.status = '02' AND r.stage = 'township' AND r.notice_end < @today",
  pendingCounty: "r.status = '02' AND r.stage = 'county'",
  newThisMonth: "r.status IN ('03', '05') AND r.recognition_date >= @monthStart AND r.recognition_date <= @today",
  shouldExit: SHOULD_EXIT,
  // Not those who should exit: their recognition is to end, not to be assisted.
  assistanceDue: `${ASSISTANCE_DUE} AND NOT (${SHOULD_EXIT})`,
};
const ORDER: Record<WorkKind, string> = {
  pendingVillage: 'r.apply_date, r.id',
  inNotice: 'r.notice_end, r.id',
  pendingTownship: 'r.notice_end, r.id',
  pendingCounty: 'r.township_date, r.id',
  newThisMonth: 'r.recognition_date DESC, r.id',
  shouldExit: 'r.recognition_date, r.id',
  assistanceDue: ASSISTANCE_ORDER,
};

const params = (today: string, townshipId?: string, scope: Scope = COUNTY) => ({
  today,
  monthStart: `${monthOf(today)}-01`,
  township: townshipId ?? null,
  scope: scopeParam(scope),
});
// The township filter and the caller's townships (issue 19: a 乡镇经办 sees their townships only).
const TOWNSHIP = `(@township IS NULL OR p.township_id = @township) AND ${scopeNamedSql('p.township_id')}`;
const COUNT_FROM = 'recognitions r CROSS JOIN persons p ON p.id = r.person_id';
const LIVE = 'p.deleted_at IS NULL';

const EMPLOYED = "p.employment_status IN ('21', '22', '23')";
const EXIT_HINT = `CASE WHEN ${EMPLOYED} THEN 'employed:' || p.employment_status ELSE 'cancelled:' || ${lastCancel("x.cancel_date || ':' || x.cancel_reason")} END AS exit_hint,
  CASE WHEN ${EMPLOYED} THEN 'R01' ELSE ${lastCancel(EXIT_BY_CANCEL)} END AS exit_reason_hint`;

/** 'employed:21' / 'cancelled:2026-11-01:C01' → plain Chinese. */
function hintText(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const [kind, a, b] = raw.split(':');
  if (kind === 'employed') return `当前就业状态为“${employmentStatusLabel(a)}”`;
  return `失业登记已于${a}注销（${cancelReasonLabel(b)}）`;
}

/** Each list's columns besides LIST_COLUMNS. */
const EXTRA: Partial<Record<WorkKind, string>> = {
  shouldExit: EXIT_HINT,
  assistanceDue: ASSISTANCE_COLUMNS,
};

/** One page of a work list's rows, its total and the ID masker in force. */
function workRows<R extends ListRow>(db: Database.Database, today: string, kind: WorkKind, v: Paging, scope: Scope) {
  const where = `${WORK_WHERE[kind]} AND ${LIVE} AND ${TOWNSHIP}`;
  const p = { ...params(today, v.townshipId, scope), ...(kind === 'assistanceDue' ? assistanceParams(db, today) : {}) };
  // Counted without the place names: every person has a township and a residence (foreign keys), so the count is the
  // same, and the person columns tested are all in one index (persons_recognition_facts).
  const total = prepared(db, `SELECT count(*) FROM ${COUNT_FROM} WHERE ${where}`).pluck().get(p) as number;
  const extra = EXTRA[kind] ? `, ${EXTRA[kind]}` : '';
  // The page is chosen on the indexes alone, then only its rows are read in full (names, places, hints).
  const rows = prepared(
    db,
    `SELECT ${LIST_COLUMNS}${extra} FROM ${WORK_FROM} WHERE r.rowid IN (
      SELECT r.rowid FROM ${COUNT_FROM} WHERE ${where} ORDER BY ${ORDER[kind]} LIMIT @limit OFFSET @offset)
    ORDER BY ${ORDER[kind]}`,
  ).all({ ...p, ...pageParams(v) }) as R[];
  return { total, rows, mask: idMaskerOn(db, today) }; // CFG-29
}

export function workList(
  db: Database.Database,
  today: string,
  kind: Exclude<WorkKind, 'assistanceDue'>,
  v: Paging,
  scope: Scope = COUNTY,
): Page {
  const { total, rows, mask } = workRows(db, today, kind, v, scope);
  return {
    asOf: today,
    items: rows.map((r) => toListItem({ ...r, exit_hint: hintText(r.exit_hint) }, today, mask)),
    total,
  };
}

/** recognitionWorklists.assistanceDue (BR-06): the work list's rows with the person's assistance. */
export function assistanceDueList(
  db: Database.Database,
  today: string,
  v: Paging,
  scope: Scope = COUNTY,
): Page<AssistanceDueItem> {
  const { total, rows, mask } = workRows<AssistanceRow>(db, today, 'assistanceDue', v, scope);
  return { asOf: today, items: rows.map((r) => toAssistanceItem(r, toListItem(r, today, mask), today)), total };
}

/**
 * The four statements of the badge numbers and their parameters: one over recognitions_stage (the stages), then the
 * three person-dependent lists. Exported so that the bench replays exactly what the core runs.
 */
export const WORK_COUNT_SQL = {
  stages: `SELECT
      count(*) FILTER (WHERE r.status = '01') AS pendingVillage,
      count(*) FILTER (WHERE r.status = '02' AND r.stage = 'township' AND r.notice_end >= @today) AS inNotice,
      count(*) FILTER (WHERE r.status = '02' AND r.stage = 'township' AND r.notice_end >= @today AND r.notice_end <= @ending) AS noticeEnding,
      count(*) FILTER (WHERE r.status = '02' AND r.stage = 'township' AND r.notice_end < @today) AS pendingTownship,
      count(*) FILTER (WHERE r.status = '02' AND r.stage = 'county') AS pendingCounty
    FROM ${COUNT_FROM} WHERE r.status IN ('01', '02') AND ${LIVE} AND ${TOWNSHIP}`,
  newThisMonth: `SELECT count(*) FROM ${COUNT_FROM} WHERE ${WORK_WHERE.newThisMonth} AND ${LIVE} AND ${TOWNSHIP}`,
  shouldExit: `SELECT count(*) FROM ${COUNT_FROM} WHERE ${SHOULD_EXIT} AND ${LIVE} AND ${TOWNSHIP}`,
  assistanceDue: `SELECT count(*) FROM ${COUNT_FROM} WHERE ${WORK_WHERE.assistanceDue} AND ${LIVE} AND ${TOWNSHIP}`,
} as const;

/** The parameters of each WORK_COUNT_SQL statement (`assistanceMonths`: BR-06's setting in force). */
export function workCountParams(
  today: string,
  townshipId?: string,
  scope: Scope = COUNTY,
  assistanceMonths = DEFAULT_ASSISTANCE_MONTHS,
) {
  const p = params(today, townshipId, scope);
  const place = { township: p.township, scope: p.scope };
  return {
    stages: { today, ending: addDays(today, 1), ...place },
    newThisMonth: p,
    shouldExit: place,
    assistanceDue: { today, cutoff: completedMonthsCutoff(today, assistanceMonths), ...place },
  };
}

/** The badge numbers but 待就业援助's (of one 乡镇 when given): what recognitions, persons and registrations say. */
function stageCounts(db: Database.Database, today: string, townshipId?: string, scope: Scope = COUNTY) {
  const p = workCountParams(today, townshipId, scope);
  const c = prepared(db, WORK_COUNT_SQL.stages).get(p.stages) as Record<string, number>;
  const fresh = prepared(db, WORK_COUNT_SQL.newThisMonth).pluck().get(p.newThisMonth) as number;
  const exit = prepared(db, WORK_COUNT_SQL.shouldExit).pluck().get(p.shouldExit) as number;
  return {
    asOf: today,
    pendingVillage: c.pendingVillage,
    inNotice: c.inNotice,
    noticeEnding: c.noticeEnding,
    pendingTownship: c.pendingTownship,
    pendingCounty: c.pendingCounty,
    newThisMonth: fresh,
    shouldExit: exit,
  };
}

/** 待就业援助's count (BR-06), which also reads contacts, placements and the setting. */
function assistanceDueCount(db: Database.Database, today: string, townshipId?: string, scope: Scope = COUNTY) {
  const p = workCountParams(today, townshipId, scope, assistanceMonthsOn(db, today)).assistanceDue;
  return prepared(db, WORK_COUNT_SQL.assistanceDue).pluck().get(p) as number;
}

/** The badge numbers (of one 乡镇 when given). */
export function workCounts(db: Database.Database, today: string, townshipId?: string, scope: Scope = COUNTY) {
  return {
    ...stageCounts(db, today, townshipId, scope),
    assistanceDue: assistanceDueCount(db, today, townshipId, scope),
  };
}

/**
 * The same kept until a write (db/memo.ts) for 首页 and the navigation badges, in two parts: the stage counts, and
 * 待就业援助's, which a contact saved (the commonest write) patches for its person only (keptDueTotal).
 */
export function keptWorkCounts(ctx: CoreContext, townshipId?: string, scope: Scope = COUNTY) {
  const today = ctx.today();
  const t = townshipId ?? '';
  return {
    ...keptUntilWrite(ctx, `recognitionWorklists.counts|${t}`, () => stageCounts(ctx.db, today, townshipId, scope)),
    assistanceDue: keptDueTotal(ctx, t, townshipId, scope),
  };
}

const DUE_PERSONS = `SELECT r.person_id AS id, count(*) AS n FROM ${COUNT_FROM}
  WHERE ${WORK_WHERE.assistanceDue} AND ${LIVE} AND ${TOWNSHIP}`;
const DUE_OF = `${DUE_PERSONS} AND r.person_id IN (SELECT value FROM json_each(@persons)) GROUP BY r.person_id`;
const PERSONS_OF_REGISTRATIONS = 'SELECT id, person_id FROM registrations WHERE id IN (SELECT value FROM json_each(?))';

/**
 * 待就业援助's count kept across the commonest writes (db/memo.ts keptAndPatched): a contact saved, or a write to
 * registrations, persons or placements, re-judges only the persons it touched — the cost of the rows written, not of
 * the county's recognitions in force (bench home: 首页 after a contact or placement write). A registration no longer
 * found (its person unknown) makes it count again from scratch. Same figure as assistanceDueCount
 * (tests/core/recognitions-assistance.test.ts).
 */
function keptDueTotal(ctx: CoreContext, t: string, townshipId: string | undefined, scope: Scope): number {
  const db = ctx.db;
  const today = ctx.today();
  const p = () => workCountParams(today, townshipId, scope, assistanceMonthsOn(db, today)).assistanceDue;
  // The recognitions due per person: what is kept and patched.
  const due = (sql: string, params: object) =>
    new Map((prepared(db, sql).all(params) as { id: string; n: number }[]).map((r) => [r.id, r.n]));
  const build = () => due(`${DUE_PERSONS} GROUP BY r.person_id`, p());
  const kept = keptAndPatched(ctx, `recognitionWorklists.assistanceDue|${t}`, build, {
    tables: ['contacts', 'registrations', 'persons', 'placements'],
    apply: (value, rows) => {
      const regIds = [...(rows.get('contacts') ?? []), ...(rows.get('registrations') ?? [])];
      const found = regIds.length
        ? (prepared(db, PERSONS_OF_REGISTRATIONS).all(JSON.stringify(regIds)) as { id: string; person_id: string }[])
        : [];
      if (new Set(found.map((r) => r.id)).size < new Set(regIds).size) return build();
      const touched = [...(rows.get('persons') ?? []), ...(rows.get('placements') ?? [])];
      const persons = [...new Set([...touched, ...found.map((r) => r.person_id)])];
      const byPerson = new Map(value);
      for (const id of persons) byPerson.delete(id);
      for (const [id, n] of due(DUE_OF, { ...p(), persons: JSON.stringify(persons) })) byPerson.set(id, n);
      return byPerson;
    },
  });
  return [...kept.values()].reduce((a, n) => a + n, 0);
}

/** recognitions.list: every recognition, optionally by stage (or 申请中), category, township and a name / ID search. */
export function listRecognitions(
  db: Database.Database,
  today: string,
  v: z.output<typeof recognitionListInput>,
  scope: Scope = COUNTY,
): Page {
  const conds = [LIVE, TOWNSHIP];
  const p: Record<string, unknown> = params(today, v.townshipId, scope);
  if (v.stage === 'inProgress') conds.push("r.status IN ('01', '02')");
  else if (v.stage) {
    conds.push(`${STAGE_SQL} = @stage`);
    p.stage = v.stage;
  }
  if (v.category) {
    // categories is the comma list of codes (K01,K04): whole codes only.
    conds.push("instr(',' || r.categories || ',', ',' || @category || ',') > 0");
    p.category = v.category;
  }
  if (v.query) {
    const search = personSearchSql(v.query);
    conds.push(search.sql);
    p.q = search.q;
  }
  const where = conds.join(' AND ');
  const total = prepared(db, `SELECT count(*) FROM ${LIST_FROM} WHERE ${where}`).pluck().get(p) as number;
  const rows = prepared(
    db,
    `SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE ${where} ORDER BY r.updated_at DESC, r.id LIMIT @limit OFFSET @offset`,
  ).all({ ...p, ...pageParams(v) }) as ListRow[];
  const mask = idMaskerOn(db, today); // CFG-29
  return { asOf: today, items: rows.map((r) => toListItem(r, today, mask)), total };
}
