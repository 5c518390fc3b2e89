// Internship allowance months as the post attendance rows (DOMAIN §3.11 InternshipMonthly mirrors §3.9; BR-27,
// VR-14): a deduction with its reason (an absent month, a host that did not pay its share), the amount paid
// (实发 = 应发 − 扣减, never below 0) and 单位已发放岗位补助 (host_allowance_verified, a column since 0007, now
// written per month). A roster pays the paid amount plus any early-hire remainder (BR-27).
// - Columns are added, not the table rebuilt: subsidy_batch_items references internship_allowances, and the
//   review-lock triggers of 0007/0010 on it (allowance_locked_update/delete) stay exactly as they are.
// - paid_amount is a generated column (due_amount − deduction): existing rows get it without an UPDATE (which the
//   review-lock trigger would refuse for reviewed months), and it can never disagree with its parts.
export default /* sql */ `
ALTER TABLE internship_allowances ADD COLUMN deduction INTEGER NOT NULL DEFAULT 0
  CHECK (deduction >= 0 AND deduction <= due_amount);
ALTER TABLE internship_allowances ADD COLUMN deduction_reason TEXT
  CHECK (deduction = 0 OR deduction_reason IS NOT NULL);
ALTER TABLE internship_allowances ADD COLUMN paid_amount INTEGER GENERATED ALWAYS AS (due_amount - deduction) VIRTUAL;
`;
