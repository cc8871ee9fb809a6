/** The catalogue's pure rules: values of several units combined, periods, and the catalogue itself. */
import { describe, expect, it } from 'vitest';
import { FIGURES, isFigureKey } from '../../../src/domain/figures/catalogue.js';
import {
  FIGURE_SPANS,
  firstHalfOf,
  monthOf,
  nineMonthsOf,
  periodOfSpan,
  quarterOf,
  yearOf,
} from '../../../src/domain/figures/period.js';
import { suggestFigureKeys } from '../../../src/domain/figures/suggest.js';
import { combineRates, rateOf, type FigureValue } from '../../../src/domain/figures/values.js';

const rate = (unitId: string, numerator: number, denominator: number): FigureValue => ({
  key: 'activities.on_time_rate',
  unitId,
  numerator,
  denominator,
  value: rateOf(numerator, denominator),
  source: { label: `${numerator}/${denominator}` },
});

describe('combineRates', () => {
  it('gives a rate over two units of very different sizes as Σ numerator / Σ denominator, not the mean of their rates', () => {
    // A department: 29 000 of 30 000 on time (96.67%); a commune: 0 of 3 (0%). The mean would be 48.33%.
    const [combined] = combineRates([rate('department', 29_000, 30_000), rate('commune', 0, 3)]);
    expect(combined).toMatchObject({
      key: 'activities.on_time_rate',
      unitId: null,
      numerator: 29_000,
      denominator: 30_003,
      value: 96.66,
      unitsCovered: 2,
    });
  });

  it('leaves out units with nothing due and gives no data, not 0, when none had any', () => {
    const none: FigureValue = { ...rate('empty', 0, 0), value: null };
    expect(combineRates([rate('a', 1, 4), none])[0]).toMatchObject({
      numerator: 1,
      denominator: 4,
      value: 25,
      unitsCovered: 1,
    });
    expect(combineRates([none, none])[0]).toMatchObject({
      numerator: null,
      denominator: null,
      value: null,
      unitsCovered: 0,
    });
  });

  it('sums counts, and combines no scores', () => {
    const count = (unitId: string, value: number | null): FigureValue => ({
      key: 'reports.submitted_count',
      unitId,
      numerator: null,
      denominator: null,
      value,
      source: { label: '' },
    });
    expect(combineRates([count('a', 3), count('b', 4), count('c', null)])[0]).toMatchObject({
      value: 7,
      unitsCovered: 2,
    });
    expect(combineRates([count('c', null)])[0]!.value).toBeNull();
  });

  it('rounds a rate at the second decimal and has none for a zero denominator', () => {
    expect(rateOf(2, 3)).toBe(66.67);
    expect(rateOf(1, 8)).toBe(12.5);
    expect(rateOf(0, 0)).toBeNull();
  });
});

describe('periods', () => {
  it('covers months, quarters, the first 6 and 9 months and the year, both ends included', () => {
    expect(monthOf(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(quarterOf(2025, 4)).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(firstHalfOf(2025)).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(nineMonthsOf(2025)).toEqual({ from: '2025-01-01', to: '2025-09-30' });
    expect(yearOf(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(periodOfSpan(2025, 'q2')).toEqual(quarterOf(2025, 2));
    expect(periodOfSpan(2025, 'm11')).toEqual(monthOf(2025, 11));
    expect(FIGURE_SPANS).toHaveLength(3 + 4 + 12);
  });
});

describe('the catalogue', () => {
  it('has each key once, named and defined in Vietnamese and English', () => {
    const keys = FIGURES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of FIGURES) {
      expect(f.key).toMatch(/^[a-z0-9_]+\.[A-Za-z0-9_.]+$/);
      expect(
        [f.name.vi, f.name.en, f.definition.vi, f.definition.en].every((t) => t.length > 0),
        f.key,
      ).toBe(true);
    }
    expect(isFigureKey('activities.on_time_rate')).toBe(true);
    expect(isFigureKey('activities_on_time_rate')).toBe(false);
  });
});

describe('suggestFigureKeys', () => {
  it('offers the key a plan indicator’s words name, diacritics and case aside, best match first', () => {
    expect(suggestFigureKeys('Tỷ lệ nhiệm vụ hoàn thành đúng hạn đạt 100%')[0]).toBe('activities.on_time_rate');
    expect(suggestFigureKeys('100% cơ quan thực hiện BÁO CÁO định kỳ ĐÚNG HẠN')).toEqual(['reports.on_time_rate']);
    // Since the province's own surveys (issue #14), satisfaction has a figure of its own.
    expect(suggestFigureKeys('Chỉ số hài lòng của người dân đạt trên 90%')).toEqual(['surveys.satisfied_rate']);
    expect(suggestFigureKeys('Tỷ lệ hồ sơ đúng hạn')).not.toContain('surveys.satisfied_rate');
  });
});
