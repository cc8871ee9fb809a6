/**
 * What-if planning for next year: given last year's scores and a target per area, what must each
 * criterion reach? This is what a province does by hand (vinh-phuc-2024.txt: "area 5 at least
 * 14,05 points, of which self-assessment 5,5 and survey 8,55").
 *
 * Method. Within an area, leaves the planner pins keep the pinned value and leaves already at
 * their maximum stay there. The remaining gap is shared so that every other leaf closes the same
 * fraction k of the points it lost last year:
 *     required = current + k × (max − current),   k = gap / Σ(max − current)
 * so criteria with more room are asked for more, and nothing is asked beyond its maximum.
 * Leaves that only take set values (Đạt/Không đạt, tiers) are rounded up to the next value they
 * can take, fixed, and the gap is shared again among the rest. Requirements are rounded up to
 * 0.001 point, so the plan reaches at least the target. A target above what the area can reach
 * is reported with the shortfall.
 */
import { formatNumberVi } from '../text/format.js';
import { fromMilli, toMilli, type Milli } from './decimal.js';
import { ceilToScale, rational } from './rational.js';
import { isScoredLeaf, kindOf, walk } from './tree.js';
import type { CriteriaNode, CriteriaSet, PointSource, UnitScore } from './types.js';

export interface LeafRequirement {
  code: string;
  title: string;
  source: PointSource;
  current: number;
  required: number;
  maxPoints: number;
  increase: number;
  pinned: boolean;
  /** What the unit must reach in the criterion's own terms ("tỷ lệ từ 90%"), when the method allows. */
  requiredValue?: string;
}

export interface AreaPlan {
  code: string;
  title: string;
  current: number;
  target: number;
  planned: number;
  maxPoints: number;
  feasible: boolean;
  /** Points the target lacks even with every free criterion at maximum. */
  shortfall: number;
  leaves: LeafRequirement[];
}

export interface WhatIfPlan {
  areas: AreaPlan[];
  total: { current: number; planned: number };
  problems: string[];
}

interface Slot {
  node: CriteriaNode;
  current: Milli;
  max: Milli;
  required: Milli;
  fixed: boolean;
  pinned: boolean;
}

/** The values a discrete leaf can take, ascending; null for continuous methods. */
function levels(node: CriteriaNode, max: Milli): Milli[] | null {
  if (node.method?.type === 'yes_no') return [0, max];
  if (node.method?.type === 'tiers')
    return [...new Set([0, ...node.method.tiers.map((t) => toMilli(t.points))])].sort((a, b) => a - b);
  return null;
}

function requiredValue(node: CriteriaNode, required: Milli, max: Milli): string | undefined {
  const method = node.method;
  if (!method || max === 0) return undefined;
  if (method.type === 'yes_no') return required >= max ? 'Đạt' : undefined;
  if (method.type === 'proportional') {
    const centiPercent = Number(ceilToScale(rational(BigInt(required) * 100n, BigInt(max)), 100n));
    return `tỷ lệ từ ${formatNumberVi(centiPercent / 100)}%`;
  }
  if (method.type === 'tiers') {
    // The lowest tier that still gives the required points.
    const enough = method.tiers.filter((t) => toMilli(t.points) >= required);
    const tier = enough[enough.length - 1];
    if (!tier || required === 0) return undefined;
    const unit = method.measure === 'percent' ? '%' : '';
    return tier.moreThan !== undefined
      ? `trên ${formatNumberVi(tier.moreThan)}${unit}`
      : `từ ${formatNumberVi(tier.atLeast ?? 0)}${unit}`;
  }
  return undefined;
}

function share(slots: Slot[], target: Milli): void {
  for (;;) {
    const free = slots.filter((s) => !s.fixed);
    const fixedSum = slots.filter((s) => s.fixed).reduce((a, s) => a + s.required, 0);
    const need = target - fixedSum;
    const cur = free.reduce((a, s) => a + s.current, 0);
    const room = free.reduce((a, s) => a + (s.max - s.current), 0);
    if (need <= cur || room === 0) return free.forEach((s) => (s.required = s.current));
    if (need >= cur + room) return free.forEach((s) => (s.required = s.max));
    let roundedDiscrete = false;
    for (const s of free) {
      const exact = rational(
        BigInt(s.current) * BigInt(room) + BigInt(need - cur) * BigInt(s.max - s.current),
        BigInt(room),
      );
      s.required = Math.min(s.max, Number(ceilToScale(exact, 1n)));
      const steps = levels(s.node, s.max);
      if (steps) {
        s.required = Math.max(s.current, steps.find((v) => v >= s.required) ?? s.max);
        s.fixed = true;
        roundedDiscrete = true;
      }
    }
    if (!roundedDiscrete) return;
  }
}

/** Plans each targeted area; `pinned` fixes chosen leaves (e.g. the self-assessment at its maximum). */
export function planTargets(
  set: CriteriaSet,
  lastYear: UnitScore,
  targets: Record<string, number>,
  pinned: Record<string, number> = {},
): WhatIfPlan {
  const problems: string[] = [];
  const scores = new Map(lastYear.nodes.map((n) => [n.code, n]));
  const areas: AreaPlan[] = [];
  let totalCurrent = 0;
  let totalPlanned = 0;

  for (const area of set.nodes.filter((n) => kindOf(n) === 'criterion')) {
    const areaScore = scores.get(area.code);
    const current = toMilli(areaScore?.points ?? 0);
    totalCurrent += current;
    const targetPoints = targets[area.code];
    if (targetPoints === undefined) {
      totalPlanned += current;
      continue;
    }
    const target = toMilli(targetPoints);
    const slots: Slot[] = walk([area])
      .filter((v) => isScoredLeaf(v.node) && !v.underBonusOrPenalty && kindOf(v.node) === 'criterion')
      .filter((v) => scores.get(v.node.code)?.status !== 'excluded')
      .map(({ node }) => {
        const score = scores.get(node.code);
        const max = toMilli(score?.effectiveMax ?? node.maxPoints ?? 0);
        const cur = toMilli(score?.points ?? 0);
        const pin = pinned[node.code];
        if (pin !== undefined && (toMilli(pin) < 0 || toMilli(pin) > max))
          problems.push(
            `Mục ${node.code}: mục tiêu ${formatNumberVi(pin)} điểm nằm ngoài khoảng 0 đến ${formatNumberVi(fromMilli(max))}.`,
          );
        const required = pin !== undefined ? Math.min(max, Math.max(0, toMilli(pin))) : cur;
        return { node, current: cur, max, required, fixed: pin !== undefined || cur >= max, pinned: pin !== undefined };
      });
    share(slots, target);
    const planned = slots.reduce((a, s) => a + s.required, 0);
    const maxPoints = toMilli(area.maxPoints ?? 0);
    totalPlanned += planned;
    if (target > maxPoints)
      problems.push(
        `Lĩnh vực ${area.code}: mục tiêu ${formatNumberVi(targetPoints)} điểm vượt điểm tối đa ${formatNumberVi(fromMilli(maxPoints))}.`,
      );
    areas.push({
      code: area.code,
      title: area.title,
      current: fromMilli(current),
      target: targetPoints,
      planned: fromMilli(planned),
      maxPoints: fromMilli(maxPoints),
      feasible: planned >= target,
      shortfall: fromMilli(Math.max(0, target - planned)),
      leaves: slots.map((s) => {
        const value = requiredValue(s.node, s.required, s.max);
        return {
          code: s.node.code,
          title: s.node.title,
          source: s.node.source ?? 'self',
          current: fromMilli(s.current),
          required: fromMilli(s.required),
          maxPoints: fromMilli(s.max),
          increase: fromMilli(s.required - s.current),
          pinned: s.pinned,
          ...(value ? { requiredValue: value } : {}),
        };
      }),
    });
  }
  return { areas, total: { current: fromMilli(totalCurrent), planned: fromMilli(totalPlanned) }, problems };
}
