/**
 * Scores one unit against a criteria set: leaves by their method, groups by summing their
 * children (with not-applicable re-scaling and capped bonus/penalty), the root into the index.
 * All arithmetic is in integer milli-points; results are plain decimals with ≤ 3 places.
 */
import { classify } from './bands.js';
import { applyBonusAndPenalty, capAmount } from './bonus-penalty.js';
import { fromMilli, percentMilli, toMilli, type Milli } from './decimal.js';
import { scoreByMethod } from './methods.js';
import { isMarkedNotApplicable, rescaleGroup, resolveNotApplicable } from './not-applicable.js';
import { isScoredLeaf, kindOf, scoredChildren, walk } from './tree.js';
import type {
  CriteriaNode,
  CriteriaSet,
  NodeKind,
  NodeScore,
  NodeStatus,
  ScoringIssue,
  UnitEntries,
  UnitScore,
} from './types.js';

interface Agg {
  /** Points including bonus/penalty applied at or below this node. */
  points: Milli;
  /** Points without this node's own bonus/penalty children. */
  base: Milli;
  self: Milli;
  survey: Milli;
  bonus: Milli;
  penalty: Milli;
  max: Milli;
  effectiveMax: Milli;
  excluded: boolean;
  status: NodeStatus;
}

const toPoints = fromMilli;

export function scoreUnit(set: CriteriaSet, unitId: string, entries: UnitEntries): UnitScore {
  const nodes: NodeScore[] = [];
  const issues: ScoringIssue[] = [];
  const name = (node: CriteriaNode) => `Mục ${node.code} (${node.title})`;
  const parents = new Map(walk(set.nodes).map((v) => [v.node.code, v.parent?.code ?? null]));

  function record(
    node: CriteriaNode,
    kind: NodeKind,
    agg: Agg,
    isLeaf: boolean,
    detail: string | undefined,
    slot: number,
  ) {
    const regular = kind === 'criterion';
    nodes[slot] = {
      code: node.code,
      title: node.title,
      parentCode: parents.get(node.code) ?? null,
      kind,
      points: toPoints(agg.points),
      maxPoints: toPoints(agg.max),
      effectiveMax: toPoints(agg.effectiveMax),
      percent: nullablePercent(agg.points, agg.effectiveMax),
      selfPoints: toPoints(agg.self),
      surveyPoints: toPoints(agg.survey),
      bonusPoints: toPoints(agg.bonus),
      penaltyPoints: toPoints(agg.penalty),
      lostPoints: regular ? toPoints(Math.max(0, agg.effectiveMax - agg.base)) : 0,
      status: agg.status,
      isLeaf,
      ...(detail ? { detail } : {}),
    };
  }

  function scoreLeaf(node: CriteriaNode, kind: NodeKind, slot: number): Agg {
    const max = toMilli(node.maxPoints ?? 0);
    const entry = entries[node.code];
    let milli = 0;
    let status: NodeStatus = 'scored';
    let detail: string | undefined;
    if (isMarkedNotApplicable(entry)) {
      const na = resolveNotApplicable(node.notApplicable, max);
      if (na.status === 'invalid') {
        status = 'invalid';
        issues.push({ code: node.code, severity: 'error', message: `${name(node)}: ${na.error}` });
      } else {
        ({ status, milli, detail } = na);
      }
    } else if (!entry || (entry.value === undefined && entry.inputs === undefined)) {
      status = 'missing';
      // An unclaimed bonus or penalty is the normal case, not a gap in the file.
      if (kind === 'criterion')
        issues.push({
          code: node.code,
          severity: 'warning',
          message: `${name(node)}: chưa có số liệu, tạm tính 0 điểm.`,
        });
    } else {
      const outcome = scoreByMethod(node.method ?? { type: 'manual' }, max, entry);
      if (outcome.ok) ({ milli, detail } = outcome);
      else {
        status = 'invalid';
        issues.push({ code: node.code, severity: 'error', message: `${name(node)}: ${outcome.error}` });
      }
    }
    const survey = node.source === 'survey' ? milli : 0;
    const excluded = status === 'excluded';
    const agg: Agg = {
      points: milli,
      base: milli,
      self: milli - survey,
      survey,
      bonus: 0,
      penalty: 0,
      max,
      effectiveMax: excluded ? 0 : max,
      excluded,
      status,
    };
    record(node, kind, agg, true, detail, slot);
    return agg;
  }

  function scoreGroup(
    node: CriteriaNode | null,
    children: CriteriaNode[],
    maxMilli: Milli,
    kind: NodeKind,
    slot: number,
  ): Agg {
    let base = 0,
      self = 0,
      survey = 0,
      applicableMax = 0,
      effectiveMax = 0,
      bonus = 0,
      penalty = 0;
    let allExcluded = true;
    let anyMissing = false;
    const details: string[] = [];
    for (const child of children) {
      const childKind = kind === 'criterion' ? kindOf(child) : kind;
      const agg = scoreNode(child, childKind);
      if (childKind !== kind && kind === 'criterion') {
        // A bonus or penalty child: its capped amount is applied after the regular sum.
        if (childKind === 'bonus') bonus += agg.points;
        else penalty += agg.points;
        continue;
      }
      if (agg.status === 'missing' || agg.status === 'invalid') anyMissing = true;
      if (agg.excluded) continue;
      allExcluded = false;
      base += agg.points;
      self += agg.self;
      survey += agg.survey;
      applicableMax += agg.max;
      effectiveMax += agg.effectiveMax;
    }
    const rescaled = rescaleGroup(
      maxMilli,
      { base, self, survey, applicableMax, effectiveMax, allExcluded },
      set.naRescaling,
    );
    if (rescaled.detail) details.push(rescaled.detail);
    let points = rescaled.base;
    if (kind !== 'criterion' && node) {
      // This node is itself a bonus or penalty group: cap the sum of its items.
      const capped = capAmount(rescaled.base, maxMilli, kind);
      if (capped.detail) details.push(capped.detail);
      points = capped.milli;
    }
    const withBonus = applyBonusAndPenalty(points, bonus, penalty);
    if (withBonus.detail) details.push(withBonus.detail);
    const agg: Agg = {
      points: withBonus.milli,
      base: points,
      self: Math.min(rescaled.self, points),
      survey: points - Math.min(rescaled.self, points),
      bonus,
      penalty,
      max: maxMilli,
      effectiveMax: rescaled.effectiveMax,
      excluded: allExcluded && children.length > 0,
      status: allExcluded && children.length > 0 ? 'excluded' : anyMissing ? 'missing' : 'scored',
    };
    if (node) record(node, kind, agg, false, details.join('; ') || undefined, slot);
    return agg;
  }

  function scoreNode(node: CriteriaNode, kind: NodeKind): Agg {
    const slot = nodes.length;
    nodes.push(undefined as unknown as NodeScore); // reserve the slot: parents come before children
    if (isScoredLeaf(node)) {
      const agg = scoreLeaf(node, kind, slot);
      if (kind === 'criterion') return agg;
      const capped = capAmount(agg.points, agg.max, kind);
      return { ...agg, points: capped.milli };
    }
    return scoreGroup(node, scoredChildren(node), toMilli(node.maxPoints ?? 0), kind, slot);
  }

  const root = scoreGroup(null, set.nodes, toMilli(set.maxTotal), 'criterion', -1);

  const leafCodes = new Set(
    walk(set.nodes)
      .filter((v) => isScoredLeaf(v.node))
      .map((v) => v.node.code),
  );
  for (const code of Object.keys(entries))
    if (!leafCodes.has(code))
      issues.push({
        code,
        severity: 'warning',
        message: `Mã ${code} không phải tiêu chí được chấm trong bộ tiêu chí ${set.code}: số liệu bị bỏ qua.`,
      });

  return {
    setCode: set.code,
    year: set.year,
    unitId,
    total: toPoints(root.points),
    maxTotal: toPoints(root.max),
    effectiveMax: toPoints(root.effectiveMax),
    percent: nullablePercent(root.points, root.effectiveMax),
    selfPoints: toPoints(root.self),
    surveyPoints: toPoints(root.survey),
    bonusPoints: toPoints(root.bonus),
    penaltyPoints: toPoints(root.penalty),
    band: classify(root.points, root.effectiveMax, set.bands),
    nodes,
    issues,
  };
}

function nullablePercent(points: Milli, max: Milli): number | null {
  const p = percentMilli(points, max);
  return p === null ? null : p / 1000;
}
