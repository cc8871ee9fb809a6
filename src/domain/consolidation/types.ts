/**
 * The plain rows a period's consolidated report and the dashboards are computed from. Loaded from the
 * database by the services; everything in this folder is pure over them.
 */
import type { AssignmentStatus } from '../reporting/assignment-status.js';
import type { Comparator } from '../reporting/indicator-status.js';
import type { ReportContent } from '../reporting/report-form.js';
import type { ReportState } from '../reporting/report-workflow.js';
import type { GovernmentLevel, UnitKind } from '../units/types.js';

export interface ReportUnit {
  id: string;
  name: string;
  kind: UnitKind;
  level: GovernmentLevel;
}

/** A plan area (lĩnh vực): "II", "Cải cách thể chế". */
export interface ReportArea {
  code: string;
  title: string;
}

/** One unit's share of one activity, as it stands now. */
export interface ReportAssignment {
  id: string;
  activityId: string;
  unitId: string;
  areaCode: string | null;
  activityNumber: string | null;
  activityTitle: string;
  status: AssignmentStatus;
  progress: number;
  dueOn: string | null;
  completedOn: string | null;
  evidenceCount: number;
}

export interface ReportPeriod {
  code: string;
  label: string;
  dueOn: string;
  /** Share of the plan year the period reaches (quý I = 0,25). */
  yearFraction: number;
  /** Its kind and data window, where the figures of linked targets are computed for it. */
  kind?: 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year' | 'ad_hoc';
  /** A level's own due date from the plan's calendar: a unit of that level is on time against it. */
  dueByLevel?: Partial<Record<string, string>>;
  start?: string;
  end?: string;
}

/** A unit's report for one period; content only where the caller needs the texts. */
export interface UnitReportRow {
  unitId: string;
  periodCode: string;
  status: ReportState;
  firstSubmittedOn: string | null;
  content: ReportContent | null;
}

export interface ReportIndicator {
  id: string;
  areaCode: string | null;
  subject: string;
  text: string;
  comparator: Comparator;
  target: number;
  unit: string;
  level: 'province' | 'department' | 'district' | 'commune' | 'all' | null;
  /** The activity the target was printed with: its lead units answer for it. */
  activityId?: string | null;
  /** The catalogue figure a coordinator confirmed for the target (a suggestion alone does not count). */
  figureKey?: string | null;
}

/** A reported figure: by a unit, or province-wide by the coordinator (unitId null). */
export interface IndicatorValueRow {
  indicatorId: string;
  periodCode: string;
  unitId: string | null;
  value: number;
  /** A rate's counts, where the unit gave them (reports before counts were asked carry the value alone). */
  numerator?: number | null;
  denominator?: number | null;
}

/** The value of a target linked to a catalogue figure, computed for a period over the target's level. */
export interface LinkedFigureRow {
  indicatorId: string;
  periodCode: string;
  figureKey: string;
  /** Null: the catalogue holds no data for the period ("Chưa có số liệu"), never 0. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Units whose data the value combines, of the units of the level. */
  unitsCovered: number;
  unitsInScope: number;
  /** "Số liệu theo dõi: <the figure's name>", and a link to the rows where there is one. */
  sourceLabel: string;
  link?: string;
}
