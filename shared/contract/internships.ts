import { z } from 'zod';
import { channel, writeChannel } from './define';
import {
  listPaging,
  listSort,
  optText,
  requiredText,
  uuid,
  pageOf,
  personColumns,
  codeFilter,
  optCode,
  optFlag,
  optId,
  withinDays,
  dateField,
  optDateField,
  editKey,
  optBool,
  fenField as fen,
  fieldWarnings,
  searchText,
  picked,
  orNull,
  whole,
  idInput,
} from './fields';
import {
  DEGREE_CODES,
  INTERN_TYPE_CODES,
  INTERNSHIP_END_TYPE_CODES,
  INTERNSHIP_STATUS_CODES,
} from '../enums/internship-codes';
import { custom } from './refine';

// Internships (就业见习, DOMAIN §3.11; BR-25..BR-29, VR-06, VR-13, VR-14, CFG-16..CFG-21).
//
// Refusals are RULE_VIOLATION with a Chinese message naming the rule, `fields` naming the form field and
// details { rule }. internships.create checks, in order: person live; VR-06 dates (agreement_start ≤ today);
// host a recognised 见习基地 valid on agreement_start (§3.11: is_internship_base, recognised ≤ start ≤ valid until);
// BR-03 working age; BR-25 eligibility by E20 type (1: graduation_date ≤ start ≤ graduation_date + CFG-18 24
// months; 2: 16 ≤ age < 25 on start and a registration active on start; all: not 单位就业/灵活就业/自主创业 (E09
// 21–23), not 入学 (30)); CFG-19 once only; BR-26 3 ≤ calendar months ≤ 12 (agreement_end between
// termEnd(start, 3) and termEnd(start, 12)); BR-27/VR-14 host allowance ≥ 50 % of the minimum wage in force on
// start; BR-28/VR-13 no overlap with a placement on a 公益性岗位 or another internship.
// Money in fen. allowanceStandardFen null = BR-27 default (county minimum wage, CFG-01 tier, in force on start).
// The person shows E09 25 就业见习中 and in_internship = 1 while the internship runs; internships.end sets them back
// (21 单位就业 when retained, else 10 失业(未就业)) if the status is still 25.

/** The fields of an internship a clerk types (every one but the person): create and update share them and their check. */
const internshipFields = {
  hostId: uuid('见习单位'),
  position: requiredText('见习岗位', 60),
  internType: z.enum(INTERN_TYPE_CODES, { error: '请选择见习人员类别' }),
  school: optText('毕业院校', 60),
  major: optText('专业', 60),
  degree: optCode(DEGREE_CODES, '学历'),
  graduationDate: optDateField('毕业(离校)时间'),
  agreementStart: dateField('见习协议开始日期'),
  agreementEnd: dateField('见习协议截止日期'),
  allowanceStandardFen: orNull(fen('生活费补助标准')),
  hostAllowanceFen: fen('单位岗位补助'),
  insurancePolicy: requiredText('人身意外伤害保险保单号', 60),
  remark: optText('备注', 200),
  /** E20 9 其他: what kind of person it is (e.g. 技工院校毕业生), required with that type, printed in RPT-08 备注. */
  otherTypeNote: optText('其他类别说明', 60),
};

type InternshipFieldValues = z.output<z.ZodObject<typeof internshipFields>>;

function checkInternshipFields(v: InternshipFieldValues, ctx: z.RefinementCtx): void {
  if (v.internType === '1') {
    if (!v.school) custom(ctx, '高校毕业生请填写毕业院校', ['school']);
    if (!v.major) custom(ctx, '高校毕业生请填写专业', ['major']);
    if (!v.degree) custom(ctx, '高校毕业生请选择学历', ['degree']);
    if (!v.graduationDate) custom(ctx, '高校毕业生请填写毕业(离校)时间', ['graduationDate']);
  }
  if (v.internType === '9' && !v.otherTypeNote)
    custom(ctx, '见习人员类别为“其他”时，请填写其他类别说明（如技工院校毕业生）', ['otherTypeNote']);
  if (v.agreementEnd <= v.agreementStart) custom(ctx, '见习协议截止日期应晚于开始日期', ['agreementEnd']);
  if (v.graduationDate && v.graduationDate > v.agreementStart)
    custom(ctx, '毕业(离校)时间不能晚于见习协议开始日期', ['graduationDate']);
}

export const internshipCreateInput = z
  .object({ personId: picked('人员'), ...internshipFields })
  .superRefine(checkInternshipFields);
export type InternshipCreateInput = z.input<typeof internshipCreateInput>;
export type InternshipCreateParsed = z.output<typeof internshipCreateInput>;

/**
 * internships.update: every field of the create form but the person (an internship of the wrong person is deleted
 * and entered again), keyed by editKey. The create checks run again on the new values (the record itself left out of
 * CFG-19 and VR-13); allowanceStandardFen null = the BR-27 default on the (new) start. On an ended internship the
 * agreement dates are fixed by the ending (refused); the other fields may be corrected. A change that alters the
 * allowance of a month in a locked period or on a reviewed (已审核/已上报/已拨付) roster is refused.
 */
export const internshipUpdateInput = z
  .object({ ...editKey('见习记录'), ...internshipFields })
  .superRefine(checkInternshipFields);
export type InternshipUpdateInput = z.input<typeof internshipUpdateInput>;
export type InternshipUpdateParsed = z.output<typeof internshipUpdateInput>;

export const internshipEndInput = z
  .object({
    id: uuid('见习记录'),
    endDate: dateField('实际结束日期'),
    endType: z.enum(INTERNSHIP_END_TYPE_CODES, { error: '请选择结束方式' }),
    retained: optFlag,
    retainedDate: optDateField('留用日期'),
    contractYears: orNull(
      whole('留用合同年限', 1, 50, { tooSmall: '留用合同年限至少1年', tooLarge: '留用合同年限过大' }),
    ),
    endNote: optText('结束说明', 200),
  })
  .superRefine((v, ctx) => {
    if ((v.endType === '2' || v.endType === '3') && !v.retained)
      custom(ctx, '期满留用、提前留用应勾选“是否留用”', ['retained']);
    if (['1', '4', '5'].includes(v.endType) && v.retained)
      custom(ctx, '该结束方式不是留用，不能勾选“是否留用”', ['retained']);
    if (v.retained && !v.retainedDate) custom(ctx, '请填写留用日期', ['retainedDate']);
    if (v.retained && v.contractYears === null) custom(ctx, '请填写留用合同年限', ['contractYears']);
    if (!v.retained && (v.retainedDate || v.contractYears !== null))
      custom(ctx, '未留用时不填写留用日期和合同年限', ['retainedDate']);
  });

/** A row of the internships list; the detail adds the rest of the record. */
export const internshipListItem = z.object({
  id: z.string(),
  ...personColumns,
  hostId: z.string(),
  hostName: z.string(),
  position: z.string(),
  internType: z.string(),
  agreementStart: z.string(),
  agreementEnd: z.string(),
  status: z.enum(INTERNSHIP_STATUS_CODES),
  endDate: z.string().nullable(),
  endType: z.string().nullable(),
  retained: z.boolean(),
});

export const internshipDetail = internshipListItem.extend({
  internType: z.enum(INTERN_TYPE_CODES),
  internTypeLabel: z.string(),
  school: z.string().nullable(),
  major: z.string().nullable(),
  degree: z.string().nullable(),
  graduationDate: z.string().nullable(),
  /** BR-26 calendar months of the agreement. */
  agreementMonths: z.number(),
  allowanceStandardFen: z.number(),
  allowanceSource: z.enum(['default', 'custom']),
  minWageFen: z.number(),
  hostAllowanceFen: z.number(),
  insurancePolicy: z.string(),
  endTypeLabel: z.string(),
  retainedDate: z.string().nullable(),
  contractYears: z.number().nullable(),
  remark: z.string().nullable(),
  otherTypeNote: z.string().nullable(),
  /** BR-27 living allowance per month over [start, end date or planned end] (CFG-09 proration). */
  allowances: z.array(z.object({ month: z.string(), days: z.number(), calendarDays: z.number(), dueFen: z.number() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type InternshipDetail = z.infer<typeof internshipDetail>;

/**
 * internships.end: the record, and `warnings.registration` when a retaining end (期满留用 / 提前留用) leaves the
 * person employed with an unemployment registration still active (BR-08, VR-13): the screen offers to cancel it,
 * as after a placement.
 */
export const internshipEnded = internshipDetail.extend({ warnings: fieldWarnings });
export type InternshipEnded = z.infer<typeof internshipEnded>;

/** The intern list's sortable columns (internships.list sort). */
export const INTERNSHIP_SORT_FIELDS = ['personName', 'hostName', 'agreementStart', 'agreementEnd'] as const;
export type InternshipSortField = (typeof INTERNSHIP_SORT_FIELDS)[number];

export const internshipListInput = z.object({
  /** The search box: part of a name, a whole ID, the last 4–6 ID characters, or a phone number. */
  query: searchText,
  /** The 乡镇(街道) the intern lives in (persons.township_id), as on the person list. */
  townshipId: optId,
  hostId: optId,
  personId: optId,
  status: codeFilter(INTERNSHIP_STATUS_CODES, '状态'),
  /** Running internships whose planned end is within N days of today (overdue ones included). */
  endingWithinDays: withinDays.transform((v) => v ?? undefined),
  /** The 已删除 filter: only deleted internships (otherwise only live ones). */
  deleted: optBool,
  /** Absent: latest agreement start first (the 即将结束 filter: earliest planned end first). */
  sort: listSort(INTERNSHIP_SORT_FIELDS),
  ...listPaging,
});

/** The period of BR-29: internships that ended in [from, to]. */
const retentionPeriod = { from: dateField('统计开始日期'), to: dateField('统计截止日期') };
const periodInOrder = (v: { from: string; to: string }, ctx: z.RefinementCtx) => {
  if (v.to < v.from) custom(ctx, '统计截止日期不能早于开始日期', ['to']);
};

export const retentionInput = z.object({ hostId: optId, ...retentionPeriod }).superRefine(periodInOrder);
export const retentionByHostInput = z.object(retentionPeriod).superRefine(periodInOrder);

export const retentionOutput = z.object({
  ended: z.number(),
  retained: z.number(),
  /** BR-29 percent, one decimal; null when nothing counted ended in the period. */
  ratePercent: z.number().nullable(),
  /** Ended with E22 4/5 (and 9), not counted. */
  excluded: z.number(),
  /**
   * BR-29 with CFG-21 in force on the period's last day: 'bonus' at or above the bonus line, 'revoke' below the revoke
   * line, 'between' otherwise; null when the county has the thresholds off or nothing counted ended.
   */
  standing: z.enum(['bonus', 'between', 'revoke']).nullable(),
});

/**
 * 留用率 in one answer: a row per host — every live 见习基地 by name, then any other host with internships ended in
 * the period — each as internships.retention with its hostId would answer, and the total (no hostId).
 */
export const retentionByHostOutput = z.object({
  hosts: z.array(retentionOutput.extend({ hostId: z.string(), hostName: z.string() })),
  total: retentionOutput,
});

export const worklistsOutput = z.object({
  /** Running internships ending within 30 days (or overdue), by planned end. */
  ending: z.array(internshipListItem.extend({ daysLeft: z.number() })),
  /** Internship bases whose recognition expires within 60 days. */
  expiringBases: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      baseValidUntil: z.string(),
      daysLeft: z.number(),
      activeInterns: z.number(),
    }),
  ),
  counts: z.object({ ending: z.number(), expiringBases: z.number() }),
});

const byId = idInput('见习记录');

export const internshipsChannels = {
  'internships.create': writeChannel(internshipCreateInput, internshipDetail, 'internship'),
  'internships.end': writeChannel(internshipEndInput, internshipEnded, 'internship'),
  'internships.update': writeChannel(internshipUpdateInput, internshipDetail, 'internship'),
  /**
   * Soft delete: the internship leaves every list, count, report and allowance generation; a running one gives the
   * person back the employment status they had before it. Refused while a month of it is locked or one of its
   * allowance months is on a reviewed roster.
   */
  'internships.delete': writeChannel(byId, internshipDetail, 'internship'),
  /** Re-runs every create check against today's records before bringing it back. */
  'internships.restore': writeChannel(byId, internshipDetail, 'internship'),
  'internships.get': channel({ input: byId, output: internshipDetail }),
  'internships.list': channel({
    input: internshipListInput,
    output: pageOf(internshipListItem),
  }),
  'internships.retention': channel({ input: retentionInput, output: retentionOutput }),
  'internships.retentionByHost': channel({ input: retentionByHostInput, output: retentionByHostOutput }),
  /** townshipId: hosts in one 乡镇(街道) (the 首页's township reminders open the list filtered so). */
  'internshipWorklists.due': channel({
    input: z.object({
      townshipId: optId,
    }),
    output: worklistsOutput,
  }),
};
