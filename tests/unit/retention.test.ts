import { describe, expect, it } from 'vitest';
import { percentOneDecimal, retentionRate } from '../../shared/domain/retention';

const e = (endType: string, retained = endType === '2' || endType === '3') => ({ endType, retained });

describe('BR-29 retention rate', () => {
  it.each([
    ['no one ended', [], { ended: 0, retained: 0, ratePercent: null }],
    ['one 期满留用 of one', [e('2')], { ended: 1, retained: 1, ratePercent: 100 }],
    ['2 and 3 retained, 1 not: 2 of 3 = 66.7', [e('1'), e('2'), e('3')], { ended: 3, retained: 2, ratePercent: 66.7 }],
    ['4 and 5 excluded from both sides', [e('1'), e('2'), e('4'), e('5')], { ended: 2, retained: 1, ratePercent: 50 }],
    [
      '9 其他 excluded too (equals RPT-10 column 12)',
      [e('9', true), e('1')],
      { ended: 1, retained: 0, ratePercent: 0 },
    ],
    ['1 of 3 = 33.3', [e('1'), e('1'), e('2')], { ended: 3, retained: 1, ratePercent: 33.3 }],
    ['1 of 8 = 12.5 exactly', [...Array(7).fill(e('1')), e('3')], { ended: 8, retained: 1, ratePercent: 12.5 }],
  ])('%s', (_name, items, expected) => {
    expect(retentionRate(items)).toEqual(expected);
  });

  it('one decimal, half-up', () => {
    expect(percentOneDecimal(1, 16)).toBe(6.3); // 6.25 → 6.3
    expect(percentOneDecimal(2, 3)).toBe(66.7);
    expect(percentOneDecimal(1, 6)).toBe(16.7);
    expect(percentOneDecimal(0, 0)).toBeNull();
  });
});
