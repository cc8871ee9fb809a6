/**
 * What the plan importer reads out of one cell of a CCHC plan: deadlines, budgets,
 * numeric targets and the units named as lead or cooperating. Pure data, no behaviour.
 */

/** The level of government a deadline part or a target applies to; 'all' = every level. */
export type PlanLevel = 'province' | 'department' | 'district' | 'commune' | 'all';

/** Something a person should look at after an import; `message` is Vietnamese. */
export interface PlanWarning {
  code:
    | 'unresolved_unit'
    | 'low_confidence'
    | 'successor_used'
    | 'unknown_deadline'
    | 'ambiguous_number'
    | 'unknown_budget'
    | 'merged_text'
    | 'unplaced_text'
    | 'other';
  message: string;
  field?: string;
}

export type DeadlineKind = 'date' | 'period' | 'multi' | 'continuous' | 'event' | 'per_level' | 'unknown';

/** One deadline inside a cell: a quarter of a multi-quarter cell, or one level's date. */
export interface DeadlinePart {
  level: PlanLevel | null;
  text: string;
  kind: DeadlineKind;
  /** ISO YYYY-MM-DD local calendar dates. */
  start: string | null;
  due: string | null;
}

/**
 * One of several due dates a cell names for the same work ("báo cáo 6 tháng trước ngày 07/6, báo cáo
 * năm trước ngày 07/11"): each is tracked and reminded on its own. `level` as in DeadlinePart.
 */
export interface DeadlineMilestone {
  /** Words of the cell around the date ("báo cáo 6 tháng", "sơ kết", "Quý II/2025"). */
  label: string;
  level: PlanLevel | null;
  due: string;
}

export interface Deadline {
  text: string;
  kind: DeadlineKind;
  start: string | null;
  due: string | null;
  parts: DeadlinePart[];
  /** Present only when the cell names two or more due dates for the same units (see milestonesOf). */
  milestones?: DeadlineMilestone[];
  warnings: PlanWarning[];
}

export type BudgetKind = 'amount' | 'regular' | 'estimate' | 'none' | 'unknown';

export interface Budget {
  text: string;
  kind: BudgetKind;
  amountMillionVnd: number | null;
  warnings: PlanWarning[];
}

export type Comparator = '>=' | '>' | '=' | '<=' | '<';

/** A numeric target found in a sentence or a cell, before a person confirms it. */
export interface IndicatorDraft {
  text: string;
  comparator: Comparator;
  value: number;
  /** '%', 'count', or a noun such as 'sáng kiến', 'biên chế'. */
  unit: string;
  level: PlanLevel | null;
  /** What is measured, short. */
  subject: string;
}

export interface UnitRef {
  unitId: string | null;
  groupId: string | null;
  /** The name as written in the plan. */
  name: string;
  group: boolean;
  /** 0..1 */
  confidence: number;
  /** From bracket notes such as "(chủ trì, theo dõi)". */
  role: 'lead' | 'cooperating' | null;
  /** Vietnamese, e.g. the successor note. */
  note: string | null;
}

export interface UnitListMatch {
  text: string;
  units: UnitRef[];
  warnings: PlanWarning[];
}
