import { z } from 'zod';
import { channel, writeChannel } from './define';
import { registrationDetail, serviceSet } from './registrations';
import {
  fieldWarnings,
  editKey,
  itemsOf,
  optText,
  requiredText,
  softDeleteStamps,
  uuid,
  optCode,
  optFlag,
  optRef,
  dateField,
  monthField,
  optDateField,
  orNull,
  whole,
  idInput,
} from './fields';
import { EMPLOYMENT_STATUS_CODES } from '../enums';
import {
  CANCEL_REASON_CODES,
  CONTACT_METHOD_CODES,
  CONTACT_RESULT_CODES,
  JOB_WISH_CODES,
  SERVICE_ITEM_CODES,
  SERVICE_LEVEL_CODES,
} from '../enums/registration-codes';
import { CLASS_STATUS_CODES, TRAINING_RESULT_CODES } from '../enums/training-codes';
import { isEmployedStatus } from '../domain/employment-history';
import { custom } from './refine';

// Follow-up contacts (DOMAIN §3.4; BR-05, BR-06, BR-09; VR-06, VR-13; E09, E11–E15).
// The same schema checks the quick-entry form and the core. Cross-field rules of §3.4 are in the schema
// (BAD_INPUT under the field); rules against the registration — active on contact_date, not before reg_date,
// not after cancel_date — and "not in the future" are checked by the core with the working date:
// future → BAD_INPUT (contactDate); outside the registration / no active registration → RULE_VIOLATION with
// `fields` naming contactDate or personId.
// Deletion is soft (UI.md): a deleted contact counts nowhere, as before when it was removed, and can be restored from
// the history's 已删除 (contacts.restore).

const contactFields = {
  contactDate: dateField('联系日期'),
  method: z.enum(CONTACT_METHOD_CODES, { error: '请选择联系方式' }),
  result: z.enum(CONTACT_RESULT_CODES, { error: '请选择联系结果' }),
  /** E09; required when result = 1 联系成功. Updates the person when this is their latest successful contact. */
  employmentStatusFound: optCode(EMPLOYMENT_STATUS_CODES, '当前就业状态'),
  /** Required when the status found is employed (21–24). */
  employerOrActivity: optText('就业单位/从事工作', 100),
  /** E15; updates the registration's 就业意愿 when given on its latest contact. */
  jobWish: optCode(JOB_WISH_CODES, '就业意愿'),
  needs: serviceSet('服务需求'),
  /** 本次提供服务: at least one when the contact succeeded (§3.4, BR-06). */
  services: serviceSet('本次提供服务'),
  /** ≥ 0; required when services hold SV1 职业介绍. */
  jobsRecommended: orNull(whole('推荐岗位数', 0, 99)),
  /** Empty → same day next month, clamped to the month end (defaultNextContactDate). */
  nextContactDate: optDateField('计划下次联系日期'),
  staff: requiredText('联系人', 30),
  suggestCancel: optFlag,
  suggestReason: optCode(CANCEL_REASON_CODES, '建议注销原因'),
  serviceResult: optText('服务结果', 200),
  remark: optText('备注', 200),
  /** BR-39: a 职业培训推荐 (SV5) may name the class recommended. */
  trainingClassId: optRef,
};

type ContactFields = { [K in keyof typeof contactFields]: z.output<(typeof contactFields)[K]> };

/** §3.4 cross-field rules, each under its field. */
function checkContact(v: ContactFields, ctx: z.RefinementCtx): void {
  const success = v.result === '1';
  if (success && !v.employmentStatusFound) custom(ctx, '联系成功时请选择当前就业状态', ['employmentStatusFound']);
  if (success && v.services.length === 0) custom(ctx, '联系成功时请至少选择一项本次提供的服务', ['services']);
  if ((v.result === '2' || v.result === '3') && v.services.length > 0)
    custom(ctx, '未联系上本人时不能记录本次提供的服务', ['services']);
  if ((v.result === '2' || v.result === '3') && v.employmentStatusFound)
    custom(ctx, '未联系上本人时不能填写当前就业状态', ['employmentStatusFound']);
  if (isEmployedStatus(v.employmentStatusFound ?? null) && !v.employerOrActivity) {
    custom(ctx, '已就业时请填写就业单位或从事的工作', ['employerOrActivity']);
  }
  if (v.services.includes('SV1') && v.jobsRecommended === null)
    custom(ctx, '提供职业介绍时请填写推荐岗位数', ['jobsRecommended']);
  if (v.suggestCancel && !v.suggestReason) custom(ctx, '建议注销时请选择注销原因', ['suggestReason']);
  if (!v.suggestCancel && v.suggestReason) custom(ctx, '未勾选建议注销时不能选择注销原因', ['suggestReason']);
  if (v.trainingClassId && !v.services.includes('SV5'))
    custom(ctx, '只有提供职业培训推荐时才能填写推荐的培训班', ['trainingClassId']);
  if (v.nextContactDate && v.contactDate && v.nextContactDate <= v.contactDate) {
    custom(ctx, '计划下次联系日期应晚于联系日期', ['nextContactDate']);
  }
}

/**
 * contacts.create: name the registration, or the person (the registration active on contactDate is used).
 * Lookup and work lists give registrationId; the person page may give personId.
 */
export const contactCreateInput = z
  .object({
    registrationId: optRef,
    personId: optRef,
    ...contactFields,
  })
  .superRefine((v, ctx) => {
    if (!v.registrationId && !v.personId) custom(ctx, '请选择要联系的登记失业人员', ['registrationId']);
    checkContact(v, ctx);
  });
export type ContactCreateInput = z.input<typeof contactCreateInput>;
export type ContactCreateParsed = z.output<typeof contactCreateInput>;

/** contacts.update: full replacement of the contact's fields; its registration does not change. */
export const contactUpdateInput = z
  .object({
    ...editKey('联系记录'),
    ...contactFields,
  })
  .superRefine(checkContact);
export type ContactUpdateInput = z.input<typeof contactUpdateInput>;
export type ContactUpdateParsed = z.output<typeof contactUpdateInput>;

export const contactDetail = z.object({
  id: z.string(),
  registrationId: z.string(),
  personId: z.string(),
  contactDate: z.string(),
  method: z.enum(CONTACT_METHOD_CODES),
  result: z.enum(CONTACT_RESULT_CODES),
  employmentStatusFound: z.enum(EMPLOYMENT_STATUS_CODES).nullable(),
  employerOrActivity: z.string().nullable(),
  jobWish: z.enum(JOB_WISH_CODES).nullable(),
  needs: z.array(z.enum(SERVICE_ITEM_CODES)),
  services: z.array(z.enum(SERVICE_ITEM_CODES)),
  jobsRecommended: z.number().nullable(),
  nextContactDate: z.string().nullable(),
  staff: z.string(),
  suggestCancel: z.boolean(),
  suggestReason: z.enum(CANCEL_REASON_CODES).nullable(),
  serviceResult: z.string().nullable(),
  remark: z.string().nullable(),
  /** BR-09 suggestion evaluated at this (successful) contact; null for unsuccessful ones. */
  suggestedLevel: z.enum(SERVICE_LEVEL_CODES).nullable(),
  /** BR-39: the class a 职业培训推荐 named. */
  trainingClassId: z.string().nullish(),
  ...softDeleteStamps,
  /** Who deleted it (null while it is not deleted). */
  deletedBy: z.string().nullable(),
});
export type ContactDetail = z.infer<typeof contactDetail>;

/** What a saved contact did: the registration after it, a level raise (BR-09) and non-blocking warnings (VR-13). */
export const contactSaved = z.object({
  contact: contactDetail,
  registration: registrationDetail,
  /** Set when the rule raised the level at this contact. */
  levelRaised: z.object({ from: z.enum(SERVICE_LEVEL_CODES), to: z.enum(SERVICE_LEVEL_CODES) }).nullable(),
  /** The person's employment status was updated from this contact (it is their latest successful one). */
  personStatusUpdated: z.boolean(),
  warnings: fieldWarnings,
});

/** The 50-calls-a-morning search: part of a name, the last 4–6 ID characters, a whole ID or a phone start. */
export const lookupInput = z.object({
  q: z
    .string({ error: '请输入姓名或公民身份号码后4–6位' })
    .trim()
    .min(1, { error: '请输入姓名或公民身份号码后4–6位' })
    .max(60, { error: '搜索内容不能超过60个字符' }),
  /** Month of the contact counts; default the working date's month. */
  month: orNull(monthField),
  limit: z.number().int().min(1).max(50).default(20),
});

/** A registration's contacts in the month: all (any result), the successful ones, and the minimum of its level (CFG-22). */
export const monthContactCounts = {
  monthContacts: z.number(),
  monthSuccessful: z.number(),
  minPerMonth: z.number(),
};

/** A registered person to call, as the contact screens (the lookup, the monthly work lists) show them. */
export const contactTargetColumns = {
  registrationId: z.string(),
  personId: z.string(),
  name: z.string(),
  sex: z.string(),
  /** VR-09 work-list form: the last 6 characters shown (maskIdNumberLast6), so 6 typed digits find one person. */
  idNumberMasked: z.string(),
  /** VR-09 masked (138****5678); the clerk who dials it sees it in full by persons.revealPhone, which is audited. */
  phoneMasked: z.string().nullable(),
  townshipName: z.string(),
  villageName: z.string(),
  responsibleStaff: z.string(),
  regDate: z.string(),
  lastContactDate: z.string().nullable(),
  lastContactResult: z.enum(CONTACT_RESULT_CODES).nullable(),
  nextContactDate: z.string().nullable(),
  ...monthContactCounts,
};

export const lookupItem = z.object({
  ...contactTargetColumns,
  age: z.number(),
  serviceLevel: z.enum(SERVICE_LEVEL_CODES),
});
export type LookupItem = z.infer<typeof lookupItem>;

/** BR-39: a training enrolment of the person dated within the registration, shown in its contact history. */
export const historyEnrolment = z.object({
  enrolmentId: z.string(),
  classId: z.string(),
  classCode: z.string(),
  occupation: z.string(),
  /** 报名日期. */
  enrolDate: z.string(),
  classStatus: z.enum(CLASS_STATUS_CODES),
  /** 考核结果 once recorded. */
  result: z.enum(TRAINING_RESULT_CODES).nullable(),
});
export type HistoryEnrolment = z.infer<typeof historyEnrolment>;

export const contactsChannels = {
  'contacts.create': writeChannel(contactCreateInput, contactSaved, 'contact'),
  'contacts.update': writeChannel(contactUpdateInput, contactSaved, 'contact'),
  /**
   * Soft delete (migration 0022): the contact leaves every count, work list and report as if it had never been
   * entered; the person's status and any level raise made at it stay as they are (audited). Refused in a locked month.
   */
  'contacts.delete': writeChannel(
    idInput('联系记录'),
    z.object({ id: z.string(), registration: registrationDetail }),
    'contact',
  ),
  /**
   * Brings a deleted contact back as it was (it counts again; like the delete, it changes no status or level).
   * Refused in a locked month, or when its date no longer lies within the registration.
   */
  'contacts.restore': writeChannel(
    idInput('联系记录'),
    z.object({ id: z.string(), contact: contactDetail, registration: registrationDetail }),
    'contact',
  ),
  /** Newest first; the deleted ones among them with includeDeleted (已删除). */
  'contacts.listByRegistration': channel({
    input: z.object({ registrationId: uuid('失业登记'), includeDeleted: z.boolean().default(false) }),
    output: itemsOf(contactDetail),
  }),
  /** BR-39: the person's training enrolments with 报名日期 from the registration date to its cancellation, newest first. */
  'contacts.enrolmentsByRegistration': channel({
    input: z.object({ registrationId: uuid('失业登记') }),
    output: itemsOf(historyEnrolment),
  }),
  /** Active registrations only, in name order; `more` when there are further matches beyond `limit`. */
  'contacts.lookup': channel({
    input: lookupInput,
    output: z.object({ items: z.array(lookupItem), more: z.boolean(), month: z.string() }),
  }),
};
