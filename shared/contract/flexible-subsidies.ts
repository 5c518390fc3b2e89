import { z } from 'zod';
import { channel, writeChannel } from './define';
import { dateField, editInputs, monthField, requiredText, optText, savedStamps, uuid, idInput } from './fields';
import {
  FLEX_END_REASON_CODES,
  FLEX_INSURANCE_CODES,
  FLEX_TARGET_CODES,
  type FlexInsuranceCode,
  type FlexTargetCode,
} from '../enums/flexible-subsidy-codes';
import { isValidMonth } from '../domain/dates';
import { custom } from './refine';

// 灵活就业社会保险补贴 (BR-30, information only): the periods a person enjoys the subsidy. The register records that
// the policy is enjoyed, not amounts.
//
// create / update refuse (RULE_VIOLATION, the field named; nothing written):
//   the person deleted; 起始年月 after the working month; the start at or after the statutory retirement month
//   (BR-02); a period overlapping another of the person's; more than 36 months in total over the person's periods
//   — unless the person was less than 5 years from retirement at the first approval, when the subsidy runs until
//   the month before retirement and 截止年月 may not pass it (shared/domain/flexible-subsidy.ts); 享受类别
//   就业困难人员 without a recognition in force in the start month; a record changed since it was read (CONFLICT).
// The contract itself refuses 养老、医疗、失业保险 for 其他灵活就业人员 (pension only) and an end before the start.
// terminate (终止) ends a period early: the date lies in the period and not after today; the months after it are
// no longer counted. remove deletes a mistaken record (soft: the row stays, marked deleted); restore brings it back
// after re-running the create checks against the person's live periods today (overlap, 36 months, retirement,
// 就业困难人员 recognition), refused with the field's message and nothing written.

const month = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .refine(isValidMonth, { error: `${label}应为 YYYY-MM 格式的月份` });

const fields = {
  startMonth: month('起始年月'),
  endMonth: month('截止年月'),
  target: z.enum(FLEX_TARGET_CODES, { error: '请选择享受类别' }),
  insurance: z.enum(FLEX_INSURANCE_CODES, { error: '请选择补贴险种' }),
  handler: requiredText('经办人', 30),
  remark: optText('备注', 200),
};

function check(v: z.output<z.ZodObject<typeof fields>>, ctx: z.RefinementCtx) {
  if (v.endMonth < v.startMonth) custom(ctx, '截止年月不能早于起始年月', ['endMonth']);
  if (v.target === '9' && v.insurance !== 'P') custom(ctx, '其他灵活就业人员只补贴养老保险', ['insurance']);
}

export const flexSubsidyCreateInput = z
  .object({ personId: uuid('人员'), ...fields })
  .superRefine((v, ctx) => check(v, ctx));
export const { update: flexSubsidyUpdateInput } = editInputs(fields, check, '补贴记录');

export const flexSubsidyTerminateInput = z.object({
  id: uuid('补贴记录'),
  terminatedOn: dateField('终止日期'),
  terminateReason: z.enum(FLEX_END_REASON_CODES, { error: '请选择终止原因' }),
  terminateNote: optText('终止说明', 200),
});

export const flexSubsidyRemoveInput = idInput('补贴记录');
export const flexSubsidyListInput = z.object({
  personId: uuid('人员'),
  /** Deleted periods too (已删除), marked by deletedAt; they never count in usedMonths. */
  includeDeleted: z.boolean().optional(),
});

export const FLEX_SUBSIDY_STATUSES = ['upcoming', 'active', 'ended', 'terminated'] as const;

/** One period of the subsidy. */
export const flexSubsidy = z.object({
  id: z.string(),
  personId: z.string(),
  startMonth: z.string(),
  endMonth: z.string(),
  /** The month the period really ends: the early end's month, else endMonth. */
  lastMonth: z.string(),
  /** Months counted (startMonth to lastMonth). */
  months: z.number(),
  target: z.enum(FLEX_TARGET_CODES),
  targetLabel: z.string(),
  insurance: z.enum(FLEX_INSURANCE_CODES),
  insuranceLabel: z.string(),
  handler: z.string(),
  remark: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminateReason: z.enum(FLEX_END_REASON_CODES).nullable(),
  terminateReasonLabel: z.string(),
  terminateNote: z.string().nullable(),
  /** On the working date: not begun, running, past its end, ended early. */
  status: z.enum(FLEX_SUBSIDY_STATUSES),
  /** When the period was deleted (listed with includeDeleted); who did it is updatedBy. */
  deletedAt: z.string().nullable(),
  ...savedStamps,
});
export type FlexSubsidy = z.infer<typeof flexSubsidy>;

/** The person's periods, newest first, with the entitlement they share. */
export const flexSubsidyList = z.object({
  items: z.array(flexSubsidy),
  /** BR-02 statutory retirement month. */
  retirementMonth: z.string(),
  /** Months counted over all periods. */
  usedMonths: z.number(),
  /** Less than 5 years from retirement at the first approval (null: no period yet). */
  extendedToRetirement: z.boolean().nullable(),
});
export type FlexSubsidyList = z.infer<typeof flexSubsidyList>;

export const flexSubsidyPlanInput = z.object({
  personId: uuid('人员'),
  startMonth: monthField,
  /** The record being edited: its own months are not counted. */
  id: z
    .string()
    .nullish()
    .transform((v) => v || null),
});

/** What the form derives for a start month: the default 截止年月 and 享受类别 / 补贴险种, for the clerk to confirm. */
export const flexSubsidyPlan = z.object({
  /** The latest end month; null when no month is left. */
  endMonth: z.string().nullable(),
  extendedToRetirement: z.boolean(),
  limitMonth: z.string(),
  usedMonths: z.number(),
  /** A recognition of 就业困难人员 in force in the start month. */
  difficult: z.boolean(),
  target: z.enum(FLEX_TARGET_CODES),
  insurance: z.enum(FLEX_INSURANCE_CODES),
});
export type FlexSubsidyPlan = z.infer<typeof flexSubsidyPlan>;
export type { FlexInsuranceCode, FlexTargetCode };

export const flexibleSubsidiesChannels = {
  'flexibleSubsidies.create': writeChannel(flexSubsidyCreateInput, flexSubsidy, 'flexibleSubsidy'),
  'flexibleSubsidies.update': writeChannel(flexSubsidyUpdateInput, flexSubsidy, 'flexibleSubsidy'),
  'flexibleSubsidies.terminate': writeChannel(flexSubsidyTerminateInput, flexSubsidy, 'flexibleSubsidy'),
  'flexibleSubsidies.remove': writeChannel(flexSubsidyRemoveInput, flexSubsidy, 'flexibleSubsidy'),
  'flexibleSubsidies.restore': writeChannel(flexSubsidyRemoveInput, flexSubsidy, 'flexibleSubsidy'),
  'flexibleSubsidies.listByPerson': channel({ input: flexSubsidyListInput, output: flexSubsidyList }),
  'flexibleSubsidies.plan': channel({ input: flexSubsidyPlanInput, output: flexSubsidyPlan }),
};
