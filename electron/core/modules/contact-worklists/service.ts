// Work lists for a month (BR-04, BR-05, BR-07, CFG-22, CFG-23): the caller's members in the list's order, kept and
// patched after writes (month-state.ts), pages and the side panel's counts cut from them, one page of display
// columns fetched afterwards.
import type Database from 'better-sqlite3';
import type {
  WorklistItem,
  WorklistKind,
  WorklistPage,
  WorklistQuery,
} from '../../../../shared/contract/contact-worklists';
import { completedMonths, firstContactDueDate } from '../../../../shared/domain/contact-due';
import { maskIdNumberLast6, maskPhoneOrNull } from '../../../../shared/domain/masking';
import type { CancelReasonCode, ContactResultCode } from '../../../../shared/enums/registration-codes';
import type { CoreContext } from '../../context';
import { prepared } from '../../db/prepared';
import { COUNTY, inScope } from '../../scope/scope';
import { inFilter, memberList, monthParams, townshipCounts, type Member } from './month-state';
import { PAGE_SQL, type WorklistParams } from './sql';
import { workingCalendar } from '../registrations/config';
import { pageSlice } from '../../db/page';

export { monthParams, type Member, type TownshipCounts } from './month-state';

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
  suggestedReason: CancelReasonCode | null;
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
 * One page of a list (issue 13): the caller's members in the list's order, kept and patched after writes
 * (month-state.ts) — turning pages, changing the 乡镇/村/责任人 filter, coming back or saving a contact costs no
 * pass over the month. The side panel counts the whole list (as before).
 */
export function worklist(ctx: CoreContext, kind: WorklistKind, q: WorklistQuery): WorklistPage {
  const { db } = ctx;
  const p = monthParams(db, q.month, ctx.today());
  const list = memberList(ctx, kind, q.month, q.groupBy);
  const regions = regionNames(db);
  const filter = q.townshipId || q.villageId || q.staff ? `${q.townshipId}|${q.villageId}|${q.staff}` : null;
  let filtered = filter ? list.filtered.get(filter)?.rows : list.members;
  if (!filtered) {
    const f = { townshipId: q.townshipId, villageId: q.villageId, staff: q.staff };
    filtered = list.members.filter((m) => inFilter(f, m));
    list.filtered.set(filter as string, { ...f, rows: filtered });
  }
  const pageMembers = pageSlice(filtered, q);
  const staff = [...list.staff].map(([s, count]) => ({ staff: s, count })).sort((a, b) => cmp(a.staff, b.staff));
  return {
    month: q.month,
    asOf: p.asOf,
    items: pageItems(db, kind, pageMembers, p, regions),
    total: filtered.length,
    groups: groupCounts(list.places, regions),
    staff,
  };
}

/** Members counted per 乡镇 and 村 (month-state.ts keeps the counts), in code order. */
function groupCounts(
  byTownship: Map<string, Map<string, number>>,
  regions: Map<string, { name: string; code: string }>,
): WorklistPage['groups'] {
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
  const calendar = workingCalendar(p.rules, p.end);
  return members.map((m) => {
    const r = byId.get(m.registrationId) as PageRow;
    const [lastDate, lastResult, next] = r.lastContact ? r.lastContact.split('|') : [null, null, null];
    const due =
      kind === 'firstContactDue' ? firstContactDueDate(m.regDate, p.rules.firstContactWorkingDays, calendar) : null;
    const sinceSuccess = r.lastSuccess ?? m.regDate;
    return {
      registrationId: m.registrationId,
      personId: r.personId,
      name: r.name,
      sex: r.sex,
      idNumberMasked: maskIdNumberLast6(r.idNumber),
      phoneMasked: maskPhoneOrNull(r.phone),
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
      suggestedCancelReason: r.suggestedReason ?? (kind === 'lostContact' ? 'C11' : null),
    };
  });
}

/** The three counts of the month in the caller's scope (month-state.ts: summed over the counts per 乡镇). */
export function worklistCounts(ctx: CoreContext, month: string) {
  const { asOf, rows } = townshipCounts(ctx, month);
  const own = rows.filter((r) => inScope(ctx.scope ?? COUNTY, r.townshipId));
  const sum = (k: 'toContact' | 'lostContact' | 'firstContactDue') => own.reduce((n, r) => n + r[k], 0);
  return {
    month,
    asOf,
    toContact: sum('toContact'),
    lostContact: sum('lostContact'),
    firstContactDue: sum('firstContactDue'),
  };
}

/**
 * The counts per 乡镇 of the person (what each list holds when filtered by that township), with the registrations
 * open at the month end: the 首页 and the navigation badges read the county or their townships from them.
 */
export const keptCountsByTownship = (ctx: CoreContext, month: string) => ({ month, ...townshipCounts(ctx, month) });
