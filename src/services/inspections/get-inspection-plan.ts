import { and, desc, eq } from 'drizzle-orm';
import { reachesEverywhere } from '../../domain/access/policy.js';
import type { InspectionPlanView } from '../../contracts/inspections.js';
import { inspectionPlanViews, sameInspector } from '../../db/queries/inspections/inspection-rows.js';
import { ofProvince, provinceOfUnit } from '../../db/queries/units/province.js';
import { inspectionPlans } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize, requireActor } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** One inspection plan: its units with their dates and the inspection recorded for each, the team. */
export async function getInspectionPlan(ctx: ServiceContext, id: string): Promise<InspectionPlanView> {
  await authorize(ctx, 'inspections.read', { inspectionPlanId: id });
  const rows = await ctx.db.select().from(inspectionPlans).where(eq(inspectionPlans.id, id));
  if (!rows.length) throw notFound('kế hoạch kiểm tra');
  return (await inspectionPlanViews(ctx.db, rows))[0]!;
}

/**
 * The inspection plans of the actor's province, newest year first (of one year when asked); a district's officers
 * see their own.
 */
export async function listInspectionPlans(ctx: ServiceContext, query: { year?: number }) {
  const actor = requireActor(ctx);
  const everywhere = reachesEverywhere(actor, 'inspections.read');
  if (!everywhere) await authorize(ctx, 'inspections.read', { inspectorUnitId: actor.unitId });
  const provinceId = await provinceOfUnit(ctx.db, actor.unitId);
  const rows = await ctx.db
    .select()
    .from(inspectionPlans)
    .where(
      and(
        query.year ? eq(inspectionPlans.year, query.year) : undefined,
        ofProvince(inspectionPlans.provinceId, provinceId),
        everywhere ? undefined : sameInspector({ inspectorUnitId: actor.unitId, provinceId }),
      ),
    )
    .orderBy(desc(inspectionPlans.year), inspectionPlans.level, desc(inspectionPlans.createdAt));
  return { items: await inspectionPlanViews(ctx.db, rows) };
}
