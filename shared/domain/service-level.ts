// BR-09 tiered service (分级分类), default scheme [D]/[L], thresholds from CFG-24. Pure; no I/O.
//
// Levels: A 重点帮扶 > B 关注服务 > C 常规服务.
// - A: recognised 就业困难人员 (persons.is_difficult), or 零就业家庭成员 (BR-15 on the recorded household,
//   zeroHouseholdMember below), or registered for
//   ≥ CFG-24 longTermMonths (default 6) on the evaluation date, or 脱贫/监测 status ≠ 0 (E24 1–5).
// - B: wishes to work (E15 1) and asked for training or guidance (needs hold SV2 职业指导 or SV5 职业培训推荐).
//   DOMAIN also names "has no skills record"; the register keeps no skills record yet, so that branch is not used.
// - C: all others.
//
// Re-evaluation policy at each successful contact (decided here, [D]):
// - the suggestion is recorded on the contact;
// - the level is RAISED automatically when the rule suggests a higher level — raising only adds service;
// - it is never LOWERED automatically: less service for a vulnerable person is the clerk's decision, made with
//   registrations.setServiceLevel and a reason;
// - a clerk's override stands until the rule finds a new reason: after a manual change, the rule raises only
//   above the suggestion that was on record when the clerk decided (shouldAutoRaise).
import { completedMonths } from './contact-due';
import { checkZeroEmploymentHousehold, type HouseholdMember } from './zero-employment-household';

export type ServiceLevel = 'A' | 'B' | 'C';

/** CFG-24 service_level_rules. */
export interface ServiceLevelRules {
  /** Registration duration (completed months) that makes a person A. */
  longTermMonths: number;
}

export const DEFAULT_SERVICE_LEVEL_RULES: ServiceLevelRules = { longTermMonths: 6 };

export interface ServiceLevelFacts {
  isDifficult: boolean;
  /** E24; null or '0' = none. */
  povertyStatus: string | null;
  /** 零就业家庭成员 (BR-15): zeroHouseholdMember on the household recorded on the person. */
  zeroEmploymentHousehold?: boolean;
  regDate: string;
  /** Evaluation date (registration date, contact date, or today). */
  onDate: string;
  /** E15. */
  jobWish: string;
  /** E14 服务需求. */
  needs: readonly string[];
}

export interface LevelSuggestion {
  level: ServiceLevel;
  /** Why, in Chinese, for the screen and the level history; several A reasons may apply. */
  reasons: string[];
}

const RANK: Record<ServiceLevel, number> = { A: 3, B: 2, C: 1 };
export const isHigher = (a: ServiceLevel, b: ServiceLevel): boolean => RANK[a] > RANK[b];

export function suggestServiceLevel(
  f: ServiceLevelFacts,
  rules: ServiceLevelRules = DEFAULT_SERVICE_LEVEL_RULES,
): LevelSuggestion {
  const a: string[] = [];
  if (f.isDifficult) a.push('已认定就业困难人员');
  if (f.zeroEmploymentHousehold) a.push('零就业家庭成员');
  const months = f.onDate >= f.regDate ? completedMonths(f.regDate, f.onDate) : 0;
  if (months >= rules.longTermMonths) a.push(`失业登记已满${rules.longTermMonths}个月`);
  if (f.povertyStatus && f.povertyStatus !== '0') a.push('脱贫人口或防止返贫监测对象');
  if (a.length) return { level: 'A', reasons: a };
  if (f.jobWish === '1' && (f.needs.includes('SV2') || f.needs.includes('SV5'))) {
    return { level: 'B', reasons: ['有就业意愿且需要职业培训或职业指导'] };
  }
  return { level: 'C', reasons: ['无重点帮扶或关注服务情形'] };
}

/** At registration the person is registered without work (BR-04: E09 10); the applicant's status BR-15 takes. */
export const STATUS_AT_REGISTRATION = '10';

/**
 * BR-09's 零就业家庭成员: BR-15 on the household members recorded on the person (kept as they are now, not dated)
 * and the applicant's E09 status on the evaluation date (STATUS_AT_REGISTRATION at registration, the status found
 * at a contact). No recognition application is at hand, so the household's business or investment income is not
 * part of it (zero-employment-household.ts).
 */
export function zeroHouseholdMember(applicantStatus: string | null, members: readonly HouseholdMember[]): boolean {
  return checkZeroEmploymentHousehold(applicantStatus, members).ok;
}

/** The last manual decision on record: the level the clerk chose and the rule's suggestion at that time. */
export interface ManualDecision {
  suggestedLevel: ServiceLevel | null;
}

/** Policy above: raise when the suggestion is higher than the current level and than the one the clerk overrode. */
export function shouldAutoRaise(
  current: ServiceLevel,
  suggested: ServiceLevel,
  lastManual: ManualDecision | null,
): boolean {
  if (!isHigher(suggested, current)) return false;
  if (lastManual?.suggestedLevel && !isHigher(suggested, lastManual.suggestedLevel)) return false;
  return true;
}
