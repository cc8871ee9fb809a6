import type { PlanV1 } from './types.js';

export interface PlanSummary {
  activities: number;
  indicators: number;
  unplaced: number;
  byArea: { code: string | null; title: string; activities: number }[];
  /** Activities carrying each warning code (an activity counts once per code). */
  warningsByCode: Record<string, number>;
  activitiesWithWarnings: number;
}

export function summarisePlan(plan: PlanV1): PlanSummary {
  const warningsByCode: Record<string, number> = {};
  let activitiesWithWarnings = 0;
  for (const activity of plan.activities) {
    const codes = new Set(activity.warnings.map((w) => w.code));
    if (codes.size) activitiesWithWarnings++;
    for (const code of codes) warningsByCode[code] = (warningsByCode[code] ?? 0) + 1;
  }
  const areaTitles = new Map(plan.areas.map((a) => [a.code, a.title]));
  const counts = new Map<string | null, number>();
  for (const a of plan.activities) counts.set(a.area, (counts.get(a.area) ?? 0) + 1);
  return {
    activities: plan.activities.length,
    indicators: plan.indicators.length,
    unplaced: plan.unplaced.length,
    byArea: [...counts].map(([code, activities]) => ({
      code,
      title: (code && areaTitles.get(code)) || 'Chưa xếp lĩnh vực',
      activities,
    })),
    warningsByCode,
    activitiesWithWarnings,
  };
}
