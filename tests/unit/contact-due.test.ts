import { describe, expect, it } from 'vitest';
import {
  asOfDate,
  completedMonths,
  completedMonthsCutoff,
  defaultNextContactDate,
  firstContactDueDate,
  hasLostContact,
  isActiveInMonth,
  isActiveOn,
  isOpenAtMonthEnd,
  lostContactCutoff,
} from '../../shared/domain/contact-due';
import { addDays } from '../../shared/domain/working-days';

describe('dates of the monthly contact routine (§3.3, §3.4, BR-04, BR-05, BR-07, BR-12)', () => {
  it.each([
    ['2026-11-20', '2026-12-20'],
    ['2026-01-31', '2026-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2026-03-31', '2026-04-30'],
    ['2026-12-15', '2027-01-15'],
  ])('§3.4 default next contact after %s is %s (same day next month, clamped)', (date, next) => {
    expect(defaultNextContactDate(date)).toBe(next);
  });

  // monthRange('2024-02') and shiftMonths('2026-08-31', -6) are rows of their own tables in dates.test.ts.
  it('asOfDate: today within the current month, else the month end', () => {
    expect(asOfDate('2026-11', '2026-11-28')).toBe('2026-11-28');
    expect(asOfDate('2026-10', '2026-11-28')).toBe('2026-10-31');
  });

  it.each([
    ['2026-05-10', '2026-11-09', 5],
    ['2026-05-10', '2026-11-10', 6],
    ['2026-01-31', '2026-02-28', 1],
    ['2025-08-30', '2026-02-28', 6],
    ['2025-08-31', '2026-02-27', 5],
    ['2026-11-02', '2026-11-02', 0],
    ['2025-10-01', '2026-11-28', 13],
    // K05's edges (long-term unemployment, issue 11): exactly 12 months, a day short, month ends, 29 February.
    ['2025-01-15', '2026-01-15', 12],
    ['2025-01-15', '2026-01-14', 11],
    ['2025-01-31', '2026-01-30', 11],
    ['2025-01-31', '2026-01-31', 12],
    ['2025-03-31', '2025-04-30', 1],
    ['2024-02-29', '2025-02-28', 12],
    ['2025-01-15', '2025-01-23', 0],
  ])('BR-12 completedMonths(%s, %s) = %i', (from, to, n) => {
    expect(completedMonths(from, to)).toBe(n);
  });

  it('completedMonthsCutoff: completedMonths(from, to) ≥ n exactly when from ≤ cutoff (every day of 2023–2026, n = 1, 6, 12)', () => {
    const tos = ['2026-02-28', '2026-03-30', '2026-03-31', '2026-08-30', '2026-11-28', '2024-02-29', '2026-01-31'];
    // Every disagreement is collected and compared once: an expect call per day (some 29,000) made this test take
    // most of a second, and past vitest's 5 s under load.
    const disagreements: [string, number, string, boolean][] = [];
    for (const to of tos) {
      for (const n of [1, 6, 12]) {
        const cutoff = completedMonthsCutoff(to, n);
        for (let from = '2023-01-01'; from <= to; from = addDays(from, 1)) {
          const completed = completedMonths(from, to) >= n;
          if (completed !== from <= cutoff) disagreements.push([to, n, from, completed]);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('BR-07: lost contact after 6 completed months without a successful contact', () => {
    expect(lostContactCutoff('2026-11-28', 6)).toBe('2026-05-28');
    expect(hasLostContact('2026-05-28', '2026-11-28', 6)).toBe(true);
    expect(hasLostContact('2026-05-29', '2026-11-28', 6)).toBe(false);
    expect(lostContactCutoff('2026-08-31', 6)).toBe('2026-02-28');
  });

  it('BR-05 activity: a registration is active from reg_date to cancel_date inclusive', () => {
    const cancelled = { regDate: '2026-03-10', cancelDate: '2026-06-01' };
    expect([
      isActiveOn(cancelled, '2026-03-09'),
      isActiveOn(cancelled, '2026-03-10'),
      isActiveOn(cancelled, '2026-06-01'),
      isActiveOn(cancelled, '2026-06-02'),
    ]).toEqual([false, true, true, false]);
    expect([
      isActiveInMonth(cancelled, '2026-02'),
      isActiveInMonth(cancelled, '2026-03'),
      isActiveInMonth(cancelled, '2026-06'),
      isActiveInMonth(cancelled, '2026-07'),
    ]).toEqual([false, true, true, false]);
    expect([isOpenAtMonthEnd(cancelled, '2026-05'), isOpenAtMonthEnd(cancelled, '2026-06')]).toEqual([true, false]);
    expect(isOpenAtMonthEnd({ regDate: '2026-03-10', cancelDate: null }, '2030-01')).toBe(true);
  });

  it('BR-04: first contact due 5 working days after registration', () => {
    expect(firstContactDueDate('2026-11-20')).toBe('2026-11-27');
    expect(firstContactDueDate('2026-11-20', 5, { holidays: ['2026-11-23'] })).toBe('2026-11-30');
  });
});
