/**
 * A result entered in the tracker as the printed figures scoring's consistency checks read
 * (domain/scoring/consistency.ts): the total against the areas, each percentage against score / maximum, the
 * self-assessed and survey parts against the area, and the sums the document declares.
 */
import { checkConsistency, type Disagreement, type PrintedResultSet } from '../scoring/consistency.js';
import type { IndexResultFacts } from './types.js';

const given = <T>(x: T | null | undefined): T | undefined => (x === null ? undefined : x);

export function printedOf(result: IndexResultFacts, maxScore: number | null, indexName: string): PrintedResultSet {
  return {
    label: `${indexName} ${result.year} — ${result.label || result.province}`,
    total: given(result.score),
    maxTotal: given(maxScore),
    nodes: result.areas.map((a) => ({
      code: a.code,
      title: a.name,
      parent: a.parent ?? null,
      points: given(a.score),
      maxPoints: given(a.maxPoints),
      percent: given(a.percent),
      selfPoints: given(a.selfPoints),
      selfMax: given(a.selfMax),
      surveyPoints: given(a.surveyPoints),
      surveyMax: given(a.surveyMax),
    })),
    sums: (result.declaredSums ?? []).map((s) => ({
      label: s.label,
      points: s.points,
      maxPoints: given(s.maxPoints),
      parts: s.parts,
    })),
  };
}

/** Where the entered figures disagree with themselves ("error") or only by rounding ("info"). */
export const checkIndexResult = (
  result: IndexResultFacts,
  maxScore: number | null,
  indexName: string,
): Disagreement[] => checkConsistency(printedOf(result, maxScore, indexName));
