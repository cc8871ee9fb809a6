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
}

/** A reported figure: by a unit, or province-wide by the coordinator (unitId null). */
export interface IndicatorValueRow {
  indicatorId: string;
  periodCode: string;
  unitId: string | null;
  value: number;
}
