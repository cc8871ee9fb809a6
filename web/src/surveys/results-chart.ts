/** The survey results page's chart: each unit's share satisfied, drawn from the rows its table shows. */
import type { SatisfactionFigureView } from '../../../src/contracts/survey-results.js';
import type { ChartOption } from '../dashboard/chart-options.js';
import { formatNumberVi } from '../i18n/format.js';

/** "87,5%", or "—" without answers (never 0). */
export const shareLabel = (share: number | null): string =>
  share === null ? '—' : `${formatNumberVi(share * 100, 1)}%`;

export function satisfiedChartOption(rows: readonly SatisfactionFigureView[], seriesName: string): ChartOption {
  const label = (value: unknown) => (typeof value === 'number' ? `${formatNumberVi(value, 1)}%` : '—');
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: label },
    grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatNumberVi(v) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: seriesName,
        color: '#2f9e44',
        data: rows.map((r) => (r.share === null ? null : r.share * 100)),
        label: { show: true, position: 'right', formatter: ({ value }) => label(value) },
      },
    ],
  };
}
