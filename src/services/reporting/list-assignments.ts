import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listAssignmentsQuery } from '../../contracts/reporting.js';
import { codeSortKey } from '../../db/code-order.js';
import { assignments, planActivities } from '../../db/schema/index.js';
import { foldVietnamese } from '../../domain/text/fold.js';
import { localDateOf } from '../../domain/text/format.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { authorize, requireActor } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { inProvince, provinceOfUnit } from '../../db/queries/units/province.js';
import {
  activeAssignment,
  selectAssignments,
  toAssignmentSummary,
} from '../../db/queries/reporting/assignment-queries.js';
import { loadMilestones } from '../../db/queries/reporting/assignment-milestones.js';

const OPEN = ['not_started', 'in_progress'] as const;

/**
 * The unit's workspace: what it owes (and cooperates on), filterable by due date, area and status.
 * A reporter always sees their own unit; province-wide roles may name any unit or see all.
 */
export async function listAssignments(ctx: ServiceContext, query: z.infer<typeof listAssignmentsQuery>) {
  const actor = requireActor(ctx);
  const unitId = reachesEverywhere(actor, 'unitData.read') ? query.unitId : actor.unitId!;
  if (unitId || query.planId)
    await authorize(ctx, 'unitData.read', {
      ...(unitId ? { unitId } : {}),
      ...(query.planId ? { planId: query.planId } : {}),
    });
  const today = localDateOf(ctx.now());
  const soon = localDateOf(new Date(ctx.now().getTime() + 14 * 86_400_000));

  const scope: SQL[] = [activeAssignment!];
  if (unitId) scope.push(eq(assignments.unitId, unitId));
  else {
    const ownProvince = inProvince(assignments.unitId, await provinceOfUnit(ctx.db, actor.unitId));
    if (ownProvince) scope.push(ownProvince);
  }
  if (query.planId) scope.push(eq(assignments.planId, query.planId));
  const filters: SQL[] = [...scope];
  if (query.role) filters.push(eq(assignments.role, query.role));
  if (query.status) filters.push(eq(assignments.status, query.status));
  if (query.area) filters.push(eq(planActivities.area, query.area));
  if (query.q) filters.push(sql`fold_vi(${planActivities.title}) LIKE ${`%${foldVietnamese(query.q)}%`}`);
  const overdue = and(
    eq(assignments.role, 'lead'),
    inArray(assignments.status, OPEN),
    sql`${assignments.dueOn} < ${today}`,
  )!;
  const dueSoon = and(
    eq(assignments.role, 'lead'),
    inArray(assignments.status, OPEN),
    gte(assignments.dueOn, today),
    lte(assignments.dueOn, soon),
  )!;
  if (query.due === 'overdue') filters.push(overdue);
  if (query.due === 'due_soon') filters.push(dueSoon);

  const where = and(...filters);
  const [rows, tallies] = await Promise.all([
    selectAssignments(ctx.db)
      .where(where)
      .orderBy(
        sql`${assignments.dueOn} ASC NULLS LAST`,
        sql`${codeSortKey(planActivities.area)} ASC NULLS LAST`,
        sql`${codeSortKey(planActivities.number)} ASC NULLS LAST`,
        asc(assignments.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    // One pass over the unit's assignments for every count the workspace shows.
    ctx.db
      .select({
        status: assignments.status,
        lead: sql<number>`count(*) FILTER (WHERE ${assignments.role} = 'lead')::int`,
        overdue: sql<number>`count(*) FILTER (WHERE ${overdue})::int`,
        dueSoon: sql<number>`count(*) FILTER (WHERE ${dueSoon})::int`,
        matching: sql<number>`count(*) FILTER (WHERE ${where})::int`,
      })
      .from(assignments)
      .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
      .where(and(...scope))
      .groupBy(assignments.status),
  ]);
  const milestones = await loadMilestones(
    ctx.db,
    rows.map((r) => r.a.id),
  );
  const sum = (pick: (t: (typeof tallies)[number]) => number) => tallies.reduce((total, t) => total + pick(t), 0);
  return {
    items: rows.map((r) => toAssignmentSummary(r, today, milestones.get(r.a.id))),
    total: sum((t) => t.matching),
    page: query.page,
    pageSize: query.pageSize,
    counts: {
      total: sum((t) => t.lead),
      overdue: sum((t) => t.overdue),
      dueSoon: sum((t) => t.dueSoon),
      byStatus: Object.fromEntries(tallies.filter((t) => t.lead > 0).map((t) => [t.status, t.lead])),
    },
  };
}
