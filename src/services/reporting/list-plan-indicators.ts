import { and, asc, eq, isNull } from 'drizzle-orm';
import {
  indicatorValues,
  planIndicators,
  plans,
  reportingPeriods,
  storedFiles,
  unitReports,
  units,
} from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { evaluateIndicator, meetsTarget } from '../../domain/reporting/indicator-status.js';
import { byCodes } from '../../domain/text/code-order.js';
import { can } from '../../domain/access/policy.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { valueView } from '../../db/queries/reporting/indicator-value-view.js';

/**
 * The plan's targets as of a period: the province-wide figure (entered by the coordinator, or else drawn
 * from what the units reported: their mean for a rate, their sum for a count), its status and trend, and
 * how many reporting units meet the target.
 *
 * A reporter sees their own unit's figures, and of the other units only what the coordinator has
 * accepted: a submitted report is not yet the province's word, and one unit's figures are not another's
 * to read (issue #16, item 5). The province-wide figure, status and counts are then drawn from those alone.
 */
export async function listPlanIndicators(ctx: ServiceContext, planId: string, periodId: string) {
  const actor = await authorize(ctx, 'plan.read');
  const [plan] = await ctx.db.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound('kế hoạch');
  const periods = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, planId))
    .orderBy(asc(reportingPeriods.dueOn));
  const period = periods.find((p) => p.id === periodId);
  if (!period) throw notFound('kỳ báo cáo của kế hoạch');
  const regular = periods.filter((p) => p.kind !== 'ad_hoc');
  const indicators = await ctx.db
    .select()
    .from(planIndicators)
    .where(and(eq(planIndicators.planId, planId), isNull(planIndicators.removedInVersion)))
    .orderBy(asc(planIndicators.area), asc(planIndicators.indicatorKey));
  indicators.sort(byCodes((i) => [i.area, i.indicatorKey]));
  const rows = await ctx.db
    .select({
      v: indicatorValues,
      unitName: units.name,
      reportStatus: unitReports.status,
      file: { fileName: storedFiles.fileName, sizeBytes: storedFiles.sizeBytes },
    })
    .from(indicatorValues)
    .innerJoin(planIndicators, eq(planIndicators.id, indicatorValues.indicatorId))
    .leftJoin(units, eq(units.id, indicatorValues.unitId))
    .leftJoin(
      unitReports,
      and(eq(unitReports.periodId, indicatorValues.periodId), eq(unitReports.unitId, indicatorValues.unitId)),
    )
    .leftJoin(storedFiles, eq(storedFiles.id, indicatorValues.evidenceFileId))
    .where(eq(planIndicators.planId, planId));
  const values = rows.filter(
    (x) => x.v.unitId === null || can(actor, 'unitData.read', { unitId: x.v.unitId }) || x.reportStatus === 'accepted',
  );
  /** Per-unit figures are listed only for units the actor may read; accepted ones still count above. */
  const listed = (unitId: string) => can(actor, 'unitData.read', { unitId });
  const codeOf = new Map(periods.map((p) => [p.id, p.code]));
  return indicators.map((indicator) => {
    const own = values.filter((x) => x.v.indicatorId === indicator.id);
    // The province's figure is the one entered for the whole province. The units' own figures are not summed or
    // averaged into it: a mean of rates weighs a commune like a department, and a sum of the units that reported so
    // far is not the province's count, so either would print a verdict on a figure nobody has (Bảng 3 follows the
    // same rule). They show as "meeting/reported" beside it.
    const series = regular.flatMap((p) => {
      const entered = own.find((x) => x.v.periodId === p.id && x.v.unitId === null);
      return entered ? [{ periodCode: p.code, value: entered.v.value, source: 'coordinator' as const }] : [];
    });
    const evaluation = evaluateIndicator(indicator, series, period.code, regular);
    const unitValues = own.filter((x) => x.v.periodId === period.id && x.v.unitId !== null);
    return {
      id: indicator.id,
      area: indicator.area,
      subject: indicator.subject,
      text: indicator.text,
      comparator: indicator.comparator,
      target: indicator.value,
      unit: indicator.unit,
      level: indicator.level,
      series: series.map((s) => ({
        ...s,
        periodLabel: periods.find((p) => p.code === s.periodCode)?.label ?? s.periodCode,
      })),
      status: evaluation.status,
      statusLabel: evaluation.label,
      trend: evaluation.trend,
      explanation: evaluation.explanation,
      coordinatorValue: valueView(own.find((x) => x.v.periodId === period.id && x.v.unitId === null)),
      units: {
        reported: unitValues.length,
        meeting: unitValues.filter((x) => meetsTarget(x.v.value, indicator.comparator, indicator.value)).length,
        values: unitValues
          .filter((x) => listed(x.v.unitId!))
          .map((x) => ({
            unitId: x.v.unitId!,
            unitName: x.unitName ?? '',
            value: x.v.value,
            periodCode: codeOf.get(x.v.periodId) ?? '',
          })),
      },
    };
  });
}
