/**
 * The synthetic criteria set of the scoring benchmarks: 10 areas × 10 leaves of 1 point, the five scoring
 * methods in turn, the 10th leaf of each area from the survey; and entries drawn for it from a seeded random.
 */
import type { CriteriaNode, CriteriaSet, LeafEntry, ScoringMethod } from '../../src/domain/scoring/types.js';
import { validateCriteriaSet } from '../../src/domain/scoring/validate-set.js';

export const AREAS = 10;
export const LEAVES_PER_AREA = 10;

const METHODS: ScoringMethod[] = [
  { type: 'yes_no' },
  {
    type: 'tiers',
    measure: 'percent',
    tiers: [
      { atLeast: 100, points: 1 },
      { atLeast: 80, points: 0.5 },
    ],
  },
  { type: 'proportional' },
  {
    type: 'formula',
    expression: 'max * min(1, done / total)',
    inputs: [
      { name: 'done', label: 'Hoàn thành' },
      { name: 'total', label: 'Tổng' },
    ],
  },
  { type: 'manual' },
];

export interface BenchSetOptions {
  code: string;
  subject: CriteriaSet['subject'];
  /** The survey leaves' method; by default they take their turn in the cycle like the others. */
  surveyMethod?: ScoringMethod;
  /** The 4th leaf of each area may be "not applicable" (excluded). */
  notApplicable?: boolean;
}

export function benchCriteriaSet(options: BenchSetOptions): CriteriaSet {
  const set: CriteriaSet = {
    format: 'cchc-criteria/1',
    code: options.code,
    name: 'Bench',
    year: 2025,
    subject: options.subject,
    maxTotal: 100,
    naRescaling: 'reduce_max',
    bands: [
      { minPercent: 90, label: 'Xuất sắc' },
      { minPercent: 80, label: 'Tốt' },
      { minPercent: 0, label: 'Khác' },
    ],
    nodes: Array.from({ length: AREAS }, (_, a): CriteriaNode => ({
      code: String(a + 1),
      title: `Lĩnh vực ${a + 1}`,
      maxPoints: 10,
      children: Array.from({ length: LEAVES_PER_AREA }, (_, l): CriteriaNode => ({
        code: `${a + 1}.${l + 1}`,
        title: `Tiêu chí ${a + 1}.${l + 1}`,
        maxPoints: 1,
        method: (l === 9 && options.surveyMethod) || (METHODS[l % METHODS.length] as ScoringMethod),
        ...(l === 9 ? { source: 'survey' as const } : {}),
        ...(l === 3 && options.notApplicable ? { notApplicable: 'exclude' as const } : {}),
      })),
    })),
  };
  if (validateCriteriaSet(set).length) throw new Error('bench set invalid');
  return set;
}

/** A linear congruential generator: the same figures on every run. */
export function seededRandom(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** A plausible entry for a leaf of `method`. */
export function benchEntry(method: ScoringMethod, random: () => number): LeafEntry {
  switch (method.type) {
    case 'yes_no':
      return { value: random() < 0.8 };
    case 'tiers':
    case 'proportional':
      return { value: Math.round(random() * 10000) / 100 };
    case 'formula':
      return { inputs: { done: Math.floor(random() * 20), total: 20 } };
    default:
      return { value: Math.round(random() * 1000) / 1000 };
  }
}
