/**
 * The dashboard's charts as ECharts options, built from the API's tables: pure, so the figures a chart
 * draws are the figures its table shows (and can be tested without a browser).
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type {
  PeriodTrendView,
  ProgressFiguresView,
  ProgressTableView,
  RankedUnitView,
} from '../../../src/contracts/dashboard.js';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '../../../src/domain/reporting/assignment-status.js';
import { formatNumberVi } from '../i18n/format.js';
import type { TranslateParams } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/vi.js';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;
type Translate = (key: MessageKey, params?: TranslateParams) => string;

/** The status colours of the task list's badges (Mantine gray, blue, green, yellow, red). */
export const STATUS_CHART_COLORS: Record<AssignmentStatus, string> = {
  not_started: '#adb5bd',
  in_progress: '#228be6',
  done: '#2f9e44',
  done_late: '#f59f00',
  not_feasible: '#e03131',
};

/** A share (0..1) as a percentage with one decimal, for plotting; null stays a gap. */
export const asPercent = (rate: number | null): number | null => (rate === null ? null : Math.round(rate * 1000) / 10);

const percentLabel = (value: unknown) => (typeof value === 'number' ? `${formatNumberVi(value, 1)}%` : '—');
const countLabel = (value: unknown) => (typeof value === 'number' ? formatNumberVi(value) : '—');

const legend: LegendComponentOption = { top: 0, type: 'scroll' };
const categoryLabel = { width: 220, overflow: 'truncate' as const };

/** Assignments of each row (area or kind of unit) stacked by status, one horizontal bar per row, first row on top. */
export function progressChartOption(
  table: ProgressTableView,
  t: Translate,
  labelOf: (row: ProgressFiguresView) => string = (row) => row.label,
): ChartOption {
  return {
    legend,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: countLabel },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => formatNumberVi(value) } },
    yAxis: { type: 'category', inverse: true, data: table.rows.map(labelOf), axisLabel: categoryLabel },
    series: ASSIGNMENT_STATUSES.map((status) => ({
      type: 'bar',
      name: t(`assignmentStatus.${status}`),
      stack: 'status',
      color: STATUS_CHART_COLORS[status],
      emphasis: { focus: 'series' },
      data: table.rows.map((row) => row.byStatus[status]),
    })),
  };
}

/** How reporting and the work moved from period to period, in percent. */
export function trendChartOption(trends: readonly PeriodTrendView[], t: Translate): ChartOption {
  const line = (name: string, color: string, pick: (trend: PeriodTrendView) => number | null): LineSeriesOption => ({
    type: 'line',
    name,
    color,
    connectNulls: false,
    symbolSize: 8,
    data: trends.map((trend) => asPercent(pick(trend))),
  });
  return {
    legend,
    tooltip: { trigger: 'axis', valueFormatter: percentLabel },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: trends.map((trend) => trend.label) },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: (value: number) => `${formatNumberVi(value)}%` },
    },
    series: [
      line(t('dashboard.trend.receivedRate'), STATUS_CHART_COLORS.in_progress, (trend) => trend.receivedRate),
      line(t('dashboard.trend.onTimeRate'), STATUS_CHART_COLORS.done, (trend) => trend.onTimeRate),
      line(t('dashboard.trend.completionRate'), STATUS_CHART_COLORS.done_late, (trend) => trend.completionRate),
    ],
  };
}

/** The first `top` units of a ranking (already in rank order): completion and reports on time, in percent. */
export function rankingChartOption(units: readonly RankedUnitView[], top: number, t: Translate): ChartOption {
  const shown = units.slice(0, top);
  const bar = (name: string, color: string, pick: (unit: RankedUnitView) => number | null): BarSeriesOption => ({
    type: 'bar',
    name,
    color,
    data: shown.map((unit) => asPercent(pick(unit))),
  });
  return {
    legend,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percentLabel },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: (value: number) => `${formatNumberVi(value)}%` },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map((unit) => `${formatNumberVi(unit.rank)}. ${unit.unitName}`),
      axisLabel: categoryLabel,
    },
    series: [
      bar(t('dashboard.ranking.completionRate'), STATUS_CHART_COLORS.done, (unit) => unit.completionRate),
      bar(t('dashboard.ranking.reportOnTimeRate'), STATUS_CHART_COLORS.in_progress, (unit) => unit.reportOnTimeRate),
    ],
  };
}

/** Enough height for one bar per row, never less than a readable chart. */
export const barChartHeight = (rows: number): number => Math.max(220, 60 + rows * 34);

/** "Tiến độ theo lĩnh vực - Quý I-2025.png": a file name a person recognises, without path separators. */
export function chartFileName(title: string, periodLabel: string): string {
  return (
    `${title} - ${periodLabel}`
      .replace(/[\\/:*?"<>|]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim() + '.png'
  );
}

/** What a saved picture says about itself: the chart's title, and the plan, period and filters it shows (lines split by "\n"). */
export interface PictureCaption {
  title: string;
  subtitle: string;
}

/** The width a chart is saved at: wide enough for the legend and the row labels whatever the screen. */
export const PICTURE_MIN_WIDTH = 960;
const LEGEND_ROW_HEIGHT = 24;
const LEGEND_FONT_PX = 12;

/** Rows a plain (wrapping) legend takes: each item is its symbol, its name and a gap, laid out left to right. */
export function legendRows(names: readonly string[], width: number): number {
  const room = width - 40;
  let rows = names.length ? 1 : 0;
  let used = 0;
  for (const name of names) {
    // Vietnamese text at 12 px averages under 7 px a character; the symbol and gaps take about 40 px.
    const item = 40 + name.length * LEGEND_FONT_PX * 0.58;
    if (used > 0 && used + item > room) {
      rows += 1;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/**
 * The chart as it is saved to a PNG: the screen's option with the title and caption on top and the whole
 * legend below the plot (on screen the legend scrolls, which a picture cannot), without animation. Returns
 * the option and how much taller than on screen the picture must be to hold the title and the legend.
 */
export function pictureOption(
  option: ChartOption,
  caption: PictureCaption,
  width: number,
): { option: ChartOption; extraHeight: number } {
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as {
    name?: unknown;
  }[];
  const names = series.map((s) => (typeof s.name === 'string' ? s.name : '')).filter(Boolean);
  const legendHeight = legendRows(names, width) * LEGEND_ROW_HEIGHT + 16;
  const grid = (Array.isArray(option.grid) ? option.grid[0] : option.grid) ?? {};
  // The title line, then one line of 18 px per line of the caption.
  const titleHeight = 44 + caption.subtitle.split('\n').length * 18;
  return {
    option: {
      ...option,
      animation: false,
      title: {
        text: caption.title,
        subtext: caption.subtitle,
        left: 'center',
        top: 8,
        textStyle: { fontSize: 16, fontWeight: 'bold', color: '#212529' },
        // Without a line height ECharts draws the caption's second line over its first.
        subtextStyle: { fontSize: 12, lineHeight: 18, color: '#495057' },
        itemGap: 8,
      },
      legend: {
        ...(option.legend as LegendComponentOption),
        type: 'plain',
        top: undefined,
        bottom: 8,
        left: 'center',
        width: width - 40,
      },
      grid: { ...grid, top: titleHeight + 8, bottom: legendHeight + 8 },
    },
    // The screen's chart keeps 40 px for its one-line legend on top; the picture adds the title and the legend rows.
    extraHeight: titleHeight + 8 + legendHeight + 8 - 40,
  };
}
