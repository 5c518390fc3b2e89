// Placements (DOMAIN §3.8): create (and its dry run), corrections, leaving (BR-22), the vacancy report, soft
// delete and restore. Every write keeps subsidy_first_month (BR-18) and the person's flags in step, in the
// transaction dispatch opened for the channel.
import {
  placementMonthsNote,
  placementMonthsNotes,
  syncPlacementMonths,
  type PlacementMonthsNotes,
} from '../attendance/placement-months';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppError, badInput, ruleViolation } from '../../../../shared/contract';
import type {
  PlacementCreateParsed,
  PlacementDetail,
  PlacementWithAttendance,
  placementLeaveInput,
  placementPreview,
  placementUpdateInput,
} from '../../../../shared/contract/placements';
import type { PlacementEntry } from '../../../../shared/domain/placement-eligibility';
import { leaveReasonLabel } from '../../../../shared/enums/post-codes';
import { assertMonthOpen, assertMonthsOpen } from '../period-locks/guard';
import { personWho } from '../settings/display';
import type { CoreContext } from '../../context';
import type { Saved } from '../../handlers';
import { newId } from '../../ids';
import { refuseField } from '../../refuse-field';
import { placementRulesOn } from '../posts/config';
import { checkContractAfterStart, checkRuralTerm, planPlacement, type PlanInput } from './checks';
import { latestRenewal, setRenewalEnd, type RenewalRow } from './history';
import { basisLabel, toPlacementDetail, vacancyDueDate } from './detail';
import { overrideText } from './override-text';
import { assertFresh, nextStamp } from '../../db/stamp';
import { found } from '../../db/found';
import { statusAfterLeaving, statusBeforePlacement, syncPersonFlags } from './person-flags';
import { getPlacementRow, insertPlacement, patchPlacement, personSpanRows, type PlacementRow } from './queries';
import { refreshFirstMonths, type RulesCache } from './subsidy';

/** Period lock: a placement is dated by its start and leave dates (period-locks/guard.ts). */
export const PLACEMENT_WHAT = '安置记录';

const PLACEMENT_NOT_FOUND = '找不到该安置记录。';
const PLACEMENT_DELETED = '该安置记录已删除，请先恢复再修改。';

export function requirePlacement(db: Database.Database, id: string): PlacementRow {
  return found(getPlacementRow(db, id), PLACEMENT_NOT_FOUND);
}

/** A placement a correction, an assessment or a renewal may change: found and not deleted. */
export function requireLivePlacement(db: Database.Database, id: string): PlacementRow {
  const row = requirePlacement(db, id);
  if (row.deleted_at) throw ruleViolation(PLACEMENT_DELETED);
  return row;
}

export const detailOf = (ctx: CoreContext, id: string) =>
  toPlacementDetail(ctx.db, requirePlacement(ctx.db, id), ctx.today());
/** 姓名（masked ID）and 岗位 code“title”, as the audit summaries of placements name them. */
export const who = (ctx: CoreContext, r: { person_name: string; id_number: string }) =>
  personWho(ctx, r.person_name, r.id_number);
export const where = (r: { post_code: string; post_title: string }) => `岗位 ${r.post_code}“${r.post_title}”`;
export const overrideNote = (rules: string[], reason: string | null) =>
  rules.length ? `；强制保存（${overrideText(rules)}），原因：${reason}` : '';

/**
 * After any write of a placement: F of every cycle of its person, then on_post / employment_status, then its
 * attendance rows of the generated months (attendance/placement-months.ts); returns what it did to those, in words
 * (placementMonthsNote puts them in the summary).
 */
function afterWrite(
  ctx: CoreContext,
  placementId: string,
  personId: string,
  statusAfter?: string,
): PlacementMonthsNotes {
  refreshFirstMonths(ctx.db, personSpanRows(ctx.db, personId));
  syncPersonFlags(ctx.db, personId, ctx.operator(), ctx.now(), statusAfter);
  return placementMonthsNotes(syncPlacementMonths(ctx, placementId));
}

/** `entry` 'existing' only for the roster import's onboarding of placements made before the app (BR-16). */
export function createPlacement(
  ctx: CoreContext,
  v: PlacementCreateParsed,
  entry: PlacementEntry = 'new',
): Saved<{ placement: PlacementDetail; warnings: Record<string, string> }> {
  assertMonthsOpen(ctx.db, [v.startDate], PLACEMENT_WHAT, 'startDate');
  assertMonthsOpen(ctx.db, [v.leaveDate], PLACEMENT_WHAT, 'leaveDate');
  const cache: RulesCache = new Map();
  const plan = planPlacement(ctx, v, null, entry, cache);
  const id = newId();
  const by = ctx.operator();
  insertPlacement(
    ctx.db,
    id,
    {
      person_id: v.personId,
      post_id: v.postId,
      basis_list: v.basisList,
      basis_code: v.basisCode,
      basis_date: v.basisDate,
      basis_source: plan.basisSource,
      start_date: v.startDate,
      contract_start: plan.contractStart,
      contract_end: v.contractEnd,
      subsidy_first_month: plan.subsidy.firstMonth,
      new_cycle: plan.newCycle ? 1 : 0,
      accident_insurance: v.accidentInsurance,
      leave_date: v.leaveDate,
      leave_reason: v.leaveReason,
      override_rules: plan.overrideRules.length ? plan.overrideRules.join(',') : null,
      override_reason: plan.overrideRules.length ? (v.override?.reason ?? null) : null,
      override_by: plan.overrideRules.length ? by : null,
      remark: v.remark,
      status_before: plan.person.employment_status,
    },
    by,
    ctx.now(),
  );
  // The months whose attendance is already generated get the placement's row (a 乡镇经办 cannot run 生成考勤).
  const attendance = afterWrite(ctx, id, v.personId, v.leaveReason ? statusAfterLeaving(v.leaveReason) : undefined);
  const r = requirePlacement(ctx.db, id);
  const placement = toPlacementDetail(ctx.db, r, ctx.today(), cache);
  const basis = `${basisLabel(v.basisList, v.basisCode)}（${plan.basisSource === 'recognition' ? '认定' : '登记'}，${v.basisDate}）`;
  const left = v.leaveDate ? `，已于 ${v.leaveDate} 离岗` : '';
  return {
    data: { placement, warnings: plan.warnings },
    summary: `安置${who(ctx, r)}到${where(r)}，${v.startDate} 上岗${left}，依据：${basis}${overrideNote(plan.overrideRules, v.override?.reason ?? null)}${placementMonthsNote(attendance)}`,
  };
}

/** placements.preview: the same checks, nothing written; a refusal comes back as data. */
export function previewPlacement(ctx: CoreContext, v: PlacementCreateParsed): z.output<typeof placementPreview> {
  try {
    const plan = planPlacement(ctx, v, null, 'new');
    return { blocking: null, subsidy: plan.subsidy, warnings: plan.warnings };
  } catch (err) {
    if (!(err instanceof AppError) || err.code === 'INTERNAL') throw err;
    const d = err.details ?? {};
    return {
      blocking: {
        rule: typeof d.rule === 'string' ? d.rule : err.code,
        message: err.message,
        fields: err.fields ?? {},
        overridable: d.overridable === true,
        repeatPlacement: d.repeatPlacement === true,
      },
      subsidy: null,
      warnings: {},
    };
  }
}

/** placements.update: the labels the audit summary names a change by (before → after). */
const UPDATE_LABELS = {
  contract_start: '合同(协议)开始日期',
  contract_end: '合同(协议)截止日期',
  accident_insurance: '意外伤害保险保单号',
  remark: '备注',
} as const;
type UpdateWrite = Record<keyof typeof UPDATE_LABELS, string | null>;

/**
 * A corrected contract term (only when a date changes): a left placement keeps its dates; after a 续签 the term in
 * force starts with the latest renewal, so only its end may move, and it must stay after the term the renewal
 * replaced; the end is never before the 上岗日期; a rural term is CFG-14-checked with the setting in force on its start
 * (as renew does).
 */
function checkTermCorrection(
  ctx: CoreContext,
  r: PlacementRow,
  v: z.output<typeof placementUpdateInput>,
  renewal: RenewalRow | undefined,
): void {
  if (r.leave_date)
    refuseField(
      `${r.person_name}已于 ${r.leave_date} 离岗，合同(协议)日期不能再修改；保单号和备注仍可更正`,
      v.contractStart !== r.contract_start ? 'contractStart' : 'contractEnd',
    );
  if (renewal && v.contractStart !== renewal.contract_start)
    refuseField(
      `当前合同(协议)期始于 ${renewal.renewed_on} 办理的续签（${renewal.contract_start} 起），开始日期不能修改，只能更正截止日期`,
      'contractStart',
    );
  if (renewal && v.contractEnd <= renewal.previous_end)
    refuseField(`合同(协议)截止日期应晚于续签前的合同截止日期 ${renewal.previous_end}`, 'contractEnd');
  checkContractAfterStart(r.start_date, v.contractEnd);
  if (r.area_type === 'rural')
    checkRuralTerm(v.contractStart, v.contractEnd, placementRulesOn(ctx.db, v.contractStart).ruralContractMonths);
}

/**
 * Corrects the contract term, the 意外伤害保险保单号 and the note. A corrected end after a 续签 is written to the
 * latest renewal row too (same transaction), so the history and the placement agree.
 */
export function updatePlacement(ctx: CoreContext, v: z.output<typeof placementUpdateInput>): Saved<PlacementDetail> {
  const r = requireLivePlacement(ctx.db, v.id);
  assertFresh(r.updated_at, v.expectedUpdatedAt, PLACEMENT_WHAT);
  const renewal = latestRenewal(ctx.db, r.id);
  if (v.contractStart !== r.contract_start || v.contractEnd !== r.contract_end) checkTermCorrection(ctx, r, v, renewal);
  const write: UpdateWrite = {
    contract_start: v.contractStart,
    contract_end: v.contractEnd,
    accident_insurance: v.accidentInsurance,
    remark: v.remark,
  };
  const changed = (Object.keys(UPDATE_LABELS) as (keyof UpdateWrite)[])
    .filter((c) => write[c] !== r[c])
    .map((c) => `${UPDATE_LABELS[c]} ${r[c] ?? '（空）'} → ${write[c] ?? '（空）'}`);
  patchPlacement(ctx.db, r.id, write, ctx.operator(), nextStamp(ctx.now(), r.updated_at));
  if (renewal && v.contractEnd !== r.contract_end) setRenewalEnd(ctx.db, renewal.id, v.contractEnd);
  return {
    data: detailOf(ctx, r.id),
    summary: `修改${who(ctx, r)}在${where(r)}的安置：${changed.length ? changed.join('，') : '无改动'}`,
  };
}

/** BR-22: leave date ≥ start and ≤ today, E19 reason; the vacancy report is due within CFG-15 days. */
export function leavePlacement(
  ctx: CoreContext,
  v: z.output<typeof placementLeaveInput>,
): Saved<PlacementWithAttendance> {
  const r = requirePlacement(ctx.db, v.id);
  if (r.deleted_at) throw ruleViolation('该安置记录已删除。');
  assertMonthOpen(ctx.db, v.leaveDate, '离岗记录', 'leaveDate');
  if (r.leave_date)
    throw ruleViolation(`${r.person_name}已于 ${r.leave_date} 离岗。`, { leaveDate: `已于 ${r.leave_date} 离岗` });
  if (v.leaveDate < r.start_date) {
    const msg = `离岗日期不能早于上岗日期 ${r.start_date}`;
    throw ruleViolation(msg, { leaveDate: msg }, { rule: 'BR-22', overridable: false });
  }
  if (v.leaveDate > ctx.today()) throw badInput({ leaveDate: `离岗日期不能晚于今天（${ctx.today()}）` });
  patchPlacement(
    ctx.db,
    r.id,
    { leave_date: v.leaveDate, leave_reason: v.leaveReason, leave_note: v.leaveNote },
    ctx.operator(),
    nextStamp(ctx.now(), r.updated_at),
  );
  const attendance = afterWrite(ctx, r.id, r.person_id, v.employmentStatusAfter ?? statusAfterLeaving(v.leaveReason));
  const due = vacancyDueDate(ctx.db, v.leaveDate);
  return {
    data: { ...detailOf(ctx, r.id), attendance },
    summary: `${who(ctx, r)}于 ${v.leaveDate} 离开${where(r)}（${leaveReasonLabel(v.leaveReason)}）；空岗报告应于 ${due} 前报送${placementMonthsNote(attendance)}`,
  };
}

/** BR-22: the vacancy report date; late when after leave date + CFG-15 days. */
export function reportVacancy(ctx: CoreContext, id: string, reportDate: string): Saved<PlacementDetail> {
  const r = requirePlacement(ctx.db, id);
  if (r.deleted_at) throw ruleViolation('该安置记录已删除。');
  if (!r.leave_date) throw ruleViolation('该人员仍在岗，离岗后才有空岗报告。', { reportDate: '尚未离岗' });
  if (reportDate < r.leave_date) throw badInput({ reportDate: `空岗报告日期不能早于离岗日期 ${r.leave_date}` });
  if (reportDate > ctx.today()) throw badInput({ reportDate: `空岗报告日期不能晚于今天（${ctx.today()}）` });
  assertMonthOpen(ctx.db, reportDate, '空岗报告', 'reportDate');
  patchPlacement(ctx.db, r.id, { vacancy_report_date: reportDate }, ctx.operator(), nextStamp(ctx.now(), r.updated_at));
  const due = vacancyDueDate(ctx.db, r.leave_date);
  const late = reportDate > due ? `，逾期（应于 ${due} 前）` : '';
  return {
    data: detailOf(ctx, r.id),
    summary: `${where(r)}空岗报告：${reportDate}（${r.person_name} ${r.leave_date} 离岗${late}）`,
  };
}

export function deletePlacement(ctx: CoreContext, id: string, reason: string): Saved<PlacementWithAttendance> {
  const r = requirePlacement(ctx.db, id);
  if (r.deleted_at) throw ruleViolation('该安置记录已删除。');
  assertMonthsOpen(ctx.db, [r.start_date, r.leave_date], PLACEMENT_WHAT);
  const at = nextStamp(ctx.now(), r.updated_at);
  patchPlacement(ctx.db, r.id, { deleted_at: at, delete_reason: reason }, ctx.operator(), at);
  const attendance = afterWrite(ctx, r.id, r.person_id, statusBeforePlacement(r));
  return {
    data: { ...detailOf(ctx, r.id), attendance },
    summary: `删除${who(ctx, r)}在${where(r)}的安置记录（${r.start_date} 上岗），原因：${reason}${placementMonthsNote(attendance)}`,
  };
}

/**
 * Restore re-runs every create check against today's records (the row itself left out), as an existing placement:
 * one onboarded or entered on a recorded category before BR-16's recognition rule comes back as it was.
 */
export function restorePlacement(ctx: CoreContext, id: string): Saved<PlacementWithAttendance> {
  const r = requirePlacement(ctx.db, id);
  if (!r.deleted_at) throw ruleViolation('该安置记录未删除，无需恢复。');
  assertMonthsOpen(ctx.db, [r.start_date, r.leave_date], PLACEMENT_WHAT);
  const input: PlanInput = {
    personId: r.person_id,
    postId: r.post_id,
    basisList: r.basis_list,
    basisCode: r.basis_code,
    basisDate: r.basis_date,
    startDate: r.start_date,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    leaveDate: r.leave_date,
    accidentInsurance: r.accident_insurance,
    override: r.override_reason ? { reason: r.override_reason } : null,
  };
  const plan = planPlacement(ctx, input, r.id, 'existing');
  patchPlacement(
    ctx.db,
    r.id,
    {
      deleted_at: null,
      delete_reason: null,
      new_cycle: plan.newCycle ? 1 : 0,
      basis_source: plan.basisSource,
      override_rules: plan.overrideRules.length ? plan.overrideRules.join(',') : null,
      override_reason: plan.overrideRules.length ? r.override_reason : null,
      override_by: plan.overrideRules.length ? (r.override_by ?? ctx.operator()) : null,
    },
    ctx.operator(),
    nextStamp(ctx.now(), r.updated_at),
  );
  const attendance = afterWrite(
    ctx,
    r.id,
    r.person_id,
    r.leave_reason ? statusAfterLeaving(r.leave_reason) : undefined,
  );
  return {
    data: { ...detailOf(ctx, r.id), attendance },
    summary: `恢复${who(ctx, r)}在${where(r)}的安置记录（${r.start_date} 上岗）${placementMonthsNote(attendance)}`,
  };
}
