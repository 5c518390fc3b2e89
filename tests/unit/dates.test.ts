import { describe, it, expect } from 'vitest';
import {
  addMonths,
  normaliseTypedDate,
  compareDates,
  daysInMonth,
  formatDate,
  formatMonth,
  isLeapYear,
  isValidDate,
  isValidMonth,
  monthEnd,
  monthOf,
  monthRange,
  monthsBetween,
  parseDate,
  parseMonth,
  shiftMonths,
} from '../../shared/domain/dates';

describe('dates helpers (used by VR-01, BR-01, BR-02)', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false], // 1900 is not a leap year
    ['2000-02-29', true], // 2000 is
    ['1990-02-30', false],
    ['1990-04-31', false],
    ['1990-12-31', true],
    ['1990-13-01', false],
    ['1990-00-10', false],
    ['1990-01-00', false],
    ['1990-1-01', false],
    ['19900101', false],
    ['', false],
  ])('isValidDate(%j) → %s', (s, expected) => {
    expect(isValidDate(s)).toBe(expected);
  });

  it.each([
    [2024, true],
    [2023, false],
    [1900, false],
    [2000, true],
  ])('isLeapYear(%i) → %s', (y, expected) => {
    expect(isLeapYear(y)).toBe(expected);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 1, 31],
    [2025, 12, 31],
  ])('daysInMonth(%i, %i) → %i', (y, m, expected) => {
    expect(daysInMonth(y, m)).toBe(expected);
  });

  it('parseDate / parseMonth / format round-trip', () => {
    expect(parseDate('1965-03-31')).toEqual({ y: 1965, m: 3, d: 31 });
    expect(parseDate('1965-02-31')).toBeNull();
    expect(parseMonth('1965-03')).toEqual({ y: 1965, m: 3 });
    expect(parseMonth('1965-13')).toBeNull();
    expect(isValidMonth('2025-12')).toBe(true);
    expect(isValidMonth('2025-12-01')).toBe(false);
    expect(formatDate(2025, 2, 8)).toBe('2025-02-08');
    expect(formatMonth(987, 1)).toBe('0987-01');
  });

  it.each([
    ['2024-01', 1, '2024-02'],
    ['2024-12', 1, '2025-01'],
    ['2024-01', -1, '2023-12'],
    ['1965-01', 721, '2025-02'],
    ['2024-05', 0, '2024-05'],
    ['2024-05', -17, '2022-12'],
  ])('addMonths(%j, %i) → %j', (month, n, expected) => {
    expect(addMonths(month, n)).toBe(expected);
  });

  it.each([
    ['2024-01', '2024-03', 2],
    ['2024-03', '2024-01', -2],
    ['2023-12', '2024-01', 1],
    ['1965-01', '2025-02', 721],
    ['2024-06', '2024-06', 0],
  ])('monthsBetween(%j, %j) → %i', (a, b, expected) => {
    expect(monthsBetween(a, b)).toBe(expected);
  });

  it('monthOf and compareDates', () => {
    expect(monthOf('2025-06-30')).toBe('2025-06');
    expect(() => monthOf('2025-06-31')).toThrow(RangeError);
    expect(() => addMonths('2025-13', 1)).toThrow(RangeError);
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates('2025-02-01', '2025-01-31')).toBe(1);
  });
});

describe('normaliseTypedDate (dates typed into forms)', () => {
  it.each([
    ['20260901', '2026-09-01'],
    ['2026-09-01', '2026-09-01'],
    ['2026/9/1', '2026-09-01'],
    ['2026.9.1', '2026-09-01'],
    ['2026年9月1日', '2026-09-01'],
    ['２０２６０９０１', '2026-09-01'],
    ['  2026-9-1 ', '2026-09-01'],
    ['2026-13-45', '2026-13-45'],
    ['2026-9', '2026-9'],
    ['', ''],
  ])('%s → %s', (typed, expected) => {
    expect(normaliseTypedDate(typed)).toBe(expected);
  });
});

describe('shiftMonths: same day n months later, clamped to the month end', () => {
  it.each([
    ['2026-11-20', 1, '2026-12-20'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', -12 * 4, '2020-02-29'],
    ['2028-02-29', -12 * 50, '1978-02-28'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-01-01', 240, '2046-01-01'],
  ])('shiftMonths(%s, %i) → %s', (date, n, expected) => {
    expect(shiftMonths(date, n)).toBe(expected);
  });

  it('throws on an invalid date', () => {
    expect(() => shiftMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('monthRange / monthEnd', () => {
  it.each([
    ['2024-02', '2024-02-29'],
    ['2026-02', '2026-02-28'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('monthEnd(%s) → %s', (month, end) => {
    expect(monthEnd(month)).toBe(end);
    expect(monthRange(month)).toEqual({ start: `${month}-01`, end });
  });

  it('throws on an invalid month', () => {
    expect(() => monthEnd('2026-13')).toThrow(RangeError);
  });
});
