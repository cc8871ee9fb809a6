import { describe, expect, it } from 'vitest';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { progressByArea } from '../../../src/domain/consolidation/area-progress.js';
import { trendsAcrossPeriods } from '../../../src/domain/consolidation/trends.js';
import { rankUnits } from '../../../src/domain/consolidation/unit-ranking.js';
import type { ReportAssignment, ReportPeriod, ReportUnit } from '../../../src/domain/consolidation/types.js';
import {
  asPercent,
  chartFileName,
  legendRows,
  pictureOption,
  progressChartOption,
  rankingChartOption,
  trendChartOption,
} from '../../../web/src/dashboard/chart-options.js';
import type { LegendComponentOption, TitleComponentOption, GridComponentOption } from 'echarts/components';
import { groupOverdueByActivity } from '../../../web/src/dashboard/overdue.js';
import { rankingGroups } from '../../../web/src/dashboard/ranking.js';
import { translate } from '../../../web/src/i18n/translate.js';
import type { MessageKey } from '../../../web/src/i18n/vi.js';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate('vi', key, params);
const TODAY = '2025-10-01';

const units: ReportUnit[] = [
  { id: 'u-justice', name: 'Sở Tư pháp', kind: 'department', level: 'province' },
  { id: 'u-finance', name: 'Sở Tài chính', kind: 'department', level: 'province' },
  { id: 'u-camlo', name: 'UBND xã Cam Lộ', kind: 'commune', level: 'commune' },
];
let serial = 0;
const assignment = (
  unitId: string,
  areaCode: string | null,
  status: ReportAssignment['status'],
  dueOn = '2025-06-30',
): ReportAssignment => ({
  id: `a${++serial}`,
  activityId: `act-${areaCode}`,
  unitId,
  areaCode,
  activityNumber: '1',
  activityTitle: 'Ban hành kế hoạch',
  status,
  progress: status === 'done' || status === 'done_late' ? 100 : status === 'in_progress' ? 50 : 0,
  dueOn,
  completedOn: status === 'done' ? '2025-06-01' : status === 'done_late' ? '2025-07-15' : null,
  evidenceCount: 0,
});
const work = [
  assignment('u-justice', 'I', 'done'),
  assignment('u-justice', 'I', 'done'),
  assignment('u-justice', 'I', 'in_progress'),
  assignment('u-finance', 'I', 'not_started'),
  assignment('u-finance', 'II', 'done_late'),
  assignment('u-camlo', 'II', 'not_feasible'),
  assignment('u-camlo', null, 'not_started', '2025-12-31'),
];
const areas = [
  { code: 'I', title: 'Công tác chỉ đạo điều hành' },
  { code: 'II', title: 'Cải cách thể chế' },
];

describe('the dashboard charts draw the figures of their tables', () => {
  it("stacks each area's assignments by status, one bar per table row, in the table's order", () => {
    const table = progressByArea(areas, work, TODAY);
    const option = progressChartOption(table, t);
    expect((option.yAxis as { data: string[] }).data).toEqual([
      'I. Công tác chỉ đạo điều hành',
      'II. Cải cách thể chế',
      'Chưa xếp lĩnh vực',
    ]);
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => s.name)).toEqual([
      'Chưa triển khai',
      'Đang thực hiện',
      'Hoàn thành',
      'Hoàn thành trễ hạn',
      'Không thực hiện được',
    ]);
    expect(series.every((s) => s.stack === 'status')).toBe(true);
    // Column by column the stacked bars add up to each row's total.
    const totals = table.rows.map((_, row) => series.reduce((sum, s) => sum + (s.data![row] as number), 0));
    expect(totals).toEqual([4, 2, 1]);
    expect(series.find((s) => s.name === 'Hoàn thành')!.data).toEqual([2, 0, 0]);
    expect(series.find((s) => s.name === 'Hoàn thành trễ hạn')!.data).toEqual([0, 1, 0]);
  });

  it('names rows in the language of the screen when asked', () => {
    const table = progressByArea(areas, work, TODAY);
    const option = progressChartOption(table, t, (row) => row.key || '—');
    expect((option.yAxis as { data: string[] }).data).toEqual(['I', 'II', '—']);
  });

  it('plots the trend in percent and leaves a gap where a period has nothing to measure', () => {
    const periods: ReportPeriod[] = [
      { code: 'Q1', label: 'Quý I/2025', dueOn: '2025-03-15', yearFraction: 0.25 },
      { code: 'H1', label: '6 tháng đầu năm 2025', dueOn: '2025-06-15', yearFraction: 0.5 },
    ];
    const reports = [
      {
        unitId: 'u-justice',
        periodCode: 'H1',
        status: 'accepted' as const,
        firstSubmittedOn: '2025-06-10',
        content: null,
      },
    ];
    const option = trendChartOption(trendsAcrossPeriods(periods, units, reports, TODAY), t);
    const [received, onTime, completion] = option.series as LineSeriesOption[];
    expect((option.xAxis as { data: string[] }).data).toEqual(['Quý I/2025', '6 tháng đầu năm 2025']);
    expect(received!.data).toEqual([0, 33.3]);
    expect(onTime!.data).toEqual([0, 33.3]);
    // No report sent any item: no completion rate, not 0%.
    expect(completion!.data).toEqual([null, null]);
  });

  it('shows the first units of a ranking with their rank, completion and reports on time', () => {
    const ranking = rankUnits(units, work, [], [], TODAY);
    const departments = rankingGroups(ranking)[0]!.units;
    const option = rankingChartOption(departments, 1, t);
    expect((option.yAxis as { data: string[] }).data).toEqual(['1. Sở Tư pháp']);
    const [completion, reportsOnTime] = option.series as BarSeriesOption[];
    expect(completion!.data).toEqual([66.7]);
    expect(reportsOnTime!.data).toEqual([null]);
  });
});

describe('dashboard helpers', () => {
  it('splits the ranking by kind of unit, keeping the order within each', () => {
    const groups = rankingGroups(rankUnits(units, work, [], [], TODAY));
    expect(groups.map((g) => [g.kind, g.units.map((u) => u.unitName)])).toEqual([
      ['department', ['Sở Tư pháp', 'Sở Tài chính']],
      ['commune', ['UBND xã Cam Lộ']],
    ]);
  });

  it('folds overdue assignments into one line per activity, with the earliest due date and the longest delay', () => {
    const row = (activityId: string, unitName: string, dueOn: string, daysOverdue: number) => ({
      assignmentId: `${activityId}-${unitName}`,
      activityId,
      areaCode: 'II',
      activityNumber: '4',
      activityTitle: `Hoạt động ${activityId}`,
      unitId: unitName,
      unitName,
      dueOn,
      daysOverdue,
      progress: 0,
    });
    const groups = groupOverdueByActivity([
      row('a', 'Sở Y tế', '2025-01-31', 60),
      row('b', 'Sở Nội vụ', '2025-02-10', 50),
      row('a', 'Sở Xây dựng', '2025-01-15', 76),
    ]);
    expect(groups.map((g) => [g.activityId, g.dueOn, g.daysOverdue, g.units.map((u) => u.unitName)])).toEqual([
      ['a', '2025-01-15', 76, ['Sở Y tế', 'Sở Xây dựng']],
      ['b', '2025-02-10', 50, ['Sở Nội vụ']],
    ]);
  });

  it('turns shares into percentages with one decimal', () => {
    expect([asPercent(0.855), asPercent(1), asPercent(null)]).toEqual([85.5, 100, null]);
  });

  it('names a saved chart after its title and period, without characters a file name cannot hold', () => {
    expect(chartFileName('Tiến độ theo lĩnh vực', 'Quý I/2025')).toBe('Tiến độ theo lĩnh vực - Quý I-2025.png');
  });

  it('saves a chart with its title, the plan, period and filters, and the whole legend below the plot', () => {
    const screen = progressChartOption(progressByArea(areas, work, TODAY), t);
    const caption = {
      title: 'Tiến độ theo lĩnh vực',
      subtitle:
        'Kế hoạch CCHC năm 2026 — kỳ 9 tháng đầu năm 2026, hạn báo cáo 15/09/2026\nLĩnh vực: II. Cải cách thể chế',
    };
    const narrow = pictureOption(screen, caption, 400);
    const title = narrow.option.title as TitleComponentOption;
    expect([title.text, title.subtext]).toEqual([caption.title, caption.subtitle]);
    // Two caption lines, spaced: one over the other, not on top of each other.
    expect(title.subtextStyle?.lineHeight).toBeGreaterThanOrEqual(16);
    // On screen the legend scrolls (items out of view are cut); the picture lays all of it out, wrapping.
    expect((screen.legend as LegendComponentOption).type).toBe('scroll');
    const legend = narrow.option.legend as LegendComponentOption;
    expect(legend).toMatchObject({ type: 'plain', bottom: 8 });
    expect(legend.top).toBeUndefined();
    expect(narrow.option.animation).toBe(false);
    // Five statuses do not fit one row in 400 px: the plot leaves room for every row of the legend.
    const rows = legendRows(
      ['Chưa triển khai', 'Đang thực hiện', 'Hoàn thành', 'Hoàn thành trễ hạn', 'Không thực hiện được'],
      400,
    );
    expect(rows).toBeGreaterThan(1);
    const grid = narrow.option.grid as GridComponentOption;
    expect(grid.bottom as number).toBeGreaterThanOrEqual(rows * 24);
    expect(grid.top as number).toBeGreaterThan(2 * 18 + 16);
    // The picture is taller than the chart on screen by the title and the legend.
    expect(narrow.extraHeight).toBeGreaterThan(pictureOption(screen, caption, 1200).extraHeight);
    expect(pictureOption(screen, caption, 1200).extraHeight).toBeGreaterThan(0);
    // The chart on the page is left as it was.
    expect(screen.title).toBeUndefined();
  });
});
