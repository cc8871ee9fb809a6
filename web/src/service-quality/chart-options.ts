/**
 * The service-quality page's charts as ECharts options, built from the rows its tables show: pure, so a chart
 * draws the figures of the table under it. No data stays a gap, never a 0.
 */
import type { ServiceQualityRowView } from '../../../src/contracts/service-quality.js';
import type { ChartOption } from '../dashboard/chart-options.js';
import { formatNumberVi } from '../i18n/format.js';

const pointsLabel = (value: unknown) => (typeof value === 'number' ? formatNumberVi(value, 2, 2) : '—');
const percentLabel = (value: unknown) => (typeof value === 'number' ? `${formatNumberVi(value, 2)}%` : '—');

/** Each unit's total, one horizontal bar per unit in the order given (best first, on top). */
export function totalsChartOption(rows: readonly ServiceQualityRowView[], seriesName: string): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: pointsLabel },
    grid: { left: 8, right: 40, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatNumberVi(v) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.unitName),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: seriesName,
        color: '#228be6',
        data: rows.map((r) => r.total),
        label: { show: true, position: 'right', formatter: ({ value }) => pointsLabel(value) },
      },
    ],
  };
}

export interface TrendPointLabelled {
  label: string;
  total: number | null;
  onTimeRate: number | null;
}

/** The total (points of 100) and the on-time rate (%) period after period, on one 0–100 axis. */
export function serviceTrendChartOption(
  points: readonly TrendPointLabelled[],
  names: { total: string; onTimeRate: string },
): ChartOption {
  return {
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.label) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatNumberVi(v) } },
    series: [
      {
        type: 'line',
        name: names.total,
        color: '#228be6',
        connectNulls: false,
        data: points.map((p) => p.total),
        tooltip: { valueFormatter: pointsLabel },
      },
      {
        type: 'line',
        name: names.onTimeRate,
        color: '#2f9e44',
        connectNulls: false,
        data: points.map((p) => p.onTimeRate),
        tooltip: { valueFormatter: percentLabel },
      },
    ],
  };
}
