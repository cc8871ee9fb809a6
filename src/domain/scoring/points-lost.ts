/**
 * "Where points were lost": by criterion across units (which criteria cost the province the
 * most) and by unit across criteria (what each unit should fix first). Lost points are a leaf's
 * effective maximum minus its points; bonus and penalty items are not losses.
 */
import { fromMilli, percentMilli, toMilli } from './decimal.js';
import type { NodeScore, UnitScore } from './types.js';
import { compareCodes } from '../text/code-order.js';

export interface CriterionLoss {
  code: string;
  title: string;
  maxPoints: number;
  /** Units for which the criterion applied. */
  units: number;
  unitsLosing: number;
  totalLost: number;
  averageLost: number;
  /** Lost points as a percentage of the points available across units (three decimals). */
  shareLost: number | null;
}

export interface UnitLoss {
  unitId: string;
  totalLost: number;
  /** Leaves where the unit lost points, most lost first. */
  criteria: { code: string; title: string; lost: number; points: number; effectiveMax: number }[];
  /** Top-level areas, most lost first. */
  areas: { code: string; title: string; lost: number }[];
}

const lossBearingLeaf = (n: NodeScore) => n.isLeaf && n.kind === 'criterion' && n.status !== 'excluded';
const byLostThenCode =
  <T extends { code: string }>(lost: (x: T) => number) =>
  (a: T, b: T) =>
    lost(b) - lost(a) || compareCodes(a.code, b.code);

export function pointsLostByCriterion(scores: readonly UnitScore[]): CriterionLoss[] {
  const acc = new Map<
    string,
    { title: string; max: number; units: number; losing: number; lost: number; available: number }
  >();
  for (const score of scores)
    for (const node of score.nodes) {
      if (!lossBearingLeaf(node)) continue;
      const a = acc.get(node.code) ?? {
        title: node.title,
        max: toMilli(node.maxPoints),
        units: 0,
        losing: 0,
        lost: 0,
        available: 0,
      };
      const lost = toMilli(node.lostPoints);
      a.units++;
      a.lost += lost;
      a.available += toMilli(node.effectiveMax);
      if (lost > 0) a.losing++;
      acc.set(node.code, a);
    }
  return [...acc]
    .map(([code, a]) => {
      const share = percentMilli(a.lost, a.available);
      return {
        code,
        title: a.title,
        maxPoints: fromMilli(a.max),
        units: a.units,
        unitsLosing: a.losing,
        totalLost: fromMilli(a.lost),
        averageLost: fromMilli(Math.round(a.lost / Math.max(1, a.units))),
        shareLost: share === null ? null : share / 1000,
      };
    })
    .sort(byLostThenCode((x) => x.totalLost));
}

export function pointsLostByUnit(score: UnitScore): UnitLoss {
  const criteria = score.nodes
    .filter((n) => lossBearingLeaf(n) && n.lostPoints > 0)
    .map((n) => ({ code: n.code, title: n.title, lost: n.lostPoints, points: n.points, effectiveMax: n.effectiveMax }))
    .sort(byLostThenCode((x) => x.lost));
  const areas = score.nodes
    .filter((n) => n.parentCode === null && n.kind === 'criterion')
    .map((n) => ({ code: n.code, title: n.title, lost: n.lostPoints }))
    .sort(byLostThenCode((x) => x.lost));
  const totalLost = criteria.reduce((s, c) => s + toMilli(c.lost), 0);
  return { unitId: score.unitId, totalLost: fromMilli(totalLost), criteria, areas };
}
