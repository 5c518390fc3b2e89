// A household member's 目前状况 (DOMAIN §3.2: "enum(E09) or text"), read for BR-15 零就业家庭. The person form offers
// MEMBER_STATUS_CHOICES (the E09 labels, with 其他 to be described, plus the statuses of members outside the labour
// force); old rows and other sources may hold free text. A status is read as employed, not employed, or unknown:
// unknown is never taken for unemployed (the K04 check then says it cannot be confirmed from the records).
import { isEmployedStatus } from './employment-history';
import { EMPLOYMENT_STATUSES } from '../enums/person-codes';

export type MemberStatusReading = 'employed' | 'not-employed' | 'unknown';

/** 其他: stored as 其他 or 其他：<what the clerk wrote>. */
export const MEMBER_STATUS_OTHER = '其他';
export const MEMBER_STATUS_OTHER_LABEL = '其他(注明)';

/** The person form's choices, in order: the E09 labels (其他 last, to be described) and three outside the labour force. */
export const MEMBER_STATUS_CHOICES: readonly string[] = [
  ...EMPLOYMENT_STATUSES.filter((e) => e.code !== '99').map((e) => e.label),
  '在校学生',
  '学龄前儿童',
  '退休',
  MEMBER_STATUS_OTHER,
];

/** The stored text of 其他 with a description (as typed: the schema trims the whole text on save). */
export const otherMemberStatus = (note: string): string =>
  note.trim() ? `${MEMBER_STATUS_OTHER}：${note}` : MEMBER_STATUS_OTHER;

/** The description of a stored 其他, as stored ('' when none; null when the status is not 其他). */
export function otherMemberNote(status: string): string | null {
  const m = /^其他(?:\(注明\))?(?:[：:](.*))?$/s.exec(status.trimStart());
  return m ? (m[1] ?? '') : null;
}

// Free text: words of work (negated ones mean the opposite), of unemployment, and of being outside the labour force.
const WORKS =
  /(就业|务工|打工|上班|工作|经商|个体|创业|在岗|公益性岗位|受雇|灵活|在职|职工|员工|工人|教师|老师|医生|护士|公务员|干部|司机|零工|经营|生意|开店)/;
const NOT = /(未|无|没有|失业|待业|不)/;
const JOBLESS = /(失业|待业|无业|未就业|赋闲)/;
const OUTSIDE =
  /(学生|在校|上学|读书|学龄前|幼儿|儿童|婴儿|退休|养老金|丧失劳动能力|无劳动能力|服兵役|参军|入伍|家务|家庭主妇)/;

/** How BR-15 reads a member's 目前状况 (an E09 code, a choice above, or free text). */
export function readMemberStatus(status: string): MemberStatusReading {
  const s = status.trim();
  const e09 = EMPLOYMENT_STATUSES.find((e) => e.code === s || e.label === s);
  if (e09) {
    if (e09.code === '99') return 'unknown';
    return isEmployedStatus(e09.code) ? 'employed' : 'not-employed';
  }
  if (!s || otherMemberNote(s) !== null) return 'unknown';
  if (WORKS.test(s)) return NOT.test(s) ? 'not-employed' : 'employed';
  if (JOBLESS.test(s) || OUTSIDE.test(s)) return 'not-employed';
  return 'unknown';
}

/** Whether a member's 目前状况 says the member works. */
export const memberEmployed = (status: string): boolean => readMemberStatus(status) === 'employed';
