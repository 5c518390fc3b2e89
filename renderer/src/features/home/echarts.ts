// echarts, tree-shaken: only the chart types and components 首页 draws, on the canvas renderer. Nothing is fetched
// from the network; text uses the page's own (local, CJK) font.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerParts, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

registerParts([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export type { ECharts };

/** A chart in `el` drawn with the page's font. */
export function createChart(el: HTMLElement): ECharts {
  return init(el, null, { renderer: 'canvas', locale: 'ZH' });
}

/** The page's font stack (app.css), so Chinese in the charts looks like the rest of the page. */
export const pageFont = (): string => getComputedStyle(document.body).fontFamily || 'sans-serif';
