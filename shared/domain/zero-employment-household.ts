// BR-15 zero-employment household (E06 K04 零就业家庭成员): the applicant and every household member of working
// age able to work are unemployed. A member's 目前状况 is an E09 code or free text (§3.2), read by member-status.ts:
// a status it cannot read (教师? 务农? 其他：…) is not taken for unemployed: the category then cannot be confirmed from
// the records (`manual`) and needs a recognition's review.
// S5 also asks that the household has no business or investment income (经营性、财产性收入): the applicant declares it
// on the recognition application (HOUSEHOLD_INCOME_LABEL), as of the application date; a declared income fails the
// category, naming that field. Where no application is at hand (a placement or an enrolment resting on K04 without a
// recognition) `income` is undefined and that part stays the reviewers' (materials) check.
import { isEmployedStatus } from './employment-history';
import { memberEmployed, readMemberStatus } from './member-status';
import type { RuleResult } from './older-age';

export { memberEmployed };

export interface HouseholdMember {
  name: string;
  relation: string;
  status: string;
  worksAgeAble: boolean;
}

/** The application's field for the household's business or investment income (form field householdBusinessIncome). */
export const HOUSEHOLD_INCOME_FIELD = 'householdBusinessIncome';
export const HOUSEHOLD_INCOME_LABEL = '家庭经营性、财产性收入';

/**
 * A BR-15 result; `field` names the application field when that field's answer made it fail; `manual` when a
 * member's 目前状况 cannot be read, so the records cannot confirm it (ok is then false).
 */
export type ZeroHouseholdResult = RuleResult & { field?: typeof HOUSEHOLD_INCOME_FIELD; manual?: true };

/**
 * BR-15 for the applicant (status on the date), the members recorded on the person and, on an application, the
 * declared household business or investment income (true = has some, false = none, null = not filled in,
 * undefined = no application to read it from).
 */
export function checkZeroEmploymentHousehold(
  applicantStatus: string | null,
  members: readonly HouseholdMember[],
  income?: boolean | null,
): ZeroHouseholdResult {
  if (isEmployedStatus(applicantStatus)) return { ok: false, why: '本人有就业记录' };
  const able = members.filter((m) => m.worksAgeAble);
  if (able.length === 0 && members.length === 0) return { ok: false, why: '未录入家庭成员，无法核对零就业家庭' };
  const working = able.find((m) => memberEmployed(m.status));
  if (working) return { ok: false, why: `家庭成员${working.name}（${working.relation}）目前状况为“${working.status}”` };
  const field = HOUSEHOLD_INCOME_FIELD;
  if (income === null) return { ok: false, field, why: `申请表未填写“${HOUSEHOLD_INCOME_LABEL}”` };
  if (income === true)
    return { ok: false, field, why: `申请表“${HOUSEHOLD_INCOME_LABEL}”填的是“有”，零就业家庭须无经营性、财产性收入` };
  // After the application's own answer: a member the records cannot read leaves the category to the review.
  const unread = able.find((m) => readMemberStatus(m.status) === 'unknown');
  if (unread) {
    const why = `家庭成员${unread.name}（${unread.relation}）目前状况为“${unread.status}”，无法核对是否就业，须经认定`;
    return { ok: false, manual: true, why };
  }
  const membersWhy = able.length
    ? `劳动年龄内有劳动能力的家庭成员${able.length}人均未就业`
    : '家庭成员中没有劳动年龄内有劳动能力的人，本人未就业';
  return { ok: true, why: income === false ? `${membersWhy}，申请表填写家庭无经营性、财产性收入` : membersWhy };
}
