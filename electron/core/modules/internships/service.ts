// Internships (DOMAIN §3.11): create (BR-25..BR-28), end (E22, BR-27 early hire, BR-29 retention fields), the
// detail with its monthly allowance (BR-27 with the BR-19 proration of CFG-09), lists and the
// work lists. Writes run in the transaction dispatch opened, and keep the person's in_internship and E09 in step.
import { idMaskerOn, personWho, type IdMasker } from '../settings/display';
import { scopeParam } from '../../scope/scope';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { badInput, notFound, ruleViolation } from '../../../../shared/contract';
import type {
  InternshipCreateParsed,
  InternshipDetail,
  InternshipEnded,
  internshipEndInput,
  internshipListInput,
  internshipListItem,
  InternshipSortField,
  worklistsOutput,
} from '../../../../shared/contract/internships';
import { agreementMonths, internshipAllowances } from '../../../../shared/domain/allowance';
import { daysBetween, addDays } from '../../../../shared/domain/working-days';
import { internshipEndTypeLabel, internTypeLabel } from '../../../../shared/enums/internship-codes';
import type { CoreContext } from '../../context';
import { newId } from '../../ids';
import { nextStamp } from '../../db/stamp';
import { found } from '../../db/found';
import { openRegistrationWarning } from '../registrations/queries';
import { orderBy } from '../../db/order-by';
import { internshipStartedBy, setPersonFlags, statusAfterInternship } from './person-flags';
import { planInternship, plannedColumns, refuse } from './checks';
import { allowanceStandardOf } from './allowance-standard';
import { internshipRulesOn } from './config';
import {
  countInternships,
  DEFAULT_ORDER,
  endInternshipRow,
  expiringBases,
  getInternshipRow,
  insertInternship,
  listInternshipRows,
  type InternshipRow,
} from './queries';
import { pageParams } from '../../db/page';

export const ENDING_DAYS = 30;
export const BASE_EXPIRY_DAYS = 60;

const INTERNSHIP_NOT_FOUND = '找不到该见习记录。';

/** The internship, deleted ones included (internships.get answers a deleted one marked with deletedAt; restore). */
export function requireAnyInternship(db: Database.Database, id: string): InternshipRow {
  return found(getInternshipRow(db, id), INTERNSHIP_NOT_FOUND);
}

/** A live internship: a deleted one is not found. */
export function requireInternship(db: Database.Database, id: string): InternshipRow {
  const r = requireAnyInternship(db, id);
  if (r.deleted_at) throw notFound(INTERNSHIP_NOT_FOUND);
  return r;
}

const toItem = (r: InternshipRow, mask: IdMasker): z.output<typeof internshipListItem> => ({
  id: r.id,
  personId: r.person_id,
  personName: r.person_name,
  idNumberMasked: mask(r.id_number),
  hostId: r.host_id,
  hostName: r.host_name,
  position: r.position,
  internType: r.intern_type,
  agreementStart: r.agreement_start,
  agreementEnd: r.agreement_end,
  status: r.status,
  endDate: r.end_date,
  endType: r.end_type,
  retained: r.retained === 1,
});

export function toDetail(db: Database.Database, r: InternshipRow, today: string): InternshipDetail {
  const mask = idMaskerOn(db, today); // CFG-29
  const mode = internshipRulesOn(db, r.agreement_start).prorationMode;
  return {
    ...toItem(r, mask),
    internType: r.intern_type,
    internTypeLabel: internTypeLabel(r.intern_type),
    school: r.school,
    major: r.major,
    degree: r.degree,
    graduationDate: r.graduation_date,
    agreementMonths: agreementMonths(r.agreement_start, r.agreement_end),
    allowanceStandardFen: r.allowance_standard,
    allowanceSource: r.allowance_source,
    minWageFen: r.min_wage_fen,
    hostAllowanceFen: r.host_allowance,
    insurancePolicy: r.insurance_policy,
    endTypeLabel: internshipEndTypeLabel(r.end_type),
    retainedDate: r.retained_date,
    contractYears: r.contract_years,
    remark: r.remark,
    otherTypeNote: r.other_type_note,
    allowances: internshipAllowances(
      (month) => allowanceStandardOf(db, r, month),
      r.agreement_start,
      r.end_date ?? r.agreement_end,
      mode,
    ),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/** The internship `id` as the screens show it, read afresh (after a write); a deleted one only if `orDeleted`. */
export const internshipDetail = (ctx: CoreContext, id: string, orDeleted = false): InternshipDetail =>
  toDetail(ctx.db, (orDeleted ? requireAnyInternship : requireInternship)(ctx.db, id), ctx.today());

export const who = (ctx: CoreContext, r: { person_name: string; id_number: string }) =>
  personWho(ctx, r.person_name, r.id_number);

export function createInternship(
  ctx: CoreContext,
  v: InternshipCreateParsed,
): { data: InternshipDetail; summary: string } {
  const plan = planInternship(ctx, v);
  const id = newId();
  insertInternship(
    ctx.db,
    id,
    { person_id: v.personId, ...plannedColumns(v, plan), status_before: plan.person.employment_status },
    ctx.operator(),
    ctx.now(),
  );
  // BR-28 from the agreement start: one signed ahead leaves the person as they are until then (startDueInternships).
  setPersonFlags(ctx, v.personId, internshipStartedBy(ctx, v.personId, ctx.today()), '10');
  const r = requireInternship(ctx.db, id);
  return {
    data: toDetail(ctx.db, r, ctx.today()),
    summary: `登记就业见习：${who(ctx, r)}在“${plan.hostName}”见习（${v.position}），${v.agreementStart} 至 ${v.agreementEnd}，${plan.months}个月`,
  };
}

/** E22 ending; early hire (3) needs a contract of ≥ CFG-20 years (BR-27). */
export function endInternship(
  ctx: CoreContext,
  v: z.output<typeof internshipEndInput>,
): { data: InternshipEnded; summary: string } {
  const r = requireInternship(ctx.db, v.id);
  if (r.status === 'ended')
    throw ruleViolation(`该见习已于 ${r.end_date} 结束。`, { endDate: `已于 ${r.end_date} 结束` });
  const today = ctx.today();
  if (v.endDate < r.agreement_start)
    throw badInput({ endDate: `实际结束日期不能早于见习协议开始日期 ${r.agreement_start}` });
  if (v.endDate > today) throw badInput({ endDate: `实际结束日期不能晚于今天（${today}）` });
  if (v.endDate > r.agreement_end)
    throw badInput({ endDate: `实际结束日期不能晚于见习协议截止日期 ${r.agreement_end}` });
  if ((v.endType === '1' || v.endType === '2') && v.endDate !== r.agreement_end) {
    refuse(
      'E22',
      `期满结束的实际结束日期应为协议截止日期 ${r.agreement_end}；提前结束请选择提前留用或提前终止`,
      'endType',
    );
  }
  if (['3', '4', '5'].includes(v.endType) && v.endDate === r.agreement_end) {
    refuse('E22', '实际结束日期等于协议截止日期，属于期满结束，请选择“期满结束未留用”或“期满留用”', 'endType');
  }
  if (v.retainedDate && v.retainedDate < r.agreement_start)
    throw badInput({ retainedDate: `留用日期不能早于见习开始日期 ${r.agreement_start}` });
  const minYears = internshipRulesOn(ctx.db, r.agreement_start).earlyHireMinYears;
  if (v.endType === '3' && (v.contractYears ?? 0) < minYears) {
    refuse('BR-27', `提前留用须签订${minYears}年以上劳动合同，现为${v.contractYears ?? 0}年`, 'contractYears');
  }
  endInternshipRow(
    ctx.db,
    r.id,
    {
      end_date: v.endDate,
      end_type: v.endType,
      end_note: v.endNote,
      retained: v.retained ? 1 : 0,
      retained_date: v.retainedDate,
      contract_years: v.contractYears,
    },
    ctx.operator(),
    nextStamp(ctx.now(), r.updated_at),
  );
  setPersonFlags(ctx, r.person_id, false, statusAfterInternship(v.retained));
  const kept = v.retained ? `，留用 ${v.retainedDate}，合同${v.contractYears}年` : '';
  // BR-08: a retained intern has work; like a placement, the screen offers to cancel a registration left open.
  const registration = v.retained ? openRegistrationWarning(ctx.db, r.person_id, '留用') : undefined;
  return {
    data: {
      ...internshipDetail(ctx, r.id),
      warnings: registration ? { registration } : {},
    },
    summary: `结束就业见习：${who(ctx, r)}于 ${v.endDate} 在“${r.host_name}”结束见习（${internshipEndTypeLabel(v.endType)}）${kept}`,
  };
}

/** internships.list's sortable columns. */
const INTERNSHIP_ORDER: Record<InternshipSortField, string> = {
  personName: 'p.name',
  hostName: 'e.name',
  agreementStart: 'i.agreement_start',
  agreementEnd: 'i.agreement_end',
};

export function listInternships(ctx: CoreContext, q: z.output<typeof internshipListInput>) {
  const f = {
    hostId: q.hostId,
    personId: q.personId,
    personTownshipId: q.townshipId,
    query: q.query,
    status: q.status,
    endingBy: q.endingWithinDays === undefined ? undefined : addDays(ctx.today(), q.endingWithinDays),
    townships: scopeParam(ctx.scope) ?? undefined,
    deleted: q.deleted,
  };
  const order = orderBy(q.sort, INTERNSHIP_ORDER, f.endingBy ? 'i.agreement_end, i.id' : DEFAULT_ORDER, 'i.id');
  const { limit, offset } = pageParams(q);
  const items = listInternshipRows(ctx.db, f, limit, offset, order).map((r) =>
    toItem(r, idMaskerOn(ctx.db, ctx.today())),
  );
  return { items, total: countInternships(ctx.db, f) };
}

export function worklists(ctx: CoreContext, townshipId?: string): z.output<typeof worklistsOutput> {
  const today = ctx.today();
  const mask = idMaskerOn(ctx.db, today); // CFG-29
  const ending = listInternshipRows(
    ctx.db,
    { endingBy: addDays(today, ENDING_DAYS), townships: scopeParam(ctx.scope) ?? undefined, townshipId },
    1000,
    0,
    'i.agreement_end, i.id',
  ).map((r) => ({ ...toItem(r, mask), daysLeft: daysBetween(today, r.agreement_end) }));
  const bases = expiringBases(
    ctx.db,
    today,
    addDays(today, BASE_EXPIRY_DAYS),
    townshipId ?? null,
    scopeParam(ctx.scope),
  ).map((b) => ({
    id: b.id,
    name: b.name,
    baseValidUntil: b.base_valid_until,
    daysLeft: daysBetween(today, b.base_valid_until),
    activeInterns: b.active,
  }));
  return { ending, expiringBases: bases, counts: { ending: ending.length, expiringBases: bases.length } };
}

/** The totals of the two 到期提醒 lists without reading their rows (首页), optionally for one 乡镇 of the host. */
export function dueCounts(
  ctx: CoreContext,
  endingDays = ENDING_DAYS,
  baseDays = BASE_EXPIRY_DAYS,
  townshipId?: string,
) {
  const today = ctx.today();
  return {
    ending: countInternships(ctx.db, {
      endingBy: addDays(today, endingDays),
      townships: scopeParam(ctx.scope) ?? undefined,
      townshipId,
    }),
    expiringBases: expiringBases(ctx.db, today, addDays(today, baseDays), townshipId ?? null, scopeParam(ctx.scope))
      .length,
  };
}
