// BR-33 enrolment eligibility and BR-34 no double booking (DOMAIN §11.3), judged on the class start — never on
// today's status. Working age (BR-03) and ≥ 16 on the start; the E33 category must be borne out by the register:
// 01 an active unemployment registration, 02 an active 就业困难人员 recognition, 03 a 零就业家庭 (BR-15), 05 a
// poverty/monitoring status, 06 graduation in the class start's year (or up to CFG `graduateYearsBack` years
// before), 09 a disability certificate or type; 04, 07, 08, 99 are declared and need a note.
import { workingAgeRefusal } from './recognition-prerequisites';
import type { RetirementCategory } from './retirement';
import { traineeCategoryLabel, type TraineeCategoryCode } from '../enums/training-codes';

export interface TraineeFacts {
  birthDate: string;
  retirementCategory: RetirementCategory;
  /** E09 on the class start (null when the records cannot say). */
  statusOnStart: string | null;
  registeredOnStart: boolean;
  recognisedOnStart: boolean;
  /** BR-15 on the class start. */
  zeroHousehold: { ok: boolean; why: string; manual?: true };
  povertyStatus: string | null;
  disabled: boolean;
}

export interface EnrolmentClaim {
  category: TraineeCategoryCode;
  note: string | null;
  graduationDate: string | null;
}

export interface Refusal {
  field: string;
  message: string;
}

/** BR-33: null when the enrolment is allowed; otherwise the refusal naming the form field. */
export function enrolmentRefusal(
  f: TraineeFacts,
  c: EnrolmentClaim,
  classStart: string,
  graduateYearsBack = 1,
): Refusal | null {
  const age = workingAgeRefusal(
    f.birthDate,
    f.retirementCategory,
    f.statusOnStart,
    classStart,
    'personId',
    '参加补贴性职业培训',
  );
  if (age) return age;
  const label = traineeCategoryLabel(c.category);
  const no = (why: string): Refusal => ({
    field: 'category',
    message: `人员类别“${label}”与台账不符：${why}（按开班日期 ${classStart} 核对）`,
  });
  switch (c.category) {
    case '01':
      return f.registeredOnStart ? null : no('开班时该人员没有有效的失业登记');
    case '02':
      return f.recognisedOnStart ? null : no('开班时该人员不是在册的就业困难人员');
    case '03':
      if (f.zeroHousehold.manual)
        return {
          field: 'category',
          message: `人员类别“${label}”不能按台账确认：${f.zeroHousehold.why}后才能按此类别报名（按开班日期 ${classStart} 核对）`,
        };
      return f.zeroHousehold.ok ? null : no(f.zeroHousehold.why);
    case '05':
      return f.povertyStatus && f.povertyStatus !== '0' ? null : no('人员信息中脱贫/监测状态为“无”');
    case '06': {
      if (!c.graduationDate) return { field: 'graduationDate', message: '毕业年度高校毕业生请填写毕业时间' };
      const year = Number(classStart.slice(0, 4));
      const grad = Number(c.graduationDate.slice(0, 4));
      if (grad > year || grad < year - graduateYearsBack)
        return {
          field: 'graduationDate',
          message: `毕业时间 ${c.graduationDate} 不在${year - graduateYearsBack}至${year}年内，不属于毕业年度高校毕业生`,
        };
      return null;
    }
    case '09':
      return f.disabled ? null : no('人员信息中没有残疾类别或残疾人证号');
    default:
      return c.note ? null : { field: 'categoryNote', message: `人员类别“${label}”凭本人申报，请在类别说明中写明依据` };
  }
}

/** BR-34: two inclusive date spans overlap. */
export const spansOverlap = (aStart: string, aEnd: string, bStart: string, bEnd: string): boolean =>
  aStart <= bEnd && bStart <= aEnd;
