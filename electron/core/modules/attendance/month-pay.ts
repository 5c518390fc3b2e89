// The stored columns of a month's subsidy as the contract's monthDays / monthPay give them (shared/contract/attendance.ts):
// attendance_months (岗位补贴, DOMAIN §3.9) and internship_allowances (见习补贴, §3.11 mirrors §3.9) name them alike.

export interface MonthPayColumns {
  due_amount: number;
  deduction: number;
  deduction_reason: string | null;
  paid_amount: number;
}

/** 应发, 扣减 with its reason and 实发, in fen. */
export const monthPayOf = (r: MonthPayColumns) => ({
  dueFen: r.due_amount,
  deductionFen: r.deduction,
  deductionReason: r.deduction_reason,
  paidFen: r.paid_amount,
});

/** An attendance month's days on the post, days to attend and days attended. */
export interface MonthDaysColumns {
  days_on_post: number;
  required_days: number;
  attended_days: number;
}

export const monthDaysOf = (r: MonthDaysColumns) => ({
  daysOnPost: r.days_on_post,
  requiredDays: r.required_days,
  attendedDays: r.attended_days,
});
