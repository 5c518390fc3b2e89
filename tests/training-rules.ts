// The training rules of CFG-32..CFG-37 other than the per-certificate standards: the illustrative defaults as the
// 规则设置 tab ships them. Shared by the core rule-settings test (which checks the defaults) and the renderer's
// training screens (whose fake training.rules.get answers them).

export const DEFAULT_TRAINING_RULES = {
  minAttendancePercent: 80,
  maxPerYear: 3,
  livingFenPerDay: 3_000,
  livingMaxDays: 30,
  hoursPerDay: 8,
  followUpMonths: 6,
  filingLeadDays: 3,
  graduateYearsBack: 1,
};
