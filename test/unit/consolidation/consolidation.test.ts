import { describe, expect, it } from 'vitest';
import { buildDashboard, consolidate } from '../../../src/domain/consolidation/consolidate.js';
import { filterDataset } from '../../../src/domain/consolidation/dataset.js';
import { rankUnits } from '../../../src/domain/consolidation/unit-ranking.js';
import { sentenceCaseTitle } from '../../../src/domain/consolidation/area-title.js';
import { fixture } from './consolidation-fixture.js';

describe('the consolidated report of a period', () => {
  const report = consolidate(fixture());

  it('counts work by status per area, with completion, on-time and overdue figures', () => {
    expect(report.byArea.rows.map((r) => r.label)).toEqual(['I. Công tác chỉ đạo, điều hành', 'II. Cải cách thể chế']);
    const [areaI, areaII] = report.byArea.rows;
    expect(areaI).toMatchObject({
      total: 3,
      finished: 1,
      overdue: 1,
      byStatus: { done: 1, in_progress: 1, not_started: 1 },
    });
    expect(areaI!.completionRate).toBeCloseTo(1 / 3);
    expect(areaII).toMatchObject({
      total: 3,
      finished: 2,
      onTimeRate: 0.5,
      byStatus: { done: 1, done_late: 1, not_feasible: 1 },
    });
    expect(report.byArea.total).toMatchObject({ total: 6, finished: 3, completionRate: 0.5, overdue: 1 });
    expect(report.byUnitKind.rows.map((r) => [r.label, r.total, r.finished])).toEqual([
      ['Sở, ban, ngành', 3, 2],
      ['UBND cấp xã', 3, 1],
    ]);
  });

  it('groups what units did by area and names each unit, from reports in hand only (not a returned one)', () => {
    expect(report.narratives).toEqual([
      {
        areaCode: 'I',
        label: 'I. Công tác chỉ đạo, điều hành',
        units: [
          {
            unitId: 'S1',
            unitName: 'Sở Tư pháp',
            results: [{ activityNumber: '1', activityTitle: 'Hoạt động a1', text: 'Ban hành kế hoạch CCHC năm 2025.' }],
          },
          {
            unitId: 'S2',
            unitName: 'Sở Y tế',
            results: [{ activityNumber: '3', activityTitle: 'Hoạt động a3', text: 'Đang xây dựng quy chế.' }],
          },
        ],
      },
      {
        areaCode: 'II',
        label: 'II. Cải cách thể chế',
        units: [
          {
            unitId: 'S1',
            unitName: 'Sở Tư pháp',
            results: [{ activityNumber: '2', activityTitle: 'Hoạt động a2', text: 'Rà soát 45 văn bản.' }],
          },
        ],
      },
    ]);
    expect(report.proposals).toEqual([
      { unitId: 'S1', unitName: 'Sở Tư pháp', text: 'Đề nghị bổ sung kinh phí số hóa.' },
    ]);
    expect(report.shortcomings.map((s) => s.unitName)).toEqual(['Sở Y tế']);
  });

  it("evaluates a target on the coordinator's own figure; the units' rates give coverage, not a province verdict", () => {
    const [rate, count] = report.indicators;
    // No mean of the communes' 80% and 100% stands as the result; the department's 10 is not a commune figure.
    expect(rate).toMatchObject({
      value: null,
      source: null,
      reportingUnits: 2,
      expectedUnits: 2,
      unitsMeeting: 1,
      resultLabel: '2/2 đơn vị báo cáo',
      levelLabel: 'Cấp xã',
      targetLabel: '≥ 90%',
    });
    expect(rate!.evaluation).toMatchObject({ status: null, label: '1/2 đơn vị đạt' });
    // 1 of 3 initiatives at three quarters of the year, where 2,25 were due: at risk.
    expect(count).toMatchObject({
      value: 1,
      source: 'coordinator',
      levelLabel: 'Toàn tỉnh',
      evaluation: { status: 'at_risk' },
    });
  });

  it('lists units that did not report and those that reported late', () => {
    expect(report.discipline.missing.map((u) => u.name)).toEqual(['UBND xã Bến Hải']);
    expect(report.discipline.late.map((l) => [l.unit.name, l.daysLate])).toEqual([['Sở Y tế', 5]]);
    expect(report.discipline.completeness).toMatchObject({ expected: 4, received: 3, onTime: 2, late: 1 });
  });
});

describe('the dashboard', () => {
  const dashboard = buildDashboard(fixture());

  it('lists overdue activities and the targets at risk', () => {
    expect(dashboard.overdueActivities).toEqual([
      expect.objectContaining({ assignmentId: 'a3', unitName: 'Sở Y tế', daysOverdue: 20 }),
    ]);
    expect(dashboard.overdue).toMatchObject({ assignments: 1, activities: 1 });
    expect(dashboard.indicatorsAtRisk.map((i) => i.indicatorId)).toEqual(['count']);
  });

  it('ranks units within their kind by completion, then by reports on time', () => {
    expect(dashboard.ranking.map((r) => [r.unitName, r.rank, r.of])).toEqual([
      ['Sở Tư pháp', 1, 2],
      ['Sở Y tế', 2, 2],
      ['UBND xã An Bình', 1, 2],
      ['UBND xã Bến Hải', 2, 2],
    ]);
    // Quý I and 9 tháng on time; nothing sent for 6 tháng, now past due.
    const justice = dashboard.ranking[0]!;
    expect(justice).toMatchObject({ completionRate: 1, reportsDue: 3, reportsOnTime: 2, workOnTimeRate: 0.5 });
    expect(justice.reportOnTimeRate).toBeCloseTo(2 / 3);
  });

  it('gives equal units the same rank and skips the next', () => {
    const data = fixture();
    const clones = ['A', 'B', 'C'].map((n) => ({
      id: n,
      name: `Sở ${n}`,
      kind: 'department' as const,
      level: 'province' as const,
    }));
    const work = clones.map((u, i) => ({
      ...data.assignments[0]!,
      id: `w${i}`,
      unitId: u.id,
      status: i === 2 ? ('in_progress' as const) : ('done' as const),
    }));
    expect(rankUnits(clones, work, data.periods, [], data.today).map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('follows reporting and completion across periods', () => {
    expect(dashboard.trends.map((t) => [t.periodCode, t.received, t.reportedItems, t.reportedFinished])).toEqual([
      ['Q1', 2, 3, 0],
      ['H1', 0, 0, 0],
      ['M9', 3, 5, 3],
      ['Y', 0, 0, 0],
    ]);
    expect(dashboard.trends[0]!.onTimeRate).toBe(0.5);
  });
});

describe('filters', () => {
  it('narrows to one area: its work, the units doing it, its targets', () => {
    const areaII = consolidate(filterDataset(fixture(), { areaCode: 'II' }));
    expect(areaII.byArea.rows.map((r) => r.key)).toEqual(['II']);
    expect(areaII.discipline.completeness.expected).toBe(3);
    expect(areaII.indicators.map((i) => i.indicatorId)).toEqual(['rate']);
    expect(areaII.narratives.flatMap((n) => n.units.flatMap((u) => u.results.map((r) => r.text)))).toEqual([
      'Rà soát 45 văn bản.',
    ]);
  });

  it("narrows to one unit kind, whose own figures are the targets' coverage", () => {
    const communes = consolidate(filterDataset(fixture(), { kind: 'commune' }));
    expect(communes.byUnitKind.rows.map((r) => r.key)).toEqual(['commune']);
    expect(communes.discipline.missing.map((u) => u.name)).toEqual(['UBND xã Bến Hải']);
    expect(communes.indicators.find((i) => i.indicatorId === 'rate')).toMatchObject({
      reportingUnits: 2,
      expectedUnits: 2,
      unitsMeeting: 1,
    });
    // The province-wide count is the coordinator's: without it (filtered out), and with no commune answering for it, there is no figure.
    expect(communes.indicators.find((i) => i.indicatorId === 'count')).toMatchObject({
      value: null,
      resultLabel: '—',
      evaluation: { status: null, label: 'Chưa có số liệu' },
    });
  });
});

describe('area titles', () => {
  it('turn capitals into sentence case, keeping abbreviations', () => {
    expect(sentenceCaseTitle('CẢI CÁCH TTHC')).toBe('Cải cách TTHC');
    expect(sentenceCaseTitle('CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC')).toBe('Công tác chỉ đạo điều hành CCHC');
    expect(sentenceCaseTitle('XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ')).toBe(
      'Xây dựng và phát triển chính phủ điện tử, chính phủ số',
    );
    expect(sentenceCaseTitle('Cải cách thể chế')).toBe('Cải cách thể chế');
  });
});
