/** Everything about one period of a plan that reports and dashboards are computed from, and its filters. */
import type { UnitKind } from '../units/types.js';
import type {
  IndicatorValueRow,
  LinkedFigureRow,
  ReportArea,
  ReportAssignment,
  ReportIndicator,
  ReportPeriod,
  ReportUnit,
  UnitReportRow,
} from './types.js';

export interface PeriodDataset {
  /** The period reported on. */
  period: ReportPeriod;
  /** The plan's regular periods in order (quý I … năm): the year indicators and trends run over. */
  periods: ReportPeriod[];
  areas: ReportArea[];
  /** Units that lead at least one assignment of the plan: the units expected to report. */
  units: ReportUnit[];
  /** Lead assignments still owed (not cancelled, activity still in the plan). */
  assignments: ReportAssignment[];
  /** Unit reports of every period of the plan. */
  reports: UnitReportRow[];
  indicators: ReportIndicator[];
  indicatorValues: IndicatorValueRow[];
  /** The values of the targets linked to catalogue figures, per regular period (added by services/figures). */
  linkedFigures?: LinkedFigureRow[];
  /** Local date of the computation. */
  today: string;
}

export interface DatasetFilter {
  areaCode?: string | undefined;
  kind?: UnitKind | undefined;
}

/**
 * The dataset narrowed to one area (its work, the units doing it, its targets) and/or one unit kind
 * (those units, their work, reports and figures).
 */
export function filterDataset(data: PeriodDataset, filter: DatasetFilter): PeriodDataset {
  if (!filter.areaCode && !filter.kind) return data;
  const assignments = data.assignments.filter((a) => !filter.areaCode || a.areaCode === filter.areaCode);
  const withWork = new Set(assignments.map((a) => a.unitId));
  const units = data.units.filter((u) => withWork.has(u.id) && (!filter.kind || u.kind === filter.kind));
  const unitIds = new Set(units.map((u) => u.id));
  return {
    ...data,
    areas: filter.areaCode ? data.areas.filter((a) => a.code === filter.areaCode) : data.areas,
    units,
    assignments: assignments.filter((a) => unitIds.has(a.unitId)),
    reports: data.reports.filter((r) => unitIds.has(r.unitId)),
    indicators: filter.areaCode ? data.indicators.filter((i) => i.areaCode === filter.areaCode) : data.indicators,
    indicatorValues: filter.kind
      ? data.indicatorValues.filter((v) => v.unitId !== null && unitIds.has(v.unitId))
      : data.indicatorValues,
  };
}
