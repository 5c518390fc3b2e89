import { z } from 'zod';
import { channel, writeChannel } from './define';
import {
  fieldWarnings,
  dateField,
  editKey,
  itemsOf,
  optDateField,
  optText,
  requiredText,
  savedStamps,
  uuid,
  residentColumns,
  optFlag,
  picked,
  removedStamps,
  orNull,
  idInput,
  deleteInput,
} from './fields';
import {
  CANCEL_REASON_CODES,
  JOB_WISH_CODES,
  REGISTRATION_STATUS_CODES,
  SERVICE_ITEM_CODES,
  SERVICE_LEVEL_CODES,
  UNEMPLOYMENT_REASON_CODES,
} from '../enums/registration-codes';

// Unemployment registration (DOMAIN §3.3; BR-03, BR-04, BR-08, BR-09, BR-12; E10, E11, E15, E16).
//
// Errors: a malformed or missing field is BAD_INPUT with `fields` (same schema in the form and the core);
// a date in the future is BAD_INPUT too (the core re-checks against the working date). A rule that needs
// other records — working age on the registration date (BR-03), a second active registration (CONFLICT,
// details.existingId), dates before contacts already recorded — is RULE_VIOLATION (or CONFLICT) and still
// names the field in `fields`, so the form marks it.
// IDs are masked (VR-09). Service levels: A 重点帮扶 > B 关注服务 > C 常规服务; the policy for re-evaluation at
// contacts is in shared/domain/service-level.ts.

/** A set of E14 items, in code order, duplicates dropped. */
export const serviceSet = (label: string) =>
  z
    .array(z.enum(SERVICE_ITEM_CODES, { error: `${label}不在代码表中` }))
    .nullish()
    .transform((v) => SERVICE_ITEM_CODES.filter((c) => (v ?? []).includes(c)));

const serviceLevel = z.enum(SERVICE_LEVEL_CODES, { error: '请选择服务等级' });

const editable = {
  regDate: dateField('登记日期'),
  /** 登记地: a 乡镇(街道) or 村(社区). */
  regPlaceId: picked('登记地'),
  reason: z.enum(UNEMPLOYMENT_REASON_CODES, { error: '请选择失业原因' }),
  receivesUi: optFlag,
  jobWish: z.enum(JOB_WISH_CODES, { error: '请选择就业意愿' }),
  /** 求职意向: 工种/地点/期望月薪, free text. */
  jobIntent: optText('求职意向', 200),
  /** 服务需求 (E14); SV2/SV5 with 就业意愿 有 suggest level B (BR-09). */
  needs: serviceSet('服务需求'),
  responsibleStaff: requiredText('联系责任人', 30),
};

export const registrationCreateInput = z.object({
  personId: uuid('人员'),
  ...editable,
  /** Leave empty to take the BR-09 suggestion; a different level needs serviceLevelReason. */
  serviceLevel: orNull(serviceLevel),
  serviceLevelReason: optText('调整原因', 200),
});
export type RegistrationCreateInput = z.input<typeof registrationCreateInput>;

/** Full replacement of the editable fields; the person, level and cancellation have their own channels. */
export const registrationUpdateInput = z.object({
  ...editKey('失业登记'),
  ...editable,
});
export type RegistrationUpdateInput = z.input<typeof registrationUpdateInput>;

/** BR-08: date and E11 reason are required; the person's employment status follows the reason. */
export const registrationCancelInput = z.object({
  id: uuid('失业登记'),
  cancelDate: dateField('注销日期'),
  cancelReason: z.enum(CANCEL_REASON_CODES, { error: '请选择注销原因' }),
  cancelNote: optText('注销说明', 200),
  /**
   * CFG-25: the monthly income in fen, asked for reason C03 only (checked in the core against the standard in force
   * on cancelDate; registrations.cancelIncomeStandard gives it to the form); ignored and not stored for other reasons.
   */
  cancelIncome: z
    .number({ error: '月收入应为金额（最多两位小数）' })
    .int({ error: '月收入应为金额（最多两位小数）' })
    .min(0, { error: '月收入不能为负数' })
    .max(100_000_000, { error: '月收入不能大于 1,000,000 元' })
    .nullish(),
  /** BR-08 (S10): the day the person was told of the cancellation; optional, not before cancelDate, not after today. */
  notifiedDate: optDateField('告知日期'),
});
export type RegistrationCancelInput = z.input<typeof registrationCancelInput>;

/** BR-09 override: the clerk's level with a required reason, dated (default today). */
export const serviceLevelInput = z.object({
  id: uuid('失业登记'),
  level: serviceLevel,
  reason: requiredText('调整原因', 200),
  date: optDateField('调整日期'),
});
export type ServiceLevelInput = z.input<typeof serviceLevelInput>;

export const levelChange = z.object({
  id: z.string(),
  date: z.string(),
  /** null on the first entry (level set at registration). */
  fromLevel: z.enum(SERVICE_LEVEL_CODES).nullable(),
  toLevel: z.enum(SERVICE_LEVEL_CODES),
  /** BR-09 suggestion at the time of the change. */
  suggestedLevel: z.enum(SERVICE_LEVEL_CODES).nullable(),
  reason: z.string(),
  /** create: set at registration; override: the clerk's decision; contact: raised by the rule at a contact. */
  source: z.enum(['create', 'override', 'contact']),
  contactId: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});
export type LevelChange = z.infer<typeof levelChange>;

export const levelSuggestion = z.object({ level: z.enum(SERVICE_LEVEL_CODES), reasons: z.array(z.string()) });

/** BR-09 / CFG-22: the quarter's home visits of a level-A registration (shared/domain/home-visit.ts). */
export const homeVisitState = z.object({
  required: z.number(),
  count: z.number(),
  lastDate: z.string().nullable(),
  due: z.boolean(),
  quarterStart: z.string(),
  quarterEnd: z.string(),
});
export type HomeVisitStateOut = z.infer<typeof homeVisitState>;

export const registrationDetail = z.object({
  id: z.string(),
  ...residentColumns,
  regDate: z.string(),
  regPlaceId: z.string(),
  regPlaceName: z.string(),
  reason: z.enum(UNEMPLOYMENT_REASON_CODES),
  receivesUi: z.boolean(),
  jobWish: z.enum(JOB_WISH_CODES),
  jobIntent: z.string().nullable(),
  needs: z.array(z.enum(SERVICE_ITEM_CODES)),
  responsibleStaff: z.string(),
  serviceLevel: z.enum(SERVICE_LEVEL_CODES),
  /** BR-09 on today (or the cancellation date); differs from serviceLevel after an override or when the rule would lower it. */
  suggestion: levelSuggestion,
  status: z.enum(REGISTRATION_STATUS_CODES),
  cancelDate: z.string().nullable(),
  cancelReason: z.enum(CANCEL_REASON_CODES).nullable(),
  cancelNote: z.string().nullable(),
  /** CFG-25: the monthly income (fen) recorded with a C03 cancellation; null otherwise. */
  cancelIncome: z.number().nullable(),
  /** BR-08 (S10): the day the person was told of the cancellation (告知日期); null when not recorded. */
  notifiedDate: z.string().nullable(),
  /** BR-12: completed months from regDate to today, or to the cancellation date. */
  durationMonths: z.number(),
  /** BR-04: regDate + 5 working days. */
  firstContactDueDate: z.string(),
  contactCount: z.number(),
  lastContactDate: z.string().nullable(),
  lastSuccessfulContactDate: z.string().nullable(),
  /** Planned by the latest contact. */
  nextContactDate: z.string().nullable(),
  /** The running quarter's home visits; null unless the registration is active at level A and the setting asks for visits. */
  homeVisit: homeVisitState.nullable(),
  /** Newest first. */
  levelChanges: z.array(levelChange),
  ...savedStamps,
});
export type RegistrationDetail = z.infer<typeof registrationDetail>;

/** Effective values of the settings behind the monthly routine (CFG-22, CFG-23, CFG-24, BR-04) on a date. */
export const contactRules = z.object({
  minPerMonth: z.object({ A: z.number(), B: z.number(), C: z.number() }),
  lostContactMonths: z.number(),
  /** BR-07 for a member of a zero-employment household (BR-15): at most lostContactMonths. */
  zeroHouseholdLostContactMonths: z.number(),
  longTermMonths: z.number(),
  firstContactWorkingDays: z.number(),
  /** Weekdays off / weekend days worked used for 工作日 (setting calendar.workingDays; empty = weekends only). */
  holidays: z.array(z.string()),
  workdays: z.array(z.string()),
});
export type ContactRules = z.infer<typeof contactRules>;

const byId = idInput('失业登记');

/** 删除 of a registration entered on the wrong person (registrations/remove.ts): the reason is required. */
export const registrationDeleteInput = deleteInput('失业登记');

/** A deleted registration as the person page's 已删除 lists it. */
export const deletedRegistration = z.object({
  id: z.string(),
  regDate: z.string(),
  regPlaceName: z.string(),
  serviceLevel: z.enum(SERVICE_LEVEL_CODES),
  responsibleStaff: z.string(),
  ...removedStamps,
});
export type DeletedRegistration = z.infer<typeof deletedRegistration>;

export const registrationsChannels = {
  'registrations.create': writeChannel(
    registrationCreateInput,
    z.object({ registration: registrationDetail, warnings: fieldWarnings }),
    'registration',
  ),
  'registrations.update': writeChannel(registrationUpdateInput, registrationDetail, 'registration'),
  'registrations.cancel': writeChannel(
    registrationCancelInput,
    z.object({
      registration: registrationDetail,
      /** E09 after BR-08. */
      personEmploymentStatus: z.string(),
      /** BR-14: the person is a recognised 就业困难人员 — prompt to exit the recognition (R13). */
      recognitionExitSuggested: z.boolean(),
    }),
    'registration',
  ),
  /** CFG-25: the income standard a C03 cancellation of this registration on `date` is checked against (the form's hint). */
  'registrations.cancelIncomeStandard': channel({
    input: z.object({ id: uuid('失业登记'), date: dateField('注销日期') }),
    output: z.object({ fen: z.number().nullable(), basis: z.string() }),
  }),
  /**
   * Soft delete (migration 0026) of a registration entered on the wrong person: it leaves every work list, count and
   * report as if never made, with its level history, and the person's 就业状态 it replaced comes back. Refused once
   * it has a contact (even a deleted one), a cancellation, a 认定申请, or a locked month from its registration month on.
   * `warnings.employmentStatus` (only then): a registration made before migration 0026 kept no status to put back,
   * so the person stays 失业 and the clerk is told to correct it on the person form.
   */
  'registrations.delete': writeChannel(
    registrationDeleteInput,
    z.object({ id: z.string(), warnings: fieldWarnings.optional() }),
    'registration',
  ),
  /** Brings it back as it was after the create checks (one active registration per person, working age …). */
  'registrations.restore': writeChannel(
    byId,
    z.object({ id: z.string(), registration: registrationDetail }),
    'registration',
  ),
  /** The person's deleted registrations, latest deletion first. */
  'registrations.listDeleted': channel({
    input: z.object({ personId: uuid('人员') }),
    output: itemsOf(deletedRegistration),
  }),
  'registrations.setServiceLevel': writeChannel(serviceLevelInput, registrationDetail, 'registration'),
  'registrations.get': channel({ input: byId, output: registrationDetail }),
  /** Newest first; the person page's 失业登记与联系 tab. */
  'registrations.listByPerson': channel({
    input: z.object({ personId: uuid('人员') }),
    output: itemsOf(registrationDetail),
  }),
  'registrations.rules': channel({ input: z.object({ date: optDateField('日期') }), output: contactRules }),
};
