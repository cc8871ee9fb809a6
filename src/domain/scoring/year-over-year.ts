/**
 * Year-over-year comparison of one unit's scores. Criteria trees change between years, so nodes
 * are matched by code and compared on points and on percentage of their maximum; a node present
 * in one year only is reported as added or removed, and a changed maximum is flagged because
 * points then do not compare directly.
 */
import { fromMilli, toMilli } from './decimal.js';
import type { NodeScore, UnitScore } from './types.js';

export interface YearFigures {
  points: number;
  maxPoints: number;
  percent: number | null;
}

export interface NodeChange {
  code: string;
  title: string;
  previous: YearFigures | null;
  current: YearFigures | null;
  deltaPoints: number | null;
  /** Percentage points (three decimals). */
  deltaPercent: number | null;
  change: 'up' | 'down' | 'same' | 'added' | 'removed';
  maxChanged: boolean;
}

export interface YearComparison {
  unitId: string;
  previousYear: number;
  currentYear: number;
  total: NodeChange;
  rank?: { previous: number | null; current: number | null; delta: number | null };
  nodes: NodeChange[];
}

const figures = (n: { points: number; maxPoints: number; percent: number | null }): YearFigures => ({
  points: n.points,
  maxPoints: n.maxPoints,
  percent: n.percent,
});
const diff = (a: number, b: number) => fromMilli(toMilli(a) - toMilli(b));

function compareFigures(code: string, title: string, prev: YearFigures | null, curr: YearFigures | null): NodeChange {
  if (!prev || !curr)
    return {
      code,
      title,
      previous: prev,
      current: curr,
      deltaPoints: null,
      deltaPercent: null,
      change: prev ? 'removed' : 'added',
      maxChanged: false,
    };
  const deltaPoints = diff(curr.points, prev.points);
  const deltaPercent = prev.percent === null || curr.percent === null ? null : diff(curr.percent, prev.percent);
  const maxChanged = toMilli(prev.maxPoints) !== toMilli(curr.maxPoints);
  // With different maxima, the percentage is the fair measure of progress.
  const measure = maxChanged && deltaPercent !== null ? deltaPercent : deltaPoints;
  const change = measure > 0 ? 'up' : measure < 0 ? 'down' : 'same';
  return { code, title, previous: prev, current: curr, deltaPoints, deltaPercent, change, maxChanged };
}

export function compareYears(
  previous: UnitScore,
  current: UnitScore,
  ranks?: { previous: number | null; current: number | null },
): YearComparison {
  const before = new Map<string, NodeScore>(previous.nodes.map((n) => [n.code, n]));
  const nodes: NodeChange[] = [];
  const seen = new Set<string>();
  for (const node of current.nodes) {
    seen.add(node.code);
    const old = before.get(node.code);
    nodes.push(compareFigures(node.code, node.title, old ? figures(old) : null, figures(node)));
  }
  for (const old of previous.nodes)
    if (!seen.has(old.code)) nodes.push(compareFigures(old.code, old.title, figures(old), null));
  const total = compareFigures(
    '',
    'Tổng điểm',
    { points: previous.total, maxPoints: previous.maxTotal, percent: previous.percent },
    { points: current.total, maxPoints: current.maxTotal, percent: current.percent },
  );
  return {
    unitId: current.unitId,
    previousYear: previous.year,
    currentYear: current.year,
    total,
    ...(ranks
      ? {
          rank: {
            ...ranks,
            // A smaller rank number is better: a positive delta means the unit climbed.
            delta: ranks.previous !== null && ranks.current !== null ? ranks.previous - ranks.current : null,
          },
        }
      : {}),
    nodes,
  };
}
