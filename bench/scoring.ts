/**
 * Scoring benchmark: one round of 250 units × 100 leaves (all five methods, survey leaves,
 * not-applicable leaves), then ranking within two groups and "where points were lost".
 * Run: npx tsx bench/scoring.ts
 */
import { checkConsistency, printedFromScore } from '../src/domain/scoring/consistency.js';
import { pointsLostByCriterion, pointsLostByUnit } from '../src/domain/scoring/points-lost.js';
import { rankWithinGroups } from '../src/domain/scoring/ranking.js';
import { scoreUnit } from '../src/domain/scoring/score-unit.js';
import type { CriteriaNode, CriteriaSet, LeafEntry, ScoringMethod, UnitEntries, UnitScore } from '../src/domain/scoring/types.js';
import { validateCriteriaSet } from '../src/domain/scoring/validate-set.js';

const UNITS = 250;
const AREAS = 10;
const LEAVES_PER_AREA = 10;
const ROUNDS = 7;

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const methods: ScoringMethod[] = [
  { type: 'yes_no' },
  { type: 'tiers', measure: 'percent', tiers: [{ atLeast: 100, points: 1 }, { atLeast: 80, points: 0.5 }] },
  { type: 'proportional' },
  { type: 'formula', expression: 'max * min(1, done / total)', inputs: [{ name: 'done', label: 'Hoàn thành' }, { name: 'total', label: 'Tổng' }] },
  { type: 'manual' },
];

const set: CriteriaSet = {
  format: 'cchc-criteria/1',
  code: 'BENCH',
  name: 'Bench',
  year: 2025,
  subject: 'department',
  maxTotal: 100,
  naRescaling: 'reduce_max',
  bands: [{ minPercent: 90, label: 'Xuất sắc' }, { minPercent: 80, label: 'Tốt' }, { minPercent: 0, label: 'Khác' }],
  nodes: Array.from({ length: AREAS }, (_, a): CriteriaNode => ({
    code: String(a + 1),
    title: `Lĩnh vực ${a + 1}`,
    maxPoints: 10,
    children: Array.from({ length: LEAVES_PER_AREA }, (_, l): CriteriaNode => ({
      code: `${a + 1}.${l + 1}`,
      title: `Tiêu chí ${a + 1}.${l + 1}`,
      maxPoints: 1,
      method: methods[l % methods.length] as ScoringMethod,
      ...(l === 9 ? { source: 'survey' as const } : {}),
      ...(l === 3 ? { notApplicable: 'exclude' as const } : {}),
    })),
  })),
};
if (validateCriteriaSet(set).length) throw new Error('bench set invalid');

function entryFor(method: ScoringMethod, code: string): LeafEntry {
  if (code.endsWith('.4') && random() < 0.1) return { notApplicable: true };
  switch (method.type) {
    case 'yes_no':
      return { value: random() < 0.8 };
    case 'tiers':
    case 'proportional':
      return { value: Math.round(random() * 10000) / 100 };
    case 'formula':
      return { inputs: { done: Math.floor(random() * 20), total: 20 } };
    case 'manual':
      return { value: Math.round(random() * 1000) / 1000 };
  }
}

const units: { id: string; group: string; entries: UnitEntries }[] = Array.from({ length: UNITS }, (_, i) => ({
  id: `u${i}`,
  group: i < 50 ? 'department' : 'commune',
  entries: Object.fromEntries(
    set.nodes.flatMap((area) => (area.children ?? []).map((leaf) => [leaf.code, entryFor(leaf.method as ScoringMethod, leaf.code)])),
  ),
}));

function round(): { scoreMs: number; rankMs: number; lostMs: number; checkMs: number; scores: UnitScore[] } {
  const t0 = performance.now();
  const scores = units.map((u) => scoreUnit(set, u.id, u.entries));
  const t1 = performance.now();
  rankWithinGroups(scores.map((s, i) => ({ unitId: s.unitId, group: units[i]?.group ?? '', total: s.total, effectiveMax: s.effectiveMax })));
  const t2 = performance.now();
  pointsLostByCriterion(scores);
  scores.forEach(pointsLostByUnit);
  const t3 = performance.now();
  for (const s of scores) checkConsistency(printedFromScore(s, set.naRescaling));
  const t4 = performance.now();
  return { scoreMs: t1 - t0, rankMs: t2 - t1, lostMs: t3 - t2, checkMs: t4 - t3, scores };
}

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const results = Array.from({ length: ROUNDS }, round);
const heapAfter = process.memoryUsage().heapUsed;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const pick = (k: 'scoreMs' | 'rankMs' | 'lostMs' | 'checkMs') => median(results.map((r) => r[k]));
const first = results[0];
const leaves = set.nodes.reduce((n, a) => n + (a.children?.length ?? 0), 0);
console.log(`units ${UNITS} × leaves ${leaves}, ${ROUNDS} rounds (first round includes JIT warm-up: ${first ? (first.scoreMs + first.rankMs + first.lostMs).toFixed(1) : '?'} ms)`);
console.log(`median per round: score ${pick('scoreMs').toFixed(1)} ms, rank ${pick('rankMs').toFixed(1)} ms, points lost ${pick('lostMs').toFixed(1)} ms; compute+rank+lost ${(pick('scoreMs') + pick('rankMs') + pick('lostMs')).toFixed(1)} ms`);
console.log(`consistency checks of every displayed score: ${pick('checkMs').toFixed(1)} ms`);
console.log(`heap growth over the rounds: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB; rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
