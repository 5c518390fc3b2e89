import { describe, it, expect } from 'vitest';
import { ageOn } from '../../shared/domain/age';

describe('BR-01 ageOn (completed years, 周岁)', () => {
  it.each([
    ['1990-06-15', '2025-06-14', 34], // day before birthday
    ['1990-06-15', '2025-06-15', 35], // on birthday
    ['1990-06-15', '2025-06-16', 35],
    ['1990-06-15', '2025-05-31', 34], // earlier month
    ['1990-06-15', '2025-07-01', 35], // later month
    ['1990-12-31', '2025-12-30', 34],
    ['1990-12-31', '2025-12-31', 35],
    ['1990-01-01', '1990-01-01', 0], // born that day
    ['2009-06-30', '2025-06-29', 15], // BR-03 working age 16 boundary
    ['2009-06-30', '2025-06-30', 16],
    // 29 February birthdays count as 1 March in non-leap years
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-28', 23], // leap year: birthday is 29 Feb
    ['2000-02-29', '2024-02-29', 24],
    ['2000-02-29', '2100-02-28', 99], // 2100 is not a leap year
    ['2000-02-29', '2100-03-01', 100],
    ['2000-03-01', '2023-02-28', 22],
    ['2000-03-01', '2023-03-01', 23],
  ])('BR-01 ageOn(%j, %j) → %i', (birth, on, expected) => {
    expect(ageOn(birth, on)).toBe(expected);
  });

  it('BR-01 throws RangeError on invalid dates', () => {
    expect(() => ageOn('1990-02-30', '2025-01-01')).toThrow(RangeError);
    expect(() => ageOn('1990-01-01', '2025-13-01')).toThrow(RangeError);
  });
});
