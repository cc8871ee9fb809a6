/**
 * The figures and texts of a period's consolidated CCHC report (báo cáo CCHC), and the dashboards'
 * aggregates, from one dataset.
 */
import { daysOverdue, isOverdue } from '../reporting/assignment-status.js';
import { overdueSummary, type OverdueSummary } from '../reporting/completeness.js';
import { progressByArea, progressByUnitKind, type ProgressTable } from './area-progress.js';
import type { PeriodDataset } from './dataset.js';
import { indicatorsAtRisk, indicatorTable, type IndicatorRow } from './indicator-table.js';
import {
  gatherSection,
  narrativesByArea,
  receivedReports,
  type AreaNarrative,
  type AttributedText,
} from './narratives.js';
import { reportingDiscipline, type ReportingDiscipline } from './reporting-discipline.js';
import { trendsAcrossPeriods, type PeriodTrend } from './trends.js';
import { rankUnits, type RankedUnit } from './unit-ranking.js';
import type { ReportUnit } from './types.js';

export interface ConsolidatedReport {
  byArea: ProgressTable;
  byUnitKind: ProgressTable;
  narratives: AreaNarrative[];
  /** The "Kết quả đạt được" section of each received report. */
  achievements: AttributedText[];
  shortcomings: AttributedText[];
  causes: AttributedText[];
  nextTasks: AttributedText[];
  proposals: AttributedText[];
  indicators: IndicatorRow[];
  discipline: ReportingDiscipline;
  /** Every expected unit's work and reporting, ranked within its kind. */
  ranking: RankedUnit[];
}

const yearPeriods = (data: PeriodDataset) => data.periods.map((p) => ({ code: p.code, yearFraction: p.yearFraction }));

export function indicatorRows(data: PeriodDataset): IndicatorRow[] {
  return indicatorTable(
    data.indicators,
    data.indicatorValues,
    data.units,
    data.assignments,
    data.period.code,
    yearPeriods(data),
    data.linkedFigures ?? [],
  );
}

export function consolidate(data: PeriodDataset): ConsolidatedReport {
  const received = receivedReports(data.reports, data.units, data.period.code);
  return {
    byArea: progressByArea(data.areas, data.assignments, data.today),
    byUnitKind: progressByUnitKind(data.units, data.assignments, data.today),
    narratives: narrativesByArea(data.areas, data.assignments, received),
    achievements: gatherSection(received, 'achievements'),
    shortcomings: gatherSection(received, 'shortcomings'),
    causes: gatherSection(received, 'causes'),
    nextTasks: gatherSection(received, 'nextTasks'),
    proposals: gatherSection(received, 'proposals'),
    indicators: indicatorRows(data),
    discipline: reportingDiscipline(data.period, data.units, data.reports, data.today),
    ranking: rankUnits(data.units, data.assignments, data.periods, data.reports, data.today),
  };
}

export interface OverdueActivity {
  assignmentId: string;
  activityId: string;
  areaCode: string | null;
  activityNumber: string | null;
  activityTitle: string;
  unitId: string;
  unitName: string;
  dueOn: string;
  daysOverdue: number;
  progress: number;
}

export interface Dashboard {
  byArea: ProgressTable;
  byUnitKind: ProgressTable;
  overdue: OverdueSummary;
  /** The most overdue assignments, most overdue first. */
  overdueActivities: OverdueActivity[];
  discipline: ReportingDiscipline;
  /** Every target once, with its figure, coverage and source. */
  indicators: IndicatorRow[];
  indicatorsAtRisk: IndicatorRow[];
  ranking: RankedUnit[];
  trends: PeriodTrend[];
}

export function buildDashboard(data: PeriodDataset, overdueLimit = 50): Dashboard {
  const indicators = indicatorRows(data);
  const unitById = new Map<string, ReportUnit>(data.units.map((u) => [u.id, u]));
  const overdueActivities = data.assignments
    .filter((a) => isOverdue(a, data.today))
    .map((a) => ({
      assignmentId: a.id,
      activityId: a.activityId,
      areaCode: a.areaCode,
      activityNumber: a.activityNumber,
      activityTitle: a.activityTitle,
      unitId: a.unitId,
      unitName: unitById.get(a.unitId)?.name ?? '',
      dueOn: a.dueOn!,
      daysOverdue: daysOverdue(a, data.today),
      progress: a.progress,
    }))
    .sort((x, y) => y.daysOverdue - x.daysOverdue || x.unitName.localeCompare(y.unitName, 'vi'))
    .slice(0, overdueLimit);
  return {
    byArea: progressByArea(data.areas, data.assignments, data.today),
    byUnitKind: progressByUnitKind(data.units, data.assignments, data.today),
    overdue: overdueSummary(data.assignments, data.today),
    overdueActivities,
    discipline: reportingDiscipline(data.period, data.units, data.reports, data.today),
    indicators,
    indicatorsAtRisk: indicatorsAtRisk(indicators),
    ranking: rankUnits(data.units, data.assignments, data.periods, data.reports, data.today),
    trends: trendsAcrossPeriods(data.periods, data.units, data.reports, data.today),
  };
}
