/** The scoring engine's public API: plain data in, plain data out. */
export * from './types.js';
export { validateCriteriaSet, type SetProblem } from './validate-set.js';
export { scoreUnit } from './score-unit.js';
export { scoreByMethod, reachedTier } from './methods.js';
export { parseExpression, evaluateExpression, expressionNames, ExpressionError } from './expression.js';
export { rankWithinGroups, type RankInput, type RankedUnit } from './ranking.js';
export { classify } from './bands.js';
export { prefillEntries, type KnownFigure, type PrefilledValue, type PrefillResult } from './prefill.js';
export { pointsLostByCriterion, pointsLostByUnit, type CriterionLoss, type UnitLoss } from './points-lost.js';
export { compareYears, type YearComparison, type NodeChange } from './year-over-year.js';
export { planTargets, type WhatIfPlan, type AreaPlan, type LeafRequirement } from './what-if.js';
export {
  checkConsistency,
  printedFromScore,
  type PrintedResultSet,
  type PrintedNode,
  type DeclaredSum,
  type Disagreement,
  type CheckKind,
} from './consistency.js';
export { parseVietnameseNumber, type Printed } from './printed-number.js';
export { formatPoints, formatPercent, toMilli, fromMilli, type Milli } from './decimal.js';
export { walk, scoredLeaves, indexByCode, areaOf } from './tree.js';
