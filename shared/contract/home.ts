import { z } from 'zod';
import { monthField, townshipColumns } from './fields';
import { channel } from './define';
import { worklistCounts } from './contact-worklists';
import { worklistsOutput } from './internships';
import { POST_WORKLIST_DAYS, postWorklistCounts } from './post-worklists';
import { recognitionWorklistCounts } from './recognitions';

// 首页 (issue 17): the month at a glance, the reminders of every work list and the chart series, in one read.
// - month defaults to the working date's month; months after it are refused (BAD_INPUT on month).
// - townshipId narrows the figures, the charts and the reminders whose lists can be filtered by 乡镇 (contacts,
//   recognitions incl. 应退出 and BR-06's 待就业援助, vacancies, subsidy ending, retiring, vacancy reports, contracts
//   ending, internships ending and bases expiring by the host's 乡镇, attendance not entered by the employer's 乡镇,
//   training follow-ups by the trainee's 乡镇). Reminders of county-wide lists (the month's rosters, which cover
//   the county — a 乡镇经办 counts those they may list —, the providers, and the report due day) carry scope
//   'county' and stay county-wide. Every count a navigation badge adds up (home.badges) has its reminder here.
// Figures are judged on asOf = the month end, or today while the month runs; `previous` on the previous month end.
//   registered  registrations open on that day (not cancelled on or before it), persons not deleted, by the
//               person's 乡镇 (the same count as 本月待联系's base and RPT-12 column 1);
//   difficult   recognitions recognised on or before that day and not exited by it (E07 03, or 05 exited later);
//   onPost      placements started on or before that day and not left before it, by the post's 乡镇;
//   interns     internships running that day (agreement start ≤ day ≤ end date or planned end), by the host's 乡镇.
// Every reminder's count equals the total of the list it opens (tests/core/home.test.ts checks each one).

export const REMINDER_KEYS = [
  'toContact',
  'firstContactDue',
  'lostContact',
  'inNotice',
  'pendingVillage',
  'pendingTownship',
  'pendingCounty',
  'shouldExit',
  'assistanceDue',
  'vacancies',
  'subsidyEnding',
  'retiring',
  'vacancyReports',
  'contractsEnding',
  'internshipsEnding',
  'basesExpiring',
  'attendanceMissing',
  'batchesToReview',
  'providersExpiring',
  'trainingFollowUps',
] as const;
export type ReminderKey = (typeof REMINDER_KEYS)[number];

/** The windows of the home page's reminders (days); the posts' ones are their lists' and badge's. */
export const HOME_WINDOWS = {
  subsidyEndingDays: POST_WORKLIST_DAYS.subsidyEnding,
  contractsEndingDays: POST_WORKLIST_DAYS.contractsEnding,
  /** Persons on post reaching statutory retirement (the posts badge's and the 即将退休 tab's window). */
  retiringDays: POST_WORKLIST_DAYS.retiring,
  internshipsEndingDays: 30,
  basesExpiringDays: 60,
} as const;

export const homeInput = z.object({
  townshipId: z
    .string()
    .nullish()
    .transform((v) => v || undefined),
  month: monthField.nullish().transform((v) => v ?? undefined),
});

const figure = z.object({ current: z.number(), previous: z.number() });

export const reminder = z.object({
  key: z.enum(REMINDER_KEYS),
  count: z.number(),
  /** A part of count worth naming (vacancy reports already late, contracts already ended). */
  late: z.number().nullable(),
  scope: z.enum(['township', 'county']),
});
export type Reminder = z.infer<typeof reminder>;

export const homeOverview = z.object({
  month: z.string(),
  previousMonth: z.string(),
  asOf: z.string(),
  townshipId: z.string().nullable(),
  figures: z.object({ registered: figure, difficult: figure, onPost: figure, interns: figure }),
  reminders: z.array(reminder),
  /** CFG-27: the monthly report is due on this day of the month; the next due date from today. */
  reportDue: z.object({ day: z.number(), date: z.string(), daysLeft: z.number() }),
  /**
   * The year whose 法定节假日 the working calendar lacks (settings/calendar.ts calendarToEnter): this year, or from
   * 1 December the next; builtIn when the national schedule of that year is built in (one click fills it). null when
   * both are entered. County-wide: every 乡镇's deadlines and 应出勤天数 read the one calendar.
   */
  calendarToEnter: z.object({ year: z.number(), builtIn: z.boolean() }).nullable(),
  charts: z.object({
    /** 12 months ending with the chosen month: registered at each month end, placements started in the month. */
    trend: z.array(z.object({ month: z.string(), registered: z.number(), placements: z.number() })),
    /** Per 乡镇 (code order): registrations open this month and those with the month's minimum of successful contacts. */
    contactRate: z.array(z.object({ ...townshipColumns, registered: z.number(), met: z.number() })),
    /** Persons on posts on asOf by the basis of their placement (就业困难人员类别 or 脱贫/监测状态). */
    postComposition: z.array(z.object({ code: z.string(), label: z.string(), count: z.number() })),
  }),
});
export type HomeOverview = z.infer<typeof homeOverview>;

/**
 * Every navigation badge in one read (issue 13): the working month's contact lists, the recognitions waiting for a
 * step, the posts' work lists and the internships' due lists, each the counts its module's own channel returns.
 * Kept in the core until a table behind it is written; the renderer reads it again after writes, not per route.
 */
export const navigationBadges = z.object({
  contacts: worklistCounts,
  recognitions: recognitionWorklistCounts,
  posts: postWorklistCounts,
  internships: worklistsOutput.shape.counts,
  /** 职业技能培训: trainees still to follow up for employment after training (training.followUps, BR-38). */
  training: z.object({ followUps: z.number() }),
});
export type NavigationBadges = z.infer<typeof navigationBadges>;

export const homeChannels = {
  'home.overview': channel({ input: homeInput, output: homeOverview }),
  'home.badges': channel({ input: z.object({}), output: navigationBadges }),
};
