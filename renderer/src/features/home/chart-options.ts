// The four charts of 首页 as echarts options, built from home.overview's series.
import type { HomeOverview } from '../../../../shared/contract/home';
import { chineseMonth } from '../../../../shared/domain/dates';
import type { ChartOption } from './echarts';

type Charts = HomeOverview['charts'];

const GRID = { left: 48, right: 16, top: 44, bottom: 28 };

/**
 * A month under the 近12个月 axis: 3月, with the year under the first month and under each January, so a trend that
 * crosses the new year (2026年2月 … 2027年1月) says which year each part is in, also in a chart saved as a picture.
 */
export function monthAxisLabel(month: string, index: number): string {
  const short = `${Number(month.slice(5, 7))}月`;
  return index === 0 || month.endsWith('-01') ? `${short}\n${month.slice(0, 4)}年` : short;
}

/** One figure per month of the last 12, as a line or as bars, each point labelled. */
function monthSeries(
  trend: Charts['trend'],
  value: (t: Charts['trend'][number]) => number,
  type: 'line' | 'bar',
  name: string,
): ChartOption {
  const label = { show: true, position: 'top' as const, fontSize: 10 };
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (points) => {
        const p = Array.isArray(points) ? points[0] : points;
        return `${chineseMonth(String(p.name))}<br/>${name}：${String(p.value)} 人`;
      },
    },
    grid: { ...GRID, bottom: 44 },
    xAxis: {
      type: 'category',
      data: trend.map((t) => t.month),
      axisLabel: { interval: 0, formatter: monthAxisLabel, lineHeight: 14 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      type === 'line'
        ? { type, name, data: trend.map(value), symbolSize: 6, label }
        : { type, name, data: trend.map(value), barMaxWidth: 24, label },
    ],
  };
}

/** Registered unemployed at each month end, the last 12 months. */
export const registeredTrend = (trend: Charts['trend']) =>
  monthSeries(trend, (t) => t.registered, 'line', '登记失业人数');

/** Placements started in each month, the last 12 months. */
export const placementTrend = (trend: Charts['trend']) => monthSeries(trend, (t) => t.placements, 'bar', '新安置');

/** Share of the month's registrations with their monthly contacts done, per 乡镇, against the 100 % target. */
export function contactRate(rows: Charts['contactRate']): ChartOption {
  const rate = (r: Charts['contactRate'][number]) =>
    r.registered ? Math.round((r.met / r.registered) * 1000) / 10 : 0;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
    grid: { ...GRID, bottom: rows.length > 8 ? 56 : 28 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.townshipName),
      axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0, fontSize: 11 },
    },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        name: '联系达标率',
        data: rows.map(rate),
        barMaxWidth: 28,
        label: { show: true, position: 'top', fontSize: 10, formatter: (p) => `${Number(p.value).toFixed(1)}` },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { type: 'dashed', color: '#cf1322' },
          label: { formatter: '目标 100%', position: 'insideEndTop', color: '#cf1322' },
          data: [{ yAxis: 100 }],
        },
      },
    ],
  };
}

/** Persons on posts by the basis of their placement. */
export function postComposition(rows: Charts['postComposition']): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
    legend: {
      show: rows.length > 0,
      type: 'scroll',
      orient: 'vertical',
      right: 8,
      top: 36,
      bottom: 8,
      textStyle: { fontSize: 11 },
    },
    series: [
      {
        type: 'pie',
        name: '在岗人员构成',
        radius: ['35%', '65%'],
        center: ['32%', '56%'],
        showEmptyCircle: false,
        data: rows.map((r) => ({ name: r.label, value: r.count })),
        label: { show: false },
      },
    ],
  };
}
