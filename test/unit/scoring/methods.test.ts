import { describe, expect, it } from 'vitest';
import { scoreByMethod } from '../../../src/domain/scoring/methods.js';
import type { ScoringMethod } from '../../../src/domain/scoring/types.js';

const tiers: ScoringMethod = {
  type: 'tiers',
  measure: 'percent',
  tiers: [
    { atLeast: 100, points: 1 },
    { atLeast: 80, points: 0.5 },
  ],
};
const points = (method: ScoringMethod, max: number, entry: object) => {
  const r = scoreByMethod(method, max, entry);
  return r.ok ? r.milli : r.error;
};

describe('scoring methods (milli-points)', () => {
  it('yes/no gives full marks or nothing and requires a choice', () => {
    expect(points({ type: 'yes_no' }, 1500, { value: true })).toBe(1500);
    expect(points({ type: 'yes_no' }, 1500, { value: false })).toBe(0);
    expect(points({ type: 'yes_no' }, 1500, { value: 1 })).toMatch(/Đạt hoặc Không đạt/);
  });

  it('tiers: 100 % → full, 80 to < 100 % → half, < 80 % → 0, with "trên" as a strict bound', () => {
    expect(points(tiers, 1000, { value: 100 })).toBe(1000);
    expect(points(tiers, 1000, { value: 99.99 })).toBe(500);
    expect(points(tiers, 1000, { value: 80 })).toBe(500);
    expect(points(tiers, 1000, { value: 79.99 })).toBe(0);
    expect(points(tiers, 1000, { value: 101 })).toMatch(/ngoài khoảng/);
    const strict: ScoringMethod = { type: 'tiers', measure: 'percent', tiers: [{ moreThan: 99, points: 1 }] };
    expect(points(strict, 1000, { value: 99 })).toBe(0);
    expect(points(strict, 1000, { value: 99.5 })).toBe(1000);
    const count: ScoringMethod = {
      type: 'tiers',
      measure: 'count',
      tiers: [
        { atLeast: 3, points: 1 },
        { atLeast: 1, points: 0.25 },
      ],
    };
    expect(points(count, 1000, { value: 2 })).toBe(250);
  });

  it('proportional is max × rate, exact then rounded once to 0.001', () => {
    expect(points({ type: 'proportional' }, 1500, { value: 87.3 })).toBe(1310); // 1.3095 → 1.310
    expect(points({ type: 'proportional' }, 1000, { value: 33.3333 })).toBe(333);
    expect(points({ type: 'proportional' }, 1000, { value: 0.1 + 0.2 })).toBe(3); // 0.30000000000000004 % of 1 point
    expect(points({ type: 'proportional' }, 1000, { value: 120 })).toMatch(/0–100%/);
  });

  it('formula reads declared numbers, clamps into [0, max] and reports a division by zero', () => {
    const f: ScoringMethod = {
      type: 'formula',
      expression: 'max * min(1, done / total)',
      inputs: [
        { name: 'done', label: 'Hoàn thành' },
        { name: 'total', label: 'Tổng' },
      ],
    };
    expect(points(f, 2000, { inputs: { done: 7, total: 8 } })).toBe(1750);
    expect(points(f, 2000, { inputs: { done: 9, total: 8 } })).toBe(2000);
    expect(points(f, 2000, { inputs: { done: 1, total: 0 } })).toMatch(/chia cho 0.*không áp dụng/);
    expect(points(f, 2000, { inputs: { done: 1 } })).toMatch(/thiếu số liệu "Tổng"/);
    const negative: ScoringMethod = {
      type: 'formula',
      expression: 'max - 2 * late',
      inputs: [{ name: 'late', label: 'Trễ' }],
    };
    expect(points(negative, 1000, { inputs: { late: 3 } })).toBe(0);
  });

  it('manual points must lie within [0, max] with at most three decimals', () => {
    expect(points({ type: 'manual' }, 3000, { value: 2.125 })).toBe(2125);
    expect(points({ type: 'manual' }, 3000, { value: 3.5 })).toMatch(/0 đến 3/);
    expect(points({ type: 'manual' }, 3000, { value: 1.0005 })).toMatch(/3 chữ số/);
  });
});
