import { z } from 'zod';
import { channel, writeChannel } from './define';
import {
  listPaging,
  listSort,
  optText,
  requiredText,
  uuid,
  pageOf,
  itemsOf,
  personColumns,
  optCode,
  optRef,
  optId,
  withinDays,
  picked,
  dateField,
  monthField,
  optDateField,
  whole,
  fenField,
  orNull,
  idInput,
} from './fields';
import { batchDetail } from './subsidies';
import {
  CERTIFICATE_CODES,
  CLASS_STATUS_CODES,
  PROVIDER_KIND_CODES,
  TRAINEE_CATEGORY_CODES,
  TRAINING_RESULT_CODES,
  TRAINING_TYPE_CODES,
} from '../enums/training-codes';
import { custom } from './refine';
import { CLASS_ACTIONS } from '../domain/training-class';
import { EMPLOYED_STATUSES } from '../domain/employment-history';

// Vocational skills training (职业技能培训, DOMAIN §11; BR-33..BR-39, CFG-32..CFG-37).
//
// Providers: training.providers.designate makes (or changes) an employer's 定点培训机构 designation: E29 kind, dates,
// occupations. Classes: created 计划 (code PX{YYYY}-{seq} when left empty); training.classes.act moves them 备案 (a
// filing date ≥ CFG-37 working days before the start), 开班, 结业, or 撤销 with a reason; the provider's designation
// must cover every day of the class. Trainees: training.enrol checks BR-33 (category against the register as of the
// class start; declared categories need a note) and BR-34 (no overlapping class; a post or internship at the same
// time is allowed and flagged). Results: training.results.save writes the grid (hours ≤ class hours, a certificate
// number unique per certificate type) — from 开班 on, and refused for a trainee a reviewed roster covers. Subsidies:
// each trainee's BR-35 decision (with the reason when refused) and BR-36/BR-37 amounts show on the class; the
// month's 培训补贴 roster is made by training.generateBatch and then reviewed, reported, paid and corrected through the
// ordinary subsidies.* channels (kind 'training'). Employment after training (BR-38): training.employment.record,
// and training.followUps lists who still has none. Every refusal: RULE_VIOLATION (or BAD_INPUT) with `fields` naming
// the form field in Chinese; nothing is written.

/** A whole number of the forms here: empty asks to fill it in (请填写…). */
const count = (label: string, min: number, max: number) => whole(label, min, max, { missing: `请填写${label}` });

// ---------------------------------------------------------------- providers

/** 首页 reminder and the providers list's tag: designations ending within this many days (or ended). */
export const PROVIDERS_EXPIRING_DAYS = 60;

export const providerDesignateInput = z
  .object({
    employerId: picked('培训机构'),
    kind: z.enum(PROVIDER_KIND_CODES, { error: '请选择培训机构类型' }),
    designatedDate: dateField('认定日期'),
    validUntil: optDateField('定点资质有效期'),
    occupations: z
      .array(requiredText('培训工种', 40), { error: '请填写可培训工种' })
      .min(1, { error: '请至少填写一个可培训工种' })
      .max(50, { error: '可培训工种不能超过50个' }),
    contactPerson: optText('联系人', 30),
    contactPhone: optText('联系电话', 30),
    remark: optText('备注', 200),
  })
  .superRefine((v, ctx) => {
    if (v.validUntil && v.validUntil < v.designatedDate) custom(ctx, '定点资质有效期不能早于认定日期', ['validUntil']);
  });

export const provider = z.object({
  employerId: z.string(),
  name: z.string(),
  townshipName: z.string(),
  kind: z.enum(PROVIDER_KIND_CODES),
  kindLabel: z.string(),
  designatedDate: z.string(),
  validUntil: z.string().nullable(),
  /** Days from today to the expiry (negative once expired); null without an expiry. */
  daysLeft: z.number().nullable(),
  occupations: z.array(z.string()),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  remark: z.string().nullable(),
  classes: z.number(),
});
export type Provider = z.infer<typeof provider>;

// ---------------------------------------------------------------- classes

const classFields = z.object({
  code: optText('班级编号', 30),
  providerId: picked('培训机构'),
  occupation: requiredText('培训工种(职业)', 40),
  occupationReason: optText('工种不在机构范围内的理由', 200),
  trainingType: z.enum(TRAINING_TYPE_CODES, { error: '请选择培训类型' }),
  targetCertificate: z.enum(CERTIFICATE_CODES, { error: '请选择目标证书' }),
  startDate: dateField('培训开始日期'),
  endDate: dateField('培训结束日期'),
  hours: count('学时', 1, 2000),
  townshipId: picked('培训地点(乡镇)'),
  location: requiredText('培训地点', 100),
  capacity: count('计划人数', 1, 1000),
  funding: optText('资金来源', 60),
  remark: optText('备注', 200),
});
export const classCreateInput = classFields.superRefine((v, ctx) => {
  if (v.endDate < v.startDate) custom(ctx, '培训结束日期不能早于开始日期', ['endDate']);
});
export type ClassCreateInput = z.input<typeof classCreateInput>;
export type ClassCreateParsed = z.output<typeof classCreateInput>;

/** Edit a class while it is 计划 (the same fields and checks as create; a filed class is no longer edited). */
export const classUpdateInput = classFields.extend({ id: uuid('培训班') }).superRefine((v, ctx) => {
  if (v.endDate < v.startDate) custom(ctx, '培训结束日期不能早于开始日期', ['endDate']);
});

export const classActInput = z
  .object({
    id: uuid('培训班'),
    action: z.enum(CLASS_ACTIONS, { error: '请选择操作' }),
    date: dateField('办理日期'),
    reason: optText('撤销原因', 200),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'cancel' && !v.reason) custom(ctx, '请填写撤销原因', ['reason']);
  });

export const subsidyView = z.object({
  eligible: z.boolean(),
  reason: z.string().nullable(),
  standardFen: z.number(),
  subsidyFen: z.number(),
  livingFen: z.number(),
});

export const trainee = z.object({
  id: z.string(),
  ...personColumns,
  category: z.enum(TRAINEE_CATEGORY_CODES),
  categoryLabel: z.string(),
  categoryNote: z.string().nullable(),
  enrolDate: z.string(),
  attendedHours: z.number().nullable(),
  result: z.enum(TRAINING_RESULT_CODES).nullable(),
  resultLabel: z.string(),
  certType: z.enum(CERTIFICATE_CODES).nullable(),
  certLabel: z.string(),
  certNo: z.string().nullable(),
  certDate: z.string().nullable(),
  /** BR-34: on a public-welfare post or an internship during the class (allowed, shown). */
  flag: z.string().nullable(),
  subsidy: subsidyView,
  /** The roster the trainee is on, and whether it locks the row. */
  batchName: z.string().nullable(),
  locked: z.boolean(),
  employedDate: z.string().nullable(),
  employedUnit: z.string().nullable(),
  /** E09 21–24 as recorded with the employment after training (the edit form starts from it). */
  employedStatus: z.enum(EMPLOYED_STATUSES).nullable(),
});
export type Trainee = z.infer<typeof trainee>;

export const classSummary = z.object({
  id: z.string(),
  code: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  occupation: z.string(),
  trainingType: z.enum(TRAINING_TYPE_CODES),
  trainingTypeLabel: z.string(),
  targetCertificate: z.enum(CERTIFICATE_CODES),
  targetCertificateLabel: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  hours: z.number(),
  townshipName: z.string(),
  capacity: z.number(),
  enrolled: z.number(),
  status: z.enum(CLASS_STATUS_CODES),
  statusLabel: z.string(),
});
export type ClassSummary = z.infer<typeof classSummary>;

export const classDetail = classSummary.extend({
  occupationReason: z.string().nullable(),
  townshipId: z.string(),
  location: z.string(),
  funding: z.string().nullable(),
  filedDate: z.string().nullable(),
  openedDate: z.string().nullable(),
  closedDate: z.string().nullable(),
  cancelReason: z.string().nullable(),
  remark: z.string().nullable(),
  /** CFG-37: the last day the class may be filed. */
  latestFilingDate: z.string(),
  /** A class in 计划 that can no longer be filed today for its start date (the page says 已逾期). */
  filingOverdue: z.boolean(),
  trainees: z.array(trainee),
  totals: z.object({ eligible: z.number(), subsidyFen: z.number(), livingFen: z.number() }),
});
export type ClassDetail = z.infer<typeof classDetail>;

/** The class list's sortable columns (training.classes.list sort). */
export const CLASS_SORT_FIELDS = ['code', 'startDate', 'hours', 'enrolled'] as const;
export type ClassSortField = (typeof CLASS_SORT_FIELDS)[number];

export const classListInput = z.object({
  q: z
    .string()
    .nullish()
    .transform((v) => v?.trim() || null),
  providerId: optRef,
  trainingType: optCode(TRAINING_TYPE_CODES, '培训类型'),
  status: optCode(CLASS_STATUS_CODES, '状态'),
  /** Classes that run on some day of [from, to]. */
  from: optDateField('开始日期'),
  to: optDateField('截止日期'),
  /**
   * Classes a person could still join on this day (BR-39's picker of 记录联系): not finished or cancelled
   * (ENROLMENT_OPEN_STATUSES) and not started before it, as training.enrol requires of the 报名日期.
   */
  openOn: optDateField('报名日期'),
  /** Absent: latest start first. */
  sort: listSort(CLASS_SORT_FIELDS),
  ...listPaging,
});

// ---------------------------------------------------------------- trainees

export const enrolInput = z.object({
  classId: uuid('培训班'),
  personId: picked('学员'),
  category: z.enum(TRAINEE_CATEGORY_CODES, { error: '请选择人员类别' }),
  categoryNote: optText('类别说明', 200),
  graduationDate: optDateField('毕业时间'),
  enrolDate: dateField('报名日期'),
});
export type EnrolInput = z.input<typeof enrolInput>;

export const resultRow = z
  .object({
    enrolmentId: uuid('学员'),
    attendedHours: orNull(count('出勤学时', 0, 2000)),
    result: optCode(TRAINING_RESULT_CODES, '考核结果'),
    certType: optCode(CERTIFICATE_CODES, '证书类型'),
    certNo: optText('证书编号', 40),
    certDate: optDateField('发证日期'),
  })
  .superRefine((v, ctx) => {
    const has = v.certType && v.certType !== '00';
    if (has && !v.certNo) custom(ctx, '请填写证书编号', ['certNo']);
    if (has && !v.certDate) custom(ctx, '请填写发证日期', ['certDate']);
    if (!has && (v.certNo || v.certDate)) custom(ctx, '未选择证书类型，不填写证书编号和发证日期', ['certType']);
  });
export const resultsSaveInput = z.object({
  classId: uuid('培训班'),
  rows: z.array(resultRow).min(1, { error: '没有要保存的学员' }),
});

export const employmentInput = z.object({
  enrolmentId: uuid('学员'),
  employedDate: dateField('就业日期'),
  employedUnit: requiredText('就业单位', 60),
  employedStatus: z.enum(EMPLOYED_STATUSES, { error: '请选择就业状态' }),
});
export type EmploymentInput = z.input<typeof employmentInput>;

export const followUp = z.object({
  enrolmentId: z.string(),
  classId: z.string(),
  classCode: z.string(),
  occupation: z.string(),
  ...personColumns,
  /** VR-09 masked; persons.revealPhone (audited) shows it in full to the clerk who calls. */
  phoneMasked: z.string().nullable(),
  endDate: z.string(),
  followUntil: z.string(),
});

/**
 * BR-38 over the follow-up list's trainees and those it no longer lists: 就业技能培训/创业培训 trainees who passed in
 * classes that ended within the follow-up window, how many of them are employed after training, and the rate in
 * percent with one decimal (null when nobody passed) — RPT-15's rate over that set.
 */
export const followUpRate = z.object({ passed: z.number(), employed: z.number(), percent: z.number().nullable() });

export const personTraining = z.object({
  enrolmentId: z.string(),
  classId: z.string(),
  classCode: z.string(),
  providerName: z.string(),
  occupation: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  statusLabel: z.string(),
  categoryLabel: z.string(),
  resultLabel: z.string(),
  certLabel: z.string(),
  certNo: z.string().nullable(),
  subsidyFen: z.number(),
  livingFen: z.number(),
  subsidyReason: z.string().nullable(),
  employedDate: z.string().nullable(),
});

// ---------------------------------------------------------------- settings (CFG-32..CFG-37)

export const trainingRules = z.object({
  effectiveFrom: z.string().nullable(),
  /** CFG-32 fen per person by E31 certificate. */
  standards: z.record(z.string(), z.number()),
  minAttendancePercent: z.number(),
  maxPerYear: z.number(),
  livingFenPerDay: z.number(),
  livingMaxDays: z.number(),
  hoursPerDay: z.number(),
  followUpMonths: z.number(),
  filingLeadDays: z.number(),
  graduateYearsBack: z.number(),
});
export type TrainingRulesView = z.infer<typeof trainingRules>;

const fen = (label: string) => fenField(label, { missing: `请填写${label}` });

export const trainingRulesSetInput = z.object({
  effectiveFrom: dateField('生效日期'),
  standards: z.record(z.enum(CERTIFICATE_CODES, { error: '证书类型不在代码表中' }), fen('补贴标准')),
  minAttendancePercent: count('出勤率下限', 1, 100),
  maxPerYear: count('每年补贴次数上限', 1, 12),
  livingFenPerDay: fen('生活费补贴标准'),
  livingMaxDays: count('生活费补贴天数上限', 0, 365),
  hoursPerDay: count('每天学时', 1, 24),
  followUpMonths: count('就业跟踪月数', 1, 36),
  filingLeadDays: count('备案提前工作日', 0, 60),
  graduateYearsBack: count('毕业年度往前年数', 0, 5),
});

const byClass = idInput('培训班');

export const trainingChannels = {
  'training.providers.designate': writeChannel(providerDesignateInput, provider, 'trainingProvider'),
  'training.providers.list': channel({
    input: z.object({
      expiringWithinDays: orNull(withinDays),
    }),
    output: itemsOf(provider),
  }),
  'training.classes.create': writeChannel(classCreateInput, classDetail, 'trainingClass'),
  'training.classes.update': writeChannel(classUpdateInput, classDetail, 'trainingClass'),
  'training.classes.act': writeChannel(classActInput, classDetail, 'trainingClass'),
  'training.classes.get': channel({ input: byClass, output: classDetail }),
  'training.classes.list': channel({
    input: classListInput,
    output: pageOf(classSummary),
  }),
  'training.enrol': writeChannel(enrolInput, classDetail, 'trainingEnrolment'),
  'training.results.save': writeChannel(resultsSaveInput, classDetail, 'trainingEnrolment'),
  'training.employment.record': writeChannel(employmentInput, classDetail, 'trainingEnrolment'),
  // townshipId: the trainees of one 乡镇(街道) (the person's), as the 首页's reminder opens it; absent: the caller's scope.
  'training.followUps': channel({
    input: z.object({ townshipId: optId }),
    output: itemsOf(followUp).extend({ rate: followUpRate }),
  }),
  'training.person': channel({
    input: z.object({ personId: uuid('人员') }),
    output: itemsOf(personTraining),
  }),
  'training.generateBatch': writeChannel(z.object({ month: monthField }), batchDetail, 'subsidyBatch'),
  'training.rules.get': channel({
    input: z.object({ date: optDateField('日期') }),
    output: trainingRules,
  }),
  'training.rules.set': writeChannel(trainingRulesSetInput, trainingRules, 'settings'),
};
