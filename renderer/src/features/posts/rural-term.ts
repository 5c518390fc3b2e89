import { isValidDate } from '../../../../shared/domain/dates';
import type { AreaTypeCode } from '../../../../shared/enums/post-codes';
import { useRuleNumberOn } from '../../components/useRuleNumberOn';
import { termEnd } from './renew-target';

/** CFG-14: the longest term of a rural post's contract (协议), in months. */
const RURAL_MONTHS = 'posts.ruralContractMonths';

/**
 * The CFG-14 term of a contract starting on `start` (the setting in force on that day, as the core judges it): its
 * months and its latest end, both null for an urban post, while the start is not a whole date (being typed) or
 * while the setting is read.
 */
export function useRuralTerm(areaType: AreaTypeCode, start: string) {
  const on = areaType === 'rural' && isValidDate(start) ? start : null;
  const months = useRuleNumberOn(RURAL_MONTHS, on);
  return { months, latest: months !== null && on ? termEnd(on, months) : null };
}

/** The line under a rural contract's end date: the latest end CFG-14 allows. */
export const ruralTermNote = (months: number, latest: string) =>
  `乡村公益性岗位协议期限不超过${months}个月，截止日期最晚为 ${latest}`;
