// Unemployment registration use cases (DOMAIN §3.3; BR-03, BR-04, BR-08, BR-09; VR-06, VR-13).
import type Database from 'better-sqlite3';
import { badInput, ruleViolation } from '../../../../shared/contract';
import type {
  RegistrationDetail,
  registrationCancelInput,
  registrationCreateInput,
  registrationUpdateInput,
  serviceLevelInput,
} from '../../../../shared/contract/registrations';
import { statusAfterCancel } from '../../../../shared/domain/registration-cancel';
import { isEmployedStatus } from '../../../../shared/domain/employment-history';
import { formatFen } from '../../../../shared/domain/money';
import { STATUS_AT_REGISTRATION } from '../../../../shared/domain/service-level';
import { cancelReasonLabel } from '../../../../shared/enums/registration-codes';
import { employmentStatusLabel } from '../../../../shared/enums';
import type { z } from 'zod';
import { assertMonthOpen, assertMonthsOpen } from '../period-locks/guard';
import { personWho } from '../settings/display';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { newId } from '../../ids';
import {
  assertNoActiveRegistration,
  assertNoOverlap,
  checkRegPlace,
  checkWorkingAge,
  notFuture,
  REGISTRATION_NOT_FOUND,
  requireLivePerson,
} from './checks';
import { checkCancelIncome } from './cancel-income';
import { readContactRules } from './config';
import { toRegistrationDetail } from './detail';
import { firstLevel, levelText, overrideLevel, recordFirstLevel, suggestionFor } from './level';
import { assertFresh, nextStamp } from '../../db/stamp';
import { markUnemployed, setEmploymentStatus } from './person-status';
import {
  cancelRegistration,
  contactSummary,
  getRegistrationRow,
  insertRegistration,
  listLevelChanges,
  listRegistrationRows,
  updateRegistration,
  type RegistrationRow,
  type RegistrationWrite,
} from './queries';
import { toMask } from './service-mask';
import { prepared } from '../../db/prepared';
import { found } from '../../db/found';

/** Period lock: a registration is dated by its registration date (period-locks/guard.ts). */
export const REGISTRATION_WHAT = '失业登记';

type CreateIn = z.output<typeof registrationCreateInput>;
type UpdateIn = z.output<typeof registrationUpdateInput>;
type CancelIn = z.output<typeof registrationCancelInput>;
type LevelIn = z.output<typeof serviceLevelInput>;

export function requireRegistration(db: Database.Database, id: string): RegistrationRow {
  return found(getRegistrationRow(db, id), REGISTRATION_NOT_FOUND);
}

/** The person a registration's audit summaries name, in quotes. */
export const who = (ctx: CoreContext, name: string, idNumber: string) => personWho(ctx, `“${name}”`, idNumber);

function toWrite(v: CreateIn | UpdateIn): RegistrationWrite {
  return {
    reg_date: v.regDate,
    reg_place_id: v.regPlaceId,
    reason: v.reason,
    receives_ui: v.receivesUi ? 1 : 0,
    job_wish: v.jobWish,
    job_intent: v.jobIntent,
    needs: toMask(v.needs),
    responsible_staff: v.responsibleStaff,
  };
}

export function createRegistration(
  ctx: CoreContext,
  v: CreateIn,
): { registration: RegistrationDetail; warnings: Record<string, string>; summary: string } {
  const db = ctx.db;
  const today = ctx.today();
  assertMonthOpen(db, v.regDate, REGISTRATION_WHAT, 'regDate');
  const person = requireLivePerson(db, v.personId);
  notFuture('regDate', '登记日期', v.regDate, today);
  assertNoActiveRegistration(db, person.id);
  checkWorkingAge(person, v.regDate);
  checkRegPlace(db, v.regPlaceId, null);
  assertNoOverlap(db, person.id, null, v.regDate, null);

  const write = toWrite(v);
  const rules = readContactRules(db, v.regDate);
  const subject = {
    ...write,
    person_id: person.id,
    is_difficult: person.is_difficult,
    poverty_status: person.poverty_status,
  };
  const suggestion = suggestionFor(db, subject, v.regDate, rules, STATUS_AT_REGISTRATION);
  const first = firstLevel(suggestion, v.serviceLevel, v.serviceLevelReason);
  const id = newId();
  const a = { by: ctx.operator(), at: ctx.now() };
  insertRegistration(db, id, person.id, write, first.level, a.by, a.at);
  recordFirstLevel(db, id, v.regDate, first.level, suggestion, first.reason, a);

  // BR-04: a registered person is without work; an intern stays 25 (BR-28: internship is not employment).
  const warnings: Record<string, string> = {};
  const replaced = markUnemployed(db, id, person, a.by, a.at);
  if (replaced && isEmployedStatus(replaced)) {
    warnings.personId = `该人员原就业状态为“${employmentStatusLabel(person.employment_status)}”，已改为“失业(未就业)”`;
  }
  const registration = getRegistration(ctx, id);
  return {
    registration,
    warnings,
    summary: `失业登记${who(ctx, person.name, person.id_number)}，${v.regDate}，服务等级 ${levelText(first.level)}`,
  };
}

export function updateRegistrationRecord(ctx: CoreContext, v: UpdateIn): Saved<RegistrationDetail> {
  const db = ctx.db;
  const today = ctx.today();
  const row = requireRegistration(db, v.id);
  assertFresh(row.updated_at, v.expectedUpdatedAt, REGISTRATION_WHAT);
  assertMonthsOpen(db, [row.reg_date, v.regDate], REGISTRATION_WHAT, 'regDate');
  checkRegPlace(db, v.regPlaceId, row.reg_place_id);
  if (v.regDate !== row.reg_date) {
    notFuture('regDate', '登记日期', v.regDate, today);
    checkWorkingAge(requireLivePerson(db, row.person_id), v.regDate);
    assertNoOverlap(db, row.person_id, row.id, v.regDate, row.cancel_date);
    if (row.cancel_date && v.regDate > row.cancel_date) {
      throw ruleViolation('登记日期不能晚于注销日期', { regDate: `登记日期不能晚于注销日期（${row.cancel_date}）` });
    }
    const first = contactSummary(db, row.id).first;
    if (first && v.regDate > first) {
      throw ruleViolation('登记日期不能晚于已有的联系记录', {
        regDate: `已有${first}的联系记录，登记日期不能晚于该日期`,
      });
    }
    const changes = listLevelChanges(db, row.id);
    const laterChange = changes.filter((c) => c.from_level !== null).at(-1);
    if (laterChange && v.regDate > laterChange.change_date) {
      throw ruleViolation('登记日期不能晚于服务等级变更日期', {
        regDate: `已有${laterChange.change_date}的服务等级变更，登记日期不能晚于该日期`,
      });
    }
    // The first level entry is dated on the registration date and moves with it.
    prepared(db, 'UPDATE service_level_changes SET change_date = ? WHERE registration_id = ? AND seq = 1').run(
      v.regDate,
      row.id,
    );
  }
  const by = ctx.operator();
  updateRegistration(db, row.id, toWrite(v), by, nextStamp(ctx.now(), row.updated_at));
  const data = getRegistration(ctx, row.id);
  return { data, summary: `修改失业登记${who(ctx, row.person_name, row.id_number)}` };
}

/** BR-08: ends the registration on cancelDate and sets the person's employment status from the reason. */
export function cancelRegistrationRecord(ctx: CoreContext, v: CancelIn) {
  const db = ctx.db;
  const today = ctx.today();
  const row = requireRegistration(db, v.id);
  assertMonthOpen(db, v.cancelDate, '失业登记注销', 'cancelDate');
  if (row.status === 'cancelled') {
    throw ruleViolation(`该失业登记已于${row.cancel_date}注销`, { cancelDate: `该失业登记已于${row.cancel_date}注销` });
  }
  notFuture('cancelDate', '注销日期', v.cancelDate, today);
  if (v.cancelDate < row.reg_date) {
    throw ruleViolation('注销日期不能早于登记日期', { cancelDate: `注销日期不能早于登记日期（${row.reg_date}）` });
  }
  const last = contactSummary(db, row.id).last;
  if (last && v.cancelDate < last) {
    throw ruleViolation('注销日期不能早于最近一次联系日期', {
      cancelDate: `注销日期不能早于最近一次联系日期（${last}）`,
    });
  }
  const income = checkCancelIncome(db, row.person_id, v);
  const notified = v.notifiedDate ?? null;
  if (notified) {
    notFuture('notifiedDate', '告知日期', notified, today);
    if (notified < v.cancelDate) throw badInput({ notifiedDate: `告知日期不能早于注销日期（${v.cancelDate}）` });
  }
  const by = ctx.operator();
  const at = nextStamp(ctx.now(), row.updated_at);
  cancelRegistration(db, row.id, v.cancelDate, v.cancelReason, v.cancelNote, income, notified, by, at);
  const status = statusAfterCancel(v.cancelReason, currentStatus(db, row.person_id));
  setEmploymentStatus(db, row.person_id, status, by, at);
  const registration = getRegistration(ctx, row.id);
  return {
    data: { registration, personEmploymentStatus: status, recognitionExitSuggested: row.is_difficult === 1 },
    summary: `注销失业登记${who(ctx, row.person_name, row.id_number)}：${v.cancelDate}，${cancelReasonLabel(v.cancelReason)}${income === null ? '' : `，月收入 ${formatFen(income)} 元`}${notified ? `，${notified} 告知本人` : ''}；就业状态改为“${employmentStatusLabel(status)}”`,
  };
}

function currentStatus(db: Database.Database, personId: string): string {
  return prepared(db, 'SELECT employment_status FROM persons WHERE id = ?').pluck().get(personId) as string;
}

/** BR-09: the clerk's level with a required reason; recorded in the history. */
export function setServiceLevel(ctx: CoreContext, v: LevelIn): Saved<RegistrationDetail> {
  const db = ctx.db;
  const today = ctx.today();
  const row = requireRegistration(db, v.id);
  if (row.status === 'cancelled')
    throw ruleViolation('已注销的失业登记不能调整服务等级', { level: '已注销的失业登记不能调整服务等级' });
  const date = v.date ?? today;
  notFuture('date', '调整日期', date, today);
  assertMonthOpen(db, date, '服务等级调整', 'date');
  const a = { by: ctx.operator(), at: nextStamp(ctx.now(), row.updated_at) };
  overrideLevel(db, row, v.level, date, v.reason, readContactRules(db, date), a);
  return {
    data: getRegistration(ctx, row.id),
    summary: `调整服务等级${who(ctx, row.person_name, row.id_number)}：${levelText(row.service_level)} → ${levelText(v.level)}，${v.reason}`,
  };
}

export function getRegistration(ctx: CoreContext, id: string): RegistrationDetail {
  return toRegistrationDetail(ctx.db, requireRegistration(ctx.db, id), ctx.today());
}

export function listByPerson(ctx: CoreContext, personId: string): RegistrationDetail[] {
  return listRegistrationRows(ctx.db, personId).map((r) => toRegistrationDetail(ctx.db, r, ctx.today()));
}
