import dayjs from 'dayjs';

// The text a clerk reads for stored dates and months, one copy for every screen.

/** A stored timestamp (ISO, UTC) in the clerk's local time: 2026-11-28 10:05. */
export const formatDateTime = (iso: string, seconds = false) =>
  dayjs(iso).format(seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');

const yearAndMonth = (month: string) => ({ year: month.slice(0, 4), mm: month.slice(5, 7) });

/** A `YYYY-MM` month in tables and titles (UI.md `YYYY年MM月`): 2026-03 → 2026年03月; no month → —. */
export const formatMonth = (month: string | null | undefined) => {
  if (!month) return '—';
  const { year, mm } = yearAndMonth(month);
  return `${year}年${mm}月`;
};

/**
 * The same month without the leading zero, 2026-03 → 2026年3月: the form of the core's period-lock messages
 * (electron/core/modules/period-locks/guard.ts), used beside them on the lock and calendar tabs and on 首页.
 */
export const monthText = (month: string) => {
  const { year, mm } = yearAndMonth(month);
  return `${year}年${Number(mm)}月`;
};
