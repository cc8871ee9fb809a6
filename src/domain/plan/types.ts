/**
 * The structured plan the importer produces: the `cchc.plan/v1` interchange format
 * (documented in docs/plan-format.md, validated by src/contracts/plan-file.ts).
 */
import type {
  BudgetKind,
  Comparator,
  DeadlineKind,
  DeadlineMilestone,
  DeadlinePart,
  PlanLevel,
  UnitRef,
} from './fields/types.js';

export const PLAN_FORMAT = 'cchc.plan/v1';

/** Something a person should check; `message` is Vietnamese, `code` is for machines. */
export interface ImportWarning {
  code: string;
  message: string;
  field?: string;
}

/** A unit or group named in a lead/cooperating cell, as the unit matcher resolved it. */
export type PlanUnitRef = UnitRef;

export interface PlanUnits {
  text: string;
  units: PlanUnitRef[];
}

export interface PlanDeadline {
  text: string;
  kind: DeadlineKind;
  start: string | null;
  due: string | null;
  parts: DeadlinePart[];
  /** Two or more due dates for the same units, each with its label; absent otherwise (and in older files). */
  milestones?: DeadlineMilestone[];
}

export interface PlanBudget {
  text: string;
  kind: BudgetKind;
  amountMillionVnd: number | null;
}

export interface PlanSource {
  /** 1-based table of the document and row inside it; the line for text exports. */
  table: number;
  row: number;
  line: number | null;
}

export interface PlanActivity {
  id: string;
  area: string | null;
  number: string | null;
  objective: string | null;
  task: string | null;
  activity: string | null;
  deliverable: string | null;
  lead: PlanUnits;
  cooperating: PlanUnits;
  deadline: PlanDeadline;
  budget: PlanBudget;
  warnings: ImportWarning[];
  source: PlanSource | null;
}

export type IndicatorLevel = PlanLevel;

export interface PlanIndicator {
  id: string;
  area: string | null;
  text: string;
  comparator: Comparator;
  value: number;
  unit: string;
  level: IndicatorLevel | null;
  subject: string;
  /** Where the target was read: an appendix cell (with its activity) or a sentence of the text. */
  origin: 'appendix' | 'prose';
  activityId: string | null;
}

export interface PlanArea {
  code: string;
  title: string;
}

export interface PlanColumn {
  header: string;
  role:
    | 'number'
    | 'objective'
    | 'task'
    | 'activity'
    | 'deliverable'
    | 'lead'
    | 'cooperating'
    | 'deadline'
    | 'budget'
    | 'other';
}

export interface PlanUnplaced {
  text: string;
  reason: string;
}

/**
 * A duty the plan's text gives units ("Các sở … báo cáo kết quả … trước ngày 15/12/2024"), suggested for the
 * coordinator to confirm (it becomes an activity "TC-n" at commit) or drop.
 */
export interface PlanDuty {
  id: string;
  /** The sentence as written. */
  text: string;
  what: 'report' | 'plan';
  units: PlanUnits;
  /** One or more dates, labelled ("Báo cáo 6 tháng"); two or more are the activity's milestones. */
  dueDates: { label: string; due: string }[];
  /** The words that give the date ("trước ngày 15/12/2024"). */
  deadlineText: string;
  /** Line of the text export, else null. */
  line: number | null;
  decision: 'suggested' | 'confirmed' | 'dropped';
}

export interface PlanV1 {
  format: typeof PLAN_FORMAT;
  title: string | null;
  issuer: string | null;
  documentNumber: string | null;
  issuedOn: string | null;
  year: number | null;
  /** The appendix's columns as printed and what each was read as (empty without an appendix). */
  columns: PlanColumn[];
  areas: PlanArea[];
  activities: PlanActivity[];
  indicators: PlanIndicator[];
  unplaced: PlanUnplaced[];
  warnings: ImportWarning[];
  /** Suggested duties from the text; absent in plans read before they were (and when there are none). */
  duties?: PlanDuty[];
}
