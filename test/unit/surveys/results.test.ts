import { describe, expect, it } from 'vitest';
import {
  marginText,
  percentText,
  shapeResults,
  surveyPointsOf,
  warningText,
} from '../../../src/domain/surveys/results.js';

const row = (
  unitId: string | null,
  itemKey: string | null,
  satisfied: number,
  answers: number,
  respondents: number,
) => ({
  unitId,
  itemKey,
  pillar: null,
  byPillar: false,
  satisfied,
  answers,
  respondents,
});

describe('shapeResults', () => {
  it('sorts grouped rows into total, units, items and unit × item, each with its warning', () => {
    const r = shapeResults([
      row(null, null, 95, 100, 50),
      row('u1', null, 90, 95, 45),
      row('u2', null, 5, 5, 5),
      row(null, 'q1', 48, 50, 50),
      row('u1', 'q1', 44, 45, 45),
      { ...row(null, null, 30, 40, 40), pillar: 'access', byPillar: true },
      { ...row('u1', null, 30, 40, 40), pillar: 'access', byPillar: true },
    ]);
    expect(r.total).toMatchObject({ share: 0.95, tooSmall: false });
    expect(r.byUnit.map((f) => [f.unitId, f.tooSmall])).toEqual([
      ['u1', false],
      ['u2', true],
    ]);
    expect(r.byItem).toHaveLength(1);
    expect(r.byUnitItem).toHaveLength(1);
    expect(r.byPillar[0]).toMatchObject({ pillar: 'access', share: 0.75 });
    expect(r.byUnitPillar[0]).toMatchObject({ unitId: 'u1', pillar: 'access' });
  });
});

describe('texts', () => {
  it('prints shares and margins the Vietnamese way', () => {
    expect(percentText(0.9166)).toBe('91,7 %');
    expect(percentText(null)).toBe('—');
    expect(marginText({ interval: { low: 0.4, high: 0.6, margin: 0.0962 } })).toBe('± 9,6 điểm');
  });
  it('says why a sample is too small', () => {
    expect(warningText({ warnings: ['few_respondents'], respondents: 12, interval: null })).toBe(
      'Mẫu quá nhỏ để tin cậy: 12 người trả lời (cần ít nhất 30).',
    );
    expect(warningText({ warnings: [], respondents: 100, interval: null })).toBe('');
  });
});

describe('surveyPointsOf', () => {
  it('is the maximum times the share, three decimals, none without answers', () => {
    expect(surveyPointsOf(2, 0.9)).toBe(1.8);
    expect(surveyPointsOf(3, 2 / 3)).toBe(2);
    expect(surveyPointsOf(1.5, 0.12345)).toBe(0.185);
    expect(surveyPointsOf(2, null)).toBeNull();
  });
});
