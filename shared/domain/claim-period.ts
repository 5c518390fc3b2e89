// The period a subsidy roster claims (BR-24, setting 补贴申领周期): one month, or the quarter of three months. Words
// for it are shared by the core (roster names, messages) and the screens (the generate forms).
import { addMonths, chineseMonth } from './dates';

const QUARTERS = ['一', '二', '三', '四'];

/** The first month of the quarter `month` is in: 2026-11 → 2026-10. */
export function quarterStart(month: string): string {
  const first = Math.floor((Number(month.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${month.slice(0, 4)}-${String(first).padStart(2, '0')}`;
}

/** 2026年第四季度. */
export const quarterText = (month: string): string =>
  `${month.slice(0, 4)}年第${QUARTERS[Math.floor((Number(month.slice(5, 7)) - 1) / 3)]}季度`;

/** 2026年11月, or 2026年第四季度（10–12月） for a period of three months. */
export function claimPeriodLabel(from: string, to: string): string {
  if (from === to) return chineseMonth(from);
  return `${quarterText(from)}（${Number(from.slice(5, 7))}–${Number(to.slice(5, 7))}月）`;
}

/** The first months of `count` quarters up to the one `month` is in, newest first. */
export const recentQuarters = (month: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addMonths(quarterStart(month), -3 * i));
