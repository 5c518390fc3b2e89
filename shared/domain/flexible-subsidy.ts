// BR-30 Flexible-employment social-insurance subsidy (灵活就业社会保险补贴; information only, S1, XJ 2020). The
// register records that the policy is enjoyed, as periods of months per person:
// - the periods of one person never overlap;
// - at most 36 subsidised months in total over all the person's periods (gaps do not reset the count);
// - unless the person is less than 5 years (60 months) from the statutory retirement month (BR-02) at the first
//   approval (the first month of the earliest period): then the subsidy may run until the month before retirement.
// These are the BR-18 rules of 公益性岗位 (shared/domain/subsidy-period.ts) with the default settings and without
// the 2020 one-off extension, which was a 公益性岗位 measure; the same pure rule computes them.
import { addMonths, monthsBetween } from './dates';
import { subsidyPeriod, type SubsidyPeriod, type SubsidyRules } from './subsidy-period';

export const FLEX_SUBSIDY_RULES: SubsidyRules = {
  maxMonths: 36,
  nearRetirementMonths: 60,
  endRule: 'monthBeforeRetirement',
  extension: null,
};

/** One period as months, both ends included; endMonth is the month it really ends (an early end's month). */
export interface FlexSpan {
  startMonth: string;
  endMonth: string;
}

/** Months of a period, both ends included. */
export const spanMonths = (s: FlexSpan): number => monthsBetween(s.startMonth, s.endMonth) + 1;

const entitlement = (
  retirementMonth: string,
  spans: readonly (FlexSpan | { startMonth: string; endMonth: null })[],
  asOfMonth: string,
): SubsidyPeriod => subsidyPeriod({ retirementMonth, spans, asOfMonth, rules: FLEX_SUBSIDY_RULES });

export interface FlexPlan {
  /** Less than 5 years from retirement at the first approval: the subsidy may run until limitMonth. */
  extendedToRetirement: boolean;
  /** The month before the statutory retirement month. */
  limitMonth: string;
  /** The latest end month a period starting in startMonth may have; null when no month is left. */
  endMonth: string | null;
  /** Months the other periods already use. */
  usedMonths: number;
}

/**
 * What a new period starting in `startMonth` may get beside the person's `others`: its latest end month — 36 months
 * in total (the months the others use counted), or until the month before retirement when extended; never into the
 * next period of the others. The form's default 截止年月.
 */
export function flexPlan(retirementMonth: string, others: readonly FlexSpan[], startMonth: string): FlexPlan {
  const period = entitlement(retirementMonth, [...others, { startMonth, endMonth: null }], startMonth);
  const usedMonths = others.reduce((n, s) => n + spanMonths(s), 0);
  const left = period.extendedToRetirement ? null : FLEX_SUBSIDY_RULES.maxMonths - usedMonths;
  let endMonth: string | null = period.extendedToRetirement
    ? period.limitMonth
    : left! > 0
      ? addMonths(startMonth, left! - 1)
      : null;
  if (endMonth && endMonth > period.limitMonth) endMonth = period.limitMonth;
  const next = others
    .filter((s) => s.startMonth > startMonth)
    .sort((a, b) => (a.startMonth < b.startMonth ? -1 : 1))[0];
  if (endMonth && next && endMonth >= next.startMonth) endMonth = addMonths(next.startMonth, -1);
  if (endMonth && endMonth < startMonth) endMonth = null;
  return { extendedToRetirement: period.extendedToRetirement, limitMonth: period.limitMonth, endMonth, usedMonths };
}

/** A refusal of a period: the form field it concerns and the clerk's message. */
export interface FlexRefusal {
  field: 'startMonth' | 'endMonth';
  message: string;
}

/**
 * BR-30 for `period` among the person's `others` (their other live periods): null when it may be saved, else the
 * first refusal — the start at or after retirement, an overlap, the month before retirement passed, the 36 months.
 */
export function flexRefusal(
  retirementMonth: string,
  others: readonly FlexSpan[],
  period: FlexSpan,
): FlexRefusal | null {
  if (period.startMonth >= retirementMonth)
    return {
      field: 'startMonth',
      message: `起始年月已到法定退休年月（${retirementMonth}），不能享受灵活就业社会保险补贴`,
    };
  const overlap = others.find((s) => s.startMonth <= period.endMonth && period.startMonth <= s.endMonth);
  if (overlap)
    return {
      field: 'startMonth',
      message: `与已登记的补贴期（${overlap.startMonth} 至 ${overlap.endMonth}）重叠，同一人的补贴期不能重叠`,
    };
  const spans = [...others, period];
  const last = spans.reduce((m, s) => (s.endMonth > m ? s.endMonth : m), period.endMonth);
  const p = entitlement(retirementMonth, spans, last);
  if (p.extendedToRetirement) {
    if (period.endMonth > p.limitMonth)
      return { field: 'endMonth', message: `截止年月不能晚于法定退休年月的前一个月（${p.limitMonth}）` };
    return null;
  }
  const total = spans.reduce((n, s) => n + spanMonths(s), 0);
  if (total <= FLEX_SUBSIDY_RULES.maxMonths) return null;
  const used = total - spanMonths(period);
  const max = FLEX_SUBSIDY_RULES.maxMonths;
  const latest = `截止年月最晚为 ${addMonths(period.startMonth, max - used - 1)}`;
  let message = `补贴期限不能超过${max}个月，${latest}`;
  if (used >= max) message = `补贴期限已满${max}个月（其他补贴期已享受${used}个月），不能再登记`;
  else if (used > 0)
    message = `补贴期限累计不能超过${max}个月：其他补贴期已享受${used}个月，本次最多${max - used}个月，${latest}`;
  return { field: 'endMonth', message };
}
