import type { ProgrammeComparison } from '../api/programmes.js';
import { formatNumberVi } from '../i18n/format.js';
import { STATUS_CHART_COLORS, type ChartOption } from './chart-options.js';

type Row = ProgrammeComparison['rows'][number];

/** One row's completion and on-time rates, year by year (a year without figures is a gap, never 0 %). */
export function programmeChartOption(row: Row, labels: { completion: string; onTime: string }): ChartOption {
  const percent = (value: unknown) => (typeof value === 'number' ? `${formatNumberVi(value, 1)}%` : '—');
  return {
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percent },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: row.cells.map((c) => String(c.year)) },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: (value: number) => `${formatNumberVi(value)}%` },
    },
    series: [
      {
        type: 'bar',
        name: labels.completion,
        color: STATUS_CHART_COLORS.done_late,
        data: row.cells.map((c) => c.completion.value),
      },
      { type: 'bar', name: labels.onTime, color: STATUS_CHART_COLORS.done, data: row.cells.map((c) => c.onTime.value) },
    ],
  };
}
