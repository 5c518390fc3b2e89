import { describe, expect, it } from 'vitest';
import { monthAxisLabel, registeredTrend } from '../../renderer/src/features/home/chart-options';

// 首页's 近12个月 charts across the new year: the months under the axis say which year they are in.
describe('the 近12个月 axis across the new year', () => {
  const months = ['2026-02', '2026-03', '2026-11', '2026-12', '2027-01'];

  it('puts the year under the first month and under January only', () => {
    expect(months.map(monthAxisLabel)).toEqual(['2月\n2026年', '3月', '11月', '12月', '1月\n2027年']);
  });

  it('keeps the months as the categories, each label shown, and names the month with its year in the tooltip', () => {
    const option = registeredTrend(months.map((month) => ({ month, registered: 250, placements: 3 })));
    const axis = option.xAxis as { data: string[]; axisLabel: { interval: number } };
    expect(axis.data).toEqual(months);
    expect(axis.axisLabel.interval).toBe(0);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ name: '2027-01', value: 261 }])).toBe('2027年1月<br/>登记失业人数：261 人');
  });
});
