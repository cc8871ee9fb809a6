import { sql } from 'drizzle-orm';
import { outerColumn } from '../../rows.js';
import { plans } from '../../schema/index.js';

/** Activities in a plan's current version, computed in the database from the stored content. */
export const activityCount = sql<number>`(SELECT jsonb_array_length(v.content->'activities') FROM plan_versions v WHERE v.plan_id = ${outerColumn(plans.id)} AND v.version = ${outerColumn(plans.currentVersion)})`;

export function toPlanSummary(plan: typeof plans.$inferSelect, activities: number) {
  return {
    id: plan.id,
    name: plan.name,
    year: plan.year,
    documentNumber: plan.documentNumber,
    currentVersion: plan.currentVersion,
    activities: Number(activities ?? 0),
    createdAt: plan.createdAt.toISOString(),
    archived: plan.archivedAt !== null,
    programmeId: plan.programmeId,
    carriedFromPlanId: plan.carriedFromPlanId,
  };
}
