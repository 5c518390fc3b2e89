import { describe, expect, it } from 'vitest';
import { claimPeriodLabel, quarterStart, quarterText, recentQuarters } from '../../shared/domain/claim-period';

// BR-24: the words of a roster's claim period, a month or a quarter.
describe('claim period words', () => {
  it.each([
    ['2026-01', '2026-01', '2026年第一季度'],
    ['2026-06', '2026-04', '2026年第二季度'],
    ['2026-09', '2026-07', '2026年第三季度'],
    ['2026-11', '2026-10', '2026年第四季度'],
    ['2026-12', '2026-10', '2026年第四季度'],
  ])('%s is in the quarter from %s, %s', (month, start, text) => {
    expect(quarterStart(month)).toBe(start);
    expect(quarterText(month)).toBe(text);
  });

  it('labels a month and a quarter with its months', () => {
    expect(claimPeriodLabel('2026-11', '2026-11')).toBe('2026年11月');
    expect(claimPeriodLabel('2026-10', '2026-12')).toBe('2026年第四季度（10–12月）');
    expect(claimPeriodLabel('2027-01', '2027-03')).toBe('2027年第一季度（1–3月）');
  });

  it('lists the quarters up to a month, newest first, across the year', () => {
    expect(recentQuarters('2026-02', 3)).toEqual(['2026-01', '2025-10', '2025-07']);
  });
});
