// home.overview (shared/contract/home.ts): the month at a glance, the reminders and the chart series. Every
// reminder count comes from the count function of the module whose list it opens; nothing is counted twice here.
import type { z } from 'zod';
import { HOME_WINDOWS, type HomeOverview, type homeInput, type Reminder } from '../../../../shared/contract/home';
import { asOfDate } from '../../../../shared/domain/contact-due';
import { addMonths, monthEnd, monthOf } from '../../../../shared/domain/dates';
import { daysBetween } from '../../../../shared/domain/working-days';
import type { CoreContext } from '../../context';
import { keptUntilWrite } from '../../db/memo';
import { keptCountsByTownship } from '../contact-worklists/service';
import { dueCounts } from '../internships/service';
import { scopedCounts } from '../posts/worklists';
import { keptWorkCounts } from '../recognitions/worklists';
import { readSetting } from '../settings/queries';
import { monthOverview } from '../subsidies/overview';
import { onPosts, placementTrend, registeredTrend, stockFigures, townships, trendMonths } from './figures';
import { PROVIDERS_EXPIRING_DAYS } from '../../../../shared/contract/training';
import { followUpCount } from '../training/followups';
import { countExpiringProviders } from '../training/providers';
import { calendarToEnter } from '../settings/calendar';
import { scopeParam } from '../../scope/scope';

/** CFG-27 report_due_day: the day of the month the monthly reports are due (default 25). */
export const REPORT_DUE_DAY_KEY = 'reports.dueDay';
const DEFAULT_REPORT_DUE_DAY = 25;

function reportDue(ctx: CoreContext): HomeOverview['reportDue'] {
  const today = ctx.today();
  const stored = readSetting<number>(ctx.db, REPORT_DUE_DAY_KEY, today);
  const day = Number.isInteger(stored) && stored! >= 1 && stored! <= 28 ? stored! : DEFAULT_REPORT_DUE_DAY;
  const on = (month: string) => `${month}-${String(day).padStart(2, '0')}`;
  const date = on(monthOf(today)) >= today ? on(monthOf(today)) : on(addMonths(monthOf(today), 1));
  return { day, date, daysLeft: daysBetween(today, date) };
}

/** Kept until the next write (db/memo.ts): going back to 首页 costs nothing until something changes. */
export const homeOverview = (ctx: CoreContext, q: z.output<typeof homeInput>): HomeOverview =>
  keptUntilWrite(ctx, `home|${q.month ?? ''}|${q.townshipId ?? ''}`, () => computeOverview(ctx, q));

const windows = `${HOME_WINDOWS.internshipsEndingDays}|${HOME_WINDOWS.basesExpiringDays}`;

/**
 * The parts of one 首页 (county or one 乡镇), each kept on its own (db/memo.ts): a write recomputes only the parts
 * that read what it wrote. computeOverview reads them all; the warm-up (home/warm-up.ts) computes them one per turn
 * of the event loop, so that the first 首页 after start finds them kept.
 */
export function homeParts(ctx: CoreContext, month: string, t: string | undefined) {
  const today = ctx.today();
  const asOf = asOfDate(month, today);
  const previousEnd = monthEnd(addMonths(month, -1));
  const part =
    <T>(name: string, compute: () => T) =>
    () =>
      keptUntilWrite(ctx, homePartKey(name, month, t), compute);
  return {
    // Contacts first: it refuses months after the working month.
    contacts: () => keptCountsByTownship(ctx, month),
    // The caller's scope too (issue 19): a 乡镇经办's own 乡镇 is t, and nothing outside their townships counts.
    recog: () => keptWorkCounts(ctx, t, ctx.scope),
    posts: () => scopedCounts(ctx, HOME_WINDOWS, t),
    interns: () =>
      keptUntilWrite(ctx, `internshipWorklists.dueCounts|${windows}|${t ?? ''}`, () =>
        dueCounts(ctx, HOME_WINDOWS.internshipsEndingDays, HOME_WINDOWS.basesExpiringDays, t),
      ),
    subsidy: part('subsidy', () => {
      const o = monthOverview(ctx.db, month, t ?? null, scopeParam(ctx.scope)); // a 乡镇经办: no other 乡镇's rosters
      return {
        // Employers with anyone on post whose month is not entered: a row to enter, or none generated yet.
        attendanceMissing: o.employers.filter((e) => e.onPost > e.entered).length,
        batchesToReview: o.batches.filter((b) => b.status === 'draft').length,
      };
    }),
    followUps: () => followUpCount(ctx, t),
    providers: part('providersExpiring', () => countExpiringProviders(ctx, PROVIDERS_EXPIRING_DAYS)),
    onPost: part('onPost', () => onPosts(ctx.db, asOf, previousEnd, t ?? null)),
    difficult: part('stock.difficult', () => stockFigures.difficult(ctx.db, asOf, previousEnd, t ?? null)),
    internStock: part('stock.interns', () => stockFigures.interns(ctx.db, asOf, previousEnd, t ?? null)),
    // Two parts: a placement saved leaves the registrations' trend kept, and a registration the placements'.
    registered: part('trend.registered', () => registeredTrend(ctx.db, month, t ?? null)),
    placed: part('trend.placements', () => placementTrend(ctx.db, month, t ?? null)),
  };
}

/** The memo key of a 首页 part (county: no 乡镇). */
export const homePartKey = (name: string, month: string, t?: string) => `home.${name}|${month}|${t ?? ''}`;

function computeOverview(ctx: CoreContext, q: z.output<typeof homeInput>): HomeOverview {
  const today = ctx.today();
  const month = q.month ?? monthOf(today);
  const t = q.townshipId;
  const parts = homeParts(ctx, month, t);
  const contacts = parts.contacts();
  const mine = contacts.rows.filter((r) => !t || r.townshipId === t);
  const sum = (k: 'toContact' | 'firstContactDue' | 'lostContact') => mine.reduce((s, r) => s + r[k], 0);
  const recog = parts.recog();
  const posts = parts.posts();
  const interns = parts.interns();
  const subsidy = parts.subsidy();

  const local = (key: Reminder['key'], count: number, late: number | null = null): Reminder => ({
    key,
    count,
    late,
    scope: 'township',
  });
  const county = (key: Reminder['key'], count: number): Reminder => ({ key, count, late: null, scope: 'county' });
  const reminders: Reminder[] = [
    local('toContact', sum('toContact')),
    local('firstContactDue', sum('firstContactDue')),
    local('lostContact', sum('lostContact')),
    local('inNotice', recog.inNotice, recog.noticeEnding),
    local('pendingVillage', recog.pendingVillage),
    local('pendingTownship', recog.pendingTownship),
    local('pendingCounty', recog.pendingCounty),
    local('shouldExit', recog.shouldExit),
    local('assistanceDue', recog.assistanceDue),
    local('vacancies', posts.vacancies),
    local('subsidyEnding', posts.subsidyEnding),
    local('retiring', posts.retiring),
    local('vacancyReports', posts.vacancyReportsDue, posts.vacancyReportsLate),
    local('contractsEnding', posts.contractsEnding, posts.contractsEnded),
    local('internshipsEnding', interns.ending),
    local('basesExpiring', interns.expiringBases),
    local('attendanceMissing', subsidy.attendanceMissing),
    county('batchesToReview', subsidy.batchesToReview),
    county('providersExpiring', parts.providers()),
    local('trainingFollowUps', parts.followUps()),
  ];

  const asOf = asOfDate(month, today);
  const previousMonth = addMonths(month, -1);
  const posted = parts.onPost();
  const registered = parts.registered();
  const placed = parts.placed();
  const series = trendMonths(month).map((m, k) => ({ month: m, registered: registered[k], placements: placed[k] }));
  const withData = new Set(contacts.rows.map((r) => r.townshipId));
  const byTownship = new Map(contacts.rows.map((r) => [r.townshipId, r]));
  const contactRate = townships(ctx.db, withData)
    .filter((tw) => !t || tw.id === t)
    .map((tw) => {
      const r = byTownship.get(tw.id);
      return {
        townshipId: tw.id,
        townshipName: tw.name,
        registered: r?.registered ?? 0,
        met: r ? r.registered - r.toContact : 0,
      };
    });

  return {
    month,
    previousMonth,
    asOf,
    townshipId: t ?? null,
    figures: {
      registered: { current: series[11].registered, previous: series[10].registered },
      difficult: parts.difficult(),
      onPost: posted.onPost,
      interns: parts.internStock(),
    },
    reminders,
    reportDue: reportDue(ctx),
    calendarToEnter: calendarToEnter(ctx.db, today),
    charts: {
      trend: series,
      contactRate,
      postComposition: posted.composition,
    },
  };
}
