import { describe, expect, it } from 'vitest';
import { renewalAssessmentYear } from '../../shared/domain/renewal-assessment';

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
