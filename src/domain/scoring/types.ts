/**
 * Criteria sets and scores as plain, JSON-serialisable data. A criteria set is versioned by
 * year and by who is scored; its tree is areas → criteria → sub-criteria. Points in a set are
 * decimals with at most three places; the engine computes in integer milli-points.
 */
import type { LinkedFigure } from './figure-links.js';

export const SUBJECTS = ['province', 'department', 'commune', 'district'] as const;
/** Who is scored: the province (the Ministry's PAR INDEX), departments, communes, districts. */
export type Subject = (typeof SUBJECTS)[number];

export const SOURCES = ['self', 'survey'] as const;
/** Self-assessed (with evidence, appraised) or from the sociological survey. */
export type PointSource = (typeof SOURCES)[number];

export const NODE_KINDS = ['criterion', 'bonus', 'penalty'] as const;
/** A bonus or penalty node adds or removes points, capped at its maxPoints, outside the maximum. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** One step of a tiered criterion: reached when the value is ≥ atLeast (or > moreThan). */
export interface Tier {
  atLeast?: number;
  moreThan?: number;
  points: number;
}

export interface FormulaInput {
  /** The name used in the expression (ASCII identifier). */
  name: string;
  /** What the unit declares, in Vietnamese ("Số nhiệm vụ hoàn thành đúng hạn"). */
  label: string;
  linkedFigure?: LinkedFigure;
}

export type ScoringMethod =
  /** Đạt → full marks, không đạt → 0. */
  | { type: 'yes_no' }
  /** The first tier the value reaches gives its points; none reached → 0. Tiers go from the highest threshold down. */
  | { type: 'tiers'; measure: 'percent' | 'count'; tiers: Tier[] }
  /** Max × rate; the value is a percentage in [0, 100]. */
  | { type: 'proportional' }
  /** An expression over declared numbers (and `max`), clamped into [0, max]. */
  | { type: 'formula'; expression: string; inputs: FormulaInput[] }
  /** Points entered directly, within [0, max]. */
  | { type: 'manual' };

export type ScoringMethodType = ScoringMethod['type'];

/**
 * Figures cchc already holds, used to prefill a leaf: a key of the figure catalogue (the share of the
 * unit's plan activities done on time, of its reports submitted on time, …) or a tracked indicator.
 */
export type { LinkedFigure };

/** What a "not applicable" leaf does: counts as full marks, or leaves the maximum (see NaRescaling). */
export type NotApplicableRule = 'full_marks' | 'exclude';

/**
 * How excluded leaves change the maxima: `reduce_max` lowers every ancestor's maximum and the
 * percentage is taken on what remains; `scale_to_parent` re-scales the parent's applicable
 * children up to the parent's own maximum, so areas keep their nominal maxima.
 */
export type NaRescaling = 'reduce_max' | 'scale_to_parent';

export interface CriteriaNode {
  /** "1", "1.2", "1.2.3", "2.TD": unique in the set. */
  code: string;
  title: string;
  /**
   * Maximum points. Absent on an outline node: a heading the source document lists under a
   * scored node without giving it points of its own (shown, never scored).
   */
  maxPoints?: number;
  /** Default 'criterion'. Bonus/penalty: maxPoints is the cap. */
  kind?: NodeKind;
  /** Leaves only; default 'self'. */
  source?: PointSource;
  /** Present exactly on scored leaves. */
  method?: ScoringMethod;
  /** Leaves only: absent means the leaf cannot be marked not applicable. */
  notApplicable?: NotApplicableRule;
  /** Leaves with a single-number method (tiers, proportional): prefilled from this figure. */
  linkedFigure?: LinkedFigure;
  /** How to score and which evidence documents (tài liệu kiểm chứng) are expected. */
  guidance?: string;
  children?: CriteriaNode[];
}

/** A classification band: reached when the index percentage is ≥ minPercent. Highest first. */
export interface Band {
  minPercent: number;
  label: string;
}

export interface CriteriaSet {
  format: 'cchc-criteria/1';
  code: string;
  name: string;
  year: number;
  subject: Subject;
  /** Sum of the top-level criterion nodes' maxima (bonus/penalty excluded), usually 100. */
  maxTotal: number;
  naRescaling: NaRescaling;
  bands: Band[];
  /** Where the set comes from (decision number, document). */
  basis?: string;
  nodes: CriteriaNode[];
}

/** What a unit declares for one leaf; the value's type follows the leaf's method. */
export interface LeafEntry {
  /** yes_no: boolean; tiers: the percentage or count; proportional: the percentage; manual: points. */
  value?: boolean | number;
  /** formula: the declared numbers by input name. */
  inputs?: Record<string, number>;
  notApplicable?: boolean;
}

export type UnitEntries = Record<string, LeafEntry>;

export type NodeStatus = 'scored' | 'missing' | 'not_applicable' | 'excluded' | 'invalid';

export interface NodeScore {
  code: string;
  title: string;
  /** The enclosing scored node's code; null for an area (top level). */
  parentCode: string | null;
  kind: NodeKind;
  /** Leaves and groups: points as exact decimals (≤ 3 places). Bonus/penalty: capped amount. */
  points: number;
  maxPoints: number;
  /** The maximum after not-applicable exclusions (equals maxPoints when nothing is excluded). */
  effectiveMax: number;
  /** points / effectiveMax × 100, three decimals; null when effectiveMax is 0. */
  percent: number | null;
  selfPoints: number;
  surveyPoints: number;
  bonusPoints: number;
  penaltyPoints: number;
  /** Points not earned: effectiveMax − (points without bonus/penalty); never negative. */
  lostPoints: number;
  status: NodeStatus;
  isLeaf: boolean;
  /** Vietnamese explanation of how a leaf got its points, or of a cap or a re-scaling. */
  detail?: string;
}

export interface ScoringIssue {
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface UnitScore {
  setCode: string;
  year: number;
  unitId: string;
  total: number;
  maxTotal: number;
  effectiveMax: number;
  /** The index: total / effectiveMax × 100 with three decimals, e.g. 86.44. */
  percent: number | null;
  selfPoints: number;
  surveyPoints: number;
  bonusPoints: number;
  penaltyPoints: number;
  band: string | null;
  /** Every scored and group node in tree order (outline nodes left out). */
  nodes: NodeScore[];
  issues: ScoringIssue[];
}
