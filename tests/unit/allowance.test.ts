import { describe, expect, it } from 'vitest';
import {
  agreementMonths,
  daysInSpan,
  internshipAllowances,
  monthlyDue,
  prorationFactor,
  roundHalfUpFen,
  termEnd,
  type ProrationMode,
} from '../../shared/domain/allowance';

const MIN = 190_000; // 1900.00 yuan, CFG-01 tier 1 (2021)

describe('BR-19 proration modes (CFG-09)', () => {
  const cases: [
    string,
    ProrationMode,
    { daysOn: number; calendarDays: number; attendedDays?: number; requiredDays?: number },
    number,
  ][] = [
    ['FULL_IF_ON_POST: one day is a full month', 'FULL_IF_ON_POST', { daysOn: 1, calendarDays: 30 }, 190_000],
    ['FULL_IF_ON_POST: no day, nothing', 'FULL_IF_ON_POST', { daysOn: 0, calendarDays: 30 }, 0],
    ['PRORATE_DAYS_ON_POST: whole month', 'PRORATE_DAYS_ON_POST', { daysOn: 31, calendarDays: 31 }, 190_000],
    ['PRORATE_DAYS_ON_POST: 15 of 30 days', 'PRORATE_DAYS_ON_POST', { daysOn: 15, calendarDays: 30 }, 95_000],
    [
      'PRORATE_DAYS_ON_POST: 10 of 31 days = 612.903… → 612.90',
      'PRORATE_DAYS_ON_POST',
      { daysOn: 10, calendarDays: 31 },
      61_290,
    ],
    [
      'PRORATE_DAYS_ON_POST: 17 of 31 = 1041.935… → 1041.94 (half-up)',
      'PRORATE_DAYS_ON_POST',
      { daysOn: 17, calendarDays: 31 },
      104_194,
    ],
    [
      'PRORATE_DAYS_ON_POST: February 2026, 14 of 28 days',
      'PRORATE_DAYS_ON_POST',
      { daysOn: 14, calendarDays: 28 },
      95_000,
    ],
    [
      'PRORATE_DAYS_ON_POST: February 2028 (leap), 10 of 29 days = 655.172… → 655.17',
      'PRORATE_DAYS_ON_POST',
      { daysOn: 10, calendarDays: 29 },
      65_517,
    ],
    [
      'PRORATE_ATTENDANCE: 20 of 22 required = 1727.272… → 1727.27',
      'PRORATE_ATTENDANCE',
      { daysOn: 30, calendarDays: 30, attendedDays: 20, requiredDays: 22 },
      172_727,
    ],
    [
      'PRORATE_ATTENDANCE: attended above required is capped at 1',
      'PRORATE_ATTENDANCE',
      { daysOn: 30, calendarDays: 30, attendedDays: 23, requiredDays: 22 },
      190_000,
    ],
    [
      'PRORATE_ATTENDANCE: no required days, nothing',
      'PRORATE_ATTENDANCE',
      { daysOn: 5, calendarDays: 30, attendedDays: 0, requiredDays: 0 },
      0,
    ],
  ];
  it.each(cases)('%s', (_name, mode, presence, due) => {
    expect(monthlyDue(MIN, mode, presence)).toBe(due);
  });

  it('factor is an exact fraction', () => {
    expect(prorationFactor('PRORATE_DAYS_ON_POST', { daysOn: 10, calendarDays: 31 })).toEqual({ num: 10, den: 31 });
  });

  it('half-up rounding to the fen: exactly half a fen rounds up, just below rounds down', () => {
    expect(roundHalfUpFen(1, 1, 2)).toBe(1); // 0.5 fen → 1
    expect(roundHalfUpFen(3, 1, 2)).toBe(2); // 1.5 fen → 2
    expect(roundHalfUpFen(100_001, 1, 2)).toBe(50_001); // 50000.5 → 50001
    expect(roundHalfUpFen(99_999, 1, 2)).toBe(50_000); // 49999.5 → 50000
    expect(roundHalfUpFen(10, 1, 3)).toBe(3); // 3.33… → 3
    expect(roundHalfUpFen(20, 1, 3)).toBe(7); // 6.66… → 7
  });
});

describe('BR-26 calendar months and BR-27 monthly internship allowance', () => {
  it.each([
    ['2026-01-15', 6, '2026-07-14'],
    ['2026-03-01', 3, '2026-05-31'],
    ['2026-01-01', 12, '2026-12-31'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
  ])('termEnd(%s, %i) = %s', (start, n, end) => {
    expect(termEnd(start, n)).toBe(end);
  });

  it.each([
    ['2026-03-01', '2026-05-31', 3],
    ['2026-03-01', '2026-05-30', 3],
    ['2026-03-01', '2026-06-01', 4],
    ['2026-01-01', '2026-12-31', 12],
    ['2026-01-01', '2027-01-01', 13],
  ])('agreementMonths(%s, %s) = %i (a started month counts whole)', (s, e, n) => {
    expect(agreementMonths(s, e)).toBe(n);
  });

  it('days of a month inside a span', () => {
    expect(daysInSpan('2026-02', '2026-01-20', '2026-03-10')).toBe(28);
    expect(daysInSpan('2026-01', '2026-01-20', '2026-03-10')).toBe(12);
    expect(daysInSpan('2026-03', '2026-01-20', '2026-03-10')).toBe(10);
    expect(daysInSpan('2026-04', '2026-01-20', '2026-03-10')).toBe(0);
    expect(daysInSpan('2026-04', '2026-04-02', null)).toBe(29);
  });

  it('partial first and last months prorated by days (default mode), February whole', () => {
    expect(internshipAllowances(MIN, '2026-01-20', '2026-04-19')).toEqual([
      { month: '2026-01', days: 12, calendarDays: 31, dueFen: 73_548 }, // 1900 × 12/31 = 735.483…
      { month: '2026-02', days: 28, calendarDays: 28, dueFen: 190_000 },
      { month: '2026-03', days: 31, calendarDays: 31, dueFen: 190_000 },
      { month: '2026-04', days: 19, calendarDays: 30, dueFen: 120_333 }, // 1203.333…
    ]);
  });

  it('FULL_IF_ON_POST pays the first and last months in full', () => {
    expect(internshipAllowances(MIN, '2026-01-31', '2026-03-01', 'FULL_IF_ON_POST').map((m) => m.dueFen)).toEqual([
      190_000, 190_000, 190_000,
    ]);
  });
});
