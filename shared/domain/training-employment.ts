// BR-38 employment after training (DOMAIN §11.3): for 就业技能培训 and 创业培训, a trainee counts as employed when an
// employment starts within CFG-36 months after the class end — recorded on the enrolment, or found in the register
// (E09 21–24 evidence, a placement, a registration cancelled for employment). 培训后就业率 = employed ÷ 结业合格 × 100,
// one decimal.
import { shiftMonths } from './dates';
import { employmentBetween, type EmploymentRecord } from './employment-history';
import type { TrainingTypeCode } from '../enums/training-codes';

export const FOLLOWED_TYPES: readonly TrainingTypeCode[] = ['01', '03'];

/** The last day of the follow-up window of a class that ended on `classEnd`. */
export const followUpEnd = (classEnd: string, months: number): string => shiftMonths(classEnd, months);

/** The date employment started within (classEnd, classEnd + months], or null. */
export function employedAfterTraining(
  classEnd: string,
  months: number,
  recorded: string | null,
  register: EmploymentRecord | null,
): string | null {
  const until = followUpEnd(classEnd, months);
  if (recorded && recorded > classEnd && recorded <= until) return recorded;
  const found = register ? employmentBetween(register, classEnd, until) : null;
  return found ? found.date : null;
}

/** 培训后就业率 in percent with one decimal; null when nobody passed. */
export function employmentRate(employed: number, passed: number): number | null {
  if (passed === 0) return null;
  return Math.round((employed * 1000) / passed) / 10;
}
