import { describe, expect, it } from 'vitest';
import { checkConsistency, printedFromScore } from '../../../src/domain/scoring/consistency.js';
import { scoreUnit } from '../../../src/domain/scoring/score-unit.js';
import type { UnitEntries } from '../../../src/domain/scoring/types.js';
import { validateCriteriaSet } from '../../../src/domain/scoring/validate-set.js';
import { sampleSet } from './fixture.js';

const full: UnitEntries = {
  '1.1': { value: true },
  '1.2': { value: 100 },
  '1.3': { value: 100 },
  '1.4': { inputs: { done: 3, total: 3 } },
  '2.1': { value: 3 },
  '2.2': { value: true },
};
const node = (score: ReturnType<typeof scoreUnit>, code: string) => score.nodes.find((n) => n.code === code);

describe('tree aggregation', () => {
  it('sums leaves into areas and the total, splitting self-assessed and survey points', () => {
    const score = scoreUnit(sampleSet(), 'u1', { ...full, '1.2': { value: 85 }, '1.3': { value: 90 } });
    expect(node(score, '1')?.points).toBe(4.85); // 1 + 1 + 1.35 + 1.5
    expect(node(score, '1')?.surveyPoints).toBe(1.35);
    expect(node(score, '1')?.selfPoints).toBe(3.5);
    expect(node(score, '1')?.lostPoints).toBe(1.15);
    expect(score.total).toBe(8.85);
    expect(score.percent).toBe(88.5);
    expect(score.band).toBe('Tốt');
    expect(score.issues).toEqual([]);
  });

  it('counts a missing leaf as 0 with a warning, and an invalid value as an error', () => {
    const { '2.2': _gone, ...rest } = full;
    const score = scoreUnit(sampleSet(), 'u1', { ...rest, '2.1': { value: 5 } });
    expect(node(score, '2.2')?.status).toBe('missing');
    expect(score.issues.map((i) => [i.code, i.severity])).toEqual([
      ['2.1', 'error'],
      ['2.2', 'warning'],
    ]);
    expect(score.issues[0]?.message).toMatch(/^Mục 2.1 \(Chấm trực tiếp\): điểm 5 phải trong khoảng 0 đến 3/);
  });
});

describe('bonus and penalty with caps', () => {
  it('caps the bonus at its maximum and the penalty at its own, outside the maximum', () => {
    const score = scoreUnit(sampleSet(), 'u1', { ...full, 'T.1': { inputs: { n: 3 } }, TR: { value: 0.5 } });
    expect(node(score, 'T.1')?.points).toBe(1.5);
    expect(node(score, 'T')?.points).toBe(1); // capped
    expect(node(score, 'T')?.detail).toMatch(/vượt mức tối đa 1/);
    expect(score.bonusPoints).toBe(1);
    expect(score.penaltyPoints).toBe(0.5);
    expect(score.total).toBe(10.5);
    expect(score.maxTotal).toBe(10);
    expect(score.percent).toBe(105);
  });

  it('never takes the total below zero', () => {
    const zeros: UnitEntries = Object.fromEntries(
      Object.keys(full).map((k) => [
        k,
        k === '1.4' ? { inputs: { done: 0, total: 1 } } : { value: typeof full[k]?.value === 'boolean' ? false : 0 },
      ]),
    );
    const score = scoreUnit(sampleSet(), 'u1', { ...zeros, TR: { value: 2 } });
    expect(score.total).toBe(0);
  });
});

describe('not applicable', () => {
  it('full_marks counts the maximum; a leaf without a rule cannot be marked', () => {
    const score = scoreUnit(sampleSet(), 'u1', {
      ...full,
      '2.1': { notApplicable: true },
      '1.1': { notApplicable: true },
    });
    expect(node(score, '2.1')?.points).toBe(3);
    expect(node(score, '2.1')?.status).toBe('not_applicable');
    expect(score.issues.map((i) => i.code)).toEqual(['1.1']);
  });

  it('reduce_max: the excluded maximum leaves every ancestor and the index is taken on the rest', () => {
    const score = scoreUnit(sampleSet(), 'u1', { ...full, '1.2': { value: 80 }, '1.4': { notApplicable: true } });
    expect(node(score, '1')?.points).toBe(3.5);
    expect(node(score, '1')?.effectiveMax).toBe(4.5);
    expect(node(score, '1')?.maxPoints).toBe(6);
    expect(score.effectiveMax).toBe(8.5);
    expect(score.total).toBe(7.5);
    expect(score.percent).toBe(88.235); // 7.5 / 8.5
  });

  it('scale_to_parent: applicable children are re-scaled to the parent maximum, self + survey kept whole', () => {
    const set = sampleSet({ naRescaling: 'scale_to_parent' });
    const score = scoreUnit(set, 'u1', {
      ...full,
      '1.2': { value: 80 },
      '1.3': { value: 70 },
      '1.4': { notApplicable: true },
    });
    // (1 + 1 + 1.05) / 4.5 × 6 = 4.0666… → 4.067
    expect(node(score, '1')?.points).toBe(4.067);
    expect(node(score, '1')?.effectiveMax).toBe(6);
    expect(node(score, '1')?.surveyPoints).toBe(1.4); // 4.067 − round(2 × 6 / 4.5 = 2.667)
    expect(node(score, '1')?.detail).toMatch(/Quy đổi/);
    expect(score.effectiveMax).toBe(10);
    // The display checks recognise the re-scaling instead of calling it an error.
    expect(checkConsistency(printedFromScore(score, 'scale_to_parent')).filter((d) => d.severity === 'error')).toEqual(
      [],
    );
  });

  it('an area whose every leaf is excluded drops out entirely', () => {
    const set = sampleSet({}, undefined);
    const score = scoreUnit(set, 'u1', { ...full, '2.1': { value: 2 }, '2.2': { notApplicable: true } });
    expect(node(score, '2')?.effectiveMax).toBe(3);
    const onlyExcludable = sampleSet({ maxTotal: 1 }, [
      {
        code: '1',
        title: 'A',
        maxPoints: 1,
        children: [{ code: '1.1', title: 'x', maxPoints: 1, method: { type: 'yes_no' }, notApplicable: 'exclude' }],
      },
    ]);
    const none = scoreUnit(onlyExcludable, 'u', { '1.1': { notApplicable: true } });
    expect(none.nodes[0]?.status).toBe('excluded');
    expect(none.percent).toBeNull();
    expect(none.band).toBeNull();
  });
});

describe('rounding: exact decimals stored, two decimals displayed', () => {
  it('keeps sums exact where binary floats drift, and explains display differences', () => {
    const thirds = sampleSet({ maxTotal: 3 }, [
      {
        code: '1',
        title: 'Ba phần',
        maxPoints: 3,
        children: ['1', '2', '3'].map((i) => ({
          code: `1.${i}`,
          title: `Phần ${i}`,
          maxPoints: 1,
          method: { type: 'proportional' as const },
        })),
      },
    ]);
    // 0.335 × 3 = 1.005 exactly; float arithmetic gives 1.0050000000000001 or 1.0049999999999999 depending on order.
    const score = scoreUnit(thirds, 'u', { '1.1': { value: 33.5 }, '1.2': { value: 33.5 }, '1.3': { value: 33.5 } });
    expect(score.total).toBe(1.005);
    const notes = checkConsistency(printedFromScore(score, 'reduce_max'));
    // Displayed: parts 0,34 + 0,34 + 0,34 = 1,02 but the area shows 1,01 (1.005 rounded): a rounding note, not an error.
    expect(notes.map((n) => [n.check, n.severity, n.code])).toEqual([['children_sum', 'info', '1']]);
    expect(notes[0]?.message).toMatch(/1,01.*1,02.*làm tròn/);
  });
});

describe('criteria set validation', () => {
  it('accepts the sample and reports, by code, maxima that do not add up and bad tiers or formulas', () => {
    expect(validateCriteriaSet(sampleSet())).toEqual([]);
    const broken = sampleSet({ maxTotal: 11 });
    const n1 = broken.nodes[0];
    if (!n1?.children) throw new Error('fixture');
    n1.children[1] = {
      code: '1.2',
      title: 'x',
      maxPoints: 2,
      method: {
        type: 'tiers',
        measure: 'percent',
        tiers: [
          { atLeast: 80, points: 1 },
          { atLeast: 100, points: 3 },
        ],
      },
    };
    n1.children[3] = {
      code: '1.2',
      title: 'y',
      maxPoints: 2,
      method: { type: 'formula', expression: 'max * x', inputs: [] },
    };
    const messages = validateCriteriaSet(broken).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Mục 1.2: mức thứ 2 cho 3 điểm, phải trong khoảng 0 đến 2.',
        'Mục 1.2: các mức phải xếp từ ngưỡng cao xuống thấp (mức thứ 2 không thấp hơn mức trước).',
        'Mục 1.2: mã bị trùng.',
        'Mục 1.2: công thức dùng "x" nhưng chưa khai báo số liệu này.',
        'Mục 1: điểm tối đa 6 khác tổng điểm tối đa các tiêu chí con 6,5.',
        'Tổng điểm tối đa 11 khác tổng điểm tối đa các lĩnh vực 10.',
      ]),
    );
  });
});
