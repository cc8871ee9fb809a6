/**
 * The province of what a request names that records one (issue #17.5): a plan, through whatever it names of it
 * (the plan, one of its periods, indicators or activities, a draft of it, a consolidated report built for it), a
 * programme, a scoring round, a citizen feedback item, a survey campaign, an inspection plan, a dossier import, or a
 * job (its requester's), a national index result. A unit's province is looked up by `provincesOf`.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  citizenFeedback,
  dossierImports,
  indexResults,
  inspectionPlans,
  jobs,
  planActivities,
  planImports,
  planIndicators,
  plans,
  programmes,
  reportBuilds,
  reportingPeriods,
  scoringRounds,
  surveyCampaigns,
  units,
  users,
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
  /** A survey campaign. */
  campaignId?: string;
  /** An inspection plan (the province's, or a district's of its communes). */
  inspectionPlanId?: string;
  /** A dossier file being imported. */
  dossierImportId?: string;
  /** A background job. */
  jobId?: string;
  /** A national index result (in a province's tracker). */
  indexResultId?: string;
}

type OwnProvinceTable =
  | typeof planImports
  | typeof programmes
  | typeof scoringRounds
  | typeof citizenFeedback
  | typeof surveyCampaigns
  | typeof inspectionPlans
  | typeof dossierImports
  | typeof indexResults;

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
  // Rows that record their province themselves.
  const own = (table: OwnProvinceTable, id: string | undefined) => {
    if (id) lookups.push(db.select({ provinceId: table.provinceId }).from(table).where(eq(table.id, id)));
  };
  own(planImports, subject.planImportId);
  own(programmes, subject.programmeId);
  own(scoringRounds, subject.roundId);
  own(citizenFeedback, subject.feedbackId);
  own(surveyCampaigns, subject.campaignId);
  own(inspectionPlans, subject.inspectionPlanId);
  own(dossierImports, subject.dossierImportId);
  own(indexResults, subject.indexResultId);
  // A job is of its requester's province (an administrator's, without a unit, is shared).
  if (subject.jobId)
    lookups.push(
      db
        .select({ provinceId: units.provinceId })
        .from(jobs)
        .innerJoin(users, eq(users.id, jobs.requestedBy))
        .innerJoin(units, eq(units.id, users.unitId))
        .where(eq(jobs.id, subject.jobId)),
    );
  return (await Promise.all(lookups)).flatMap((rows) => rows.map((row) => row.provinceId));
}
