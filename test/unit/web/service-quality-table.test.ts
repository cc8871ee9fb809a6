import { describe, expect, it } from 'vitest';
import type { ServiceQualityRowView } from '../../../src/contracts/service-quality.js';
import { serviceTrendChartOption, totalsChartOption } from '../../../web/src/service-quality/chart-options.js';
import { firstDirection, sortRows } from '../../../web/src/service-quality/sort.js';

const row = (
  unitName: string,
  total: number | null,
  rank: number | null,
  late: number | null,
): ServiceQualityRowView => ({
  unitId: null,
  unitName,
  unitCode: null,
  groups: [{ group: 'TDGQ', max: 20, published: total === null ? null : total / 5, recomputed: null, differs: false }],
  total,
  rank,
  rankedOf: 3,
  dossiers: {
    received: late === null ? null : 100,
    onTimeRate: null,
    late,
    lateWithoutApology: late,
    onlineRate: null,
    paidOnlineRate: null,
    digitisedRate: null,
  },
  trend: [],
});

describe('the service-quality table', () => {
  const rows = [row('Sở B', 80, 2, 3), row('Sở A', null, null, null), row('Sở C', 90, 1, 0), row('Sở Đ', 80, 2, 7)];
  const names = (sorted: ServiceQualityRowView[]) => sorted.map((r) => r.unitName);

  it('sorts by rank with ties by name, and a unit without data last whichever way', () => {
    expect(names(sortRows(rows, { key: 'rank', descending: false }))).toEqual(['Sở C', 'Sở B', 'Sở Đ', 'Sở A']);
    expect(names(sortRows(rows, { key: 'total', descending: true }))).toEqual(['Sở C', 'Sở B', 'Sở Đ', 'Sở A']);
    expect(names(sortRows(rows, { key: 'total', descending: false }))).toEqual(['Sở B', 'Sở Đ', 'Sở C', 'Sở A']);
    expect(names(sortRows(rows, { key: 'lateWithoutApology', descending: false }))).toEqual([
      'Sở C',
      'Sở B',
      'Sở Đ',
      'Sở A',
    ]);
    expect(names(sortRows(rows, { key: 'TDGQ', descending: true }))[3]).toBe('Sở A');
    expect(names(sortRows(rows, { key: 'unit', descending: false }))).toEqual(['Sở A', 'Sở B', 'Sở C', 'Sở Đ']);
  });

  it('sorts a first click best first: scores high to low, late counts and rank low to high', () => {
    expect(firstDirection('total')).toBe(true);
    expect(firstDirection('onTimeRate')).toBe(true);
    expect(firstDirection('late')).toBe(false);
    expect(firstDirection('rank')).toBe(false);
  });

  it('draws the figures of the table: totals per unit, and the trend with gaps for no data', () => {
    const bars = totalsChartOption(rows, 'Tổng điểm');
    expect((bars.series as { data: unknown[] }[])[0]!.data).toEqual([80, null, 90, 80]);
    const trend = serviceTrendChartOption(
      [
        { label: 'Quý I', total: 85.5, onTimeRate: 97 },
        { label: 'Quý II', total: null, onTimeRate: 96.5 },
      ],
      { total: 'Tổng điểm', onTimeRate: 'Đúng hạn' },
    );
    const series = trend.series as { data: unknown[] }[];
    expect(series[0]!.data).toEqual([85.5, null]);
    expect(series[1]!.data).toEqual([97, 96.5]);
  });
});
