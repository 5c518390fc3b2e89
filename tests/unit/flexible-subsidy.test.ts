// BR-30 as a pure rule (shared/domain/flexible-subsidy.ts): the default end of a new period and the refusals of a
// period among the person's others. Retirement 2053-03 (far) or 2029-05 (less than 5 years after 2026-01).
import { describe, expect, it } from 'vitest';
import { flexPlan, flexRefusal, type FlexSpan } from '../../shared/domain/flexible-subsidy';

const FAR = '2053-03';
const NEAR = '2029-05';
const span = (startMonth: string, endMonth: string): FlexSpan => ({ startMonth, endMonth });

describe('flexPlan: the latest end of a period starting in a month', () => {
  it.each([
    ['first period: 36 months', FAR, [], '2025-01', '2027-12', false],
    ['18 months used before: 18 left', FAR, [span('2023-01', '2024-06')], '2025-01', '2026-06', false],
    ['36 used: none left', FAR, [span('2022-01', '2024-12')], '2025-01', null, false],
    ['a later period bounds it', FAR, [span('2026-01', '2026-06')], '2025-01', '2025-12', false],
    ['less than 5 years from retirement: to the month before it', NEAR, [], '2026-01', '2029-04', true],
    ['exactly 5 years from retirement: 36 months', '2031-01', [], '2026-01', '2028-12', false],
    ['36 months would pass retirement: to the month before it', '2027-06', [], '2026-01', '2027-05', true],
    [
      'the first approval decides, not this start: 24 months left',
      NEAR,
      [span('2020-01', '2020-12')],
      '2026-01',
      '2027-12',
      false,
    ],
  ] as const)('%s', (_name, retirement, others, start, end, extended) => {
    const p = flexPlan(retirement, others, start);
    expect([p.endMonth, p.extendedToRetirement]).toEqual([end, extended]);
  });
});

describe('flexRefusal: a period among the others', () => {
  it.each([
    ['within 36 months', FAR, [span('2023-01', '2024-06')], span('2025-01', '2026-06'), null],
    ['one month over 36', FAR, [span('2023-01', '2024-06')], span('2025-01', '2026-07'), 'endMonth'],
    ['overlapping by one month', FAR, [span('2023-01', '2024-06')], span('2024-06', '2024-08'), 'startMonth'],
    ['adjacent is not an overlap', FAR, [span('2023-01', '2024-06')], span('2024-07', '2024-08'), null],
    ['starting at retirement', NEAR, [], span('2029-05', '2029-06'), 'startMonth'],
    ['extended: 40 months to the month before retirement', NEAR, [], span('2026-01', '2029-04'), null],
    ['extended: not into the retirement month', NEAR, [], span('2026-01', '2029-05'), 'endMonth'],
  ] as const)('%s', (_name, retirement, others, period, field) => {
    expect(flexRefusal(retirement, others, period)?.field ?? null).toBe(field);
  });

  it('a first period over 36 months names the latest end month', () => {
    expect(flexRefusal(FAR, [], span('2025-01', '2028-01'))?.message).toBe(
      '补贴期限不能超过36个月，截止年月最晚为 2027-12',
    );
  });

  it('says how many months are left and the latest end month', () => {
    expect(flexRefusal(FAR, [span('2023-01', '2024-06')], span('2025-01', '2027-12'))?.message).toBe(
      '补贴期限累计不能超过36个月：其他补贴期已享受18个月，本次最多18个月，截止年月最晚为 2026-06',
    );
  });
});
