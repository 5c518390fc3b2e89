// postWorklists.* (shared/contract/post-worklists.ts): vacancies (BR-17), subsidy ending (BR-18), retirement
// (BR-02), vacancy reports due (BR-22, CFG-15), judged on today; contracts ending (contracts-ending.ts) and the
// badge counts of all. The placement lists rank in two passes: a light pass over covering indexes (placements_open,
// persons_retirement) computes the days left of every candidate, then only the page's rows are read with names,
// codes and places (worklist-page.ts).
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { postListInput } from '../../../../shared/contract/posts';
import type { SubsidyInfo } from '../../../../shared/contract/placements';
import {
  POST_WORKLIST_DAYS,
  type retiringInput,
  type subsidyEndingInput,
} from '../../../../shared/contract/post-worklists';
import { addMonths, monthEnd, monthOf, shiftMonths } from '../../../../shared/domain/dates';
import { statutoryRetirement, type RetirementCategory } from '../../../../shared/domain/retirement';
import { DEFAULT_SUBSIDY_RULES } from '../../../../shared/domain/subsidy-period';
import { addDays, daysBetween } from '../../../../shared/domain/working-days';
import type { CoreContext } from '../../context';
import { keptUntilWrite } from '../../db/memo';
import { scopeParam } from '../../scope/scope';
import { prepared } from '../../db/prepared';
import { vacancyDueDate } from '../placements/detail';
import { subsidiesOf } from '../placements/subsidy';
import { POST_SETTING_KEYS } from './config';
import { contractsEndingList } from './contracts-ending';
import { pageOf, placeTerms, type Paging, type Ranked } from './worklist-page';
import { ON_POST_TODAY, listPosts, occupancy } from './queries';

/** First pass: what ranks a placement, read from covering indexes (placements_open, persons_retirement). */
interface Light {
  id: string;
  person_id: string;
  start_date: string;
  birth_date: string;
  retirement_category: RetirementCategory;
  leave_date: string | null;
  subsidy_first_month: string;
}

/**
 * The open placements with their persons' retirement data: the first pass of the subsidy and retirement lists.
 * A 乡镇经办 gets the placements of their townships' persons (issue 19), chosen here in SQL.
 */
function openLight(ctx: CoreContext, townshipId?: string): Light[] {
  return prepared(
    ctx.db,
    `SELECT pl.id, pl.person_id, pl.start_date, pl.leave_date, pl.subsidy_first_month, pe.birth_date, pe.retirement_category
     FROM placements pl JOIN persons pe ON pe.id = pl.person_id
     WHERE pl.leave_date IS NULL AND pl.deleted_at IS NULL${placeTerms(ctx, townshipId)}`,
  ).all({ townshipId, scope: scopeParam(ctx.scope) }) as Light[];
}

/** Nobody retires before 50 (F50): persons born after horizon − 50 years cannot retire by the horizon. */
const latestBirthFor = (horizon: string) => shiftMonths(horizon, -50 * 12);

/** The smallest CFG-04 cap of any date (the prefilter below must hold for every entitlement). */
function smallestCap(db: Database.Database): number {
  const stored = prepared(db, 'SELECT min(CAST(value AS INTEGER)) FROM settings WHERE key = ?')
    .pluck()
    .get(POST_SETTING_KEYS.maxMonths) as number | null;
  return Math.max(1, Math.min(DEFAULT_SUBSIDY_RULES.maxMonths, stored ?? DEFAULT_SUBSIDY_RULES.maxMonths));
}

/**
 * Open placements whose BR-18 subsidy ends (last day of the end month) within `withinDays`, or has ended.
 * Only two kinds can: capped entitlements whose first month F is at least cap − 1 months before the horizon (the
 * cap-th counted month comes cap − 1 months after F at the earliest), and persons near retirement (extended, or clamped to it).
 */
function subsidyEndingRanked(ctx: CoreContext, withinDays: number, townshipId?: string): Ranked[] {
  const db = ctx.db;
  const today = ctx.today();
  const horizon = addDays(today, withinDays);
  const maxFirst = addMonths(monthOf(horizon), -(smallestCap(db) - 1));
  const latestBirth = latestBirthFor(addDays(horizon, 31));
  const open = openList(ctx, townshipId).filter(
    (r) => r.subsidy_first_month <= maxFirst || r.birth_date <= latestBirth,
  );
  const infos = subsidiesOf(db, open, today);
  const out: Ranked[] = [];
  for (const r of open) {
    const info = infos.get(r.id) as SubsidyInfo;
    if (!info.endMonth) continue;
    const daysLeft = daysBetween(today, monthEnd(info.endMonth));
    if (daysLeft <= withinDays)
      out.push({
        id: r.id,
        start: r.start_date,
        daysLeft,
        extra: { subsidyEndMonth: info.endMonth, extendedToRetirement: info.extendedToRetirement },
      });
  }
  return out;
}

/** Open placements of persons reaching statutory retirement (BR-02) within `withinDays`, or past it. */
function retiringRanked(ctx: CoreContext, withinDays: number, townshipId?: string): Ranked[] {
  const today = ctx.today();
  const latestBirth = latestBirthFor(addDays(today, withinDays));
  const rows = openList(ctx, townshipId).filter((r) => r.birth_date <= latestBirth);
  const out: Ranked[] = [];
  for (const r of rows) {
    const date = statutoryRetirement(r.birth_date, r.retirement_category).date;
    const daysLeft = daysBetween(today, date);
    if (daysLeft <= withinDays) out.push({ id: r.id, start: r.start_date, daysLeft, extra: { retirementDate: date } });
  }
  return out;
}

/** Left placements without a vacancy report (BR-22): due = leave date + CFG-15 days. */
function vacancyReportRanked(ctx: CoreContext, townshipId?: string): Ranked[] {
  const today = ctx.today();
  const dues = new Map<string, string>();
  const rows = prepared(
    ctx.db,
    `SELECT pl.id, pl.start_date, pl.leave_date FROM placements pl
    WHERE pl.leave_date IS NOT NULL AND pl.deleted_at IS NULL AND pl.vacancy_report_date IS NULL${placeTerms(ctx, townshipId)}`,
  ).all({ townshipId, scope: scopeParam(ctx.scope) }) as { id: string; start_date: string; leave_date: string }[];
  return rows.map((r) => {
    let due = dues.get(r.leave_date);
    if (!due) dues.set(r.leave_date, (due = vacancyDueDate(ctx.db, r.leave_date)));
    const daysLeft = daysBetween(today, due);
    return { id: r.id, start: r.start_date, daysLeft, extra: { dueDate: due } };
  });
}

export function vacancies(ctx: CoreContext, q: Paging) {
  const today = ctx.today();
  const page = listPosts(
    ctx.db,
    postListInput.parse({
      status: 'active',
      hasVacancies: true,
      townshipId: q.townshipId,
      page: q.page,
      pageSize: q.pageSize,
    }),
    today,
    {
      validOn: today,
      order: `(p.approved_count - ${ON_POST_TODAY}) DESC, t.code, p.post_code`,
      townships: scopeParam(ctx.scope),
    },
  );
  return {
    asOf: today,
    total: page.total,
    items: page.items.map((i) => ({
      ...i,
      openSlots: occupancy(ctx.db, { id: i.id, approved_count: i.approvedCount }, today).openSlots,
    })),
  };
}

/**
 * The ranked lists are kept until the next write (db/memo.ts): paging and the badges then cost nothing. They hold
 * the caller's townships only (the scope in SQL; memo keeps a 乡镇经办's answers apart).
 */
const cached = keptUntilWrite;

const openList = (ctx: CoreContext, t?: string) => cached(ctx, `open|${t ?? ''}`, () => openLight(ctx, t));
const endingList = (ctx: CoreContext, days: number, t?: string) =>
  cached(ctx, `ending|${days}|${t ?? ''}`, () => subsidyEndingRanked(ctx, days, t));
const retiringList = (ctx: CoreContext, days: number, t?: string) =>
  cached(ctx, `retiring|${days}|${t ?? ''}`, () => retiringRanked(ctx, days, t));
const reportList = (ctx: CoreContext, t?: string) =>
  cached(ctx, `reports|${t ?? ''}`, () => vacancyReportRanked(ctx, t));

export const subsidyEnding = (ctx: CoreContext, q: z.output<typeof subsidyEndingInput>) =>
  pageOf(ctx.db, endingList(ctx, q.withinDays, q.townshipId), q, ctx.today());
export const retiring = (ctx: CoreContext, q: z.output<typeof retiringInput>) =>
  pageOf(ctx.db, retiringList(ctx, q.withinDays, q.townshipId), q, ctx.today());
export const vacancyReports = (ctx: CoreContext, q: Paging) =>
  pageOf(ctx.db, reportList(ctx, q.townshipId), q, ctx.today());

/**
 * The total of the vacancies list (one 乡镇 or the caller's scope): the badge's and 首页's count. Posts are read
 * county-wide, but a 乡镇经办's 空岗 list and count hold the posts of their townships (issue 19, audit6 gap 3).
 */
const vacancyCount = (ctx: CoreContext, townshipId?: string) =>
  cached(ctx, `vacancies|${townshipId ?? ''}`, () => {
    const today = ctx.today();
    const q = postListInput.parse({ status: 'active', hasVacancies: true, townshipId });
    return listPosts(ctx.db, q, today, { validOn: today, townships: scopeParam(ctx.scope) }).total;
  });

export function worklistCounts(ctx: CoreContext) {
  const today = ctx.today();
  const reports = reportList(ctx);
  return {
    asOf: today,
    vacancies: vacancyCount(ctx),
    subsidyEnding: endingList(ctx, POST_WORKLIST_DAYS.subsidyEnding).length,
    retiring: retiringList(ctx, POST_WORKLIST_DAYS.retiring).length,
    vacancyReportsDue: reports.length,
    vacancyReportsLate: reports.filter((r) => r.daysLeft < 0).length,
    contractsEnding: contractsEndingList(ctx, POST_WORKLIST_DAYS.contractsEnding).length,
  };
}

/** The windows (days) of the lists 首页 counts. */
interface ScopedWindows {
  subsidyEndingDays: number;
  contractsEndingDays: number;
  retiringDays: number;
}

/** The totals of the posts' work lists of one 乡镇 or the county (首页). */
export function scopedCounts(ctx: CoreContext, windows: ScopedWindows, townshipId?: string) {
  const reports = reportList(ctx, townshipId);
  const contracts = contractsEndingList(ctx, windows.contractsEndingDays, townshipId);
  return {
    vacancies: vacancyCount(ctx, townshipId),
    subsidyEnding: endingList(ctx, windows.subsidyEndingDays, townshipId).length,
    retiring: retiringList(ctx, windows.retiringDays, townshipId).length,
    vacancyReportsDue: reports.length,
    vacancyReportsLate: reports.filter((r) => r.daysLeft < 0).length,
    contractsEnding: contracts.length,
    contractsEnded: contracts.filter((r) => r.daysLeft < 0).length,
  };
}
