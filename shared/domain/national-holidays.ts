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

/**
 * The fixed-date days of 《全国年节及纪念日放假办法》 (2024 revision, in force from 2025): 元旦 1月1日, 劳动节 5月1日、2日,
 * 国庆节 10月1日至3日. They are days off whatever the year's notice says; the notice only adds the lunar-calendar
 * holidays (春节, 清明, 端午, 中秋), the extra days around them and 调休.
 */
const STATUTORY_FIXED_DAYS = ['01-01', '05-01', '05-02', '10-01', '10-02', '10-03'] as const;

/**
 * The statutory fixed-date holidays falling on weekdays of a year LATER than the built-in schedules (the year whose
 * notice is not published or not built in yet), so that its 应出勤天数 and BR-04 working days do not count them
 * before the clerk enters the notice. Empty for a built-in year (the notice covers them) and for earlier years (their
 * counts were made with the calendar as the county kept it).
 */
export function statutoryHolidays(year: number): string[] {
  const last = NATIONAL_SCHEDULE_YEARS.at(-1) ?? 0;
  if (year <= last) return [];
  return STATUTORY_FIXED_DAYS.map((md) => `${year}-${md}`).filter((day) => weekday(day) <= 5);
}

/**
 * A weekday that is a statutory holiday: one of the fixed-date days (any year), or a weekday off of a built-in year's
 * national schedule. A county that works such a day lists it among its 调休上班日 (the calendar's `workdays`), which
 * wins over the holiday wherever the working days are counted.
 */
export function isStatutoryHoliday(date: string): boolean {
  if (weekday(date) > 5) return false;
  if ((STATUTORY_FIXED_DAYS as readonly string[]).includes(date.slice(5))) return true;
  return nationalCalendar(Number(date.slice(0, 4)))?.holidays.includes(date) ?? false;
}

/**
 * The county's calendar with the statutory fixed-date holidays of the years after the built-in ones up to `toYear`
 * added (statutoryHolidays); the clerk's own entry for such a day wins (a day the county lists as 上班 stays a
 * working day). The stored calendar, the 工作日历 tab and its reminder are unchanged.
 */
export function withStatutoryHolidays(
  calendar: { holidays: string[]; workdays: string[] },
  toYear: number,
): { holidays: string[]; workdays: string[] } {
  const first = (NATIONAL_SCHEDULE_YEARS.at(-1) ?? toYear) + 1;
  const entered = new Set([...calendar.holidays, ...calendar.workdays]);
  const added: string[] = [];
  for (let year = first; year <= toYear; year++)
    for (const day of statutoryHolidays(year)) if (!entered.has(day)) added.push(day);
  return added.length ? { holidays: [...calendar.holidays, ...added].sort(), workdays: calendar.workdays } : calendar;
}
