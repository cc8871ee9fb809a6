/** The dashboard (bảng điều hành): its filters, progress, ranking, trends, indicators at risk, and one activity unit by unit. */
import { z } from 'zod';
import { uuid } from './common.js';
import { assignmentStatus, completenessFigures } from './reporting.js';
import { unitKind } from './units.js';

export const dashboardQuery = z.object({
  planId: uuid.optional(),
  /** Without it, the latest period whose due date has passed, or the first one. */
  periodId: uuid.optional(),
  area: z.string().trim().max(20).optional(),
  kind: unitKind.optional(),
});

export type DashboardQuery = z.infer<typeof dashboardQuery>;

const rate = z.number().nullable();

/** One row of a progress table (src/domain/consolidation/area-progress.ts): counts by status and the rates (0..1). */
export const progressFigures = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number().int(),
  byStatus: z.record(assignmentStatus, z.number().int()),
  finished: z.number().int(),
  overdue: z.number().int(),
  completionRate: rate,
  onTimeRate: rate,
  /** Mean reported progress, 0..100. */
  averageProgress: z.number().nullable(),
});

export const progressTable = z.object({ rows: z.array(progressFigures), total: progressFigures });

export type ProgressFiguresView = z.infer<typeof progressFigures>;

export type ProgressTableView = z.infer<typeof progressTable>;

export const rankedUnit = z.object({
  unitId: uuid,
  unitName: z.string(),
  kind: unitKind,
  kindLabel: z.string(),
  rank: z.number().int(),
  of: z.number().int(),
  assignments: z.number().int(),
  finished: z.number().int(),
  overdue: z.number().int(),
  completionRate: rate,
  averageProgress: z.number().nullable(),
  reportsDue: z.number().int(),
  reportsOnTime: z.number().int(),
  reportOnTimeRate: rate,
  workOnTimeRate: rate,
});

export type RankedUnitView = z.infer<typeof rankedUnit>;

export const periodTrend = z.object({
  periodCode: z.string(),
  label: z.string(),
  dueOn: z.string(),
  expected: z.number().int(),
  received: z.number().int(),
  receivedRate: rate,
  onTimeRate: rate,
  reportedItems: z.number().int(),
  reportedFinished: z.number().int(),
  completionRate: rate,
  averageProgress: z.number().nullable(),
});

export type PeriodTrendView = z.infer<typeof periodTrend>;

const indicatorValue = z.object({ periodCode: z.string(), value: z.number() });

export const indicatorRow = z.object({
  indicatorId: uuid,
  indicatorIds: z.array(uuid),
  areaCode: z.string().nullable(),
  subject: z.string(),
  text: z.string(),
  level: z.enum(['province', 'department', 'district', 'commune', 'all', 'none']),
  levelLabel: z.string(),
  targetLabel: z.string(),
  unit: z.string(),
  value: z.number().nullable(),
  provisionalValue: z.number().nullable(),
  source: z.enum(['catalogue', 'coordinator', 'units']).nullable(),
  sourceLabel: z.string(),
  sourceLink: z.string().optional(),
  figureKey: z.string().nullable(),
  coveredUnits: z.number().int(),
  scopeUnits: z.number().int(),
  coverageLabel: z.string(),
  reportingUnits: z.number().int(),
  expectedUnits: z.number().int(),
  unitsMeeting: z.number().int(),
  resultLabel: z.string(),
  evaluation: z.object({
    status: z.enum(['achieved', 'not_achieved', 'at_risk']).nullable(),
    label: z.string(),
    latest: indicatorValue.nullable(),
    benchmark: z.number().nullable(),
    trend: z.enum(['up', 'down', 'flat']).nullable(),
    improving: z.boolean().nullable(),
    final: z.boolean(),
    explanation: z.string(),
  }),
});

export type IndicatorRowView = z.infer<typeof indicatorRow>;

export const overdueActivity = z.object({
  assignmentId: uuid,
  activityId: uuid,
  areaCode: z.string().nullable(),
  activityNumber: z.string().nullable(),
  activityTitle: z.string(),
  unitId: uuid,
  unitName: z.string(),
  dueOn: z.string(),
  daysOverdue: z.number().int(),
  progress: z.number(),
});

/** The leaders' and coordinators' dashboard of a period (src/services/dashboard/get-dashboard.ts). */
export const dashboardView = z.object({
  plan: z.object({ id: uuid, name: z.string() }),
  period: z.object({ id: uuid, code: z.string(), label: z.string(), dueOn: z.string() }),
  filter: z.object({ area: z.string().nullable(), kind: unitKind.nullable() }),
  areas: z.array(z.object({ code: z.string(), title: z.string() })),
  periods: z.array(z.object({ code: z.string(), label: z.string() })),
  byArea: progressTable,
  byUnitKind: progressTable,
  overdue: z.object({
    assignments: z.number().int(),
    activities: z.number().int(),
    byUnit: z.array(z.object({ unitId: uuid, count: z.number().int(), maxDaysOverdue: z.number().int() })),
    byArea: z.array(z.object({ areaCode: z.string().nullable(), count: z.number().int() })),
  }),
  /** The most overdue assignments, most overdue first (at most 50). */
  overdueActivities: z.array(overdueActivity),
  discipline: z.object({
    completeness: completenessFigures,
    missing: z.array(z.object({ id: uuid, name: z.string(), kind: unitKind, level: z.string() })),
    late: z.array(
      z.object({ unitId: uuid, unitName: z.string(), firstSubmittedOn: z.string(), daysLate: z.number().int() }),
    ),
  }),
  indicators: z.array(indicatorRow),
  indicatorsAtRisk: z.array(indicatorRow),
  ranking: z.array(rankedUnit),
  trends: z.array(periodTrend),
});

export type DashboardView = z.infer<typeof dashboardView>;

/** One activity and every unit's share of it, with evidence files (src/services/dashboard/activity-drill-down.ts). */
export const activityDrillDown = z.object({
  activity: z.object({
    id: uuid,
    planId: uuid,
    area: z.string().nullable(),
    number: z.string().nullable(),
    title: z.string(),
    deliverable: z.string().nullable(),
    deadlineText: z.string(),
    leadText: z.string(),
    cooperatingText: z.string(),
  }),
  assignments: z.array(
    z.object({
      id: uuid,
      unitId: uuid,
      unitName: z.string(),
      unitKind,
      role: z.enum(['lead', 'cooperating']),
      status: assignmentStatus,
      progress: z.number().int(),
      dueOn: z.string().nullable(),
      completedOn: z.string().nullable(),
      overdue: z.boolean(),
      resultText: z.string(),
      evidence: z.array(
        z.object({
          id: uuid,
          fileName: z.string(),
          sizeBytes: z.number().int(),
          uploadedAt: z.string(),
          downloadPath: z.string(),
        }),
      ),
    }),
  ),
});

export type ActivityDrillDown = z.infer<typeof activityDrillDown>;
