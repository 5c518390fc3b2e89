// BR-02 Statutory retirement age and month (S11, 全国人大常委会关于实施渐进式延迟法定退休年龄的决定,
// in force 2025-01-01). Input is the birth date (its year-month drives the rule) and the E25 category.

import { parseDate, shiftMonths } from './dates';

export type RetirementCategory = 'M60' | 'F55' | 'F50';

export interface RetirementRule {
  /** Original statutory age A0 in years. */
  baseAgeYears: number;
  /** First birth year and month (1–12) affected by the reform. */
  startYear: number;
  startMonth: number;
  /** +1 month of delay per `stepMonths` months of birth. */
  stepMonths: number;
  /** Maximum delay in months. */
  maxDelayMonths: number;
}

/** BR-02 table. */
export const RETIREMENT_RULES: Readonly<Record<RetirementCategory, RetirementRule>> = {
  M60: { baseAgeYears: 60, startYear: 1965, startMonth: 1, stepMonths: 4, maxDelayMonths: 36 },
  F55: { baseAgeYears: 55, startYear: 1970, startMonth: 1, stepMonths: 4, maxDelayMonths: 36 },
  F50: { baseAgeYears: 50, startYear: 1975, startMonth: 1, stepMonths: 2, maxDelayMonths: 60 },
};

export interface StatutoryRetirement {
  /** Statutory age = ageYears years + ageMonths months (ageMonths 0–11). */
  ageYears: number;
  ageMonths: number;
  /** Delay added by the reform, in months (0 for births before the start month). */
  delayMonths: number;
  /** Retirement month 'YYYY-MM' = birth month + statutory age. */
  month: string;
  /** Day the statutory age is reached: same day-of-month as the birthday, or the last day of the month. */
  date: string;
}

/**
 * BR-02: m = (birth_year − start_year) × 12 + (birth_month − start_month);
 * delay = 0 if m < 0, else min(max_delay, floor(m / step) + 1);
 * statutory age = A0 years + delay months; month = birth month + statutory age.
 * Throws RangeError on an invalid birth date.
 */
export function statutoryRetirement(birthDate: string, category: RetirementCategory): StatutoryRetirement {
  const b = parseDate(birthDate);
  if (!b) throw new RangeError(`Invalid birth date: ${birthDate}`);
  const rule = RETIREMENT_RULES[category];

  const m = (b.y - rule.startYear) * 12 + (b.m - rule.startMonth);
  const delayMonths = m < 0 ? 0 : Math.min(rule.maxDelayMonths, Math.floor(m / rule.stepMonths) + 1);
  const totalMonths = rule.baseAgeYears * 12 + delayMonths;

  const date = shiftMonths(birthDate, totalMonths);
  const month = date.slice(0, 7);

  return {
    ageYears: Math.floor(totalMonths / 12),
    ageMonths: totalMonths % 12,
    delayMonths,
    month,
    date,
  };
}

/**
 * E25 default by sex (field retirement_category): men M60; women the configured default
 * ([CFG], default F50).
 */
export function defaultRetirementCategory(sex: '1' | '2', femaleDefault: 'F50' | 'F55' = 'F50'): RetirementCategory {
  return sex === '1' ? 'M60' : femaleDefault;
}
