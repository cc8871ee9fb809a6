/**
 * Per unit, its lead assignments due in a period, counted the way the activity figures need them. An
 * assignment's due date is its own (a per-level deadline) or else its activity's. Not yet due and not
 * finished is not counted (it cannot be late yet); not feasible, cancelled or removed lines are not owed.
 */
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { assignments, planActivities } from '../../schema/index.js';
import type { FigurePeriod } from '../../../domain/figures/period.js';

export interface ActivityCounts {
  unitId: string;
  /** Lead assignments due in the period (and already due, or finished early). */
  due: number;
  /** Finished by their due date (status `done`). */
  onTime: number;
  /** Finished, on time or late. */
  completed: number;
  /** Due and not finished. */
  overdue: number;
}

/** Only the work of some plans (a programme's yearly plans) and, if named, of one area of them. */
export interface ActivityScope {
  planIds: readonly string[];
  area?: string | undefined;
}

export async function activityCounts(
  db: DbOrTx,
  unitIds: readonly string[],
  period: FigurePeriod,
  today: string,
  scope?: ActivityScope,
): Promise<ActivityCounts[]> {
  if (unitIds.length === 0 || scope?.planIds.length === 0) return [];
  const dueOn = sql<string>`coalesce(${assignments.dueOn}, ${planActivities.dueOn})`;
  const finished = or(eq(assignments.status, 'done'), eq(assignments.status, 'done_late'));
  const rows = await db
    .select({
      unitId: assignments.unitId,
      due: sql<number>`count(*)::int`,
      onTime: sql<number>`count(*) filter (where ${assignments.status} = 'done')::int`,
      completed: sql<number>`count(*) filter (where ${finished})::int`,
    })
    .from(assignments)
    .innerJoin(planActivities, eq(planActivities.id, assignments.activityId))
    .where(
      and(
        inArray(assignments.unitId, [...unitIds]),
        eq(assignments.role, 'lead'),
        isNull(assignments.cancelledAt),
        isNull(planActivities.removedInVersion),
        ne(assignments.status, 'not_feasible'),
        sql`${dueOn} between ${period.from} and ${period.to}`,
        or(sql`${dueOn} <= ${today}`, finished),
        scope ? inArray(assignments.planId, [...scope.planIds]) : undefined,
        scope?.area !== undefined ? eq(planActivities.area, scope.area) : undefined,
      ),
    )
    .groupBy(assignments.unitId);
  return rows.map((r) => ({ ...r, overdue: r.due - r.completed }));
}
