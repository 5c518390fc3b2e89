// BR-25 internship eligibility (with BR-03), judged on the agreement start date — not on today's status, so a
// back-dated internship is judged by what the records say about that day (employment-history.ts).
// - Graduate (E20 1): agreement_start ≤ graduation date + CFG-18 months; not employed on the start date.
// - Youth (E20 2): 16 ≤ age < 25 (CFG-18) on the start date and registered unemployed that day.
// - Nobody employed (E09 21–23) or a student (30) on the start date.
import { ageOn } from './age';
import { shiftMonths } from './dates';
import { employmentStatusOn, type EmploymentRecord } from './employment-history';
import { statutoryRetirement, type RetirementCategory } from './retirement';
import { employmentStatusLabel } from '../enums/person-codes';

export interface InternshipRuleSet {
  graduateWindowMonths: number;
  youthMinAge: number;
  youthMaxAge: number;
}

export interface InternApplicant {
  birthDate: string;
  retirementCategory: RetirementCategory;
  employment: EmploymentRecord;
  /** Registered unemployed on the start date. */
  registeredOnStart: boolean;
}

export interface InternshipTerms {
  internType: string;
  agreementStart: string;
  graduationDate: string | null;
}

export interface InternRefusal {
  rule: string;
  field: string;
  message: string;
}

const EMPLOYED = ['21', '22', '23'];

/** The first refusal, or null when eligible. */
export function internshipRefusal(
  a: InternApplicant,
  t: InternshipTerms,
  rules: InternshipRuleSet,
): InternRefusal | null {
  const start = t.agreementStart;
  const no = (rule: string, message: string, field = 'personId'): InternRefusal => ({ rule, field, message });
  const age = ageOn(a.birthDate, start);
  const status = employmentStatusOn(a.employment, start);
  if (age < 16) return no('BR-03', `见习开始日该人员${age}周岁，未满16周岁，不能参加就业见习`);
  if (start >= statutoryRetirement(a.birthDate, a.retirementCategory).date || status === '50') {
    return no('BR-03', '该人员已达到法定退休年龄或领取基本养老金，不能参加就业见习');
  }
  if (status && EMPLOYED.includes(status)) {
    return no(
      'BR-25',
      `见习开始日（${start}）该人员就业状态为“${employmentStatusLabel(status)}”，已就业人员不能参加就业见习`,
    );
  }
  if (status === '30') return no('BR-25', `见习开始日（${start}）该人员为在校学生（入学），不能参加就业见习`);
  if (t.internType === '1' && t.graduationDate) {
    const last = shiftMonths(t.graduationDate, rules.graduateWindowMonths);
    if (start > last) {
      return no(
        'BR-25',
        `高校毕业生应在离校${rules.graduateWindowMonths}个月内参加见习：${t.graduationDate} 离校，见习最迟 ${last} 开始`,
        'agreementStart',
      );
    }
  }
  if (t.internType === '2') {
    if (age < rules.youthMinAge || age > rules.youthMaxAge) {
      return no(
        'BR-25',
        `失业青年见习须在见习开始日年满${rules.youthMinAge}周岁、未满${rules.youthMaxAge + 1}周岁，该人员当日${age}周岁`,
      );
    }
    if (!a.registeredOnStart) {
      return no('BR-25', `失业青年见习须为登记失业人员：该人员在 ${start} 没有有效的失业登记，请先办理失业登记`);
    }
  }
  return null;
}

/**
 * E20 9 其他 (a local extension such as 技工院校毕业生): BR-25 sets an age range only for 失业青年 (E20 2) and DOMAIN says
 * nothing of an age for 其他, so the core does not refuse an older intern of that category. The form still warns when
 * the person is over the youth cap (CFG-18) on the start date, for the clerk to check the county's policy; null when not.
 */
export function otherTypeAgeWarning(birthDate: string, agreementStart: string, youthMaxAge: number): string | null {
  const age = ageOn(birthDate, agreementStart);
  if (age <= youthMaxAge) return null;
  return `见习开始日该人员${age}周岁，超过失业青年见习的年龄上限（${youthMaxAge}周岁）。“其他”类别不限年龄，请确认本县政策允许后再保存`;
}
