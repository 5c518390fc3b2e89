// Work lists for a month (BR-04, BR-05, BR-07, CFG-22, CFG-23): one page of members sorted in SQL (sql.ts), the
// side panel's counts per 乡镇/村 and 联系责任人 from one GROUP BY, one page of display columns fetched afterwards.
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
import { countsByTownshipSql, countsSql, groupCountsSql, PAGE_SQL, pageMembersSql, type WorklistParams } from './sql';

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

interface GroupRow {
  townshipId: string;
  villageId: string;
  staff: string;
  n: number;
}

/**
 * One page of a list (issue 13): the page's members sorted and cut in SQL, with the caller's scope and the list's
 * filters applied there; the side panel's counts from one GROUP BY over the caller's whole list, kept until a table
 * it reads is written (db/memo.ts), so turning pages costs only the page.
 */
export function worklist(ctx: CoreContext, kind: WorklistKind, q: WorklistQuery): WorklistPage {
  const { db } = ctx;
  const scope = ctx.scope ?? COUNTY;
  const p = monthParams(db, q.month, ctx.today());
  const scoped = scope.county ? {} : { scope: scope.json };
  const counted = keptUntilWrite(ctx, `contactWorklists.groups|${kind}|${q.month}`, () =>
    prepared(db, groupCountsSql(kind, p.pastLevels, { scope: !scope.county })).all({
      ...sqlParams(p),
      ...scoped,
    }),
  ) as GroupRow[];
  const regions = regionNames(db);
  const total = counted
    .filter(
      (g) =>
        (!q.townshipId || g.townshipId === q.townshipId) &&
        (!q.villageId || g.villageId === q.villageId) &&
        (!q.staff || g.staff === q.staff),
    )
    .reduce((n, g) => n + g.n, 0);
  const filters = { scope: !scope.county, township: !!q.townshipId, village: !!q.villageId, staff: !!q.staff };
  const pageMembers = total
    ? (prepared(db, pageMembersSql(kind, p.pastLevels, filters, q.groupBy)).all({
        ...sqlParams(p),
        ...scoped,
        ...(q.townshipId ? { township: q.townshipId } : {}),
        ...(q.villageId ? { village: q.villageId } : {}),
        ...(q.staff ? { staff: q.staff } : {}),
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      }) as Member[])
    : [];
  const staff = [...countBy(counted, (g) => g.staff)]
    .map(([s, count]) => ({ staff: s, count }))
    .sort((a, b) => cmp(a.staff, b.staff));
  return {
    month: q.month,
    asOf: p.asOf,
    items: pageItems(db, kind, pageMembers, p, regions),
    total,
    groups: groupCounts(counted, regions),
    staff,
  };
}

function countBy(rows: GroupRow[], key: (g: GroupRow) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const g of rows) m.set(key(g), (m.get(key(g)) ?? 0) + g.n);
  return m;
}

/** Members counted per 乡镇 and 村, in code order. */
function groupCounts(rows: GroupRow[], regions: Map<string, { name: string; code: string }>): WorklistPage['groups'] {
  const byTownship = new Map<string, Map<string, number>>();
  for (const g of rows) {
    const villages = byTownship.get(g.townshipId) ?? new Map<string, number>();
    byTownship.set(g.townshipId, villages);
    villages.set(g.villageId, (villages.get(g.villageId) ?? 0) + g.n);
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
