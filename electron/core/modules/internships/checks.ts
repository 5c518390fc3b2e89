// Every check of a new internship, in the order shared/contract/internships.ts documents. planInternship returns
// what the write needs, or throws the first refusal (RULE_VIOLATION naming the rule, BAD_INPUT for VR-06 dates).
import { badInput, notFound } from '../../../../shared/contract';
import type { InternshipCreateParsed } from '../../../../shared/contract/internships';
import { agreementMonths, termEnd } from '../../../../shared/domain/allowance';
import { internshipRefusal } from '../../../../shared/domain/internship-eligibility';
import type { CoreContext } from '../../context';
import { refuseField } from '../../refuse-field';
import { prepared } from '../../db/prepared';
import { requirePerson, type PersonRow } from '../persons/queries';
import { employmentRecord } from '../recognitions/facts';
import { fenToYuanText } from '../../../../shared/domain/money';
import { registrationOnDate } from '../registrations/queries';
import { minWageFenOn } from '../posts/config';
import { internshipRulesOn, type InternshipRules } from './config';
import { overlappingInternship } from './overlap';
import { overlappingPlacement, personInternships, type InternshipWrite } from './queries';

interface InternshipPlan {
  person: PersonRow;
  hostName: string;
  rules: InternshipRules;
  minWageFen: number;
  allowanceStandardFen: number;
  months: number;
}

/** A rule's refusal on one field (internships/service.ts too). */
export const refuse = (rule: string, message: string, field: string): never => refuseField(message, field, { rule });

/** §3.11: the host is a live, recognised 见习基地 whose status is valid on the start date. */
function checkHost(ctx: CoreContext, hostId: string, start: string): string {
  const e = prepared(
    ctx.db,
    'SELECT name, is_internship_base, base_recognised_date, base_valid_until, deleted_at FROM employers WHERE id = ?',
  ).get(hostId) as
    | {
        name: string;
        is_internship_base: 0 | 1;
        base_recognised_date: string | null;
        base_valid_until: string | null;
        deleted_at: string | null;
      }
    | undefined;
  if (!e) throw notFound('找不到该见习单位。');
  if (e.deleted_at) refuse('§3.11', `见习单位“${e.name}”已删除`, 'hostId');
  if (!e.is_internship_base) refuse('§3.11', `“${e.name}”不是见习基地，请先在用人单位中认定为见习基地`, 'hostId');
  if (e.base_recognised_date && start < e.base_recognised_date) {
    refuse(
      '§3.11',
      `“${e.name}”于 ${e.base_recognised_date} 认定为见习基地，见习协议开始日期不能早于认定日期`,
      'agreementStart',
    );
  }
  if (e.base_valid_until && start > e.base_valid_until) {
    refuse(
      '§3.11',
      `“${e.name}”见习基地有效期至 ${e.base_valid_until}，已过期，不能在此之后开始见习`,
      'agreementStart',
    );
  }
  return e.name;
}

/** BR-03 and BR-25 for the person and E20 type, on the agreement start (shared/domain/internship-eligibility.ts). */
function checkEligibility(ctx: CoreContext, p: PersonRow, v: InternshipCreateParsed, rules: InternshipRules): void {
  // E20 9 其他 is a local extension (BR-25 names graduates and 16–24 youth only): only where 规则设置 allows it.
  if (v.internType === '9' && !rules.allowOtherType)
    refuse(
      'E20',
      '规则设置未允许“其他”见习人员类别，只能登记高校毕业生或16-24岁失业青年；如需登记，请管理员在规则设置中开启“允许‘其他’见习人员类别”并注明依据',
      'internType',
    );
  const r = internshipRefusal(
    {
      birthDate: p.birth_date,
      retirementCategory: p.retirement_category,
      employment: employmentRecord(ctx.db, p.id, p.employment_status),
      registeredOnStart: !!registrationOnDate(ctx.db, p.id, v.agreementStart),
    },
    { internType: v.internType, agreementStart: v.agreementStart, graduationDate: v.graduationDate ?? null },
    rules,
  );
  if (r) refuse(r.rule, r.message, r.field);
}

/** BR-28 / VR-13 and CFG-19; `selfId` is the internship being corrected (left out). */
function checkOverlaps(
  ctx: CoreContext,
  p: PersonRow,
  start: string,
  end: string,
  rules: InternshipRules,
  selfId: string | null,
): void {
  if (rules.onceOnly) {
    const before = personInternships(ctx.db, p.id).find((i) => i.id !== selfId);
    if (before) {
      refuse(
        'BR-25',
        `该人员已于 ${before.agreement_start} 在“${before.host_name}”参加过就业见习，每人只能参加一次`,
        'personId',
      );
    }
  }
  const other = overlappingInternship(ctx.db, p.id, start, end, selfId);
  if (other) {
    refuse(
      'VR-13',
      `该人员 ${other.agreement_start} 至 ${other.period_end} 已在“${other.host_name}”见习，与本次见习时间重叠`,
      'agreementStart',
    );
  }
  const pl = overlappingPlacement(ctx.db, p.id, start, end);
  if (pl) {
    refuse(
      'VR-13',
      `该人员 ${pl.start_date} 至 ${pl.leave_date ?? '今'} 安置在公益性岗位“${pl.post_title}”，与见习时间重叠；见习期间不能同时在公益性岗位`,
      'agreementStart',
    );
  }
}

/** The stored internship a correction or restore checks (left out of CFG-19 and VR-13; an ended one ends there). */
interface PlannedSelf {
  id: string;
  endDate: string | null;
}

/**
 * Every check of an internship on the values `v`: a new one, or (with `self`) a correction or restore of that
 * internship, which is left out of CFG-19 and VR-13 and, when ended, overlaps others only up to its end date.
 */
export function planInternship(
  ctx: CoreContext,
  v: InternshipCreateParsed,
  self: PlannedSelf | null = null,
): InternshipPlan {
  const today = ctx.today();
  const person = requirePerson(ctx.db, v.personId);
  if (person.deleted_at) refuse('§3.11', '该人员已删除，请先恢复再登记见习。', 'personId');
  // The agreement may start after today: agreements are signed ahead (issue 18); VR-06 treats it as a planned date.
  if (v.graduationDate && v.graduationDate > today)
    throw badInput({ graduationDate: `毕业(离校)时间不能晚于今天（${today}）` });
  const rules = internshipRulesOn(ctx.db, v.agreementStart);
  const hostName = checkHost(ctx, v.hostId, v.agreementStart);
  checkEligibility(ctx, person, v, rules);

  // BR-26: calendar months from agreement_start.
  const shortest = termEnd(v.agreementStart, rules.minMonths);
  const longest = termEnd(v.agreementStart, rules.maxMonths);
  const months = agreementMonths(v.agreementStart, v.agreementEnd);
  if (v.agreementEnd < shortest || v.agreementEnd > longest) {
    refuse(
      'BR-26',
      `见习期限应为${rules.minMonths}至${rules.maxMonths}个月：协议 ${v.agreementStart} 开始，截止日期应在 ${shortest} 至 ${longest} 之间，现为${v.agreementEnd < shortest ? '不足' : ''}${months}个月`,
      'agreementEnd',
    );
  }

  // BR-27 / VR-14.
  const wage = minWageFenOn(ctx.db, v.agreementStart);
  if (!wage) refuse('BR-27', `没有 ${v.agreementStart} 适用的最低工资标准，请先在设置中录入`, 'allowanceStandardFen');
  const minWageFen = wage?.fen ?? 0;
  const floor = Math.ceil((minWageFen * rules.hostPercent) / 100);
  if (v.hostAllowanceFen < floor) {
    refuse(
      'VR-14',
      `单位岗位补助不得低于最低工资标准 ${fenToYuanText(minWageFen)} 元的${rules.hostPercent}%（${fenToYuanText(floor)} 元/月），现为 ${fenToYuanText(v.hostAllowanceFen)} 元`,
      'hostAllowanceFen',
    );
  }
  checkOverlaps(ctx, person, v.agreementStart, self?.endDate ?? v.agreementEnd, rules, self?.id ?? null);
  return { person, hostName, rules, minWageFen, allowanceStandardFen: v.allowanceStandardFen ?? minWageFen, months };
}

/** The columns a new or corrected internship writes from its form's values and their plan (create and update). */
export function plannedColumns(
  v: InternshipCreateParsed,
  plan: InternshipPlan,
): Omit<InternshipWrite, 'person_id' | 'status_before'> {
  return {
    host_id: v.hostId,
    position: v.position,
    intern_type: v.internType,
    school: v.school,
    major: v.major,
    degree: v.degree,
    graduation_date: v.graduationDate,
    agreement_start: v.agreementStart,
    agreement_end: v.agreementEnd,
    allowance_standard: plan.allowanceStandardFen,
    // BR-27: blank or the wage itself follows the minimum wage month by month; another amount is a fixed standard.
    allowance_source:
      v.allowanceStandardFen === null || v.allowanceStandardFen === plan.minWageFen ? 'default' : 'custom',
    min_wage_fen: plan.minWageFen,
    host_allowance: v.hostAllowanceFen,
    insurance_policy: v.insurancePolicy,
    remark: v.remark,
    other_type_note: v.internType === '9' ? v.otherTypeNote : null,
  };
}
