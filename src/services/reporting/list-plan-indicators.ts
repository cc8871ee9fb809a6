import { and, asc, eq, isNull } from 'drizzle-orm';
import {
  indicatorValues,
  planIndicators,
  plans,
  reportingPeriods,
  storedFiles,
  unitReports,
  units,
  users,
} from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { evaluateIndicator, meetsTarget } from '../../domain/reporting/indicator-status.js';
import { byCodes } from '../../domain/text/code-order.js';
import { can } from '../../domain/access/policy.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { valueView } from '../../db/queries/reporting/indicator-value-view.js';
import { figureView } from '../../db/queries/reporting/indicator-figure-view.js';
import { cachedPeriodDataset } from '../../db/queries/consolidation/dataset-cache.js';
import { indicatorRows } from '../../domain/consolidation/consolidate.js';
import type { IndicatorRow } from '../../domain/consolidation/indicator-table.js';
import { withLinkedFigures } from '../figures/linked-indicator-figures.js';

/**
 * The plan's targets as of a period: the figure for each target's whole scope as the consolidated report
 * has it (domain/consolidation/indicator-table.ts: the coordinator's, the linked catalogue figure's, or the
 * units' counts Σ/Σ, judged only when complete), its status and trend, the figure link, and how many
 * reporting units meet the target.
 *
 * A reporter sees their own unit's figures, and of the other units only what the coordinator has
 * accepted: a submitted report is not yet the province's word, and one unit's figures are not another's
 * to read (issue #16, item 5). The province-wide figure, status and counts are then drawn from those alone.
 */
export async function listPlanIndicators(ctx: ServiceContext, planId: string, periodId: string) {
  const actor = await authorize(ctx, 'plan.read', { planId, periodId });
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
    .select({ i: planIndicators, linkedByName: users.displayName })
    .from(planIndicators)
    .leftJoin(users, eq(users.id, planIndicators.figureLinkedBy))
    .where(and(eq(planIndicators.planId, planId), isNull(planIndicators.removedInVersion)))
    .orderBy(asc(planIndicators.area), asc(planIndicators.indicatorKey));
  indicators.sort(byCodes(({ i }) => [i.area, i.indicatorKey]));
  const rowOf = await wholeScopeRows(ctx, actor, periodId);
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
  return indicators.map(({ i: indicator, linkedByName }) => {
    const own = values.filter((x) => x.v.indicatorId === indicator.id);
    // The province's figure is the one entered for the whole province. The units' own figures are not summed or
    // averaged into it: a mean of rates weighs a commune like a department, and a sum of the units that reported so
    // far is not the province's count, so either would print a verdict on a figure nobody has (Bảng 3 follows the
    // same rule). They show as "meeting/reported" beside it.
    const series = regular.flatMap((p) => {
      const entered = own.find((x) => x.v.periodId === p.id && x.v.unitId === null);
      return entered ? [{ periodCode: p.code, value: entered.v.value, source: 'coordinator' as const }] : [];
    });
    const row = rowOf.get(indicator.id);
    const evaluation = row?.evaluation ?? evaluateIndicator(indicator, series, period.code, regular);
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
      indicatorKey: indicator.indicatorKey,
      figure: figureView({ ...indicator, linkedByName }),
      province: {
        value: row?.value ?? null,
        provisionalValue: row?.provisionalValue ?? null,
        source: row?.source ?? null,
        sourceLabel: row?.sourceLabel ?? '',
        coveredUnits: row?.coveredUnits ?? 0,
        scopeUnits: row?.scopeUnits ?? 0,
        coverageLabel: row?.coverageLabel ?? '',
        resultLabel: row?.resultLabel ?? '—',
      },
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

/**
 * The consolidated report's rows for the period, by indicator id. A reporter's rows are drawn from their own
 * unit's figures and the other units' accepted ones only (the rule above).
 */
async function wholeScopeRows(
  ctx: ServiceContext,
  actor: Parameters<typeof can>[0],
  periodId: string,
): Promise<Map<string, IndicatorRow>> {
  const { loaded, data: loadedData, memo } = await cachedPeriodDataset(ctx.db, periodId, ctx.now());
  const data = await memo('linkedFigures', () =>
    withLinkedFigures(ctx.db, loadedData, { year: loaded.planYear, provinceId: loaded.planProvinceId }),
  );
  const accepted = new Set(
    data.reports.filter((r) => r.status === 'accepted').map((r) => `${r.unitId}|${r.periodCode}`),
  );
  const visible = data.indicatorValues.filter(
    (v) =>
      v.unitId === null ||
      can(actor, 'unitData.read', { unitId: v.unitId }) ||
      accepted.has(`${v.unitId}|${v.periodCode}`),
  );
  const rows = indicatorRows({ ...data, indicatorValues: visible });
  return new Map(rows.flatMap((row) => row.indicatorIds.map((id) => [id, row] as const)));
}
