import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCriteriaSet, safeParseCriteriaSet, serializeCriteriaSet } from '../../../src/contracts/criteria.js';
import { AppError } from '../../../src/domain/errors.js';
import { scoredLeaves, walk } from '../../../src/domain/scoring/tree.js';
import { sampleSet } from './fixture.js';

const seed = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../seed/criteria/${name}`, import.meta.url), 'utf8')) as unknown;

describe('criteria JSON format', () => {
  it.each([
    ['par-index-province-2023.json', 'province', 0],
    ['internal-department-2025.json', 'department', 30],
    ['internal-commune-2025.json', 'commune', 34],
  ])('the shipped set %s is valid, out of 100, eight areas', (file, subject, surveyMax) => {
    const set = parseCriteriaSet(seed(file));
    expect(set.subject).toBe(subject);
    expect(set.maxTotal).toBe(100);
    expect(set.nodes.filter((n) => (n.kind ?? 'criterion') === 'criterion').map((n) => n.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    const survey = walk(set.nodes)
      .filter((v) => v.node.source === 'survey' && !v.underBonusOrPenalty)
      .reduce((s, v) => s + (v.node.maxPoints ?? 0) * 1000, 0);
    if (surveyMax) expect(survey / 1000).toBe(surveyMax);
    if (subject !== 'province') expect(scoredLeaves(set).length).toBeGreaterThan(50);
    expect(JSON.parse(serializeCriteriaSet(set))).toEqual(seed(file));
  });

  it('names the bad node by its code and says what is wrong, in Vietnamese', () => {
    const input = sampleSet() as unknown as { nodes: { children?: Record<string, unknown>[] }[] };
    const first = input.nodes[0]?.children?.[1];
    if (!first) throw new Error('fixture');
    first.maxPoints = -1;
    first.method = { type: 'tiers', measure: 'percent' };
    const result = safeParseCriteriaSet(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { where: 'Mục 1.2 › điểm tối đa', message: 'phải từ 0 trở lên.' },
        { where: 'Mục 1.2 › phương pháp chấm › mức', message: 'bị thiếu.' },
      ]),
    );
  });

  it('refuses a set whose rules do not hold, with an AppError listing the problems', () => {
    const bad = sampleSet({ maxTotal: 12 });
    let caught: unknown;
    try {
      parseCriteriaSet(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('INVALID_CRITERIA_SET');
    expect((caught as AppError).message).toContain('Tổng điểm tối đa 12 khác tổng điểm tối đa các lĩnh vực 10.');
  });
});
