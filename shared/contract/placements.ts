import { z } from 'zod';
import { channel, writeChannel } from './define';
import {
  fieldWarnings,
  editKey,
  itemsOf,
  optText,
  requiredText,
  softDeleteStamps,
  uuid,
  personColumns,
  picked,
  dateField,
  optDateField,
  orNull,
  idInput,
  deleteInput,
} from './fields';
import { EMPLOYMENT_STATUS_CODES, POVERTY_STATUS_CODES } from '../enums/person-codes';
import { DIFFICULTY_CATEGORY_CODES } from '../enums/difficulty-categories';
import { AREA_TYPE_CODES, LEAVE_REASON_CODES, PLACEMENT_STATUS_CODES } from '../enums/post-codes';
import { custom } from './refine';
import { placementAssessment, placementRenewal } from './placement-history';

// Placements on public-welfare posts (公益性岗位安置, DOMAIN §3.8; BR-03, BR-16, BR-17, BR-18, BR-22, VR-13, VR-15).
//
// Refusals are RULE_VIOLATION with a Chinese message naming the rule and `fields` naming the form field; details
// carry { rule, overridable }. Checked on create (and restore), in this order:
//   person live, BR-03 working age on startDate (16 ≤ age, before statutory retirement, no pension E09 50);
//   post 有效 on startDate (created ≤ start ≤ validUntil, not revoked);
//   BR-16 eligibility (see below); contractEnd not before startDate (a contractStart may be earlier, its end not);
//   rural contract term ≤ CFG-14 months;
//   VR-13: no other placement and no internship (BR-28, the internships module's check) of the person on any day of
//   [start, leave or open]; an open placement also not while 见习中 (in_internship) or 单位就业/自主创业 (E09 21/23);
//   BR-17: on EVERY day of [start, leave or open] the persons on the post stay ≤ approvedCount (overridable);
//   BR-18: the entitlement has months left at startDate (overridable; for a special-hardship person with CFG-07
//   on, the override is a repeat placement starting a NEW entitlement — S21).
// An override (VR-15) needs a reason; it is stored on the placement with the operator and written to the audit row.
// Warnings (saved anyway), keyed by field: accidentInsurance (rural placement without a policy [L]); registration (an
// open placement of a person with an active unemployment registration: cancel it, BR-08); subsidy (a back-filled
// earlier placement leaves a later one of the same entitlement past its BR-18 end).
//
// Eligibility (BR-16, shared/domain/placement-eligibility.ts), judged on the basis date (and the start date for the
// rural age cap): no category rests on the clerk's word alone. basisSource 'recognition' when an active recognition
// (E07 03 on basisDate) includes the category; otherwise 'recorded', and the person's records must confirm it:
// - 城镇 posts: basisList E06. placements.create / preview: a recognition in force on basisDate holding the category,
//   or K04 zero-employment household from the household members (BR-15); nothing else (城镇公益性岗位须安置已认定的
//   就业困难人员（或零就业家庭成员）…, field basisCode). The placement roster import (placements made on paper before
//   the app) and a restore also accept a recorded K01 age ≥ CFG-10 on basisDate, K02 disability recorded, K03 低保,
//   K05 long-term unemployment (BR-12), K06 graduate unemployed ≥ CFG-11 months, K07 脱贫/监测 status 1–5.
// - 乡村 posts: the person is rural (城乡属性 2xx, else the residence village's code) and age ≤ CFG-14 on startDate;
//   basis E24 1–5 equal to the person's 脱贫/监测状态, or E06 K02 (disability recorded), or E06 K01 (older rural
//   worker, age ≥ CFG-10 on startDate), or a category of an active recognition.
//
// Person flags kept in the same transaction: on_post = 1 and employment_status 24 while the person has an open
// placement (one with no leave date, including one that starts later); on leaving the last one on_post = 0 and
// the status becomes employmentStatusAfter (default by reason: L01 → 21, L03 → 50, others → 10) if it was 24.

export const BASIS_LISTS = ['E06', 'E24'] as const;
export type BasisList = (typeof BASIS_LISTS)[number];

const basis = {
  basisList: z.enum(BASIS_LISTS, { error: '请选择安置依据类型' }),
  /** E06 K.. code, or E24 1–5. */
  basisCode: picked('安置类别'),
  /** The recognition date (or a date it is in force), or the date the recorded category was checked. */
  basisDate: dateField('安置依据日期'),
};

function checkBasis(v: { basisList: BasisList; basisCode: string }, ctx: z.RefinementCtx) {
  const ok =
    v.basisList === 'E06'
      ? (DIFFICULTY_CATEGORY_CODES as readonly string[]).includes(v.basisCode)
      : (POVERTY_STATUS_CODES as readonly string[]).includes(v.basisCode) && v.basisCode !== '0';
  if (!ok)
    custom(
      ctx,
      v.basisList === 'E06' ? '安置类别不在就业困难人员类别中' : '安置依据应为脱贫人口、监测对象或农村低收入人口',
      ['basisCode'],
    );
}

/** VR-15: saving despite an overridable refusal, with the reason the clerk gives, asked as `label`. */
export const overrideOf = (label: string) => orNull(z.object({ reason: requiredText(label, 200) }));
export const overrideInput = overrideOf('强制保存原因');

const createFields = {
  /** Chosen in the form: left empty it says 请选择人员 (the same values are accepted as uuid's). */
  personId: picked('人员'),
  postId: uuid('岗位'),
  ...basis,
  startDate: dateField('上岗日期'),
  /** Default: startDate. */
  contractStart: optDateField('合同(协议)开始日期'),
  contractEnd: dateField('合同(协议)截止日期'),
  accidentInsurance: optText('意外伤害保险保单号', 60),
  remark: optText('备注', 200),
  /** Back-filled placements that already ended: both or neither. */
  leaveDate: optDateField('离岗日期'),
  leaveReason: orNull(z.enum(LEAVE_REASON_CODES, { error: '请选择离岗原因' })),
  /** VR-15 / CFG-07: save despite BR-17 / BR-18, with a reason. */
  override: overrideInput,
};

export const placementCreateInput = z.object(createFields).superRefine((v, ctx) => {
  checkBasis(v, ctx);
  if (v.basisDate > v.startDate) custom(ctx, '安置依据日期不能晚于上岗日期', ['basisDate']);
  const cs = v.contractStart ?? v.startDate;
  if (v.contractEnd < cs) custom(ctx, '合同(协议)截止日期不能早于开始日期', ['contractEnd']);
  if (v.leaveDate && !v.leaveReason) custom(ctx, '请选择离岗原因', ['leaveReason']);
  if (v.leaveReason && !v.leaveDate) custom(ctx, '请填写离岗日期', ['leaveDate']);
  if (v.leaveDate && v.leaveDate < v.startDate)
    custom(ctx, `离岗日期不能早于上岗日期（${v.startDate}）`, ['leaveDate']);
});
export type PlacementCreateInput = z.input<typeof placementCreateInput>;
export type PlacementCreateParsed = z.output<typeof placementCreateInput>;

/** Corrections that need no rule re-check; a wrong person, post, basis or start date: delete and enter again. */
export const placementUpdateInput = z
  .object({
    ...editKey('安置记录'),
    contractStart: dateField('合同(协议)开始日期'),
    contractEnd: dateField('合同(协议)截止日期'),
    accidentInsurance: optText('意外伤害保险保单号', 60),
    remark: optText('备注', 200),
  })
  .superRefine((v, ctx) => {
    if (v.contractEnd < v.contractStart) custom(ctx, '合同(协议)截止日期不能早于开始日期', ['contractEnd']);
  });

export const placementLeaveInput = z.object({
  id: uuid('安置记录'),
  leaveDate: dateField('离岗日期'),
  leaveReason: z.enum(LEAVE_REASON_CODES, { error: '请选择离岗原因' }),
  leaveNote: optText('离岗说明', 200),
  /** E09 after leaving the last open placement; default by reason (L01 → 21, L03 → 50, others → 10). */
  employmentStatusAfter: orNull(z.enum(EMPLOYMENT_STATUS_CODES)),
});

export const vacancyReportInput = z.object({ id: uuid('安置记录'), reportDate: dateField('空岗报告日期') });
export const placementDeleteInput = deleteInput('安置记录');

/** BR-18 on today (months used/left) for the placement's entitlement cycle. */
export const subsidyInfo = z.object({
  /** F (subsidy_first_month) of the entitlement. */
  firstMonth: z.string(),
  /** This placement's last subsidised month (the entitlement end, or its leave month if earlier); null = cap not reached. */
  endMonth: z.string().nullable(),
  /** The entitlement's end (null = the closed placements do not reach the cap). */
  entitlementEndMonth: z.string().nullable(),
  extendedToRetirement: z.boolean(),
  /** CFG-04 (+ CFG-06) cap; null when extended to retirement. */
  capMonths: z.number().nullable(),
  extensionApplied: z.boolean(),
  monthsUsed: z.number(),
  monthsLeft: z.number(),
  /** Last month payable by age (CFG-08). */
  limitMonth: z.string(),
  /** CFG-07 repeat placement starting a new entitlement. */
  newCycle: z.boolean(),
});
export type SubsidyInfo = z.infer<typeof subsidyInfo>;

export const placementDetail = z.object({
  id: z.string(),
  ...personColumns,
  sex: z.string(),
  /** BR-01 on today. */
  age: z.number(),
  /** BR-02 statutory retirement date and month. */
  retirementDate: z.string(),
  postId: z.string(),
  postCode: z.string(),
  postTitle: z.string(),
  employerId: z.string(),
  employerName: z.string(),
  areaType: z.enum(AREA_TYPE_CODES),
  townshipName: z.string(),
  basisList: z.enum(BASIS_LISTS),
  basisCode: z.string(),
  /** E06 / E24 label. */
  basisLabel: z.string(),
  basisDate: z.string(),
  /** 'recorded': a category recorded by the clerk standing in for a recognition (issue 6). */
  basisSource: z.enum(['recorded', 'recognition']),
  startDate: z.string(),
  contractStart: z.string(),
  contractEnd: z.string(),
  accidentInsurance: z.string().nullable(),
  status: z.enum(PLACEMENT_STATUS_CODES),
  leaveDate: z.string().nullable(),
  leaveReason: z.enum(LEAVE_REASON_CODES).nullable(),
  leaveNote: z.string().nullable(),
  /** BR-22: leaveDate + CFG-15 days; null while on post. */
  vacancyReportDueDate: z.string().nullable(),
  vacancyReportDate: z.string().nullable(),
  /** Reported after the due date, or not reported and today is past it. */
  vacancyReportLate: z.boolean(),
  subsidy: subsidyInfo,
  override: z.object({ rules: z.array(z.string()), reason: z.string(), by: z.string() }).nullable(),
  /** BR-23 年度考核 results, newest year first. */
  assessments: z.array(placementAssessment),
  /** How many of its results were deleted (placements.deletedAssessments lists them under 已删除). */
  deletedAssessments: z.number(),
  /** 续签 history, newest first (contractStart/contractEnd above are the term in force). */
  renewals: z.array(placementRenewal),
  remark: z.string().nullable(),
  ...softDeleteStamps,
  deleteReason: z.string().nullable(),
});
export type PlacementDetail = z.infer<typeof placementDetail>;

/**
 * What a 离岗, 删除 or 恢复 did to the placement's attendance rows of months already generated, in words for the
 * clerk: the months changed (added, removed, re-counted), and the months left as they were because a reviewed roster
 * covers them or the month is locked (to be corrected with a 补发/扣回 roster); null where none.
 */
export const placementAttendance = z.object({ changed: z.string().nullable(), kept: z.string().nullable() });
export type PlacementAttendance = z.infer<typeof placementAttendance>;

/** The answer of 离岗, 删除 and 恢复: the placement, and what the write did to its attendance. */
export const placementWithAttendance = placementDetail.extend({ attendance: placementAttendance });
export type PlacementWithAttendance = z.infer<typeof placementWithAttendance>;

export const placementSaved = z.object({ placement: placementDetail, warnings: fieldWarnings });

/** A refusal as data (placements.preview). */
export const blocking = z.object({
  rule: z.string(),
  message: z.string(),
  fields: z.record(z.string(), z.string()),
  /** VR-15: may be saved with override.reason. */
  overridable: z.boolean(),
  /** CFG-07: the override would start a new entitlement (repeat placement, S21). */
  repeatPlacement: z.boolean(),
});

export const placementPreview = z.object({
  /** The first rule that refuses the placement; null = it can be saved. */
  blocking: blocking.nullable(),
  /** BR-18 for the placement as entered (null when the person or post is unknown). */
  subsidy: subsidyInfo.nullable(),
  warnings: fieldWarnings,
});

export const suggestInput = z.object({
  postId: uuid('岗位'),
  /** Planned start date; default today. */
  startDate: optDateField('上岗日期'),
  limit: z.number().int().min(1).max(100).default(20),
});

export const suggestion = z.object({
  personId: z.string(),
  name: z.string(),
  sex: z.string(),
  age: z.number(),
  idNumberMasked: z.string(),
  villageName: z.string(),
  /** A basis the person record supports (the clerk confirms it); null = the clerk chooses. */
  basisList: z.enum(BASIS_LISTS).nullable(),
  basisCode: z.string().nullable(),
  basisLabel: z.string().nullable(),
  /** BR-16 priority [L]: < 5 years to retirement, then zero-employment household member, then disabled; higher first. */
  priority: z.number(),
  reasons: z.array(z.string()),
  /** BR-18 months left on the start date; null = extended to retirement. */
  monthsLeft: z.number().nullable(),
});

const byId = idInput('安置记录');
const list = itemsOf(placementDetail);

export const placementsChannels = {
  'placements.create': writeChannel(placementCreateInput, placementSaved, 'placement'),
  /** Dry run of create: the first refusal and the BR-18 period, nothing written. */
  'placements.preview': channel({ input: placementCreateInput, output: placementPreview }),
  /**
   * Corrects the contract term, 意外伤害保险保单号 and 备注. Refused (field named, nothing written) when a date
   * changes and: the placement has left (only 保单号 / 备注 may still be corrected); after a 续签 contractStart is not
   * the latest renewal's start, or contractEnd not after the term it replaced (a corrected end is written to that
   * renewal too); contractEnd before the placement's 上岗日期 (startDate); a rural term over CFG-14 months (setting in
   * force on contractStart).
   */
  'placements.update': writeChannel(placementUpdateInput, placementDetail, 'placement'),
  /**
   * BR-22: date ≥ start and ≤ today, E19 reason; the vacancy report becomes due. Answers what the leave did to the
   * placement's attendance (placementWithAttendance).
   */
  'placements.leave': writeChannel(placementLeaveInput, placementWithAttendance, 'placement'),
  /** BR-22: records the vacancy report date; late when after leaveDate + CFG-15 days. */
  'placements.reportVacancy': writeChannel(vacancyReportInput, placementDetail, 'placement'),
  /**
   * Soft delete of a mistaken entry (reason required); flags are recomputed. Answers what it did to the placement's
   * attendance (placementWithAttendance).
   */
  'placements.delete': writeChannel(placementDeleteInput, placementWithAttendance, 'placement'),
  /**
   * Re-runs every create check (capacity, overlap …) before bringing it back. Answers what it did to the placement's
   * attendance (placementWithAttendance).
   */
  'placements.restore': writeChannel(byId, placementWithAttendance, 'placement'),
  'placements.get': channel({ input: byId, output: placementDetail }),
  /** Newest start first; deleted ones only with includeDeleted. */
  'placements.listByPost': channel({
    input: z.object({ postId: uuid('岗位'), includeDeleted: z.boolean().default(false) }),
    output: list,
  }),
  'placements.listByPerson': channel({
    input: z.object({ personId: uuid('人员'), includeDeleted: z.boolean().default(false) }),
    output: list,
  }),
  /** Eligible persons of the post's 乡镇 for refilling a vacancy (BR-22), best first. */
  'placements.suggestForPost': channel({ input: suggestInput, output: itemsOf(suggestion) }),
};
