// A roster's months against the working date (DOMAIN BR-19 "paid only for months on post", §3.10 a roster is
// prepared, reviewed and paid in that order): rows and rosters of a month are not made before the month (attendance
// and allowance rows at most one month ahead, so the grid can be prepared; a 补发/扣回 roster not before its month
// either), and an ordinary roster is reviewed only once its month — a quarter roster: its last month — has ended.
import { ruleViolation } from '../../../../shared/contract/result';
import { addMonths, chineseMonth, monthOf } from '../../../../shared/domain/dates';

/** Refuses a month later than the working date's month plus `ahead` months (0: the current month at the latest). */
export function assertMonthStarted(today: string, month: string, ahead = 0): void {
  const latest = addMonths(monthOf(today), ahead);
  if (month <= latest) return;
  const hint = ahead ? `，最多生成到${chineseMonth(latest)}` : '';
  throw ruleViolation(`${chineseMonth(month)}尚未开始${hint}。`, { month: `${chineseMonth(month)}尚未开始` });
}

/** Refuses the review of a roster whose last month has not ended on the working date. */
export function assertMonthEnded(today: string, lastMonth: string): void {
  if (lastMonth < monthOf(today)) return;
  throw ruleViolation(`${chineseMonth(lastMonth)}尚未结束，月末后再审核。`);
}
