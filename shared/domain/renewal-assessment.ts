import { shiftMonths } from './dates';
import { addDays } from './working-days';

/**
 * BR-23 ("不合格 in year Y blocks renewal for Y+1"): the 年度考核 year that decides a placement's renewal (续签). The
 * new term starts the day after the current contract end; the renewal is "for" the year most of a year's term falls
 * in (the year of its start + 6 months), so it is decided by the year before that one. A contract ending 2026-12-14
 * or 2027-01-10 is renewed on 2026's result (the 考核 of a year is made at its end); one ending 2026-03-31 on 2025's.
 */
export const renewalAssessmentYear = (contractEnd: string): number =>
  Number(shiftMonths(addDays(contractEnd, 1), 6).slice(0, 4)) - 1;

/**
 * The 考核年度 a 年度考核 form offers on `today`: the year deciding the next renewal (renewalAssessmentYear), but never a
 * year not yet assessable — a year's 考核 is made at its end, so the current year only from December on, before that
 * the year before.
 */
export function defaultAssessmentYear(contractEnd: string, today: string): number {
  const year = Number(today.slice(0, 4));
  const assessable = today.slice(5, 7) === '12' ? year : year - 1;
  return Math.min(renewalAssessmentYear(contractEnd), assessable);
}
