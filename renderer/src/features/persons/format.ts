/** BR-02 statutory age: 63岁, or 60岁3个月. */
export const formatRetirementAge = (years: number, months: number) =>
  months ? `${years}岁${months}个月` : `${years}岁`;
