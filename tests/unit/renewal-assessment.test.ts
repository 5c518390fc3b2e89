import { describe, expect, it } from 'vitest';
import { defaultAssessmentYear, renewalAssessmentYear } from '../../shared/domain/renewal-assessment';

// BR-23: the 年度考核 year a renewal is decided on (the year before the one the new term mostly falls in).
describe('renewalAssessmentYear (BR-23)', () => {
  it.each([
    ['2026-12-14', 2026],
    ['2026-12-31', 2026],
    ['2027-01-10', 2026],
    ['2026-11-20', 2026],
    ['2026-06-30', 2026],
    ['2026-06-29', 2025],
    ['2026-03-31', 2025],
    ['2024-02-28', 2023],
  ])('a contract ending on %s is renewed on the %i result', (end, year) => {
    expect(renewalAssessmentYear(end)).toBe(year);
  });
});

// The year the 年度考核 form offers: a year is assessed at its end, so this year only from December, else last year;
// never later than the year deciding the renewal.
describe('defaultAssessmentYear', () => {
  it.each([
    ['2027-11-27', '2026-11-28', 2025],
    ['2027-11-27', '2026-12-01', 2026],
    ['2027-11-27', '2027-01-05', 2026],
    ['2026-12-14', '2026-12-31', 2026],
    ['2026-03-31', '2026-12-10', 2025],
    ['2025-03-14', '2025-03-15', 2024],
    ['2024-02-28', '2026-06-01', 2023],
  ])('a contract ending on %s, on %s: %i', (end, today, year) => {
    expect(defaultAssessmentYear(end, today)).toBe(year);
  });
});
