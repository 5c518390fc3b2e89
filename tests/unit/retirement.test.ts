import { describe, it, expect } from 'vitest';
import {
  defaultRetirementCategory,
  statutoryRetirement,
  type RetirementCategory,
} from '../../shared/domain/retirement';

type Row = [RetirementCategory, string, number, number, number, string, string];
// [category, birthDate, ageYears, ageMonths, delayMonths, month, date]

function expectRetirement(...[cat, birth, y, m, delay, month, date]: Row) {
  expect(statutoryRetirement(birth, cat)).toStrictEqual({
    ageYears: y,
    ageMonths: m,
    delayMonths: delay,
    month,
    date,
  });
}

describe('BR-02 statutoryRetirement: DOMAIN check values', () => {
  it.each<Row>([
    ['M60', '1963-12-10', 60, 0, 0, '2023-12', '2023-12-10'], // before reform
    ['M60', '1965-01-10', 60, 1, 1, '2025-02', '2025-02-10'], // first reform month
    ['M60', '1965-12-10', 60, 3, 3, '2026-03', '2026-03-10'],
    ['M60', '1976-09-10', 63, 0, 36, '2039-09', '2039-09-10'], // max delay reached
    ['F55', '1971-04-10', 55, 4, 4, '2026-08', '2026-08-10'],
    ['F50', '1984-10-10', 54, 11, 59, '2039-09', '2039-09-10'],
    ['F50', '1984-11-10', 55, 0, 60, '2039-11', '2039-11-10'], // max delay reached
    ['F50', '1995-12-10', 55, 0, 60, '2050-12', '2050-12-10'],
  ])('BR-02 %s born %s → %iy%im (delay %i), %s, %s', expectRetirement);
});

describe('BR-02 statutoryRetirement: boundaries', () => {
  it.each<Row>([
    // M60: start 1965-01, +1 month per 4 months of birth, max 36
    ['M60', '1964-12-15', 60, 0, 0, '2024-12', '2024-12-15'], // month before reform start
    ['M60', '1965-04-15', 60, 1, 1, '2025-05', '2025-05-15'], // last month of first step (m = 3)
    ['M60', '1965-05-15', 60, 2, 2, '2025-07', '2025-07-15'], // first month of second step (m = 4)
    ['M60', '1965-08-15', 60, 2, 2, '2025-10', '2025-10-15'], // m = 7
    ['M60', '1965-09-15', 60, 3, 3, '2025-12', '2025-12-15'], // m = 8
    ['M60', '1976-08-15', 62, 11, 35, '2039-07', '2039-07-15'], // month before max delay
    ['M60', '1976-12-15', 63, 0, 36, '2039-12', '2039-12-15'], // capped (formula would give 36)
    ['M60', '1990-06-15', 63, 0, 36, '2053-06', '2053-06-15'], // capped (formula would give 103)
    // F55: start 1970-01, step 4, max 36
    ['F55', '1969-12-01', 55, 0, 0, '2024-12', '2024-12-01'], // month before reform start
    ['F55', '1970-01-01', 55, 1, 1, '2025-02', '2025-02-01'], // first reform month
    ['F55', '1970-05-01', 55, 2, 2, '2025-07', '2025-07-01'], // step edge (m = 4)
    ['F55', '1981-08-01', 57, 11, 35, '2039-07', '2039-07-01'],
    ['F55', '1981-09-01', 58, 0, 36, '2039-09', '2039-09-01'], // max delay reached
    ['F55', '2000-01-01', 58, 0, 36, '2058-01', '2058-01-01'],
    // F50: start 1975-01, step 2, max 60
    ['F50', '1974-12-20', 50, 0, 0, '2024-12', '2024-12-20'], // month before reform start
    ['F50', '1975-01-20', 50, 1, 1, '2025-02', '2025-02-20'], // first reform month (m = 0)
    ['F50', '1975-02-20', 50, 1, 1, '2025-03', '2025-03-20'], // m = 1, same step
    ['F50', '1975-03-20', 50, 2, 2, '2025-05', '2025-05-20'], // m = 2, next step
    ['F50', '1984-09-20', 54, 11, 59, '2039-08', '2039-08-20'], // m = 116, same step as 1984-10
    // Day-of-month absent in the retirement month → last day of that month
    ['M60', '1965-03-31', 60, 1, 1, '2025-04', '2025-04-30'], // 31st → April has 30 days
    ['M60', '1965-01-31', 60, 1, 1, '2025-02', '2025-02-28'], // 31st → February, non-leap
    ['M60', '1964-04-30', 60, 0, 0, '2024-04', '2024-04-30'],
    ['F50', '1975-11-30', 50, 6, 6, '2026-05', '2026-05-30'], // 30th in a 31-day month
    // 29 February birthdays
    ['F55', '1964-02-29', 55, 0, 0, '2019-02', '2019-02-28'], // non-leap retirement year
    ['M60', '1964-02-29', 60, 0, 0, '2024-02', '2024-02-29'], // leap retirement year
    ['F50', '1972-02-29', 50, 0, 0, '2022-02', '2022-02-28'],
    ['F55', '1972-02-29', 55, 7, 7, '2027-09', '2027-09-29'], // delay moves it out of February
  ])('BR-02 %s born %s → %iy%im (delay %i), %s, %s', expectRetirement);

  it('BR-02 throws RangeError on an invalid birth date', () => {
    expect(() => statutoryRetirement('1965-02-30', 'M60')).toThrow(RangeError);
  });
});

describe('BR-02 / E25 defaultRetirementCategory', () => {
  it.each<['1' | '2', 'F50' | 'F55' | undefined, RetirementCategory]>([
    ['1', undefined, 'M60'],
    ['2', undefined, 'F50'], // [CFG] default for women
    ['2', 'F55', 'F55'],
    ['2', 'F50', 'F50'],
    ['1', 'F55', 'M60'],
  ])('BR-02 sex %s, female default %s → %s', (sex, femaleDefault, expected) => {
    expect(defaultRetirementCategory(sex, femaleDefault)).toBe(expected);
  });
});
