import { describe, expect, it } from 'vitest';
import {
  daysLate,
  dossierFigureRow,
  groupScoresOf,
  rankByTotal,
  spanLabelVi,
  totalOfGroups,
  trendPeriods,
  trendSpansOf,
} from '../../../src/domain/service-quality/page.js';

describe('the service-quality page: ranks', () => {
  it('ranks by competition (5, 5, 7): ties share a rank and the next is skipped; no total, no rank', () => {
    const totals = [90, 80.5, 80.5, 70, null, 80.504];
    const ranks = rankByTotal(totals, (t) => t);
    expect(ranks.map((r) => r.rank)).toEqual([1, 2, 2, 5, null, 2]);
    expect(ranks.every((r) => r.of === 5)).toBe(true);
  });

  it('ranks nobody when nobody has a total', () => {
    expect(rankByTotal([null, null], (t) => t)).toEqual([
      { rank: null, of: 0 },
      { rank: null, of: 0 },
    ]);
  });
});

describe('the service-quality page: group scores and total', () => {
  it('lists the six groups in order, a group not published is null (never 0), and totals only the published', () => {
    const groups = groupScoresOf([
      { groupCode: 'TDGQ', publishedScore: 18.5, recomputedScore: 18.13, differs: true },
      { groupCode: 'CKMB', publishedScore: 17, recomputedScore: 17, differs: false },
    ]);
    expect(groups.map((g) => g.group)).toEqual(['CKMB', 'TDGQ', 'CLGQ', 'TTTT', 'MDHL', 'MDSH']);
    expect(groups[1]).toEqual({ group: 'TDGQ', max: 20, published: 18.5, recomputed: 18.13, differs: true });
    expect(groups[2]).toEqual({ group: 'CLGQ', max: 12, published: null, recomputed: null, differs: false });
    expect(totalOfGroups(groups)).toBe(35.5);
    expect(totalOfGroups(groupScoresOf([]))).toBeNull();
  });
});

describe('the service-quality page: trend', () => {
  it('runs over months for a month, over quarters for a quarter, 6 or 9 months and the year', () => {
    expect(trendSpansOf('m3')).toEqual(['m1', 'm2', 'm3']);
    expect(trendSpansOf('q2')).toEqual(['q1', 'q2']);
    expect(trendSpansOf('first_half')).toEqual(['q1', 'q2']);
    expect(trendSpansOf('nine_months')).toEqual(['q1', 'q2', 'q3']);
    expect(trendSpansOf('year')).toEqual(['q1', 'q2', 'q3', 'q4']);
  });

  it('leaves out the periods not begun on the day the page is read', () => {
    expect(trendPeriods(2026, 'year', '2026-05-10')).toEqual([
      { span: 'q1', period: { from: '2026-01-01', to: '2026-03-31' } },
      { span: 'q2', period: { from: '2026-04-01', to: '2026-06-30' } },
    ]);
    expect(trendPeriods(2026, 'm12', '2026-03-01').map((p) => p.span)).toEqual(['m1', 'm2', 'm3']);
    expect(trendPeriods(2025, 'q4', '2026-03-01')).toHaveLength(4);
    expect(trendPeriods(2027, 'year', '2026-03-01')).toEqual([]);
  });

  it('names the spans in Vietnamese', () => {
    expect(['year', 'nine_months', 'first_half', 'q2', 'm11'].map((s) => spanLabelVi(s as never))).toEqual([
      'Cả năm',
      '9 tháng',
      '6 tháng',
      'Quý II',
      'Tháng 11',
    ]);
  });
});

describe('the service-quality page: dossier figures', () => {
  const value = (key: string, v: number | null, numerator: number | null = null) => ({ key, value: v, numerator });

  it('takes each figure from its catalogue key; late without apology is late less those apologised for', () => {
    const row = dossierFigureRow([
      value('dossiers.received', 200),
      value('dossiers.on_time_rate', 95, 190),
      value('dossiers.late', 10),
      value('dossiers.late_with_apology_rate', 40, 4),
      value('dossiers.online_rate', 55.5, 111),
      value('dossiers.paid_online_rate', null, 0),
      value('dossiers.digitised_rate', 80, 160),
    ]);
    expect(row).toEqual({
      received: 200,
      onTimeRate: 95,
      late: 10,
      lateWithoutApology: 6,
      onlineRate: 55.5,
      paidOnlineRate: null,
      digitisedRate: 80,
    });
  });

  it('is all null for a unit without dossiers, never 0', () => {
    expect(Object.values(dossierFigureRow([]))).toEqual([null, null, null, null, null, null, null]);
  });

  it('counts days late by Vietnam calendar days, at least one; not late gives null', () => {
    const due = new Date('2026-03-10T10:00:00Z'); // 17:00 in Vietnam
    expect(daysLate(due, new Date('2026-03-10T09:00:00Z'), new Date())).toBeNull();
    expect(daysLate(due, new Date('2026-03-10T10:30:00Z'), new Date())).toBe(1);
    expect(daysLate(due, new Date('2026-03-13T02:00:00Z'), new Date())).toBe(3);
    // Still open: judged on the day asked.
    expect(daysLate(due, null, new Date('2026-03-20T02:00:00Z'))).toBe(10);
    expect(daysLate(null, null, new Date())).toBeNull();
  });
});
