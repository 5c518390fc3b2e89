import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  isWorkingDay,
  weekday,
  workingDaysBetween,
  workingDaysFrom,
} from '../../shared/domain/working-days';
import { NATIONAL_SCHEDULE_YEARS, nationalCalendar } from '../../shared/domain/national-holidays';

// BR-04 (S10): the first proactive contact is due within 5 WORKING days of registration.
describe('working days (BR-04)', () => {
  it.each([
    ['2026-11-02', 1],
    ['2026-11-06', 5],
    ['2026-11-07', 6],
    ['2026-11-08', 7],
    ['2024-02-29', 4],
    ['2000-01-01', 6],
  ])('weekday(%s) = %i (ISO, Monday = 1)', (date, day) => {
    expect(weekday(date)).toBe(day);
  });

  it.each([
    // registration day → +5 working days (the registration day itself does not count)
    ['2026-11-02', 5, '2026-11-09'], // Monday → next Monday
    ['2026-11-06', 5, '2026-11-13'], // Friday → next Friday
    ['2026-11-07', 5, '2026-11-13'], // Saturday: Monday is the first working day
    ['2026-11-08', 5, '2026-11-13'], // Sunday
    ['2026-12-29', 5, '2027-01-05'], // across the year end
    ['2024-02-26', 5, '2024-03-04'], // across 29 February
    ['2026-11-04', 0, '2026-11-04'],
    ['2026-11-06', 1, '2026-11-09'],
  ])('addWorkingDays(%s, %i) = %s with weekends only', (date, n, due) => {
    expect(addWorkingDays(date, n)).toBe(due);
  });

  it('follows a holiday calendar: weekdays off and weekend days worked (调休)', () => {
    // 2026 National Day style: 10-01..10-07 off, Sunday 09-27 and Saturday 10-10 worked.
    const calendar = {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-09-27', '2026-10-10'],
    };
    expect(addWorkingDays('2026-09-30', 5, calendar)).toBe('2026-10-13'); // 10-08, 10-09, 10-10, 10-12, 10-13
    expect(addWorkingDays('2026-09-25', 1, calendar)).toBe('2026-09-27');
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true);
    expect(isWorkingDay('2026-10-05', calendar)).toBe(false);
    expect(isWorkingDay('2026-10-05')).toBe(true);
    expect(workingDaysBetween('2026-09-30', '2026-10-13', calendar)).toBe(5);
  });

  it('counts days and working days between dates; refuses bad input', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2025-12-31', '2026-01-31')).toBe(31);
    expect(workingDaysBetween('2026-11-02', '2026-11-09')).toBe(5);
    expect(workingDaysBetween('2026-11-09', '2026-11-02')).toBe(0);
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-02', -1)).toThrow(RangeError);
  });
});

// The counts are worked out in closed form (no walk over the days): they must equal counting isWorkingDay day by day,
// for every range in two years around a calendar with holidays, 调休 workdays, a day listed as both and a bad entry.
describe('working-day counts equal the day-by-day count', () => {
  const calendar = {
    holidays: [
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-03',
      '2027-01-01',
      '2026-10-09',
    ],
    workdays: ['2026-09-28', '2026-10-10', '2026-10-09', '2027-01-02', '2026-13-40'],
  };
  // The day-by-day reference: isWorkingDay asked once for each day of the span, then summed over a range. Each check
  // is collected and compared once at the end (thousands of expect calls, and re-walking the days as date strings for
  // every range, made this test take most of a second, and past vitest's 5 s under load).
  const span: string[] = [];
  for (let d = '2026-08-30'; d <= '2027-04-15'; d = addDays(d, 1)) span.push(d);
  const working = span.map((d) => isWorkingDay(d, calendar));
  const index = (date: string) => {
    const i = span.indexOf(date);
    if (i < 0) throw new RangeError(`${date} is outside the walked span`);
    return i;
  };
  const walk = (from: string, to: string) => {
    let n = 0;
    for (let i = index(from), j = index(to); i <= j; i++) if (working[i]) n++;
    return n;
  };
  it('for every start and length up to 70 days from 2026-09-01 to 2027-01-31', () => {
    let ranges = 0;
    const from: string[] = [];
    const between: string[] = [];
    for (let start = '2026-09-01'; start <= '2027-01-31'; start = addDays(start, 1))
      for (let len = -1; len <= 70; len += len < 7 ? 1 : 3) {
        const end = addDays(start, len);
        const counted = [workingDaysFrom(start, end, calendar), workingDaysBetween(start, end, calendar)];
        const walked = [walk(start, end), walk(addDays(start, 1), end)];
        if (counted[0] !== walked[0]) from.push(`${start}..${end}: ${counted[0]} ≠ ${walked[0]}`);
        if (counted[1] !== walked[1]) between.push(`${start}..${end}: ${counted[1]} ≠ ${walked[1]}`);
        ranges++;
      }
    expect(from, 'workingDaysFrom').toEqual([]);
    expect(between, 'workingDaysBetween').toEqual([]);
    expect(ranges).toBeGreaterThan(3000);
  });
  it('October 2026: 22 weekdays, 5 of them holidays, one Saturday worked', () => {
    expect(workingDaysFrom('2026-10-01', '2026-10-31', calendar)).toBe(18);
    expect(workingDaysFrom('2026-10-01', '2026-10-31')).toBe(22);
  });
});

describe('national holiday schedules (shared/domain/national-holidays.ts)', () => {
  it('gives weekdays off and weekend days worked for the built-in years only', () => {
    expect(NATIONAL_SCHEDULE_YEARS).toEqual([2025, 2026]);
    for (const year of NATIONAL_SCHEDULE_YEARS) {
      const c = nationalCalendar(year)!;
      expect(c.holidays.every((d) => d.startsWith(`${year}-`) && weekday(d) <= 5)).toBe(true);
      expect(c.workdays.every((d) => d.startsWith(`${year}-`) && weekday(d) >= 6)).toBe(true);
    }
    // 2025: 元旦 1, 春节 1-28 (Tue)..2-4 (Tue) 6, 清明 1, 劳动节 3, 端午 1, 国庆中秋 10-1..10-8 6 weekdays: 18.
    const y2025 = nationalCalendar(2025)!;
    expect(y2025.holidays.filter((d) => d >= '2025-01-28' && d <= '2025-02-04')).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(y2025.holidays).toHaveLength(18);
    expect(y2025.workdays).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(nationalCalendar(2027)).toBeNull();
  });
});
