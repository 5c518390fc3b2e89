import dayjs from 'dayjs';

/** A stored timestamp (ISO, UTC) in the clerk's local time: 2026-11-28 10:05. */
export const formatDateTime = (iso: string, seconds = false) =>
  dayjs(iso).format(seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');

/** BR-02 statutory age: 63岁, or 60岁3个月. */
export const formatRetirementAge = (years: number, months: number) =>
  months ? `${years}岁${months}个月` : `${years}岁`;
