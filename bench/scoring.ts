/**
 * Scoring benchmark: one round of 250 units × 100 leaves (all five methods, survey leaves,
 * not-applicable leaves), then ranking within two groups and "where points were lost".
 * Run: npx tsx bench/scoring.ts
 */
import { checkConsistency, printedFromScore } from '../src/domain/scoring/consistency.js';
import { pointsLostByCriterion, pointsLostByUnit } from '../src/domain/scoring/points-lost.js';
import { rankWithinGroups } from '../src/domain/scoring/ranking.js';
import { scoreUnit } from '../src/domain/scoring/score-unit.js';
import type { LeafEntry, ScoringMethod, UnitEntries, UnitScore } from '../src/domain/scoring/types.js';
import { benchCriteriaSet, benchEntry, seededRandom } from './support/scoring-set.js';

const UNITS = 250;
const ROUNDS = 7;

const random = seededRandom(42);
const set = benchCriteriaSet({ code: 'BENCH', subject: 'department', notApplicable: true });

function entryFor(method: ScoringMethod, code: string): LeafEntry {
  if (code.endsWith('.4') && random() < 0.1) return { notApplicable: true };
  return benchEntry(method, random);
}

const units: { id: string; group: string; entries: UnitEntries }[] = Array.from({ length: UNITS }, (_, i) => ({
  id: `u${i}`,
  group: i < 50 ? 'department' : 'commune',
  entries: Object.fromEntries(
    set.nodes.flatMap((area) =>
      (area.children ?? []).map((leaf) => [leaf.code, entryFor(leaf.method as ScoringMethod, leaf.code)]),
    ),
  ),
}));

function round(): { scoreMs: number; rankMs: number; lostMs: number; checkMs: number; scores: UnitScore[] } {
  const t0 = performance.now();
  const scores = units.map((u) => scoreUnit(set, u.id, u.entries));
  const t1 = performance.now();
  rankWithinGroups(
    scores.map((s, i) => ({
      unitId: s.unitId,
      group: units[i]?.group ?? '',
      total: s.total,
      effectiveMax: s.effectiveMax,
    })),
  );
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
console.log(
  `units ${UNITS} × leaves ${leaves}, ${ROUNDS} rounds (first round includes JIT warm-up: ${first ? (first.scoreMs + first.rankMs + first.lostMs).toFixed(1) : '?'} ms)`,
);
console.log(
  `median per round: score ${pick('scoreMs').toFixed(1)} ms, rank ${pick('rankMs').toFixed(1)} ms, points lost ${pick('lostMs').toFixed(1)} ms; compute+rank+lost ${(pick('scoreMs') + pick('rankMs') + pick('lostMs')).toFixed(1)} ms`,
);
console.log(`consistency checks of every displayed score: ${pick('checkMs').toFixed(1)} ms`);
console.log(
  `heap growth over the rounds: ${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB; rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
);
