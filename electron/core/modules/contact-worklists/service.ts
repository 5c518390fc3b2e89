// Work lists for a month (BR-04, BR-05, BR-07, CFG-22, CFG-23): the caller's members sorted in SQL (sql.ts) and
// kept until a write, pages and the side panel's counts cut from them, one page of display columns fetched afterwards.
import type Database from 'better-sqlite3';
import { badInput } from '../../../../shared/contract';
import type {
  WorklistItem,
  WorklistKind,
  WorklistPage,
  WorklistQuery,
} from '../../../../shared/contract/contact-worklists';
import {
  asOfDate,
  completedMonths,
  firstContactDueDate,
  lostContactCutoff,
} from '../../../../shared/domain/contact-due';
import { monthOf, monthRange } from '../../../../shared/domain/dates';
import { maskIdNumberLast6 } from '../../../../shared/domain/masking';
import type { ServiceLevel } from '../../../../shared/domain/service-level';
import type { ContactResultCode } from '../../../../shared/enums/registration-codes';
import type { CoreContext } from '../../context';
import { keptUntilWrite } from '../../db/memo';
import { prepared } from '../../db/prepared';
import { readContactRules } from '../registrations/config';
import { hasLevelChangesAfter } from '../registrations/month-sql';
import { COUNTY, inScope, type Scope } from '../../scope/scope';
import { countsByTownshipSql, countsSql, membersSql, PAGE_SQL, type WorklistParams } from './sql';

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

interface PageRow {
  registrationId: string;
  personId: string;
  name: string;
  sex: string;
  idNumber: string;
  phone: string | null;
  isDifficult: 0 | 1;
  lastContact: string | null;
  lastSuccess: string | null;
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
    cutoff: lostContactCutoff(asOf, rules.lostContactMonths),
    minA: rules.minPerMonth.A,
    minB: rules.minPerMonth.B,
    minC: rules.minPerMonth.C,
    rules,
    pastLevels: hasLevelChangesAfter(db, end),
  };
}

export const sqlParams = (p: WorklistParams) => ({
  start: p.start,
  end: p.end,
  asOf: p.asOf,
  cutoff: p.cutoff,
  minA: p.minA,
  minB: p.minB,
  minC: p.minC,
});

function regionNames(db: Database.Database): Map<string, { name: string; code: string }> {
  const rows = prepared(db, 'SELECT id, name, code FROM regions').all() as { id: string; name: string; code: string }[];
  return new Map(rows.map((r) => [r.id, { name: r.name, code: r.code }]));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One page of a list (issue 13): the caller's members in the list's order from SQL (the scope applied there), kept
 * until a table they read is written (db/memo.ts) — turning pages, changing the 乡镇/村/责任人 filter or coming back
 * costs no pass over the month; after a write, one pass. The side panel counts the whole list (as before).
 */
export function worklist(ctx: CoreContext, kind: WorklistKind, q: WorklistQuery): WorklistPage {
  const { db } = ctx;
  const scope = ctx.scope ?? COUNTY;
  const p = monthParams(db, q.month, ctx.today());
  const all = keptUntilWrite(ctx, `contactWorklists.members|${kind}|${q.month}|${q.groupBy}`, () =>
    prepared(db, membersSql(kind, p.pastLevels, { scope: !scope.county }, q.groupBy)).all({
      ...sqlParams(p),
      ...(scope.county ? {} : { scope: scope.json }),
    }),
  ) as Member[];
  const regions = regionNames(db);
  const filtered =
    q.townshipId || q.villageId || q.staff
      ? all.filter(
          (m) =>
            (!q.townshipId || m.townshipId === q.townshipId) &&
            (!q.villageId || m.villageId === q.villageId) &&
            (!q.staff || m.responsibleStaff === q.staff),
        )
      : all;
  const pageMembers = filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  const staff = [...countBy(all, (m) => m.responsibleStaff)]
    .map(([s, count]) => ({ staff: s, count }))
    .sort((a, b) => cmp(a.staff, b.staff));
  return {
    month: q.month,
    asOf: p.asOf,
    items: pageItems(db, kind, pageMembers, p, regions),
    total: filtered.length,
    groups: groupCounts(all, regions),
    staff,
  };
}

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

/** Members counted per 乡镇 and 村, in code order. */
function groupCounts(all: Member[], regions: Map<string, { name: string; code: string }>): WorklistPage['groups'] {
  const byTownship = new Map<string, Map<string, number>>();
  for (const m of all) {
    const villages = byTownship.get(m.townshipId) ?? new Map<string, number>();
    byTownship.set(m.townshipId, villages);
    villages.set(m.villageId, (villages.get(m.villageId) ?? 0) + 1);
  }
  const code = (id: string) => regions.get(id)?.code ?? '';
  return [...byTownship]
    .sort(([a], [b]) => cmp(code(a), code(b)))
    .map(([townshipId, villages]) => ({
      townshipId,
      townshipName: regions.get(townshipId)?.name ?? '',
      count: [...villages.values()].reduce((s, n) => s + n, 0),
      villages: [...villages]
        .sort(([a], [b]) => cmp(code(a), code(b)))
        .map(([villageId, count]) => ({ villageId, villageName: regions.get(villageId)?.name ?? '', count })),
    }));
}

function pageItems(
  db: Database.Database,
  kind: WorklistKind,
  members: Member[],
  p: ReturnType<typeof monthParams>,
  regions: Map<string, { name: string }>,
): WorklistItem[] {
  if (!members.length) return [];
  const rows = prepared(db, PAGE_SQL).all({
    ids: JSON.stringify(members.map((m) => m.registrationId)),
    asOf: p.asOf,
  }) as PageRow[];
  const byId = new Map(rows.map((r) => [r.registrationId, r]));
  return members.map((m) => {
    const r = byId.get(m.registrationId) as PageRow;
    const [lastDate, lastResult, next] = r.lastContact ? r.lastContact.split('|') : [null, null, null];
    const due =
      kind === 'firstContactDue' ? firstContactDueDate(m.regDate, p.rules.firstContactWorkingDays, p.rules) : null;
    const sinceSuccess = r.lastSuccess ?? m.regDate;
    return {
      registrationId: m.registrationId,
      personId: r.personId,
      name: r.name,
      sex: r.sex,
      idNumberMasked: maskIdNumberLast6(r.idNumber),
      phone: r.phone,
      townshipId: m.townshipId,
      townshipName: regions.get(m.townshipId)?.name ?? '',
      villageId: m.villageId,
      villageName: regions.get(m.villageId)?.name ?? '',
      responsibleStaff: m.responsibleStaff,
      serviceLevel: m.serviceLevel,
      isDifficult: r.isDifficult === 1,
      regDate: m.regDate,
      lastContactDate: lastDate,
      lastContactResult: (lastResult as ContactResultCode | null) ?? null,
      lastSuccessfulContactDate: r.lastSuccess,
      nextContactDate: next || null,
      monthContacts: m.monthContacts,
      monthSuccessful: m.monthSuccessful,
      minPerMonth: p.rules.minPerMonth[m.serviceLevel],
      dueDate: due,
      overdue: due !== null && due < p.asOf,
      monthsWithoutContact: kind === 'lostContact' ? completedMonths(sinceSuccess, p.asOf) : null,
      suggestedCancelReason: kind === 'lostContact' ? 'C11' : null,
    };
  });
}

export function worklistCounts(db: Database.Database, month: string, today: string, scope: Scope = COUNTY) {
  if (!scope.county) {
    // The county counts per township, summed over the caller's townships.
    const { asOf, rows } = worklistCountsByTownship(db, month, today);
    const own = rows.filter((r) => inScope(scope, r.townshipId));
    const sum = (k: 'toContact' | 'lostContact' | 'firstContactDue') => own.reduce((n, r) => n + r[k], 0);
    return {
      month,
      asOf,
      toContact: sum('toContact'),
      lostContact: sum('lostContact'),
      firstContactDue: sum('firstContactDue'),
    };
  }
  const p = monthParams(db, month, today);
  const c = prepared(db, countsSql(p.pastLevels)).get(sqlParams(p)) as {
    toContact: number;
    lostContact: number;
    firstContactDue: number;
  };
  return { month, asOf: p.asOf, ...c };
}

export interface TownshipCounts {
  townshipId: string;
  registered: number;
  toContact: number;
  lostContact: number;
  firstContactDue: number;
}

/** worklistCounts per 乡镇 of the person (what each list holds when filtered by that township). */
export function worklistCountsByTownship(db: Database.Database, month: string, today: string) {
  const p = monthParams(db, month, today);
  const rows = prepared(db, countsByTownshipSql(p.pastLevels)).all(sqlParams(p)) as TownshipCounts[];
  return { month, asOf: p.asOf, rows };
}

/**
 * worklistCountsByTownship kept until a table it reads is written (db/memo.ts): the 首页 and the navigation badges
 * share one pass, and a write elsewhere (a post, a recognition) does not cost it again.
 */
export const keptCountsByTownship = (ctx: CoreContext, month: string) =>
  keptUntilWrite(ctx, `contactWorklists.byTownship|${month}`, () =>
    worklistCountsByTownship(ctx.db, month, ctx.today()),
  );
