// 续签 (renewal) of an open placement's contract (DOMAIN §3.8, BR-03, BR-23, CFG-14, VR-15; the refusals and warnings
// are listed in shared/contract/placement-renewals.ts). The new term starts the day after the current contract end;
// the placement row takes it, a placement_renewals row keeps the term it replaced.
import type { z } from 'zod';
import { ruleViolation } from '../../../../shared/contract';
import type { PlacementDetail } from '../../../../shared/contract/placements';
import type { placementRenewInput } from '../../../../shared/contract/placement-renewals';
import { monthOf } from '../../../../shared/domain/dates';
import { renewalAssessmentYear } from '../../../../shared/domain/renewal-assessment';
import { addDays } from '../../../../shared/domain/working-days';
import type { CoreContext } from '../../context';
import { assertFresh, nextStamp } from '../../db/stamp';
import type { Saved } from '../../handlers';
import { newId } from '../../ids';
import { refuseField } from '../../refuse-field';
import { getPersonRow } from '../persons/queries';
import { placementRulesOn } from '../posts/config';
import { requirePost } from '../posts/service';
import type { PostRow } from '../posts/queries';
import { checkContractAfterStart, checkRuralTerm } from './checks';
import { checkWorkingAge } from './eligibility';
import { assessmentOfYear, insertRenewal } from './history';
import { patchPlacement } from './queries';
import { PLACEMENT_WHAT, detailOf, overrideNote, requireLivePlacement, where, who } from './service';

/** The post must still be in force when the new term starts (§3.7). */
function checkPostOn(post: PostRow, newStart: string): void {
  const details = { rule: '§3.7', overridable: false };
  if (post.status === 'revoked')
    throw ruleViolation(`岗位“${post.title}”已于 ${post.revoked_date ?? ''} 撤销，不能续签`, undefined, details);
  if (post.employer_deleted_at)
    throw ruleViolation(`岗位“${post.title}”的用人单位“${post.employer_name}”已删除，不能续签`, undefined, details);
  if (post.valid_until && newStart > post.valid_until)
    refuseField(
      `岗位“${post.title}”有效期至 ${post.valid_until}，续签的合同不能在有效期后开始（${newStart}）`,
      'contractEnd',
      details,
    );
}

export function renewPlacement(
  ctx: CoreContext,
  v: z.output<typeof placementRenewInput>,
): Saved<{ placement: PlacementDetail; warnings: Record<string, string> }> {
  const r = requireLivePlacement(ctx.db, v.id);
  if (r.leave_date) throw ruleViolation(`${r.person_name}已于 ${r.leave_date} 离岗，不能续签。`);
  assertFresh(r.updated_at, v.expectedUpdatedAt, PLACEMENT_WHAT);
  const newStart = addDays(r.contract_end, 1);
  if (v.contractEnd <= r.contract_end)
    refuseField(`续签后的合同(协议)截止日期应晚于当前合同截止日期 ${r.contract_end}`, 'contractEnd');
  checkContractAfterStart(r.start_date, v.contractEnd, '续签后的合同(协议)截止日期');
  if (r.area_type === 'rural')
    checkRuralTerm(newStart, v.contractEnd, placementRulesOn(ctx.db, newStart).ruralContractMonths);
  checkPostOn(requirePost(ctx.db, r.post_id), newStart);
  const person = getPersonRow(ctx.db, r.person_id);
  if (person) checkWorkingAge(ctx.db, person, newStart, 'contractEnd');

  // BR-23: the year before the one the new term mostly falls in.
  const year = renewalAssessmentYear(r.contract_end);
  const result = assessmentOfYear(ctx.db, r.id, year)?.result;
  const failed = result === 'fail';
  if (failed && !v.override) {
    const msg = `${r.person_name}${year}年度考核不合格，不能续签；如确需续签，请填写续签理由`;
    throw ruleViolation(msg, { 'override.reason': msg }, { rule: 'BR-23', overridable: true });
  }
  const reason = failed ? (v.override?.reason ?? null) : null;

  const by = ctx.operator();
  insertRenewal(
    ctx.db,
    newId(),
    {
      placement_id: r.id,
      previous_start: r.contract_start,
      previous_end: r.contract_end,
      contract_start: newStart,
      contract_end: v.contractEnd,
      renewed_on: ctx.today(),
      override_reason: reason,
    },
    by,
    ctx.now(),
  );
  patchPlacement(
    ctx.db,
    r.id,
    { contract_start: newStart, contract_end: v.contractEnd },
    by,
    nextStamp(ctx.now(), r.updated_at),
  );
  const placement = detailOf(ctx, r.id);
  const warnings: Record<string, string> = {};
  if (!result) warnings.assessment = `${year}年度考核结果尚未录入，请及时补录`;
  const subsidyEnd = placement.subsidy.endMonth;
  if (subsidyEnd && monthOf(v.contractEnd) > subsidyEnd)
    warnings.contractEnd = `续签后的合同截止日期 ${v.contractEnd} 超过该人员的补贴期限（至 ${subsidyEnd}），之后不再发放岗位补贴`;
  return {
    data: { placement, warnings },
    summary: `${who(ctx, r)}在${where(r)}续签合同(协议)：${newStart} 至 ${v.contractEnd}（原合同 ${r.contract_start} 至 ${r.contract_end}）${overrideNote(failed ? ['BR-23'] : [], reason)}`,
  };
}
