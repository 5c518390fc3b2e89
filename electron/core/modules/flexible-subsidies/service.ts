// 灵活就业社会保险补贴 (BR-30, information only; shared/contract/flexible-subsidies.ts says what each write refuses):
// the periods of one person, checked against the person's other live periods by the pure rule of
// shared/domain/flexible-subsidy.ts. Writes run in the transaction dispatch opened, with its audit row.
import type { z } from 'zod';
import { badInput, notFound, ruleViolation } from '../../../../shared/contract';
import { AppError } from '../../../../shared/contract/result';
import type {
  FlexSubsidy,
  FlexSubsidyList,
  FlexSubsidyPlan,
  flexSubsidyCreateInput,
  flexSubsidyPlanInput,
  flexSubsidyRemoveInput,
  flexSubsidyTerminateInput,
  flexSubsidyUpdateInput,
} from '../../../../shared/contract/flexible-subsidies';
import { monthOf, monthRange } from '../../../../shared/domain/dates';
import { flexPlan, flexRefusal, spanMonths, type FlexSpan } from '../../../../shared/domain/flexible-subsidy';
import { statutoryRetirement } from '../../../../shared/domain/retirement';
import {
  flexEndReasonLabel,
  flexInsuranceLabel,
  flexTargetLabel,
  insuranceFor,
} from '../../../../shared/enums/flexible-subsidy-codes';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { assertFresh, nextStamp, softDeleteStampsOf } from '../../db/stamp';
import { newId } from '../../ids';
import { refuseField } from '../../refuse-field';
import { getPersonRow, type PersonRow } from '../persons/queries';
import { personWho } from '../settings/display';
import {
  getFlexRow,
  insertFlex,
  patchFlex,
  personFlexRows,
  recognisedIn,
  setFlexDeletedAt,
  type FlexRow,
  type FlexWrite,
} from './queries';

type Fields = Omit<z.output<typeof flexSubsidyUpdateInput>, 'id' | 'expectedUpdatedAt'>;

function requirePerson(ctx: CoreContext, personId: string, forWrite: boolean): PersonRow {
  const p = getPersonRow(ctx.db, personId);
  if (!p) throw notFound('找不到该人员。');
  if (forWrite && p.deleted_at) throw ruleViolation('该人员已删除，不能登记或修改灵活就业社会保险补贴。');
  return p;
}

function requireFlex(ctx: CoreContext, id: string, expectedUpdatedAt?: string, deleted = false): FlexRow {
  const r = getFlexRow(ctx.db, id);
  if (!r || (r.deleted_at && !deleted)) throw notFound('找不到该补贴记录。');
  if (expectedUpdatedAt !== undefined) assertFresh(r.updated_at, expectedUpdatedAt, '补贴记录');
  return r;
}

const retirementMonthOf = (p: PersonRow) => statutoryRetirement(p.birth_date, p.retirement_category).month;

/** The months a row counts: to its early end's month when ended early. */
const spanOf = (r: Pick<FlexRow, 'start_month' | 'end_month' | 'terminated_on'>): FlexSpan => ({
  startMonth: r.start_month,
  endMonth: r.terminated_on ? monthOf(r.terminated_on) : r.end_month,
});

function statusOf(r: FlexRow, month: string): FlexSubsidy['status'] {
  if (r.terminated_on) return 'terminated';
  if (r.start_month > month) return 'upcoming';
  return r.end_month < month ? 'ended' : 'active';
}

function toItem(r: FlexRow, today: string): FlexSubsidy {
  const span = spanOf(r);
  return {
    id: r.id,
    personId: r.person_id,
    startMonth: r.start_month,
    endMonth: r.end_month,
    lastMonth: span.endMonth,
    months: spanMonths(span),
    target: r.target,
    targetLabel: flexTargetLabel(r.target),
    insurance: r.insurance,
    insuranceLabel: flexInsuranceLabel(r.insurance),
    handler: r.handler,
    remark: r.remark,
    terminatedOn: r.terminated_on,
    terminateReason: r.terminate_reason,
    terminateReasonLabel: flexEndReasonLabel(r.terminate_reason),
    terminateNote: r.terminate_note,
    status: statusOf(r, monthOf(today)),
    ...softDeleteStampsOf(r),
  };
}

/** The person's other live periods (all of them when `exceptId` is null). */
const otherSpans = (ctx: CoreContext, personId: string, exceptId: string | null) =>
  personFlexRows(ctx.db, personId)
    .filter((r) => r.id !== exceptId)
    .map(spanOf);

/** Every refusal of create and update, in the contract's order; `span` is the months the period will count. */
function checkPeriod(ctx: CoreContext, p: PersonRow, v: Fields, span: FlexSpan, exceptId: string | null): void {
  const thisMonth = monthOf(ctx.today());
  if (v.startMonth > thisMonth) refuseField(`起始年月不能晚于本月（${thisMonth}）`, 'startMonth', { rule: 'BR-30' });
  const refusal = flexRefusal(retirementMonthOf(p), otherSpans(ctx, p.id, exceptId), span);
  if (refusal) refuseField(refusal.message, refusal.field, { rule: 'BR-30' });
  if (v.target === '1' && !recognisedIn(ctx.db, p.id, v.startMonth))
    refuseField(`该人员在${v.startMonth}没有有效的就业困难人员认定，不能按就业困难人员享受`, 'target', {
      rule: 'BR-30',
    });
}

const rowOf = (v: Fields): FlexWrite => ({
  start_month: v.startMonth,
  end_month: v.endMonth,
  target: v.target,
  insurance: v.insurance,
  handler: v.handler,
  remark: v.remark,
});

const who = (ctx: CoreContext, p: PersonRow) => personWho(ctx, p.name, p.id_number);
const what = (v: Fields) =>
  `${v.startMonth} 至 ${v.endMonth}，${flexTargetLabel(v.target)}，${flexInsuranceLabel(v.insurance)}`;

function saved(ctx: CoreContext, id: string, summary: string): Saved<FlexSubsidy> {
  return { data: toItem(requireFlex(ctx, id), ctx.today()), summary };
}

export function createFlex(ctx: CoreContext, v: z.output<typeof flexSubsidyCreateInput>): Saved<FlexSubsidy> {
  const p = requirePerson(ctx, v.personId, true);
  checkPeriod(ctx, p, v, { startMonth: v.startMonth, endMonth: v.endMonth }, null);
  const id = newId();
  insertFlex(ctx.db, id, { person_id: p.id, ...rowOf(v) }, ctx.operator(), ctx.now());
  return saved(ctx, id, `登记灵活就业社会保险补贴：${who(ctx, p)}，${what(v)}`);
}

export function updateFlex(ctx: CoreContext, v: z.output<typeof flexSubsidyUpdateInput>): Saved<FlexSubsidy> {
  const r = requireFlex(ctx, v.id, v.expectedUpdatedAt);
  const p = requirePerson(ctx, r.person_id, true);
  if (r.terminated_on && (monthOf(r.terminated_on) < v.startMonth || monthOf(r.terminated_on) > v.endMonth))
    refuseField(`该补贴已于 ${r.terminated_on} 终止，补贴期应包含终止日期`, 'endMonth', { rule: 'BR-30' });
  checkPeriod(
    ctx,
    p,
    v,
    spanOf({ start_month: v.startMonth, end_month: v.endMonth, terminated_on: r.terminated_on }),
    r.id,
  );
  patchFlex(ctx.db, r.id, { ...rowOf(v) }, ctx.operator(), nextStamp(ctx.now(), r.updated_at));
  return saved(ctx, r.id, `修改灵活就业社会保险补贴：${who(ctx, p)}，${what(v)}`);
}

export function terminateFlex(ctx: CoreContext, v: z.output<typeof flexSubsidyTerminateInput>): Saved<FlexSubsidy> {
  const r = requireFlex(ctx, v.id);
  const p = requirePerson(ctx, r.person_id, true);
  if (r.terminated_on) refuseField(`该补贴已于 ${r.terminated_on} 终止`, 'terminatedOn', { rule: 'BR-30' });
  const from = monthRange(r.start_month).start;
  const to = monthRange(r.end_month).end;
  const today = ctx.today();
  if (v.terminatedOn < from) throw badInput({ terminatedOn: `终止日期不能早于补贴起始年月（${r.start_month}）` });
  if (v.terminatedOn > to) throw badInput({ terminatedOn: `终止日期不能晚于补贴截止年月（${r.end_month}）` });
  if (v.terminatedOn > today) throw badInput({ terminatedOn: `终止日期不能晚于今天（${today}）` });
  const patch = { terminated_on: v.terminatedOn, terminate_reason: v.terminateReason, terminate_note: v.terminateNote };
  patchFlex(ctx.db, r.id, patch, ctx.operator(), nextStamp(ctx.now(), r.updated_at));
  return saved(
    ctx,
    r.id,
    `终止灵活就业社会保险补贴：${who(ctx, p)}，${r.start_month} 至 ${r.end_month} 的补贴于 ${v.terminatedOn} 终止（${flexEndReasonLabel(v.terminateReason)}）`,
  );
}

export function removeFlex(ctx: CoreContext, v: z.output<typeof flexSubsidyRemoveInput>): Saved<FlexSubsidy> {
  const r = requireFlex(ctx, v.id);
  const p = requirePerson(ctx, r.person_id, true);
  const at = nextStamp(ctx.now(), r.updated_at);
  setFlexDeletedAt(ctx.db, r.id, at, ctx.operator(), at);
  const data = toItem(getFlexRow(ctx.db, r.id)!, ctx.today());
  return { data, summary: `删除灵活就业社会保险补贴：${who(ctx, p)}，${r.start_month} 至 ${r.end_month}` };
}

const fieldsOf = (r: FlexRow): Fields => ({
  startMonth: r.start_month,
  endMonth: r.end_month,
  target: r.target,
  insurance: r.insurance,
  handler: r.handler,
  remark: r.remark,
});

/**
 * Brings a deleted period back after the create checks, re-run against the person's live periods today (the period
 * may now overlap one entered since, pass the 36 months or the retirement month); a refusal names the field and the
 * period, nothing written.
 */
export function restoreFlex(ctx: CoreContext, v: z.output<typeof flexSubsidyRemoveInput>): Saved<FlexSubsidy> {
  const r = requireFlex(ctx, v.id, undefined, true);
  if (!r.deleted_at) throw ruleViolation('该补贴记录未删除，无需恢复。');
  const p = requirePerson(ctx, r.person_id, true);
  const period = `${r.start_month} 至 ${r.end_month}`;
  try {
    checkPeriod(ctx, p, fieldsOf(r), spanOf(r), r.id);
  } catch (err) {
    if (!(err instanceof AppError) || !err.fields) throw err;
    const message = `不能恢复 ${period} 的补贴记录：${err.message}`;
    throw ruleViolation(message, Object.fromEntries(Object.keys(err.fields).map((f) => [f, message])), err.details);
  }
  const at = nextStamp(ctx.now(), r.updated_at);
  setFlexDeletedAt(ctx.db, r.id, null, ctx.operator(), at);
  return saved(ctx, r.id, `恢复灵活就业社会保险补贴：${who(ctx, p)}，${period}`);
}

export function listFlex(ctx: CoreContext, personId: string, includeDeleted: boolean): FlexSubsidyList {
  const p = requirePerson(ctx, personId, false);
  const all = personFlexRows(ctx.db, personId, includeDeleted);
  const rows = all.filter((r) => !r.deleted_at);
  const retirementMonth = retirementMonthOf(p);
  const spans = rows.map(spanOf);
  const first = spans.reduce<string | null>((m, s) => (m === null || s.startMonth < m ? s.startMonth : m), null);
  return {
    items: all.map((r) => toItem(r, ctx.today())),
    retirementMonth,
    usedMonths: spans.reduce((n, s) => n + spanMonths(s), 0),
    extendedToRetirement: first === null ? null : flexPlan(retirementMonth, [], first).extendedToRetirement,
  };
}

export function planFlex(ctx: CoreContext, v: z.output<typeof flexSubsidyPlanInput>): FlexSubsidyPlan {
  const p = requirePerson(ctx, v.personId, false);
  const plan = flexPlan(retirementMonthOf(p), otherSpans(ctx, p.id, v.id), v.startMonth);
  const difficult = recognisedIn(ctx.db, p.id, v.startMonth);
  const target = difficult ? '1' : '9';
  return { ...plan, difficult, target, insurance: insuranceFor(target) };
}
