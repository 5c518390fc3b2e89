import { describe, expect, it } from 'vitest';
import { statutoryHolidays, withStatutoryHolidays } from '../../shared/domain/national-holidays';
import { workingDaysFrom } from '../../shared/domain/working-days';

// 《全国年节及纪念日放假办法》 (2024 revision): 元旦 1月1日, 劳动节 5月1日、2日, 国庆节 10月1日至3日 are days off even
// before the year's State Council notice is built in; only their weekdays change the count of working days.
describe('statutoryHolidays', () => {
  it.each([
    [2027, ['2027-01-01', '2027-10-01']], // 5-1/5-2 and 10-2/10-3 fall on the weekend
    [2028, ['2028-05-01', '2028-05-02', '2028-10-02', '2028-10-03']], // 1-1 Saturday, 10-1 Sunday
  ])('%i: the weekdays among the fixed-date holidays', (year, days) => {
    expect(statutoryHolidays(year)).toEqual(days);
  });

  it.each([2025, 2026, 2024])('%i: none (built in, or a year before the built-in ones)', (year) => {
    expect(statutoryHolidays(year)).toEqual([]);
  });
});

describe('withStatutoryHolidays', () => {
  const empty = { holidays: [], workdays: [] };

  it('January 2027 has 20 working days, not 21 (元旦 on a Friday)', () => {
    expect(workingDaysFrom('2027-01-01', '2027-01-31', empty)).toBe(21);
    expect(workingDaysFrom('2027-01-01', '2027-01-31', withStatutoryHolidays(empty, 2027))).toBe(20);
  });

  it('adds the years up to toYear and keeps the county’s own days', () => {
    const county = { holidays: ['2026-01-01', '2027-02-11'], workdays: ['2027-02-20'] };
    expect(withStatutoryHolidays(county, 2028)).toEqual({
      holidays: [
        '2026-01-01',
        '2027-01-01',
        '2027-02-11',
        '2027-10-01',
        '2028-05-01',
        '2028-05-02',
        '2028-10-02',
        '2028-10-03',
      ],
      workdays: ['2027-02-20'],
    });
    expect(withStatutoryHolidays(county, 2026)).toBe(county);
  });

  it('the clerk’s own entry for such a day wins: a day the county lists as 上班 stays a working day', () => {
    const county = { holidays: ['2027-01-01'], workdays: ['2027-10-01'] };
    const c = withStatutoryHolidays(county, 2027);
    expect(c).toEqual({ holidays: ['2027-01-01'], workdays: ['2027-10-01'] });
    expect(workingDaysFrom('2027-10-01', '2027-10-01', c)).toBe(1);
  });
});
