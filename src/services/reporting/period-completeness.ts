import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { completenessQuery } from '../../contracts/reporting.js';
import { assignments, planActivities, reportingPeriods, unitReports, units } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { overdueSummary, periodCompleteness, selectUnits } from '../../domain/reporting/completeness.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/**
 * Expected vs received vs accepted reports of a period, the on-time rate and who has not reported,
 * with overdue assignments; filterable by area, unit kind and level. Expected units are those that lead
 * at least one assignment of the plan.
 */
export async function getPeriodCompleteness(
  ctx: ServiceContext,
  periodId: string,
  filter: z.infer<typeof completenessQuery>,
) {
  await authorize(ctx, 'provinceReport.read', { periodId }, 'xem tình hình báo cáo của các đơn vị');
  const [period] = await ctx.db.select().from(reportingPeriods).where(eq(reportingPeriods.id, periodId));
  if (!period) throw notFound('kỳ báo cáo');
  const today = localDateOf(ctx.now());
  const owed = await ctx.db
    .select({
      activityId: assignments.activityId,
      unitId: assignments.unitId,
      areaCode: planActivities.area,
      status: assignments.status,
      dueOn: assignments.dueOn,
      unitName: units.name,
      kind: units.kind,
      level: units.level,
    })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(
      and(
        eq(assignments.planId, period.planId),
        eq(assignments.role, 'lead'),
        isNull(assignments.cancelledAt),
        isNull(planActivities.removedInVersion),
      ),
    );
  const unitsById = new Map(
    owed.map((o) => [o.unitId, { id: o.unitId, name: o.unitName, kind: o.kind, level: o.level }]),
  );
  const expected = selectUnits(
    [...unitsById.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    {
      areaCodes: filter.area ? [filter.area] : undefined,
      kinds: filter.kind ? [filter.kind] : undefined,
      levels: filter.level ? [filter.level] : undefined,
    },
    owed,
  );
  const reports = await ctx.db
    .select({ unitId: unitReports.unitId, status: unitReports.status, firstSubmittedAt: unitReports.firstSubmittedAt })
    .from(unitReports)
    .where(eq(unitReports.periodId, periodId));
  const completeness = periodCompleteness(
    { code: period.code, label: period.label, dueOn: period.dueOn, dueByLevel: period.dueByLevel },
    expected,
    reports.map((r) => ({
      unitId: r.unitId,
      periodCode: period.code,
      status: r.status,
      firstSubmittedOn: r.firstSubmittedAt ? localDateOf(r.firstSubmittedAt) : null,
    })),
    today,
  );
  const expectedIds = new Set(expected.map((u) => u.id));
  return {
    ...completeness,
    entries: completeness.entries.map((e) => ({ ...e, unitName: unitsById.get(e.unitId)?.name ?? '' })),
    overdue: overdueSummary(
      owed.filter((o) => expectedIds.has(o.unitId) && (!filter.area || o.areaCode === filter.area)),
      today,
    ),
  };
}
