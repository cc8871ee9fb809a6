import type { UnitPlanActivities } from '../../contracts/unit-plans.js';
import type { DbOrTx } from '../../db/client.js';
import { activeUnitPlans } from '../../db/queries/unit-plans/unit-plan-duties.js';
import { currentUnitPlanActivities, provinceActivitiesFor } from '../../db/queries/unit-plans/unit-plan-activities.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** The activities read from a unit's plan and how they cover the province activities the unit leads. */
export async function getUnitPlanActivities(
  ctx: ServiceContext,
  planId: string,
  unitId: string,
): Promise<UnitPlanActivities> {
  await authorize(ctx, 'unitData.read', { unitId });
  return unitPlanActivitiesView(ctx.db, planId, unitId);
}

export async function unitPlanActivitiesView(db: DbOrTx, planId: string, unitId: string): Promise<UnitPlanActivities> {
  const [record] = await activeUnitPlans(db, [planId], [unitId]);
  const rows = record ? await currentUnitPlanActivities(db, record.id) : [];
  const assigned = (await provinceActivitiesFor(db, planId, unitId)).filter((a) => a.assigned);
  const linked = new Set(rows.map((r) => r.row.planActivityId));
  const covered = assigned.map((a) => ({
    id: a.id,
    key: a.key,
    title: a.title,
    lead: a.lead,
    covered: linked.has(a.id),
  }));
  // Coverage is judged on what the unit leads: "Sở, ban, ngành" named as cooperating on most lines says little.
  const led = covered.filter((a) => a.lead);
  return {
    readAt: rows[0]?.row.readAt.toISOString() ?? null,
    activities: rows.map(({ row, planActivity }) => ({
      id: row.id,
      ordinal: row.ordinal,
      area: row.area,
      number: row.number,
      text: row.text,
      deliverable: row.deliverable,
      deadlineText: row.deadlineText,
      link: row.link,
      planActivity: planActivity?.id ? planActivity : null,
      version: row.version,
    })),
    assigned: covered,
    coverage: { numerator: led.filter((a) => a.covered).length, denominator: led.length },
  };
}
