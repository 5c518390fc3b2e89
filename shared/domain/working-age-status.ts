// A person recorded as 失业(未就业) outside working age (DOMAIN §3.1 employment_status, BR-03 / VR-07): under 16, or on
// or after the statutory retirement date (BR-02). Only a warning on the person record and in the person import —
// the refusal comes with the act (失业登记, 认定, 安置 …), judged on its own date.
import { ageOn } from './age';
import { statutoryRetirement, type RetirementCategory } from './retirement';

/** E09 10 失业(未就业). */
const UNEMPLOYED = '10';

/** The warning for 当前就业状态 on `today`, or null. */
export function unemployedOutsideWorkingAge(
  birthDate: string,
  category: RetirementCategory,
  status: string | null | undefined,
  today: string,
): string | null {
  if (status !== UNEMPLOYED) return null;
  const age = ageOn(birthDate, today);
  if (age < 16) return `该人员${age}周岁，未满16周岁，不在劳动年龄内，当前就业状态一般不应为“失业(未就业)”，请核对`;
  const r = statutoryRetirement(birthDate, category);
  if (today >= r.date) return `该人员已于${r.date}达到法定退休年龄，当前就业状态一般不应为“失业(未就业)”，请核对`;
  return null;
}
