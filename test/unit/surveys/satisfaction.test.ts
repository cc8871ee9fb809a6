import { describe, expect, it } from 'vitest';
import {
  combineCounts,
  countAnswers,
  countByItem,
  countByPillar,
  isScaleAnswer,
  itemShown,
  satisfiedShare,
  type ScaleItem,
} from '../../../src/domain/surveys/satisfaction.js';
import { MAX_MARGIN, MIN_RESPONDENTS, satisfactionFigure, wilsonInterval } from '../../../src/domain/surveys/margin.js';

describe('countAnswers: the share satisfied is 4–5 among the answers given', () => {
  it('counts 4 and 5 as satisfied, 1–3 as answers only', () => {
    expect(countAnswers([1, 2, 3, 4, 5])).toEqual({ satisfied: 2, answers: 5 });
  });
  it('leaves blanks and values off the scale out of the denominator', () => {
    expect(countAnswers([5, null, undefined, 4, 0, 6, 3.5, Number.NaN, 2])).toEqual({ satisfied: 2, answers: 3 });
  });
  it('has no share when nothing was answered (never 0 %)', () => {
    expect(satisfiedShare(countAnswers([null, null]))).toBeNull();
    expect(satisfiedShare({ satisfied: 3, answers: 4 })).toBe(0.75);
  });
  it('knows the scale', () => {
    expect(isScaleAnswer(1)).toBe(true);
    expect(isScaleAnswer('5')).toBe(false);
    expect(isScaleAnswer(5.5)).toBe(false);
  });
});

describe('combineCounts: Σ satisfied / Σ answers, never the average of percentages', () => {
  it('weights each part by its answers', () => {
    // a small unit at 100 % (2/2) and a large one at 50 % (50/100): 52/102, not (100 % + 50 %) / 2 = 75 %
    const total = combineCounts([
      { satisfied: 2, answers: 2 },
      { satisfied: 50, answers: 100 },
    ]);
    expect(total).toEqual({ satisfied: 52, answers: 102 });
    expect(satisfiedShare(total)).toBeCloseTo(0.5098, 4);
  });
  it('an empty list is no answer', () => {
    expect(combineCounts([])).toEqual({ satisfied: 0, answers: 0 });
  });
});

describe('countByItem: blank and conditional items', () => {
  const items: ScaleItem[] = [
    { id: 'q1', pillar: 'access' },
    { id: 'q2', pillar: 'access' },
    { id: 'petition', pillar: null }, // a choice: sent a petition? yes / no
    { id: 'q3', pillar: 'feedback', condition: { itemId: 'petition', anyOf: ['yes'] } },
  ];

  it('an item left blank is in no denominator', () => {
    const counts = countByItem(items, [{ q1: 5, q2: null }, { q1: 2 }, { q1: 4, q2: 4 }]);
    expect(counts.find((c) => c.id === 'q1')).toMatchObject({ satisfied: 2, answers: 3 });
    expect(counts.find((c) => c.id === 'q2')).toMatchObject({ satisfied: 1, answers: 1 });
  });

  it('a conditional item not shown is skipped even when a value was sent for it', () => {
    const counts = countByItem(items, [
      { q1: 4, petition: 'yes', q3: 5 },
      { q1: 4, petition: 'no', q3: 1 }, // not shown: the 1 is ignored
      { q1: 4, q3: 2 }, // condition unanswered: not shown
      { q1: 4, petition: 'yes' }, // shown but left blank
    ]);
    expect(counts.find((c) => c.id === 'q3')).toMatchObject({ satisfied: 1, answers: 1 });
  });

  it('a multiple-choice condition is met by any of the chosen values', () => {
    const item: ScaleItem = { id: 'x', condition: { itemId: 'channel', anyOf: ['online'] } };
    expect(itemShown(item, { channel: ['in_person', 'online'] })).toBe(true);
    expect(itemShown(item, { channel: ['in_person'] })).toBe(false);
    // a condition on a scale answer names it as text ('1'…'5')
    const after: ScaleItem = { id: 'why', condition: { itemId: 'q1', anyOf: ['1', '2'] } };
    expect(itemShown(after, { q1: 2 })).toBe(true);
    expect(itemShown(after, { q1: 4 })).toBe(false);
  });

  it('pillars sum their items, so an item with more answers weighs more', () => {
    const counts = countByItem(items, [{ q1: 5, q2: 1 }, { q1: 5 }, { q1: 5 }, { q1: 1, petition: 'yes', q3: 4 }]);
    const pillars = countByPillar(counts);
    // access: q1 3/4 and q2 0/1 → 3/5 = 60 % (the average of 75 % and 0 % would be 37,5 %)
    expect(pillars).toEqual([
      { pillar: 'access', count: { satisfied: 3, answers: 5 } },
      { pillar: null, count: { satisfied: 0, answers: 0 } },
      { pillar: 'feedback', count: { satisfied: 1, answers: 1 } },
    ]);
  });
});

describe('wilsonInterval (95 %)', () => {
  it('matches the published values', () => {
    // 8/10: Wilson 95 % interval 0.4902 – 0.9433
    const a = wilsonInterval(8, 10)!;
    expect(a.low).toBeCloseTo(0.4902, 3);
    expect(a.high).toBeCloseTo(0.9433, 3);
    // 50/100: 0.4038 – 0.5962
    const b = wilsonInterval(50, 100)!;
    expect(b.low).toBeCloseTo(0.4038, 3);
    expect(b.high).toBeCloseTo(0.5962, 3);
    expect(b.margin).toBeCloseTo(0.0962, 3);
  });
  it('has a width at 0 % and 100 % and stays within 0–1', () => {
    const all = wilsonInterval(20, 20)!;
    expect(all.high).toBe(1);
    expect(all.low).toBeGreaterThan(0.8);
    expect(all.low).toBeLessThan(1);
    const none = wilsonInterval(0, 20)!;
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0);
  });
  it('has no interval without trials or with impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 2)).toBeNull();
  });
});

describe('satisfactionFigure: the "sample too small to trust" warning', () => {
  it('warns under 30 respondents', () => {
    const f = satisfactionFigure({ satisfied: 29, answers: 29 });
    expect(f.warnings).toContain('few_respondents');
    expect(f.tooSmall).toBe(true);
    expect(MIN_RESPONDENTS).toBe(30);
  });
  it('warns when the margin is above 10 points even with 30 or more respondents', () => {
    const f = satisfactionFigure({ satisfied: 20, answers: 40 });
    expect(f.interval!.margin).toBeGreaterThan(MAX_MARGIN);
    expect(f.warnings).toEqual(['wide_margin']);
  });
  it('trusts a large sample with a narrow margin', () => {
    const f = satisfactionFigure({ satisfied: 900, answers: 1000 });
    expect(f.share).toBe(0.9);
    expect(f.tooSmall).toBe(false);
    expect(f.warnings).toEqual([]);
    expect(f.interval!.margin).toBeLessThan(0.02);
  });
  it('counts respondents apart from answers for a pillar (many items, few people)', () => {
    // 10 people × 5 items = 50 answers, but only 10 respondents
    const f = satisfactionFigure({ satisfied: 48, answers: 50 }, 10);
    expect(f.warnings).toContain('few_respondents');
  });
  it('no answer: no share, a warning, no verdict', () => {
    const f = satisfactionFigure({ satisfied: 0, answers: 0 });
    expect(f.share).toBeNull();
    expect(f.interval).toBeNull();
    expect(f.warnings).toEqual(['no_answers']);
  });
});
