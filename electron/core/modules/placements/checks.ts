// Every check of a new (or restored) placement, in the order the contract documents (shared/contract/placements.ts):
// person and post, BR-03, post validity, BR-16, the contract end not before the start, CFG-14 contract term, VR-13,
// BR-17 on every day, BR-18.
// planPlacement returns what the write needs, or throws the first refusal (AppError).
import { badInput, notFound, ruleViolation } from '../../../../shared/contract';
import type { SubsidyInfo } from '../../../../shared/contract/placements';
import { monthOf, shiftMonths } from '../../../../shared/domain/dates';
import { isExhaustedAt } from '../../../../shared/domain/subsidy-period';
import type { PlacementEntry } from '../../../../shared/domain/placement-eligibility';
import { addDays } from '../../../../shared/domain/working-days';
import { employmentStatusLabel } from '../../../../shared/enums/person-codes';
import type { CoreContext } from '../../context';
import { refuseField } from '../../refuse-field';
import { assertNoInternshipFor } from '../internships/overlap';
import { prepared } from '../../db/prepared';
import { requirePerson, type PersonRow } from '../persons/queries';
import { firstCrowdedDay, postRanges } from '../posts/capacity';
import { placementRulesOn, type PlacementRules } from '../posts/config';
import { getPostRow, type PostRow } from '../posts/queries';
import { openRegistrationWarning } from '../registrations/queries';
import { checkEligibility, checkWorkingAge, isSpecialHardship, type Basis } from './eligibility';
import { getPlacementRow, personSpanRows, type SpanRow } from './queries';
import { subsidyOf, toSpan, type RulesCache } from './subsidy';

export interface PlanInput {
  personId: string;
  postId: string;
  basisList: 'E06' | 'E24';
  basisCode: string;
  basisDate: string;
  startDate: string;
  contractStart: string | null;
  contractEnd: string;
  leaveDate: string | null;
  accidentInsurance: string | null;
  override: { reason: string } | null;
}

export interface Plan {
  person: PersonRow;
  post: PostRow;
  contractStart: string;
  /** Where the basis comes from (BR-16): an active recognition, or the person's records. */
  basisSource: 'recognition' | 'recorded';
  newCycle: boolean;
  /** Rules overridden under VR-15 / CFG-07 (empty when none was needed). */
  overrideRules: string[];
  subsidy: SubsidyInfo;
  spans: SpanRow[];
  warnings: Record<string, string>;
}

const NEW_ID = '(new)';
const OVERRIDE_HINT = '如确需安置，可填写原因后强制保存';

/** The last day of a term of n months starting on `start` (e.g. 2026-01-15 + 12 → 2027-01-14). */
export function termEnd(start: string, months: number): string {
  return addDays(shiftMonths(start, months), -1);
}

/**
 * A contract (协议) cannot end before the person took up the post (上岗日期): on entry, on 修改 and on 续签 (`what` names
 * the end as the form does); the field is contractEnd in all three forms.
 */
export function checkContractAfterStart(startDate: string, contractEnd: string, what = '合同(协议)截止日期'): void {
  if (contractEnd < startDate) refuseField(`${what}不能早于上岗日期 ${startDate}`, 'contractEnd');
}

/** CFG-14: a rural post's contract (协议) from `start` runs at most `months` months (it may be renewed). */
export function checkRuralTerm(start: string, end: string, months: number): void {
  const last = termEnd(start, months);
  if (end > last) {
    const msg = `乡村公益性岗位协议期限不超过${months}个月（可续签），截止日期最晚为 ${last}`;
    throw ruleViolation(msg, { contractEnd: msg }, { rule: 'CFG-14', overridable: false });
  }
}

function checkPost(post: PostRow, startDate: string, leaveDate: string | null): void {
  const refuse = (message: string) => {
    throw ruleViolation(message, { startDate: message }, { rule: '§3.7', overridable: false });
  };
  if (post.status === 'revoked' && post.revoked_date && post.revoked_date < (leaveDate ?? '9999-12-31')) {
    refuse(`岗位“${post.title}”已于 ${post.revoked_date} 撤销，不能在撤销后安置`);
  }
  if (post.employer_deleted_at) refuse(`岗位“${post.title}”的用人单位“${post.employer_name}”已删除`);
  if (startDate < post.created_date) refuse(`上岗日期不能早于岗位“${post.title}”的开发日期 ${post.created_date}`);
  if (post.valid_until && startDate > post.valid_until)
    refuse(`岗位“${post.title}”有效期至 ${post.valid_until}，上岗日期不能晚于有效期`);
}

/** VR-13: no other live placement of the person on any day of [start, leave or open]; nothing that excludes a post. */
function checkOverlap(ctx: CoreContext, p: PersonRow, spans: SpanRow[], start: string, end: string | null): void {
  const clash = spans.find((s) => s.start_date <= (end ?? '9999-12-31') && (s.leave_date ?? '9999-12-31') >= start);
  if (clash) {
    const other = getPlacementRow(ctx.db, clash.id);
    const msg = `该人员 ${clash.start_date} 至 ${clash.leave_date ?? '今'} 已安置在岗位“${other?.post_title ?? ''}”（${other?.post_code ?? ''}），与本次安置时间重叠；一人只能在一个公益性岗位`;
    throw ruleViolation(msg, { startDate: msg }, { rule: 'VR-13', overridable: false, existingId: clash.id });
  }
  assertNoInternshipOverlap(ctx, p.id, start, end);
  if (end !== null) return; // the checks below concern the person's current state
  if (p.employment_status === '21' || p.employment_status === '23') {
    const msg = `该人员当前就业状态为“${employmentStatusLabel(p.employment_status)}”，不能同时安置到公益性岗位；如已离开原单位，请先更新就业状态`;
    throw ruleViolation(msg, { personId: msg }, { rule: 'VR-13', overridable: false });
  }
  if (p.in_internship === 1) {
    const msg = '该人员正在参加就业见习，见习期间不能安置到公益性岗位';
    throw ruleViolation(msg, { personId: msg }, { rule: 'VR-13', overridable: false });
  }
}

/** VR-13 / BR-28: a placement may not overlap an internship of the person (the internships module's check). */
function assertNoInternshipOverlap(ctx: CoreContext, personId: string, start: string, end: string | null): void {
  assertNoInternshipFor(ctx.db, personId, start, end);
}

/** BR-17 on every day of the new placement's period. */
function checkCapacity(
  ctx: CoreContext,
  post: PostRow,
  selfId: string | null,
  start: string,
  end: string | null,
): string | null {
  const crowded = firstCrowdedDay(postRanges(ctx.db, post.id, selfId), { start, end }, post.approved_count);
  if (!crowded) return null;
  return `岗位“${post.title}”核定 ${post.approved_count} 人，${crowded.day} 起已有 ${crowded.count} 人在岗`;
}

/**
 * `entry`: 'new' for a placement entered now (BR-16 urban: a recognition, or K04 by the household), 'existing' for one
 * made before (the roster import's onboarding, a restore): a category the records confirm still stands (登记).
 */
export function planPlacement(
  ctx: CoreContext,
  v: PlanInput,
  selfId: string | null,
  entry: PlacementEntry,
  cache?: RulesCache,
): Plan {
  const db = ctx.db;
  const today = ctx.today();
  const person = requirePerson(db, v.personId);
  if (person.deleted_at) throw ruleViolation('该人员已删除，请先恢复再安置。', { personId: '该人员已删除' });
  const post = getPostRow(db, v.postId);
  if (!post) throw notFound('找不到该岗位。');
  if (v.basisDate > today) throw badInput({ basisDate: `安置依据日期不能晚于今天（${today}）` });
  if (v.leaveDate && v.leaveDate > today) throw badInput({ leaveDate: `离岗日期不能晚于今天（${today}）` });
  const rules: PlacementRules = placementRulesOn(db, v.startDate);
  const basis: Basis = { list: v.basisList, code: v.basisCode, date: v.basisDate };

  checkWorkingAge(db, person, v.startDate);
  checkPost(post, v.startDate, v.leaveDate);
  const villageCode = prepared(db, 'SELECT urban_rural_code FROM regions WHERE id = ?')
    .pluck()
    .get(person.residence_region_id) as string | null;
  const basisSource = checkEligibility(
    db,
    person,
    post.area_type,
    basis,
    v.startDate,
    villageCode ?? null,
    rules,
    selfId,
    entry,
  );
  const contractStart = v.contractStart ?? v.startDate;
  checkContractAfterStart(v.startDate, v.contractEnd);
  const warnings: Record<string, string> = {};
  if (post.area_type === 'rural') {
    checkRuralTerm(contractStart, v.contractEnd, rules.ruralContractMonths);
    if (!v.accidentInsurance) warnings.accidentInsurance = '乡村公益性岗位人员应购买人身意外伤害保险，请补填保单号';
  }
  const spans = personSpanRows(db, person.id).filter((s) => s.id !== selfId);
  checkOverlap(ctx, person, spans, v.startDate, v.leaveDate);
  // BR-04 / BR-08: a person on a post has work; the registration module does not cancel it by itself.
  const registration = v.leaveDate ? undefined : openRegistrationWarning(db, person.id, '上岗');
  if (registration) warnings.registration = registration;

  const overrideRules: string[] = [];
  const capacityMsg = checkCapacity(ctx, post, selfId, v.startDate, v.leaveDate);
  if (capacityMsg && !v.override) {
    throw ruleViolation(
      capacityMsg,
      { startDate: capacityMsg },
      { rule: 'BR-17', overridable: true, repeatPlacement: false, hint: OVERRIDE_HINT },
    );
  }
  if (capacityMsg) overrideRules.push('BR-17');

  // BR-18: the entitlement must have a month left at the start (with this placement counted as open or closed).
  const mine: SpanRow = {
    id: selfId ?? NEW_ID,
    post_id: post.id,
    start_date: v.startDate,
    leave_date: v.leaveDate,
    new_cycle: 0,
  };
  let all = [...spans, mine];
  const { period, info: first } = subsidyOf(db, person, all.map(toSpan), mine.id, today, cache);
  let info = first;
  let newCycle = false;
  if (isExhaustedAt(period, monthOf(v.startDate))) {
    const repeat = rules.allowRepeat && isSpecialHardship(person, basis, v.startDate, rules);
    const msg = period.extendedToRetirement
      ? `该人员补贴期限延长至退休，最后一个月为 ${period.limitMonth}，${monthOf(v.startDate)} 起不能再享受岗位补贴`
      : `该人员补贴期限已满：首次享受补贴 ${period.firstMonth}，累计 ${period.capMonths} 个月已于 ${period.endMonth} 用完`;
    if (!v.override) {
      const hint = repeat ? '该人员属于特殊困难人员，可填写原因按程序再次安置' : OVERRIDE_HINT;
      throw ruleViolation(
        `${msg}；${hint}`,
        { startDate: msg },
        { rule: 'BR-18', overridable: true, repeatPlacement: repeat },
      );
    }
    overrideRules.push('BR-18');
    if (repeat) {
      newCycle = true;
      mine.new_cycle = 1;
      all = [...spans, mine];
      info = subsidyOf(db, person, all.map(toSpan), mine.id, today, cache).info;
    }
  }
  // A back-filled earlier placement can use up months a later one of the same entitlement was counting on.
  const end = period.endMonth;
  const cycleBreak = spans.find((x) => x.new_cycle === 1 && x.start_date > v.startDate)?.start_date ?? '9999-12-31';
  const squeezed =
    end &&
    !newCycle &&
    spans.find((x) => x.start_date > v.startDate && x.start_date < cycleBreak && monthOf(x.start_date) > end);
  if (squeezed)
    warnings.subsidy = `补录后该人员补贴期限至 ${end}，${squeezed.start_date} 起的安置已超过补贴期限，请核对`;
  return { person, post, contractStart, basisSource, newCycle, overrideRules, subsidy: info, spans: all, warnings };
}
