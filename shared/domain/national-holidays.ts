// The State Council's national holiday schedules (国务院办公厅关于 YYYY 年部分节假日安排的通知), as data for the
// working-day calendar (DOMAIN §8 工作日历, BR-04 working days, §3.9 应出勤天数). A county adds its own days on top
// (the autonomous region's 肉孜节 and 古尔邦节 are set each year by the region). A new year is added here when the
// notice is published (usually in November); until then the clerk enters it day by day.
// Sources: 国办发明电〔2024〕12号 (2025, published 2024-11-12); the 2026 notice published 2025-11-04 (新华社).
import { addDays, daysBetween, weekday } from './working-days';

interface Schedule {
  /** Holiday spans, first and last day inclusive (weekends inside them are days off anyway). */
  off: readonly (readonly [string, string])[];
  /** Weekend days worked (调休上班). */
  worked: readonly string[];
}

const SCHEDULES: Record<number, Schedule> = {
  2025: {
    off: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-28', '2025-02-04'],
      ['2025-04-04', '2025-04-06'],
      ['2025-05-01', '2025-05-05'],
      ['2025-05-31', '2025-06-02'],
      ['2025-10-01', '2025-10-08'],
    ],
    worked: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
    worked: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

/** Years whose national schedule is built in, ascending. */
export const NATIONAL_SCHEDULE_YEARS: readonly number[] = Object.keys(SCHEDULES)
  .map(Number)
  .sort((a, b) => a - b);

/**
 * The year's national schedule in the calendar's terms: `holidays` the weekdays off, `workdays` the weekend days
 * worked; null when the year is not built in.
 */
export function nationalCalendar(year: number): { holidays: string[]; workdays: string[] } | null {
  const s = SCHEDULES[year];
  if (!s) return null;
  const holidays: string[] = [];
  for (const [first, last] of s.off)
    for (let i = 0; i <= daysBetween(first, last); i++) {
      const day = addDays(first, i);
      if (weekday(day) <= 5) holidays.push(day);
    }
  return { holidays, workdays: [...s.worked] };
}
