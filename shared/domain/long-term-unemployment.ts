// BR-12 long-term unemployment (E06 K05 长期失业人员): completed months from the latest registration to the
// application date ≥ CFG-11 (12), with no employment (E09 21–24) recorded in between; XJ/Urumqi also require
// ≥ CFG-11 (3) job referrals (contacts with service SV1 职业介绍) in the 12 months before the application.
// Completed months count like completed years (BR-01): 2025-01-15 → 2026-01-15 is 12 months, → 2026-01-14 is
// 11 months (and 30 days); a registration on the 31st reaches a month without that day on its last day.
import { completedMonths } from './contact-due';
import { shiftMonths } from './dates';
import { employmentBetween, type EmploymentRecord } from './employment-history';
import type { RuleResult } from './older-age';

export interface LongTermRules {
  months: number;
  referrals: number;
}

export const DEFAULT_LONG_TERM: LongTermRules = { months: 12, referrals: 3 };

export interface Registration {
  regDate: string;
  cancelDate: string | null;
}

/** The latest registration dated on or before `onDate`. */
export function latestRegistration(regs: readonly Registration[], onDate: string): Registration | null {
  let best: Registration | null = null;
  for (const r of regs) if (r.regDate <= onDate && (!best || r.regDate > best.regDate)) best = r;
  return best;
}

/** Months unemployed since the latest registration, or a reason it cannot be counted. */
export function unemployedMonths(
  regs: readonly Registration[],
  employment: EmploymentRecord,
  onDate: string,
): { months: number; why: string | null } {
  const reg = latestRegistration(regs, onDate);
  if (!reg) return { months: 0, why: `${onDate}前没有失业登记` };
  if (reg.cancelDate && reg.cancelDate < onDate) return { months: 0, why: `最近一次失业登记已于${reg.cancelDate}注销` };
  const job = employmentBetween(employment, reg.regDate, onDate);
  if (job) return { months: 0, why: `${reg.regDate}登记失业后，${job.date}有就业记录` };
  return { months: completedMonths(reg.regDate, onDate), why: null };
}

export interface Referral {
  date: string;
}

/** BR-12 on the application date. */
export function checkLongTermUnemployed(
  regs: readonly Registration[],
  employment: EmploymentRecord,
  referrals: readonly Referral[],
  onDate: string,
  rules: LongTermRules,
): RuleResult & { months: number; referrals: number } {
  const u = unemployedMonths(regs, employment, onDate);
  const since = shiftMonths(onDate, -12);
  const count = referrals.filter((r) => r.date > since && r.date <= onDate).length;
  if (u.why) return { ok: false, months: 0, referrals: count, why: u.why };
  if (u.months < rules.months) {
    return {
      ok: false,
      months: u.months,
      referrals: count,
      why: `登记失业至${onDate}为${u.months}个月，不满${rules.months}个月`,
    };
  }
  if (count < rules.referrals) {
    return {
      ok: false,
      months: u.months,
      referrals: count,
      why: `近12个月接受职业介绍${count}次，少于${rules.referrals}次`,
    };
  }
  const ref = rules.referrals > 0 ? `，近12个月接受职业介绍${count}次` : '';
  return { ok: true, months: u.months, referrals: count, why: `连续失业${u.months}个月，期间无就业记录${ref}` };
}
