// E06 categories checked against the person's records (BR-11 K01, BR-12 K05, BR-15 K04, and the record-based
// ones): K02 残疾人 (a disability type or 残疾人证号 recorded), K03 低保对象 (低保 recorded and, XJ 2020 (DOMAIN E06),
// continuously unemployed ≥ `dibaoUnemployedMonths` since the latest registration; 0 = no such condition),
// K06 就业困难高校毕业生 (XJ: college education E03 10/20/30 and unemployed ≥ CFG-11 months since registration with no
// employment), K07 脱贫人口/监测对象劳动力 (E24 status 1–5 and rural: E06 says a rural labourer; the person's 城乡属性,
// else the residence village's 城乡分类代码). K08–K14 and K99 have no record to check: the reviewers check the
// materials ('manual'); they can support a placement only through an active recognition.
// What the applicant declares on the application itself (`ApplicationFacts`, K04's household income) is passed by the
// recognition checks only; a failing answer there names its form field (`field`).
import { difficultyCategoryLabel } from '../enums/difficulty-categories';
import { employmentStatusOn, type EmploymentRecord } from './employment-history';
import {
  checkLongTermUnemployed,
  unemployedMonths,
  type LongTermRules,
  type Referral,
  type Registration,
} from './long-term-unemployment';
import { checkOlderAge, type OlderAgeThresholds } from './older-age';
import { checkZeroEmploymentHousehold, type HouseholdMember } from './zero-employment-household';

export interface PersonFacts {
  sex: '1' | '2';
  birthDate: string;
  education: string | null;
  disabilityType: string | null;
  disabilityCertNo: string | null;
  dibao: boolean;
  povertyStatus: string | null;
  registrations: readonly Registration[];
  employment: EmploymentRecord;
  referrals: readonly Referral[];
  household: readonly HouseholdMember[];
  /** Rural resident (城乡属性 2xx, else the village's code); null when neither is recorded. */
  rural: boolean | null;
}

export interface CategoryRules {
  olderAge: OlderAgeThresholds;
  longTerm: LongTermRules;
  /** K03: months of continuous unemployment a 低保 applicant needs (XJ 2020: 6); 0 = 低保 alone. */
  dibaoUnemployedMonths: number;
}

/** Declared on the recognition application, as of its date. */
export interface ApplicationFacts {
  /** K04: the household has business or investment income (经营性、财产性收入); null = not filled in. */
  householdBusinessIncome: boolean | null;
}

export type CategoryOutcome = 'pass' | 'fail' | 'manual';

export interface CategoryCheck {
  code: string;
  label: string;
  outcome: CategoryOutcome;
  /** Plain Chinese. */
  why: string;
  /** The application's form field whose answer made the category fail, when it was not the person's records. */
  field?: string;
}

export const COLLEGE_EDUCATIONS: readonly string[] = ['10', '20', '30'];
export const isPoorStatus = (s: string | null) => !!s && s !== '0';

/** One E06 category on `onDate`; `app` is the application's declarations when there is one. */
export function checkCategory(
  code: string,
  f: PersonFacts,
  onDate: string,
  rules: CategoryRules,
  app?: ApplicationFacts,
): CategoryCheck {
  const label = difficultyCategoryLabel(code);
  const out = (ok: boolean, why: string): CategoryCheck => ({ code, label, outcome: ok ? 'pass' : 'fail', why });
  switch (code) {
    case 'K01': {
      const r = checkOlderAge(f.birthDate, f.sex, onDate, rules.olderAge);
      return out(r.ok, r.why);
    }
    case 'K02':
      return f.disabilityType || f.disabilityCertNo
        ? out(true, '人员信息中登记了残疾类别或残疾人证号')
        : out(false, '人员信息中没有残疾类别或残疾人证号');
    case 'K03': {
      if (!f.dibao) return out(false, '人员信息中未标记低保');
      const need = rules.dibaoUnemployedMonths;
      if (need <= 0) return out(true, '人员信息中标记为低保');
      const u = unemployedMonths(f.registrations, f.employment, onDate);
      if (u.why) return out(false, `低保对象还须连续失业满${need}个月：${u.why}`);
      if (u.months < need) return out(false, `低保对象还须连续失业满${need}个月：登记失业至${onDate}为${u.months}个月`);
      return out(true, `低保对象，连续失业${u.months}个月`);
    }
    case 'K04': {
      const r = checkZeroEmploymentHousehold(
        employmentStatusOn(f.employment, onDate),
        f.household,
        app?.householdBusinessIncome,
      );
      if (r.manual) return { code, label, outcome: 'manual', why: r.why };
      return r.field ? { ...out(r.ok, r.why), field: r.field } : out(r.ok, r.why);
    }
    case 'K05': {
      const r = checkLongTermUnemployed(f.registrations, f.employment, f.referrals, onDate, rules.longTerm);
      return out(r.ok, r.why);
    }
    case 'K06': {
      if (!f.education || !COLLEGE_EDUCATIONS.includes(f.education)) return out(false, '文化程度不是大学专科及以上');
      const u = unemployedMonths(f.registrations, f.employment, onDate);
      if (u.why) return out(false, u.why);
      if (u.months < rules.longTerm.months)
        return out(false, `高校毕业生登记失业至${onDate}为${u.months}个月，不满${rules.longTerm.months}个月`);
      return out(true, `高校毕业生，连续失业${u.months}个月`);
    }
    case 'K07':
      if (!isPoorStatus(f.povertyStatus)) return out(false, '人员信息中脱贫/监测状态为“无”');
      if (f.rural === null)
        return out(false, '人员信息的“城乡属性”和所住村(社区)的城乡分类代码均未登记，无法核对是否为农村劳动力');
      return f.rural
        ? out(true, '农村劳动力，登记为脱贫人口或监测对象')
        : out(false, '“城乡属性”为城镇：脱贫人口/监测对象劳动力须为农村劳动力');
    default:
      return { code, label, outcome: 'manual', why: '台账中没有可核对的记录，须由审核人员核验证明材料' };
  }
}

export const checkCategories = (
  codes: readonly string[],
  f: PersonFacts,
  onDate: string,
  rules: CategoryRules,
  app?: ApplicationFacts,
) => codes.map((c) => checkCategory(c, f, onDate, rules, app));
