import type { DashboardQuery, DashboardView } from '../../contracts/dashboard.js';
import { buildDashboard } from '../../domain/consolidation/consolidate.js';
import { filterDataset } from '../../domain/consolidation/dataset.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { cachedPeriodDataset } from '../../db/queries/consolidation/dataset-cache.js';
import { resolveDashboardPeriod } from '../../db/queries/dashboard/dashboard-scope.js';
import { withLinkedFigures } from '../figures/linked-indicator-figures.js';

/**
 * The leaders' and coordinators' dashboard of a period: progress by area and by kind of unit, overdue
 * work, units not reporting, targets at risk, the ranking of units and the trend across periods;
 * filterable by plan, period, area and kind of unit. Read-only; a reporter may not see it.
 */
export async function getDashboard(ctx: ServiceContext, query: DashboardQuery): Promise<DashboardView> {
  const { planId, periodId: askedPeriodId } = query;
  const actor = await authorize(
    ctx,
    'provinceReport.read',
    { ...(planId ? { planId } : {}), ...(askedPeriodId ? { periodId: askedPeriodId } : {}) },
    'xem bảng điều hành',
  );
  const province = await provinceOfUnit(ctx.db, actor.unitId);
  const periodId = await resolveDashboardPeriod(ctx.db, query, ctx.now(), province);
  const { loaded, data: loadedData, memo } = await cachedPeriodDataset(ctx.db, periodId, ctx.now());
  // The linked targets' figures are computed once per cached dataset (the cache is dropped on any write).
  const data = await memo('linkedFigures', () =>
    withLinkedFigures(ctx.db, loadedData, { year: loaded.planYear, provinceId: loaded.planProvinceId }),
  );
  const filter = { areaCode: query.area, kind: query.kind };
  const dashboard = memo(`dashboard:${filter.areaCode ?? ''}:${filter.kind ?? ''}`, () =>
    buildDashboard(filterDataset(data, filter)),
  );
  return {
    plan: { id: loaded.period.planId, name: loaded.planName },
    period: { id: loaded.period.id, code: loaded.period.code, label: loaded.period.label, dueOn: loaded.period.dueOn },
    filter: { area: query.area ?? null, kind: query.kind ?? null },
    areas: data.areas,
    periods: data.periods.map((p) => ({ code: p.code, label: p.label })),
    ...dashboard,
    discipline: {
      completeness: dashboard.discipline.completeness,
      missing: dashboard.discipline.missing,
      late: dashboard.discipline.late.map((l) => ({
        unitId: l.unit.id,
        unitName: l.unit.name,
        firstSubmittedOn: l.firstSubmittedOn,
        daysLate: l.daysLate,
      })),
    },
  };
}
