// Follow-up contact use cases (DOMAIN §3.4; BR-05, BR-09; VR-06, VR-13).
// Effects of a SUCCESSFUL contact (result 1):
// - the person's employment_status becomes the status found, when this is the person's latest successful
//   contact (a back-dated entry never overwrites a newer finding);
// - the registration's 就业意愿 and 服务需求 take the contact's values when given and this is the
//   registration's latest contact;
// - BR-09 is evaluated on the contact date; the suggestion is stored on the contact and the level is raised
//   when the rule says so (never lowered; see shared/domain/service-level.ts).
// Deleting or editing a contact does not undo earlier effects (person status, level raise): the audit log
// records the change and the clerk corrects the person or level on their own screens. Deleting is soft (the row
// moves to deleted_contacts, migration 0022) and restoring brings the row back as it was; neither applies effects.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { badInput, notFound, ruleViolation } from '../../../../shared/contract';
import type {
  ContactCreateParsed,
  ContactUpdateParsed,
  contactSaved,
  HistoryEnrolment,
} from '../../../../shared/contract/contacts';
import { defaultNextContactDate } from '../../../../shared/domain/contact-due';
import type { HouseholdMember } from '../../../../shared/domain/zero-employment-household';
import { EMPLOYED_CANCEL_REASON } from '../../../../shared/domain/registration-cancel';
import { employmentStatusLabel } from '../../../../shared/enums';
import { cancelReasonLabel, contactMethodLabel, contactResultLabel } from '../../../../shared/enums/registration-codes';
import { assertMonthOpen, assertMonthsOpen } from '../period-locks/guard';
import type { CoreContext } from '../../context';
import { newId } from '../../ids';
import { notFuture } from '../registrations/checks';
import { readContactRules } from '../registrations/config';
import { toRegistrationDetail } from '../registrations/detail';
import { evaluateAtContact } from '../registrations/level';
import { assertFresh, nextStamp } from '../../db/stamp';
import { prepared } from '../../db/prepared';
import { found } from '../../db/found';
import { setEmploymentStatus } from '../registrations/person-status';
import {
  activeRegistrationOf,
  registrationOnDate,
  touchRegistration,
  type RegistrationRow,
} from '../registrations/queries';
import { getRegistration, requireRegistration, who } from '../registrations/service';
import { toMask } from '../registrations/service-mask';
import { householdOf, requirePerson } from '../persons/queries';
import { enrolmentsDatedIn } from '../training/queries';
import {
  deleteContact,
  getContactRow,
  getDeletedContactRow,
  hasLaterContact,
  hasLaterSuccess,
  insertContact,
  listContactRows,
  restoreContact,
  setSuggestedLevel,
  toContactDetail,
  updateContact,
  type ContactRow,
  type ContactWrite,
} from './queries';

/** Period lock: a contact is dated by its contact date (period-locks/guard.ts). */
const CONTACT_WHAT = '联系记录';

type Saved = z.output<typeof contactSaved>;
type Fields = Omit<ContactUpdateParsed, 'id' | 'expectedUpdatedAt'>;

const CONTACT_NOT_FOUND = '找不到该联系记录，可能已被删除。';

/** The registration the contact belongs to: the one named, or the person's registration on the contact date. */
function resolveRegistration(db: Database.Database, v: ContactCreateParsed): RegistrationRow {
  if (v.registrationId) {
    const row = requireRegistration(db, v.registrationId);
    if (v.personId && v.personId !== row.person_id) throw badInput({ registrationId: '该失业登记不属于所选人员' });
    return row;
  }
  const personId = v.personId as string;
  requirePerson(db, personId);
  const onDate = registrationOnDate(db, personId, v.contactDate);
  if (onDate) return requireRegistration(db, onDate.id);
  const active = activeRegistrationOf(db, personId);
  if (active) return requireRegistration(db, active.id); // the date check below names the problem
  const msg = '该人员没有有效的失业登记，不能记录定期联系，请先办理失业登记';
  throw ruleViolation(msg, { personId: msg });
}

/** §3.4 / VR-06: not in the future, not before reg_date, not after cancel_date. */
function checkDate(reg: RegistrationRow, date: string, today: string): void {
  notFuture('contactDate', '联系日期', date, today);
  if (date < reg.reg_date) {
    throw ruleViolation('联系日期早于失业登记日期', { contactDate: `联系日期不能早于失业登记日期（${reg.reg_date}）` });
  }
  if (reg.cancel_date && date > reg.cancel_date) {
    const msg = `该失业登记已于${reg.cancel_date}注销，联系日期不能晚于注销日期`;
    throw ruleViolation(msg, { contactDate: msg });
  }
}

/** BR-39: a named class must exist and not be cancelled. */
function checkTrainingClass(ctx: CoreContext, classId: string | null): void {
  if (!classId) return;
  const status = prepared(ctx.db, 'SELECT status FROM training_classes WHERE id = ?').pluck().get(classId) as
    string | undefined;
  if (!status) throw badInput({ trainingClassId: '找不到推荐的培训班' });
  if (status === '09') throw badInput({ trainingClassId: '推荐的培训班已撤销' });
}

function toWrite(v: Fields): ContactWrite {
  return {
    contact_date: v.contactDate,
    method: v.method,
    result: v.result,
    employment_status_found: v.employmentStatusFound,
    employer_or_activity: v.employerOrActivity,
    job_wish: v.jobWish,
    needs: toMask(v.needs),
    services: toMask(v.services),
    jobs_recommended: v.jobsRecommended ?? (v.services.includes('SV1') ? 0 : null),
    next_contact_date: v.nextContactDate ?? defaultNextContactDate(v.contactDate),
    staff: v.staff,
    suggest_cancel: v.suggestCancel ? 1 : 0,
    suggest_reason: v.suggestReason,
    service_result: v.serviceResult,
    remark: v.remark,
    training_class_id: v.trainingClassId,
  };
}

/** The effects listed at the top of this file; returns the parts of contactSaved they decide. */
function applyEffects(
  ctx: CoreContext,
  contactId: string,
  regId: string,
  by: string,
  at: string,
  household: HouseholdMember[],
): Omit<Saved, 'contact' | 'registration'> {
  const db = ctx.db;
  const c = getContactRow(db, contactId) as ContactRow;
  const warnings: Record<string, string> = {};
  if (c.result !== '1') {
    setSuggestedLevel(db, c.id, null);
    return { levelRaised: null, personStatusUpdated: false, warnings };
  }
  const reg = requireRegistration(db, regId);
  if (!hasLaterContact(db, reg.id, c.contact_date, c.id)) {
    const set: { job_wish?: string; needs?: number } = {};
    if (c.job_wish && c.job_wish !== reg.job_wish) set.job_wish = c.job_wish;
    if (c.needs && c.needs !== reg.needs) set.needs = c.needs;
    if (Object.keys(set).length) touchRegistration(db, reg.id, set, by, at);
  }
  const fresh = requireRegistration(db, reg.id);
  const { suggestion, raised } = evaluateAtContact(
    db,
    fresh,
    { id: c.id, date: c.contact_date, statusFound: c.employment_status_found },
    readContactRules(db, c.contact_date),
    { by, at },
    household,
  );
  setSuggestedLevel(db, c.id, suggestion.level);
  const found = c.employment_status_found as string;
  const personStatusUpdated =
    !hasLaterSuccess(db, reg.person_id, c.contact_date, c.id) && setEmploymentStatus(db, reg.person_id, found, by, at);
  if (reg.status === 'active' && EMPLOYED_CANCEL_REASON[found]) {
    warnings.employmentStatusFound = `已${employmentStatusLabel(found)}，请及时注销失业登记（注销原因：${cancelReasonLabel(EMPLOYED_CANCEL_REASON[found])}）`;
  }
  return { levelRaised: raised, personStatusUpdated, warnings };
}

/**
 * The answer of a create or an update: the effects applied, then the contact and its registration as they now stand.
 * The person's household members (BR-15) are read once, for the contact's suggestion and the registration's.
 */
function savedAfter(ctx: CoreContext, contactId: string, reg: RegistrationRow, by: string, at: string): Saved {
  const household = householdOf(ctx.db, reg.person_id);
  const effects = applyEffects(ctx, contactId, reg.id, by, at, household);
  return {
    contact: toContactDetail(getContactRow(ctx.db, contactId) as ContactRow),
    registration: toRegistrationDetail(ctx.db, requireRegistration(ctx.db, reg.id), ctx.today(), household),
    ...effects,
  };
}

const describe = (ctx: CoreContext, reg: RegistrationRow, c: Pick<ContactRow, 'contact_date' | 'method' | 'result'>) =>
  `${who(ctx, reg.person_name, reg.id_number)}${c.contact_date} ${contactMethodLabel(c.method)} ${contactResultLabel(c.result)}`;

export function createContact(ctx: CoreContext, v: ContactCreateParsed): { data: Saved; summary: string } {
  const db = ctx.db;
  const today = ctx.today();
  if (v.personId && !v.registrationId) notFuture('contactDate', '联系日期', v.contactDate, today);
  assertMonthOpen(db, v.contactDate, CONTACT_WHAT, 'contactDate');
  const reg = resolveRegistration(db, v);
  assertPersonLive(db, reg, '记录定期联系', v.registrationId ? 'registrationId' : 'personId');
  checkDate(reg, v.contactDate, today);
  const id = newId();
  const by = ctx.operator();
  const at = ctx.now();
  checkTrainingClass(ctx, v.trainingClassId);
  const write = toWrite(v);
  insertContact(db, id, reg.id, write, by, at);
  return { data: savedAfter(ctx, id, reg, by, at), summary: `定期联系${describe(ctx, reg, write)}` };
}

/**
 * A deleted person's contact history stays as it is until the person is restored (as persons.update refuses; the
 * person's card is read-only then): no contact is added, changed, deleted or restored. `doing` names the write in the
 * message; `field`, when given, is the form field the refusal is shown on.
 */
function assertPersonLive(
  db: Database.Database,
  reg: { person_id: string; person_name: string },
  doing = '修改联系记录',
  field?: string,
): void {
  if (!requirePerson(db, reg.person_id).deleted_at) return;
  const msg = `“${reg.person_name}”已删除，请先在人员信息的“已删除”中恢复后再${doing}。`;
  throw ruleViolation(msg, field ? { [field]: msg } : undefined);
}

export function updateContactRecord(ctx: CoreContext, v: ContactUpdateParsed): { data: Saved; summary: string } {
  const db = ctx.db;
  const today = ctx.today();
  const row = found(getContactRow(db, v.id), CONTACT_NOT_FOUND);
  assertFresh(row.updated_at, v.expectedUpdatedAt, CONTACT_WHAT);
  assertMonthsOpen(db, [row.contact_date, v.contactDate], CONTACT_WHAT, 'contactDate');
  const reg = requireRegistration(db, row.registration_id);
  assertPersonLive(db, reg);
  checkDate(reg, v.contactDate, today);
  const by = ctx.operator();
  const at = nextStamp(ctx.now(), row.updated_at);
  checkTrainingClass(ctx, v.trainingClassId);
  const write = toWrite(v);
  updateContact(db, row.id, write, by, at);
  return { data: savedAfter(ctx, row.id, reg, by, at), summary: `修改定期联系${describe(ctx, reg, write)}` };
}

export function deleteContactRecord(ctx: CoreContext, id: string) {
  const db = ctx.db;
  const row = found(getContactRow(db, id), CONTACT_NOT_FOUND);
  assertMonthOpen(db, row.contact_date, CONTACT_WHAT);
  const reg = requireRegistration(db, row.registration_id);
  assertPersonLive(db, reg);
  deleteContact(db, id, ctx.operator(), ctx.now());
  const registration = getRegistration(ctx, reg.id);
  return { data: { id, registration }, summary: `删除定期联系${describe(ctx, reg, row)}` };
}

/** The contact back as it was, if its month is open and its date still lies within the registration (VR-06). */
export function restoreContactRecord(ctx: CoreContext, id: string) {
  const db = ctx.db;
  const row = getDeletedContactRow(db, id);
  if (!row) {
    if (getContactRow(db, id)) throw ruleViolation('该联系记录未删除，无需恢复。');
    throw notFound('找不到该联系记录。');
  }
  assertMonthOpen(db, row.contact_date, CONTACT_WHAT);
  const reg = requireRegistration(db, row.registration_id);
  assertPersonLive(db, reg);
  checkDate(reg, row.contact_date, ctx.today());
  restoreContact(db, id, ctx.operator(), nextStamp(ctx.now(), row.updated_at));
  const data = {
    id,
    contact: toContactDetail(getContactRow(db, id) as ContactRow),
    registration: getRegistration(ctx, reg.id),
  };
  return { data, summary: `恢复定期联系${describe(ctx, reg, row)}` };
}

export function listContacts(ctx: CoreContext, registrationId: string, includeDeleted = false) {
  requireRegistration(ctx.db, registrationId);
  return listContactRows(ctx.db, registrationId, includeDeleted).map(toContactDetail);
}

/** BR-39: the person's training enrolments dated within the registration (read-only rows of its contact history). */
export function listEnrolments(ctx: CoreContext, registrationId: string): HistoryEnrolment[] {
  const reg = requireRegistration(ctx.db, registrationId);
  return enrolmentsDatedIn(ctx.db, reg.person_id, reg.reg_date, reg.cancel_date).map((e) => ({
    enrolmentId: e.id,
    classId: e.class_id,
    classCode: e.code,
    occupation: e.occupation,
    enrolDate: e.enrol_date,
    classStatus: e.class_status,
    result: e.result,
  }));
}
