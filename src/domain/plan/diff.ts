/**
 * What changed between two versions of a plan, activity by activity, for the review before a
 * revised document is committed. Activities are paired by area and printed number, then the
 * rest by the most similar text, so a renumbered line shows as changed, not removed and added.
 */
import { foldVietnamese } from '../text/fold.js';
import { wordSet, wordSimilarity } from '../text/word-similarity.js';
import type { PlanActivity, PlanV1 } from './types.js';

export const COMPARED_FIELDS = [
  'area',
  'number',
  'objective',
  'task',
  'activity',
  'deliverable',
  'lead',
  'cooperating',
  'deadline',
  'budget',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: ComparedField;
  before: string;
  after: string;
}

export interface PlanDiff {
  added: PlanActivity[];
  removed: PlanActivity[];
  changed: { before: PlanActivity; after: PlanActivity; changes: FieldChange[] }[];
  unchanged: number;
}

export function fieldText(activity: PlanActivity, field: ComparedField): string {
  switch (field) {
    case 'lead':
    case 'cooperating':
      return activity[field].text;
    case 'deadline':
    case 'budget':
      return activity[field].text;
    default:
      return activity[field] ?? '';
  }
}

const key = (a: PlanActivity) => `${a.area ?? ''}|${a.number ?? ''}|${foldVietnamese(a.activity ?? '').slice(0, 40)}`;
const words = (a: PlanActivity) => wordSet(`${a.activity ?? ''} ${a.deliverable ?? ''}`);

export function diffPlans(before: PlanV1, after: PlanV1): PlanDiff {
  const pairs: [PlanActivity, PlanActivity][] = [];
  const unpairedBefore = new Map(before.activities.map((a) => [a.id, a]));
  const unpairedAfter: PlanActivity[] = [];
  const byKey = new Map<string, PlanActivity[]>();
  for (const a of before.activities) byKey.set(key(a), [...(byKey.get(key(a)) ?? []), a]);
  for (const a of after.activities) {
    const match = byKey.get(key(a))?.find((candidate) => unpairedBefore.has(candidate.id));
    if (match) {
      unpairedBefore.delete(match.id);
      pairs.push([match, a]);
    } else unpairedAfter.push(a);
  }
  // Second pass: the remaining lines paired by wording (Jaccard over words ≥ 0.6).
  const added: PlanActivity[] = [];
  for (const a of unpairedAfter) {
    const aw = words(a);
    let best: PlanActivity | null = null;
    let bestScore = 0.6;
    for (const candidate of unpairedBefore.values()) {
      const score = wordSimilarity(aw, words(candidate));
      if (score >= bestScore) [best, bestScore] = [candidate, score];
    }
    if (best) {
      unpairedBefore.delete(best.id);
      pairs.push([best, a]);
    } else added.push(a);
  }
  const changed: PlanDiff['changed'] = [];
  let unchanged = 0;
  for (const [b, a] of pairs) {
    const changes = COMPARED_FIELDS.filter((f) => fieldText(b, f) !== fieldText(a, f)).map((field) => ({
      field,
      before: fieldText(b, field),
      after: fieldText(a, field),
    }));
    if (changes.length) changed.push({ before: b, after: a, changes });
    else unchanged++;
  }
  return { added, removed: [...unpairedBefore.values()], changed, unchanged };
}
