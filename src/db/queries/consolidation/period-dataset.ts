/** Loads the plain rows of src/domain/consolidation for one period of a plan. */
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  assignmentEvidence,
  assignments,
  indicatorValues,
  planActivities,
  planIndicators,
  plans,
  planVersions,
  reportingPeriods,
  unitReports,
  units,
} from '../../schema/index.js';
import { notFound } from '../../../domain/errors.js';
import type { PlanArea } from '../../../domain/plan/types.js';
import { sentenceCaseTitle } from '../../../domain/consolidation/area-title.js';
import type { PeriodDataset } from '../../../domain/consolidation/dataset.js';
import { byName } from '../../../domain/consolidation/rates.js';
import type { ReportPeriod } from '../../../domain/consolidation/types.js';
import { byCodes } from '../../../domain/text/code-order.js';
import { localDateOf } from '../../../domain/text/format.js';

type PeriodRow = typeof reportingPeriods.$inferSelect;
const toReportPeriod = (p: PeriodRow): ReportPeriod => ({
  code: p.code,
  label: p.label,
  dueOn: p.dueOn,
  yearFraction: p.yearFraction,
  dueByLevel: p.dueByLevel ?? {},
  kind: p.kind,
  start: p.start,
  end: p.end,
});

export async function loadPeriod(db: DbOrTx, periodId: string) {
  const [row] = await db
    .select({
      period: reportingPeriods,
      planName: plans.name,
      planYear: plans.year,
      planProvinceId: plans.provinceId,
      documentNumber: plans.documentNumber,
    })
    .from(reportingPeriods)
    .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
    .where(eq(reportingPeriods.id, periodId));
  if (!row) throw notFound('kỳ báo cáo');
  return row;
}

export type LoadedPeriod = Awaited<ReturnType<typeof loadPeriod>>;

export async function loadPeriodDataset(db: DbOrTx, loaded: LoadedPeriod, now: Date): Promise<PeriodDataset> {
  const { period } = loaded;
  const planId = period.planId;
  const [areaRow] = await db
    .select({ areas: sql<PlanArea[] | null>`${planVersions.content}->'areas'` })
    .from(planVersions)
    .innerJoin(plans, and(eq(plans.id, planVersions.planId), eq(plans.currentVersion, planVersions.version)))
    .where(eq(planVersions.planId, planId));
  const periods = await db
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.planId, planId), ne(reportingPeriods.kind, 'ad_hoc')))
    .orderBy(asc(reportingPeriods.yearFraction), asc(reportingPeriods.dueOn));

  const evidence = db
    .select({ assignmentId: assignmentEvidence.assignmentId, n: count().as('n') })
    .from(assignmentEvidence)
    .where(isNull(assignmentEvidence.archivedAt))
    .groupBy(assignmentEvidence.assignmentId)
    .as('evidence');
  const owed = await db
    .select({
      id: assignments.id,
      activityId: assignments.activityId,
      unitId: assignments.unitId,
      areaCode: planActivities.area,
      activityNumber: planActivities.number,
      activityTitle: planActivities.title,
      status: assignments.status,
      progress: assignments.progress,
      dueOn: assignments.dueOn,
      completedOn: assignments.completedOn,
      evidenceCount: sql<number>`coalesce(${evidence.n}, 0)::int`,
      unitName: units.name,
      kind: units.kind,
      level: units.level,
    })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .leftJoin(evidence, eq(evidence.assignmentId, assignments.id))
    .where(
      and(
        eq(assignments.planId, planId),
        eq(assignments.role, 'lead'),
        isNull(assignments.cancelledAt),
        isNull(planActivities.removedInVersion),
      ),
    )
    .orderBy(asc(planActivities.area), asc(planActivities.activityKey));
  // Numbering order (III.3 before III.10) for the report and its appendix; the database sorts codes as text.
  owed.sort(byCodes((a) => [a.areaCode, a.activityNumber]));
  const unitsById = new Map(
    owed.map((o) => [o.unitId, { id: o.unitId, name: o.unitName, kind: o.kind, level: o.level }]),
  );

  const reports = await db
    .select({
      unitId: unitReports.unitId,
      periodCode: reportingPeriods.code,
      status: unitReports.status,
      firstSubmittedAt: unitReports.firstSubmittedAt,
      content: unitReports.content,
    })
    .from(unitReports)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, unitReports.periodId))
    .where(eq(reportingPeriods.planId, planId));
  const indicators = await db
    .select()
    .from(planIndicators)
    .where(and(eq(planIndicators.planId, planId), isNull(planIndicators.removedInVersion)))
    .orderBy(asc(planIndicators.area), asc(planIndicators.indicatorKey));
  indicators.sort(byCodes((i) => [i.area, i.indicatorKey]));
  const values = await db
    .select({
      indicatorId: indicatorValues.indicatorId,
      periodCode: reportingPeriods.code,
      unitId: indicatorValues.unitId,
      value: indicatorValues.value,
      numerator: indicatorValues.numerator,
      denominator: indicatorValues.denominator,
    })
    .from(indicatorValues)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, indicatorValues.periodId))
    .where(eq(reportingPeriods.planId, planId));

  return {
    period: toReportPeriod(period),
    periods: periods.map(toReportPeriod),
    areas: (areaRow?.areas ?? []).map((a) => ({ code: a.code, title: sentenceCaseTitle(a.title) })),
    units: [...unitsById.values()].sort(byName),
    assignments: owed.map(({ unitName: _n, kind: _k, level: _l, ...a }) => a),
    reports: reports.map((r) => ({
      unitId: r.unitId,
      periodCode: r.periodCode,
      status: r.status,
      firstSubmittedOn: r.firstSubmittedAt ? localDateOf(r.firstSubmittedAt) : null,
      content: r.content,
    })),
    indicators: indicators.map((i) => ({
      id: i.id,
      areaCode: i.area,
      subject: i.subject,
      text: i.text,
      comparator: i.comparator,
      target: i.value,
      unit: i.unit,
      level: i.level,
      activityId: i.activityId,
      figureKey: i.figureLink === 'confirmed' ? i.figureKey : null,
    })),
    indicatorValues: values,
    today: localDateOf(now),
  };
}
