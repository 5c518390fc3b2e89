import { z } from 'zod';
import { channel, writeChannel } from './define';
import {
  asOfPageOf,
  itemsOf,
  optId,
  optText,
  requiredText,
  townshipPaging,
  uuid,
  residentColumns,
  optFlag,
  optRef,
  dateField,
  optDateField,
  editKey,
  picked,
  removedStamps,
  orNull,
  idInput,
  deleteInput,
} from './fields';
import { DIFFICULTY_CATEGORY_CODES } from '../enums/difficulty-categories';
import { EXIT_REASON_CODES, RECOGNITION_STAGE_CODES, RECOGNITION_STATUS_CODES } from '../enums/recognition-codes';
import { HOUSEHOLD_INCOME_FIELD, HOUSEHOLD_INCOME_LABEL } from '../domain/zero-employment-household';
import { custom } from './refine';

// 就业困难人员认定 (DOMAIN §3.5; E06, E07, E08; BR-10..BR-15; CFG-10..CFG-13).
//
// Workflow (BR-13), one channel per step, each storing date, reviewer and opinion (past dates may be back-filled,
// none after today):
//   recognitions.apply          → 01 待初审 (stage village). BR-10 prerequisites on applyDate; every chosen category
//                                 is checked against the records (shared/domain/category-checks.ts): a category the
//                                 records contradict is refused; one with no record to check (K08–K14, K99) is
//                                 left to the reviewers. At most one application in progress or 已认定 per person.
//   recognitions.villageReview  pass → 02 公示中 (stage township) with the notice period, end − start + 1 ≥ CFG-12
//                                 days, start ≥ the review date; refuse → 04 不予认定 with the reason.
//   recognitions.townshipReview after the notice has ended (date > noticeEnd); pass → stage county; refuse → 04.
//   recognitions.countyConfirm  date ≥ township date; pass → 03 已认定, recognitionDate = that date; refuse → 04.
//   recognitions.exit           03 → 05 with an E08 reason and date (BR-14), not before the recognition date, not
//                                 after today. Placement on a post does not end a recognition; market employment and
//                                 a cancelled registration put the person on recognitionWorklists.shouldExit.
//   recognitions.backfill       a recognition made before the register (补录): 03 with its known dates.
// A step out of order, a second active recognition, a short notice, a contradicted category and an exit before the
// recognition date are RULE_VIOLATION (details.rule holds the rule id for tests and logs) with `fields` naming the
// form field; the message says the rule's meaning in Chinese. Nothing is written on a refusal.
// persons.is_difficult follows "has a recognition in 03" in the same transaction.
// recognitions.updateHelp  帮扶责任人 and 帮扶措施 (一人一策): not decisions of the workflow, so they can be corrected
//                                 while the application is in progress or the recognition in force (01, 02, 03) —
//                                 a change of staff is recorded and RPT-01's 帮扶责任人 follows — but not once it is
//                                 closed (04 不予认定, 05 已退出: the record stays as it was). They carry no date, so no
//                                 period lock applies (a locked month's RPT-01 is its frozen copy). Stale: CONFLICT.
// recognitions.check is the drawer's live check: each chosen category on the date: pass / fail / manual with why.
// K04 (BR-15) also needs the household's business or investment income declared on the application
// (householdBusinessIncome: true 有 / false 无): required when K04 is chosen, stored only then (null otherwise); 有
// is refused naming that field.

export const categoryCode = z.enum(DIFFICULTY_CATEGORY_CODES, { error: '认定类别不在就业困难人员类别中' });
/** A set of E06 codes in code order, duplicates dropped. */
const categorySet = z
  .array(categoryCode, { error: '请选择认定类别' })
  .transform((v) => DIFFICULTY_CATEGORY_CODES.filter((c) => v.includes(c)));

const withPrimary = <T extends { categories: string[]; primaryCategory: string }>(v: T, ctx: z.RefinementCtx) => {
  if (v.categories.length === 0) custom(ctx, '请至少选择一个认定类别', ['categories']);
  else if (!v.categories.includes(v.primaryCategory)) custom(ctx, '主要类别须是所选认定类别之一', ['primaryCategory']);
};

/** K04's declaration on the application: true 有, false 无; null when not answered. */
const householdIncome = orNull(z.boolean({ error: `${HOUSEHOLD_INCOME_LABEL}只能填“有”或“无”` }));

/** Asked only with K04: required then, dropped otherwise. */
const withHouseholdIncome = <T extends { categories: string[]; householdBusinessIncome: boolean | null }>(
  v: T,
  ctx: z.RefinementCtx,
) => {
  if (v.categories.includes('K04') && v.householdBusinessIncome === null)
    custom(ctx, `选择“零就业家庭成员”须填写${HOUSEHOLD_INCOME_LABEL}（有或无）`, [HOUSEHOLD_INCOME_FIELD]);
};

export const recognitionApplyInput = z
  .object({
    personId: picked('人员'),
    /** Default: the person's registration active on applyDate. */
    registrationId: optRef,
    applyDate: dateField('申请日期'),
    categories: categorySet,
    primaryCategory: categoryCode,
    pledgeSigned: optFlag,
    helper: optText('帮扶责任人', 30),
    plan: optText('帮扶措施', 500),
    remark: optText('备注', 200),
    householdBusinessIncome: householdIncome,
  })
  .superRefine(withPrimary)
  .superRefine(withHouseholdIncome)
  .transform((v) => (v.categories.includes('K04') ? v : { ...v, householdBusinessIncome: null }));

/** recognitions.updateHelp: the help fields as they are to be (blank clears one), keyed by the record as read. */
export const recognitionHelpInput = z.object({
  ...editKey('认定'),
  helper: optText('帮扶责任人', 30),
  plan: optText('帮扶措施', 500),
});

export const recognitionCheckInput = z.object({
  personId: uuid('人员'),
  applyDate: dateField('申请日期'),
  categories: categorySet,
  /** The drawer's answer so far (null = not yet); left out, the income is not judged. */
  householdBusinessIncome: z.boolean({ error: `${HOUSEHOLD_INCOME_LABEL}只能填“有”或“无”` }).nullish(),
});

const decision = z.enum(['pass', 'refuse'], { error: '请选择审核结论' });
const review = {
  id: uuid('认定'),
  date: dateField('审核日期'),
  reviewer: requiredText('审核人', 30),
  opinion: optText('审核意见', 500),
  decision,
  /** When refused: the reason the applicant is told. */
  refuseReason: optText('不予认定理由', 500),
};
const needReason = (v: { decision: string; refuseReason: string | null }, ctx: z.RefinementCtx) => {
  if (v.decision === 'refuse' && !v.refuseReason) custom(ctx, '不予认定须填写理由（将告知申请人）', ['refuseReason']);
};

export const villageReviewInput = z
  .object({
    ...review,
    noticeStart: optDateField('公示开始日期'),
    noticeEnd: optDateField('公示结束日期'),
  })
  .superRefine((v, ctx) => {
    needReason(v, ctx);
    if (v.decision !== 'pass') return;
    if (!v.noticeStart) custom(ctx, '请填写公示开始日期', ['noticeStart']);
    if (!v.noticeEnd) custom(ctx, '请填写公示结束日期', ['noticeEnd']);
    if (v.noticeStart && v.noticeEnd && v.noticeEnd < v.noticeStart)
      custom(ctx, '公示结束日期不能早于开始日期', ['noticeEnd']);
  });
export const reviewInput = z.object(review).superRefine(needReason);

export const recognitionExitInput = z.object({
  id: uuid('认定'),
  exitDate: dateField('退出日期'),
  exitReason: z.enum(EXIT_REASON_CODES, { error: '请选择退出原因' }),
  exitNote: optText('退出说明', 200),
});

export const recognitionBackfillInput = z
  .object({
    personId: picked('人员'),
    registrationId: optRef,
    categories: categorySet,
    primaryCategory: categoryCode,
    /** Known recognition (county confirmation) date; null when unknown. */
    recognitionDate: optDateField('认定日期'),
    helper: optText('帮扶责任人', 30),
    remark: optText('备注', 200),
  })
  .superRefine(withPrimary);

const stepItem = z.object({
  seq: z.number(),
  step: z.string(),
  stepLabel: z.string(),
  date: z.string().nullable(),
  reviewer: z.string().nullable(),
  opinion: z.string().nullable(),
});

const categoryItem = z.object({ code: z.string(), label: z.string() });

/** Where a recognition stands, in its detail and in every list: the stage, the notice period and the recognition date. */
const stageColumns = {
  stage: z.enum(RECOGNITION_STAGE_CODES),
  stageLabel: z.string(),
  noticeStart: z.string().nullable(),
  noticeEnd: z.string().nullable(),
  recognitionDate: z.string().nullable(),
};

export const recognitionDetail = z.object({
  id: z.string(),
  ...residentColumns,
  sex: z.string(),
  registrationId: z.string().nullable(),
  applyDate: z.string().nullable(),
  categories: z.array(categoryItem),
  primaryCategory: z.string(),
  primaryLabel: z.string(),
  pledgeSigned: z.boolean(),
  /** K04's declaration (true 有, false 无); null without K04 or on back-filled recognitions. */
  householdBusinessIncome: z.boolean().nullable(),
  helper: z.string().nullable(),
  plan: z.string().nullable(),
  status: z.enum(RECOGNITION_STATUS_CODES),
  statusLabel: z.string(),
  ...stageColumns,
  refuseDate: z.string().nullable(),
  refuseReason: z.string().nullable(),
  exitDate: z.string().nullable(),
  exitReason: z.string().nullable(),
  exitReasonLabel: z.string(),
  exitNote: z.string().nullable(),
  backfilled: z.boolean(),
  remark: z.string().nullable(),
  steps: z.array(stepItem),
  updatedAt: z.string(),
});
export type RecognitionDetail = z.infer<typeof recognitionDetail>;

export const categoryCheckItem = z.object({
  code: z.string(),
  label: z.string(),
  outcome: z.enum(['pass', 'fail', 'manual']),
  why: z.string(),
});
export const recognitionCheckOutput = z.object({
  /** BR-10 failures with the form field each belongs to. */
  prerequisites: z.array(z.object({ field: z.string(), message: z.string() })),
  categories: z.array(categoryCheckItem),
  /** The registration the application would rest on. */
  registration: z.object({ id: z.string(), regDate: z.string() }).nullable(),
});

/** recognitions.list's 状态 filter: a stage, or 申请中 — every stage still awaiting a step (01, 02). */
export const RECOGNITION_LIST_STAGES = [...RECOGNITION_STAGE_CODES, 'inProgress'] as const;

export const recognitionListInput = z.object({
  ...townshipPaging,
  stage: z
    .enum(RECOGNITION_LIST_STAGES, { error: '状态不在列表中' })
    .nullish()
    .transform((v) => v ?? undefined),
  /** One E06 category among the recognition's categories. */
  category: categoryCode.nullish().transform((v) => v ?? undefined),
  /** Name or ID suffix. */
  query: optText('查询', 40),
});

export const recognitionListItem = z.object({
  id: z.string(),
  ...residentColumns,
  applyDate: z.string().nullable(),
  primaryLabel: z.string(),
  categoryLabels: z.string(),
  ...stageColumns,
  exitDate: z.string().nullable(),
  backfilled: z.boolean(),
  /** Work lists: days to the notice end (公示中) or null. */
  daysLeft: z.number().nullable(),
  /** shouldExit: what the records show and the E08 reason to suggest. */
  exitHint: z.string().nullable(),
  suggestedExitReason: z.enum(EXIT_REASON_CODES).nullable(),
});
export type RecognitionListItem = z.infer<typeof recognitionListItem>;
const page = asOfPageOf(recognitionListItem);

/**
 * recognitionWorklists.assistanceDue (BR-06): a recognition in force whose person has had no employment assistance —
 * no SV7 就业援助 at a successful contact, no day on a 公益性岗位 — for recognition.assistanceMonths (3) completed
 * months, counted from the later of the recognition date and the last assistance (a person recognised more recently
 * is not listed). An internship does not count (DOMAIN names only SV7 and a placement). A recognition on shouldExit is
 * left out: it is to end, not to be assisted. Longest without first.
 */
export const assistanceDueItem = recognitionListItem.extend({
  /** The registration active today, on which 记录联系 records the contact; null without one. */
  registrationId: z.string().nullable(),
  /** VR-09 masked, like the contact work lists; persons.revealPhone (audited) shows it in full. */
  phoneMasked: z.string().nullable(),
  /** The last successful contact whose services include SV7 就业援助, on or before today. */
  lastAssistanceServiceDate: z.string().nullable(),
  /** The last day on a 公益性岗位 (before the months counted), or null. */
  lastPostDay: z.string().nullable(),
  /** The last contact of any result. */
  lastContactDate: z.string().nullable(),
  /** Days from the later of the recognition date and the last assistance to today; null when neither is known. */
  daysWithoutAssistance: z.number().nullable(),
});
export type AssistanceDueItem = z.infer<typeof assistanceDueItem>;

export const recognitionWorklistCounts = z.object({
  asOf: z.string(),
  pendingVillage: z.number(),
  inNotice: z.number(),
  /** Part of inNotice whose notice ends today or tomorrow. */
  noticeEnding: z.number(),
  pendingTownship: z.number(),
  pendingCounty: z.number(),
  newThisMonth: z.number(),
  shouldExit: z.number(),
  /** BR-06: recognised persons without employment assistance for the months set (待就业援助). */
  assistanceDue: z.number(),
});

const workInput = z.object(townshipPaging);

/** 删除 of an application filed on the wrong person (recognitions/remove.ts): the reason is required. */
export const recognitionDeleteInput = deleteInput('认定');

/** A deleted application as the person page's 已删除 lists it. */
export const deletedRecognition = z.object({
  id: z.string(),
  applyDate: z.string(),
  /** 认定类别 as text (“残疾人、低保家庭成员”). */
  categories: z.string(),
  ...removedStamps,
});
export type DeletedRecognition = z.infer<typeof deletedRecognition>;

export const recognitionsChannels = {
  'recognitions.apply': writeChannel(recognitionApplyInput, recognitionDetail, 'recognition'),
  'recognitions.check': channel({ input: recognitionCheckInput, output: recognitionCheckOutput }),
  'recognitions.villageReview': writeChannel(villageReviewInput, recognitionDetail, 'recognition'),
  'recognitions.townshipReview': writeChannel(reviewInput, recognitionDetail, 'recognition'),
  'recognitions.countyConfirm': writeChannel(reviewInput, recognitionDetail, 'recognition'),
  'recognitions.exit': writeChannel(recognitionExitInput, recognitionDetail, 'recognition'),
  'recognitions.backfill': writeChannel(recognitionBackfillInput, recognitionDetail, 'recognition'),
  'recognitions.updateHelp': writeChannel(recognitionHelpInput, recognitionDetail, 'recognition'),
  /**
   * Soft delete (migration 0026) of an application filed on the wrong person, while it awaits its first review; it
   * leaves every work list, count and report. Refused once reviewed, decided, or with a locked month since it was filed.
   */
  'recognitions.delete': writeChannel(recognitionDeleteInput, z.object({ id: z.string() }), 'recognition'),
  /** Brings it back as it was after the application's checks (one open application per person, BR-10 …). */
  'recognitions.restore': writeChannel(idInput('认定'), recognitionDetail, 'recognition'),
  /** The person's deleted applications, latest deletion first. */
  'recognitions.listDeleted': channel({
    input: z.object({ personId: uuid('人员') }),
    output: itemsOf(deletedRecognition),
  }),
  'recognitions.get': channel({ input: idInput('认定'), output: recognitionDetail }),
  'recognitions.list': channel({ input: recognitionListInput, output: page }),
  'recognitions.listByPerson': channel({
    input: z.object({ personId: uuid('人员') }),
    output: itemsOf(recognitionDetail),
  }),
};

export const recognitionWorklistsChannels = {
  'recognitionWorklists.pendingVillage': channel({ input: workInput, output: page }),
  /** 公示中, the notice ending soonest first. */
  'recognitionWorklists.inNotice': channel({ input: workInput, output: page }),
  'recognitionWorklists.pendingTownship': channel({ input: workInput, output: page }),
  'recognitionWorklists.pendingCounty': channel({ input: workInput, output: page }),
  'recognitionWorklists.newThisMonth': channel({ input: workInput, output: page }),
  'recognitionWorklists.shouldExit': channel({ input: workInput, output: page }),
  'recognitionWorklists.assistanceDue': channel({ input: workInput, output: asOfPageOf(assistanceDueItem) }),
  'recognitionWorklists.counts': channel({ input: z.object({ townshipId: optId }), output: recognitionWorklistCounts }),
};
