import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_WAGES, defaultPostStandard, minWageOn } from '../../shared/domain/min-wage';

// CFG-01 minimum wage by tier (effective-dated) and CFG-02 the default post standard (fen).
describe('CFG-01 / CFG-02 minimum wage and default post standard', () => {
  it.each([
    ['2018-03-31', null],
    ['2018-04-01', '2018-04-01'],
    ['2021-03-31', '2018-04-01'],
    ['2021-04-01', '2021-04-01'],
    ['2026-11-28', '2021-04-01'],
  ])('the table in force on %s starts %s (CFG-01)', (date, from) => {
    expect(minWageOn(DEFAULT_MIN_WAGES, date)?.effectiveFrom ?? null).toBe(from);
  });

  it('2021 XJ values by tier: 1,900 / 1,700 / 1,620 / 1,540 yuan; hourly 19.0 / 17.0 / 16.2 / 15.4 (CFG-01)', () => {
    const t = minWageOn(DEFAULT_MIN_WAGES, '2026-01-01')!;
    expect(t.monthly).toEqual({ 1: 190_000, 2: 170_000, 3: 162_000, 4: 154_000 });
    expect(t.hourly).toEqual({ 1: 1_900, 2: 1_700, 3: 1_620, 4: 1_540 });
  });

  it('CFG-02: full-time = monthly minimum; non-full-time = hourly × hours; rural county amount capped at the minimum wage', () => {
    const t = minWageOn(DEFAULT_MIN_WAGES, '2026-01-01');
    expect(defaultPostStandard(t, 1, { areaType: 'urban', fullTime: true, monthlyHours: null }, null)?.fen).toBe(
      190_000,
    );
    expect(defaultPostStandard(t, 3, { areaType: 'urban', fullTime: true, monthlyHours: null }, null)?.basis).toBe(
      '三类区月最低工资标准 1620.00 元/月（2021-04-01 起）',
    );
    expect(defaultPostStandard(t, 1, { areaType: 'urban', fullTime: false, monthlyHours: 80 }, null)?.fen).toBe(
      152_000,
    );
    expect(defaultPostStandard(t, 1, { areaType: 'urban', fullTime: false, monthlyHours: null }, null)).toBeNull();
    expect(defaultPostStandard(t, 1, { areaType: 'rural', fullTime: true, monthlyHours: null }, 120_000)?.fen).toBe(
      120_000,
    );
    expect(defaultPostStandard(t, 1, { areaType: 'rural', fullTime: true, monthlyHours: null }, 250_000)?.fen).toBe(
      190_000,
    );
    expect(defaultPostStandard(null, 1, { areaType: 'urban', fullTime: true, monthlyHours: null }, null)).toBeNull();
  });
});
