import { z } from 'zod';
import { asOfPageOf, townshipPaging, personColumns } from './fields';
import { channel } from './define';
import { postListItem } from './posts';
import { AREA_TYPE_CODES, ASSESSMENT_RESULT_CODES, LEAVE_REASON_CODES } from '../enums/post-codes';

// Work lists of the public-welfare post routine, judged on today (DOMAIN BR-17, BR-18, BR-02, BR-22, CFG-15):
// - vacancies: 有效 posts (valid today) with vacancies today, most vacancies first; openSlots as in posts.get.
// - subsidyEnding: open placements whose subsidy (BR-18) ends within `withinDays` (default 60) — the last day
//   of the end month ≤ today + withinDays — including those already past it while still on post (daysLeft < 0).
//   Persons extended to retirement appear when their last month (CFG-08) comes that close.
// - retiring: persons on an open placement whose statutory retirement date (BR-02) is within `withinDays`
//   (default 90), or already passed (daysLeft < 0: leave with E19 L03).
// - vacancyReports: placements left and not yet reported; dueDate = leaveDate + CFG-15 (5) days; late = today > due.
// - contractsEnding: open placements whose contract (协议) ends within `withinDays` (default 30) or has already ended
//   without a renewal (daysLeft < 0): 续签 or 离岗. With the 年度考核 (BR-23) that decides the renewal (whether it
//   needs a reason) and the BR-18 subsidy end (subsidyEndMonth, extendedToRetirement: a renewal past it is warned).
// All lists are sorted by urgency (daysLeft ascending), then start date; `counts` gives the badge numbers.

/**
 * The window (days) of each dated work list: the list's default, the navigation badge's count (counts) and 首页's
 * reminder, so that a reminder and the list it opens count the same persons. The subsidy end: 60 days, the current
 * and the next month's ends (DOMAIN states no window; the 首页 had 90 while the badge and the list had 60).
 */
export const POST_WORKLIST_DAYS = { subsidyEnding: 60, retiring: 90, contractsEnding: 30 } as const;

const within = (def: number) =>
  z
    .number()
    .int({ error: '天数应为整数' })
    .min(1, { error: '天数不能小于1' })
    .max(730, { error: '天数不能大于730' })
    .default(def);

export const postWorkInput = z.object(townshipPaging);
export const subsidyEndingInput = z.object({ ...townshipPaging, withinDays: within(POST_WORKLIST_DAYS.subsidyEnding) });
export const retiringInput = z.object({ ...townshipPaging, withinDays: within(POST_WORKLIST_DAYS.retiring) });
export const contractsEndingInput = z.object({
  ...townshipPaging,
  withinDays: within(POST_WORKLIST_DAYS.contractsEnding),
});

export const vacancyItem = postListItem.extend({ openSlots: z.number() });

export const placementWorkItem = z.object({
  placementId: z.string(),
  ...personColumns,
  postId: z.string(),
  postCode: z.string(),
  postTitle: z.string(),
  employerName: z.string(),
  townshipName: z.string(),
  startDate: z.string(),
  /** subsidyEnding and contractsEnding: BR-18 end month and whether it is the retirement limit. */
  subsidyEndMonth: z.string().nullable(),
  extendedToRetirement: z.boolean().nullable(),
  /** retiring: BR-02 statutory retirement date. */
  retirementDate: z.string().nullable(),
  /** vacancyReports: leave date, reason and CFG-15 due date. */
  leaveDate: z.string().nullable(),
  leaveReason: z.enum(LEAVE_REASON_CODES).nullable(),
  dueDate: z.string().nullable(),
  /** Days from today to the end / retirement / due date (negative = passed). */
  daysLeft: z.number(),
  late: z.boolean(),
});
export type PlacementWorkItem = z.infer<typeof placementWorkItem>;

/** contractsEnding: the placement's contract in force, its area type and the BR-23 result deciding the renewal. */
export const contractWorkItem = placementWorkItem.extend({
  areaType: z.enum(AREA_TYPE_CODES),
  contractStart: z.string(),
  contractEnd: z.string(),
  /** The year whose 年度考核 decides the renewal (BR-23, renewalAssessmentYear). */
  assessmentYear: z.number(),
  /** null: not assessed yet. */
  assessmentResult: z.enum(ASSESSMENT_RESULT_CODES).nullable(),
  /** The placement's updatedAt, for placements.renew's expectedUpdatedAt. */
  updatedAt: z.string(),
});
export type ContractWorkItem = z.infer<typeof contractWorkItem>;

export const postWorklistCounts = z.object({
  asOf: z.string(),
  vacancies: z.number(),
  subsidyEnding: z.number(),
  retiring: z.number(),
  vacancyReportsDue: z.number(),
  /** Part of vacancyReportsDue already past the due date. */
  vacancyReportsLate: z.number(),
  /** Contracts ending within 30 days or ended without renewal. */
  contractsEnding: z.number(),
});

export const postWorklistsChannels = {
  'postWorklists.vacancies': channel({ input: postWorkInput, output: asOfPageOf(vacancyItem) }),
  'postWorklists.subsidyEnding': channel({ input: subsidyEndingInput, output: asOfPageOf(placementWorkItem) }),
  'postWorklists.retiring': channel({ input: retiringInput, output: asOfPageOf(placementWorkItem) }),
  'postWorklists.vacancyReports': channel({ input: postWorkInput, output: asOfPageOf(placementWorkItem) }),
  'postWorklists.contractsEnding': channel({ input: contractsEndingInput, output: asOfPageOf(contractWorkItem) }),
  /** Navigation badges with the default windows (60, 90 and 30 days). */
  'postWorklists.counts': channel({ input: z.object({}), output: postWorklistCounts }),
};
