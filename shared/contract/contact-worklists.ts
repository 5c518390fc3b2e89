import { z } from 'zod';
import { channel } from './define';
import { asOfPageOf, listPaging, optId, monthField, orNull, townshipColumns } from './fields';
import { CANCEL_REASON_CODES, SERVICE_LEVEL_CODES } from '../enums/registration-codes';
import { contactTargetColumns } from './contacts';
import { codeList, type CodeItem, type CodeOf } from '../enums/code-list';

// Work lists of the monthly routine for a chosen month (DOMAIN BR-04, BR-05, BR-07, CFG-22, CFG-23).
// Every list holds registrations still registered at the month end (open: not cancelled on or before it),
// judged on asOf = the month end, or today while the month runs. Months after the working date's month are
// refused (BAD_INPUT on month).
// - toContact (本月待联系, BR-05 + CFG-22): fewer successful contacts dated in the month than the minimum of
//   the registration's level at the month end (A 2, B 1, C 1 by default).
// - lostContact (连续6个月未联系, BR-07 + CFG-23): last successful contact — or the registration date when
//   there is none — on or before asOf minus 6 months; suggests cancellation C11.
// - firstContactDue (首次联系, BR-04): no successful contact yet and not yet lost (registered after that
//   cutoff); due on reg_date + 5 working days (weekends, plus the calendar.workingDays setting when present).
// Rows are sorted by 乡镇 → 村 → 联系责任人 → 姓名 (groupBy 'place') or 联系责任人 → 乡镇 → 村 → 姓名 ('staff');
// `groups` and `staff` count the whole list of the month (ignoring the township/village/staff filters), for
// the side panel; `total` counts the filtered list.

/** The three lists, in the order of their tabs, with the tab names. */
export const WORKLIST_KIND_LIST = [
  { code: 'toContact', label: '本月待联系' },
  { code: 'lostContact', label: '6个月未联系' },
  { code: 'firstContactDue', label: '首次联系待办' },
] as const satisfies readonly CodeItem[];
export type WorklistKind = CodeOf<typeof WORKLIST_KIND_LIST>;
export const { codes: WORKLIST_KINDS, label: worklistKindLabel } = codeList(WORKLIST_KIND_LIST);

export const worklistInput = z.object({
  month: monthField,
  townshipId: optId,
  villageId: optId,
  staff: z
    .string()
    .max(30)
    .nullish()
    .transform((v) => v?.trim() || undefined),
  groupBy: z.enum(['place', 'staff']).default('place'),
  ...listPaging,
});
export type WorklistInput = z.input<typeof worklistInput>;
export type WorklistQuery = z.output<typeof worklistInput>;

export const worklistItem = z.object({
  ...contactTargetColumns,
  townshipId: z.string(),
  villageId: z.string(),
  /** Level at the month end (history of BR-09). */
  serviceLevel: z.enum(SERVICE_LEVEL_CODES),
  isDifficult: z.boolean(),
  lastSuccessfulContactDate: z.string().nullable(),
  /** firstContactDue: reg_date + 5 working days, and whether it has passed on asOf. Null on other lists. */
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  /** lostContact: completed months since the last successful contact (or registration). Null on other lists. */
  monthsWithoutContact: z.number().nullable(),
  /**
   * 建议注销: the reason the latest contact suggested (BR-07/BR-08: 建议注销 on a contact; a later successful contact
   * without it withdraws it), else on lostContact 'C11' (BR-07). Null when nothing suggests cancelling.
   */
  suggestedCancelReason: z.enum(CANCEL_REASON_CODES).nullable(),
});
export type WorklistItem = z.infer<typeof worklistItem>;

export const worklistGroup = z.object({
  ...townshipColumns,
  count: z.number(),
  villages: z.array(z.object({ villageId: z.string(), villageName: z.string(), count: z.number() })),
});

export const worklistPage = asOfPageOf(worklistItem).extend({
  month: z.string(),
  groups: z.array(worklistGroup),
  staff: z.array(z.object({ staff: z.string(), count: z.number() })),
});
export type WorklistPage = z.infer<typeof worklistPage>;

export const worklistCounts = z.object({
  month: z.string(),
  asOf: z.string(),
  toContact: z.number(),
  lostContact: z.number(),
  firstContactDue: z.number(),
});

export const contactWorklistsChannels = {
  'contactWorklists.toContact': channel({ input: worklistInput, output: worklistPage }),
  'contactWorklists.lostContact': channel({ input: worklistInput, output: worklistPage }),
  'contactWorklists.firstContactDue': channel({ input: worklistInput, output: worklistPage }),
  /** Navigation badges; month defaults to the working date's month. */
  'contactWorklists.counts': channel({
    input: z.object({ month: orNull(monthField) }),
    output: worklistCounts,
  }),
};
