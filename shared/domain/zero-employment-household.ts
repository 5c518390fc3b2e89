// BR-15 zero-employment household (E06 K04 零就业家庭成员): the applicant and every household member of working
// age able to work are unemployed. A member's 目前状况 is an E09 code or free text (§3.2); text that says the
// member works (就业, 务工, 上班 …) counts as employed unless it is negated (未就业, 无工作 …). The household's
// business or investment income is not recorded, so that part of S5 is the reviewers' (materials) check.
import { isEmployedStatus } from './employment-history';
import { EMPLOYMENT_STATUSES } from '../enums/person-codes';
import type { RuleResult } from './older-age';

export interface HouseholdMember {
  name: string;
  relation: string;
  status: string;
  worksAgeAble: boolean;
}

const WORKS = /(就业|务工|打工|上班|工作|经商|个体|创业|在岗|公益性岗位|受雇|灵活)/;
const NOT = /(未|无|没有|失业|待业|不)/;

/** Whether a member's 目前状况 means employed. */
export function memberEmployed(status: string): boolean {
  const s = status.trim();
  if (/^\d{2}$/.test(s)) return isEmployedStatus(s);
  const byLabel = EMPLOYMENT_STATUSES.find((e) => e.label === s);
  if (byLabel) return isEmployedStatus(byLabel.code);
  return WORKS.test(s) && !NOT.test(s);
}

/** BR-15 for the applicant (status on the date) and the members recorded on the person. */
export function checkZeroEmploymentHousehold(
  applicantStatus: string | null,
  members: readonly HouseholdMember[],
): RuleResult {
  if (isEmployedStatus(applicantStatus)) return { ok: false, why: '本人有就业记录' };
  const able = members.filter((m) => m.worksAgeAble);
  if (able.length === 0 && members.length === 0) return { ok: false, why: '未录入家庭成员，无法核对零就业家庭' };
  const working = able.find((m) => memberEmployed(m.status));
  if (working) return { ok: false, why: `家庭成员${working.name}（${working.relation}）目前状况为“${working.status}”` };
  return {
    ok: true,
    why: able.length
      ? `劳动年龄内有劳动能力的家庭成员${able.length}人均未就业`
      : '家庭成员中没有劳动年龄内有劳动能力的人，本人未就业',
  };
}
