import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/domain/scoring/bands.js';
import { pointsLostByCriterion, pointsLostByUnit } from '../../../src/domain/scoring/points-lost.js';
import { prefillEntries } from '../../../src/domain/scoring/prefill.js';
import { rankWithinGroups } from '../../../src/domain/scoring/ranking.js';
import { scoreUnit } from '../../../src/domain/scoring/score-unit.js';
import type { UnitEntries } from '../../../src/domain/scoring/types.js';
import { planTargets } from '../../../src/domain/scoring/what-if.js';
import { compareYears } from '../../../src/domain/scoring/year-over-year.js';
import { sampleSet } from './fixture.js';

const entries = (over: UnitEntries = {}): UnitEntries => ({
  '1.1': { value: true },
  '1.2': { value: 100 },
  '1.3': { value: 100 },
  '1.4': { inputs: { done: 3, total: 3 } },
  '2.1': { value: 3 },
  '2.2': { value: true },
  ...over,
});

describe('ranking within groups', () => {
  it('orders by the exact index, ties share a rank and the next rank skips', () => {
    const ranked = rankWithinGroups([
      { unitId: 'a', group: 'department', total: 90, effectiveMax: 100 },
      { unitId: 'b', group: 'department', total: 85.5, effectiveMax: 95 }, // 90 % exactly: ties with a
      { unitId: 'c', group: 'department', total: 89.999, effectiveMax: 100 },
      { unitId: 'd', group: 'commune', total: 70, effectiveMax: 100 },
      { unitId: 'e', group: 'department', total: 95, effectiveMax: 100 },
    ]);
    const rank = Object.fromEntries(ranked.map((r) => [r.unitId, [r.rank, r.of]]));
    expect(rank).toEqual({ e: [1, 4], a: [2, 4], b: [2, 4], c: [4, 4], d: [1, 1] });
    expect(ranked.find((r) => r.unitId === 'a')?.tiedWith).toEqual(['b']);
  });
});

describe('classification bands', () => {
  it('are configurable and compared exactly at the boundary', () => {
    const bands = sampleSet().bands;
    expect(classify(90_000, 100_000, bands)).toBe('Xuất sắc');
    expect(classify(89_999, 100_000, bands)).toBe('Tốt');
    expect(classify(8_500, 9_444, bands)).toBe('Xuất sắc'); // 90.004 %
    expect(classify(10, 100_000, [{ minPercent: 50, label: 'Đạt' }])).toBeNull();
  });
});

describe('year over year', () => {
  it('matches nodes by code, compares points, and flags added, removed and re-weighted criteria', () => {
    const before = scoreUnit(sampleSet({ year: 2024 }), 'u', entries({ '1.2': { value: 80 } }));
    const afterSet = sampleSet();
    afterSet.nodes[1]?.children?.push({ code: '2.3', title: 'Mới', maxPoints: 0, method: { type: 'yes_no' } });
    const after = scoreUnit(afterSet, 'u', entries({ '2.1': { value: 2.5 }, '2.3': { value: true } }));
    const diff = compareYears(before, after, { previous: 5, current: 3 });
    const byCode = Object.fromEntries(diff.nodes.map((n) => [n.code, n]));
    expect(byCode['1.2']?.change).toBe('up');
    expect(byCode['1.2']?.deltaPoints).toBe(1);
    expect(byCode['2.1']?.deltaPoints).toBe(-0.5);
    expect(byCode['2.3']?.change).toBe('added');
    expect(diff.total.deltaPoints).toBe(0.5);
    expect(diff.rank).toEqual({ previous: 5, current: 3, delta: 2 });
  });
});

describe('where points were lost', () => {
  it('by criterion across units and by unit across criteria', () => {
    const set = sampleSet();
    const a = scoreUnit(set, 'a', entries({ '1.2': { value: 85 }, '2.1': { value: 2 } }));
    const b = scoreUnit(set, 'b', entries({ '1.2': { value: 50 } }));
    const byCriterion = pointsLostByCriterion([a, b]);
    expect(byCriterion[0]).toMatchObject({
      code: '1.2',
      unitsLosing: 2,
      totalLost: 3,
      averageLost: 1.5,
      shareLost: 75,
    });
    expect(byCriterion[1]).toMatchObject({ code: '2.1', unitsLosing: 1, totalLost: 1 });
    const unitA = pointsLostByUnit(a);
    expect(unitA.totalLost).toBe(2);
    expect(unitA.criteria.map((c) => c.code)).toEqual(['1.2', '2.1']);
    expect(unitA.areas.map((x) => [x.code, x.lost])).toEqual([
      ['1', 1],
      ['2', 1],
    ]);
  });
});

describe('what-if planning', () => {
  it('shares the gap by lost points, keeps criteria at maximum, rounds set-value criteria up', () => {
    const set = sampleSet();
    const last = scoreUnit(
      set,
      'u',
      entries({
        '1.1': { value: false },
        '1.2': { value: 100 },
        '1.3': { value: 60 },
        '1.4': { inputs: { done: 1, total: 3 } },
      }),
    );
    // Area 1 last year: 0 + 2 + 0.9 + 0.5 = 3.4 of 6. Target 5.
    const plan = planTargets(set, last, { '1': 5 });
    const area = plan.areas[0];
    const leaf = (code: string) => area?.leaves.find((l) => l.code === code);
    expect(leaf('1.2')?.required).toBe(2); // already at max: unchanged
    expect(leaf('1.1')?.required).toBe(1); // yes/no: rounded up to Đạt
    expect(leaf('1.1')?.requiredValue).toBe('Đạt');
    // After 1.1 reaches 1, 1.3 and 1.4 share 5 − 3 − (0.9 + 0.5) = 0.6 over their room 0.6 + 1: k = 0.375.
    expect(leaf('1.3')?.required).toBe(1.125);
    expect(leaf('1.3')?.requiredValue).toBe('tỷ lệ từ 75%');
    expect(leaf('1.4')?.required).toBe(0.875);
    expect(area?.planned).toBe(5);
    expect(area?.feasible).toBe(true);
    const tooHigh = planTargets(set, last, { '1': 7 });
    expect(tooHigh.areas[0]).toMatchObject({ feasible: false, shortfall: 1, planned: 6 });
    expect(tooHigh.problems[0]).toMatch(/vượt điểm tối đa/);
  });
});

describe('prefill from tracked work', () => {
  it('fills linked leaves with the figure and its link, and keeps what a person entered', () => {
    const set = sampleSet();
    const figure = {
      key: 'activities_on_time_rate' as const,
      value: 92.5,
      label: '37/40 hoạt động đúng hạn',
      link: '/ke-hoach/2025/hoat-dong?don-vi=u',
    };
    const result = prefillEntries(set, [figure]);
    expect(result.entries['1.2']).toEqual({ value: 92.5 });
    expect(result.prefilled).toEqual([
      { code: '1.2', figure: 'activities_on_time_rate', value: 92.5, label: figure.label, link: figure.link },
    ]);
    expect(prefillEntries(set, [figure], { '1.2': { value: 70 } }).entries['1.2']).toEqual({ value: 70 });
    expect(prefillEntries(set, []).missing).toEqual([{ code: '1.2', figure: 'activities_on_time_rate' }]);
    const score = scoreUnit(set, 'u', entries({ '1.2': result.entries['1.2'] ?? {} }));
    expect(score.nodes.find((n) => n.code === '1.2')?.points).toBe(1);
  });
});
