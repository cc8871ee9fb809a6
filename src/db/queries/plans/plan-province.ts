/**
 * The province of the plan a request names, through whatever it names of it (issue #17.5): the plan, one of its
 * periods, indicators or activities, a draft of it, a consolidated report built for it, or a programme.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  planActivities,
  planImports,
  planIndicators,
  plans,
  programmes,
  reportBuilds,
  reportingPeriods,
} from '../../schema/index.js';

/** What a request may name of a plan. */
export interface PlanSubject {
  planId?: string;
  periodId?: string;
  planImportId?: string;
  programmeId?: string;
  indicatorId?: string;
  /** An activity of a plan. */
  planActivityId?: string;
  reportBuildId?: string;
}

/**
 * Each province the subject names (null: a plan outside every province); a thing that does not exist adds
 * nothing, its use case answers 404.
 */
export async function planProvincesOf(db: DbOrTx, subject: PlanSubject): Promise<(string | null)[]> {
  const province = { provinceId: plans.provinceId };
  /** A row of a table that names its plan. */
  const throughPlan = (table: typeof reportingPeriods | typeof planIndicators | typeof planActivities, id: string) =>
    db.select(province).from(table).innerJoin(plans, eq(plans.id, table.planId)).where(eq(table.id, id));
  const lookups: Promise<{ provinceId: string | null }[]>[] = [];
  if (subject.planId) lookups.push(db.select(province).from(plans).where(eq(plans.id, subject.planId)));
  if (subject.periodId) lookups.push(throughPlan(reportingPeriods, subject.periodId));
  if (subject.indicatorId) lookups.push(throughPlan(planIndicators, subject.indicatorId));
  if (subject.planActivityId) lookups.push(throughPlan(planActivities, subject.planActivityId));
  if (subject.reportBuildId)
    lookups.push(
      db
        .select(province)
        .from(reportBuilds)
        .innerJoin(reportingPeriods, eq(reportingPeriods.id, reportBuilds.periodId))
        .innerJoin(plans, eq(plans.id, reportingPeriods.planId))
        .where(eq(reportBuilds.id, subject.reportBuildId)),
    );
  if (subject.planImportId) {
    const id = subject.planImportId;
    lookups.push(db.select({ provinceId: planImports.provinceId }).from(planImports).where(eq(planImports.id, id)));
  }
  if (subject.programmeId) {
    const id = subject.programmeId;
    lookups.push(db.select({ provinceId: programmes.provinceId }).from(programmes).where(eq(programmes.id, id)));
  }
  return (await Promise.all(lookups)).flatMap((rows) => rows.map((row) => row.provinceId));
}
