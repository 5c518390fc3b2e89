// The four charts of 首页 as echarts options, built from home.overview's series.
import type { HomeOverview } from '../../../../shared/contract/home';
import type { ChartOption } from './echarts';

type Charts = HomeOverview['charts'];

const monthLabel = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
const shortMonth = (m: string) => `${Number(m.slice(5, 7))}月`;
const GRID = { left: 48, right: 16, top: 44, bottom: 28 };

/** Registered unemployed at each month end, the last 12 months. */
export function registeredTrend(trend: Charts['trend']): ChartOption {
  return {
    tooltip: { trigger: 'axis', formatter: '{b}<br/>登记失业人数：{c} 人' },
    grid: GRID,
    xAxis: { type: 'category', data: trend.map((t) => shortMonth(t.month)), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: '登记失业人数',
        data: trend.map((t) => t.registered),
        symbolSize: 6,
        label: { show: true, position: 'top', fontSize: 10 },
      },
    ],
  };
}

/** Placements started in each month, the last 12 months. */
export function placementTrend(trend: Charts['trend']): ChartOption {
  return {
    tooltip: { trigger: 'axis', formatter: '{b}<br/>新安置：{c} 人' },
    grid: GRID,
    xAxis: { type: 'category', data: trend.map((t) => shortMonth(t.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: '新安置',
        data: trend.map((t) => t.placements),
        barMaxWidth: 24,
        label: { show: true, position: 'top', fontSize: 10 },
      },
    ],
  };
}

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
    legend: { type: 'scroll', orient: 'vertical', right: 8, top: 36, bottom: 8, textStyle: { fontSize: 11 } },
    series: [
      {
        type: 'pie',
        name: '在岗人员构成',
        radius: ['35%', '65%'],
        center: ['32%', '56%'],
        data: rows.map((r) => ({ name: r.label, value: r.count })),
        label: { show: false },
      },
    ],
  };
}

export { monthLabel };
