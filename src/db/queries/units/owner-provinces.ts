/**
 * The province of what a request names that records one (issue #17.5): a plan, through whatever it names of it
 * (the plan, one of its periods, indicators or activities, a draft of it, a consolidated report built for it), a
 * programme, a scoring round, or a citizen feedback item. A unit's province is looked up by `provincesOf`.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  citizenFeedback,
  planActivities,
  planImports,
  planIndicators,
  plans,
  programmes,
  reportBuilds,
  reportingPeriods,
  scoringRounds,
} from '../../schema/index.js';

/** What a request may name that belongs to a province. */
export interface OwnedSubject {
  planId?: string;
  periodId?: string;
  planImportId?: string;
  programmeId?: string;
  indicatorId?: string;
  /** An activity of a plan. */
  planActivityId?: string;
  reportBuildId?: string;
  roundId?: string;
  /** A citizen feedback item (received by a province's office, assigned to a unit or not yet). */
  feedbackId?: string;
}

/**
 * Each province the subject names (null: one outside every province); a thing that does not exist adds
 * nothing, its use case answers 404.
 */
export async function ownerProvincesOf(db: DbOrTx, subject: OwnedSubject): Promise<(string | null)[]> {
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
  if (subject.roundId) {
    const id = subject.roundId;
    lookups.push(
      db.select({ provinceId: scoringRounds.provinceId }).from(scoringRounds).where(eq(scoringRounds.id, id)),
    );
  }
  if (subject.feedbackId) {
    const id = subject.feedbackId;
    lookups.push(
      db.select({ provinceId: citizenFeedback.provinceId }).from(citizenFeedback).where(eq(citizenFeedback.id, id)),
    );
  }
  return (await Promise.all(lookups)).flatMap((rows) => rows.map((row) => row.provinceId));
}
