// BR-10 recognition prerequisites (with BR-03 working age): on the application date the applicant is of working
// age (16 or older, before the statutory retirement date BR-02, no basic pension E09 50), holds an unemployment
// registration active that day (registered on or before it), wishes to work (E15 1 有), and names at least one E06
// category; CFG-13 may require a local hukou. Each failure names the form field it belongs to.
import { ageOn } from './age';
import { employmentStatusOn, isEmployedStatus, type EmploymentRecord } from './employment-history';
import { statutoryRetirement, type RetirementCategory } from './retirement';

export interface ApplicantFacts {
  birthDate: string;
  retirementCategory: RetirementCategory;
  employment: EmploymentRecord;
  /** The registration the application rests on. */
  registration: { regDate: string; cancelDate: string | null; jobWish: string } | null;
  /** Hukou region inside the county (CFG-13); null when 户籍地 is empty (refused when CFG-13 is on). */
  localHukou: boolean | null;
}

export interface Refusal {
  field: string;
  message: string;
}

/** BR-03 on `onDate`; null when of working age. `what` names the act (认定, 安置 …). */
export function workingAgeRefusal(
  birthDate: string,
  category: RetirementCategory,
  status: string | null,
  onDate: string,
  field: string,
  what: string,
): Refusal | null {
  const age = ageOn(birthDate, onDate);
  if (age < 16) return { field, message: `${onDate}时该人员${age}周岁，未满16周岁，不能${what}` };
  const r = statutoryRetirement(birthDate, category);
  if (onDate >= r.date) return { field, message: `该人员已于${r.date}达到法定退休年龄，不能${what}` };
  if (status === '50') return { field, message: `该人员已退休或领取基本养老金，不能${what}` };
  return null;
}

/** CFG-13 on, 户籍地 not filled in. */
export const HUKOU_MISSING = '本县规定须为本地户籍才能申请认定：请先在人员信息中填写户籍地（本县的村/社区）';

/** BR-10 on the application date: every refusal, in form order (empty = prerequisites met). */
export function recognitionPrerequisites(
  a: ApplicantFacts,
  applyDate: string,
  categories: readonly string[],
  hukouRequired: boolean,
): Refusal[] {
  const out: Refusal[] = [];
  const status = employmentStatusOn(a.employment, applyDate);
  const age = workingAgeRefusal(
    a.birthDate,
    a.retirementCategory,
    status,
    applyDate,
    'applyDate',
    '申请就业困难人员认定',
  );
  if (age) out.push(age);
  const reg = a.registration;
  if (!reg) out.push({ field: 'registrationId', message: '申请认定须先办理失业登记：该人员没有有效的失业登记' });
  else if (applyDate < reg.regDate)
    out.push({ field: 'applyDate', message: `申请日期不能早于失业登记日期${reg.regDate}` });
  else if (reg.cancelDate && reg.cancelDate < applyDate)
    out.push({ field: 'applyDate', message: `失业登记已于${reg.cancelDate}注销，申请日期须在登记有效期内` });
  else if (reg.jobWish !== '1')
    out.push({ field: 'registrationId', message: '申请认定须有就业意愿：失业登记中的就业意愿不是“有”' });
  if (isEmployedStatus(status))
    out.push({ field: 'applyDate', message: `${applyDate}时该人员有就业记录，不是失业人员` });
  if (categories.length === 0) out.push({ field: 'categories', message: '请至少选择一个认定类别' });
  // CFG-13: an empty 户籍地 cannot show a local hukou (the form offers only this county's villages).
  if (hukouRequired && a.localHukou === false)
    out.push({ field: 'personId', message: '本县规定须为本地户籍才能申请认定，该人员户籍不在本县' });
  else if (hukouRequired && a.localHukou === null) out.push({ field: 'personId', message: HUKOU_MISSING });
  return out;
}
