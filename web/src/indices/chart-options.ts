/**
 * The national indices page's chart as an ECharts option, built from the rows its table shows: the score on the
 * left axis, the rank on the right (1 at the top). A year without a figure stays a gap, never 0.
 */
import type { ChartOption } from '../dashboard/chart-options.js';
import { formatNumberVi } from '../i18n/format.js';

export interface IndexPoint {
  year: number;
  score: number | null;
  rank: number | null;
}

export function indexChartOption(points: readonly IndexPoint[], names: { score: string; rank: string }): ChartOption {
  return {
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: [
      { type: 'value', name: names.score, axisLabel: { formatter: (v: number) => formatNumberVi(v) }, scale: true },
      { type: 'value', name: names.rank, inverse: true, min: 1, axisLabel: { formatter: (v: number) => String(v) } },
    ],
    series: [
      { type: 'line', name: names.score, color: '#228be6', connectNulls: false, data: points.map((p) => p.score) },
      {
        type: 'line',
        name: names.rank,
        color: '#e8590c',
        yAxisIndex: 1,
        connectNulls: false,
        data: points.map((p) => p.rank),
      },
    ],
  };
}
