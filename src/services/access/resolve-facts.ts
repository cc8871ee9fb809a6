/**
 * The facts an access rule looks at, fetched with one small query each and only for the scope being
 * checked: which unit an assignment or an evidence file belongs to, a round's stage, whether it scores
 * the actor's unit, the actor's seat on its council, who asked for a job. Nothing here reads the thing
 * itself; a subject that names nothing is 404, as its use case would answer.
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  assignmentEvidence,
  assignments,
  citizenFeedback,
  criteriaSets,
  initiativeApplications,
  initiatives,
  inspectionPlans,
  jobs,
  scoringCouncilMembers,
  scoringEvidence,
  scoringRoundUnits,
  scoringRounds,
} from '../../db/schema/index.js';
import type { Facts, Scope } from '../../domain/access/policy.js';
import { notFound } from '../../domain/errors.js';
import type { Actor } from '../context.js';
import { leafInfo } from '../../db/queries/scoring/review-scope.js';
import { scoredLeafOf } from '../../db/queries/scoring/round-data.js';
import { isResponsible } from '../../db/queries/scoring/joint-round.js';
import { ownerProvincesOf, type OwnedSubject } from '../../db/queries/units/owner-provinces.js';
import { provincesOf } from '../../db/queries/units/province.js';
import { isDistrict, supervises } from '../../db/queries/units/supervision.js';

/** What a request is about, as the route names it. */
export interface Subject extends OwnedSubject {
  unitId?: string;
  assignmentId?: string;
  /** A reporting evidence file (of an assignment). */
  evidenceId?: string;
  scoringEvidenceId?: string;
  /** A criterion of the round's criteria set. */
  code?: string;
  /** An initiative (of the unit that proposed it). */
  initiativeId?: string;
  /** A unit's application of an initiative (of the applying unit). */
  initiativeApplicationId?: string;
  /** A citizen feedback item (of the unit it is assigned to; none before it is assigned). */
  feedbackId?: string;
  /** Who a plan being made or proposed is for: a district, or null for the province. */
  inspectorUnitId?: string | null;
}

async function unitOf(db: DbOrTx, subject: Subject): Promise<string | null> {
  if (subject.unitId) return subject.unitId;
  if (subject.assignmentId) {
    const [row] = await db
      .select({ unitId: assignments.unitId })
      .from(assignments)
      .where(eq(assignments.id, subject.assignmentId));
    if (!row) throw notFound('nhiệm vụ');
    return row.unitId;
  }
  if (subject.evidenceId) {
    const [row] = await db
      .select({ unitId: assignments.unitId })
      .from(assignmentEvidence)
      .innerJoin(assignments, eq(assignments.id, assignmentEvidence.assignmentId))
      .where(eq(assignmentEvidence.id, subject.evidenceId));
    if (!row) throw notFound('tệp minh chứng');
    return row.unitId;
  }
  if (subject.initiativeId) {
    const [row] = await db
      .select({ unitId: initiatives.unitId })
      .from(initiatives)
      .where(eq(initiatives.id, subject.initiativeId));
    if (!row) throw notFound('sáng kiến');
    return row.unitId;
  }
  if (subject.feedbackId) {
    const [row] = await db
      .select({ unitId: citizenFeedback.unitId })
      .from(citizenFeedback)
      .where(eq(citizenFeedback.id, subject.feedbackId));
    if (!row) throw notFound('phản ánh, kiến nghị');
    return row.unitId;
  }
  if (subject.initiativeApplicationId) {
    const [row] = await db
      .select({ unitId: initiativeApplications.unitId })
      .from(initiativeApplications)
      .where(eq(initiativeApplications.id, subject.initiativeApplicationId));
    if (!row) throw notFound('việc áp dụng sáng kiến');
    return row.unitId;
  }
  if (subject.scoringEvidenceId) {
    const [row] = await db
      .select({ unitId: scoringEvidence.unitId })
      .from(scoringEvidence)
      .where(eq(scoringEvidence.id, subject.scoringEvidenceId));
    if (!row) throw notFound('tài liệu kiểm chứng');
    return row.unitId;
  }
  return null;
}

async function roundStatus(db: DbOrTx, roundId: string | undefined) {
  const [row] = roundId
    ? await db.select({ status: scoringRounds.status }).from(scoringRounds).where(eq(scoringRounds.id, roundId))
    : [];
  if (!row) throw notFound('đợt đánh giá');
  return row.status;
}

async function seatOf(db: DbOrTx, roundId: string, userId: string) {
  const [seat] = await db
    .select({ areas: scoringCouncilMembers.areas, chair: scoringCouncilMembers.chair })
    .from(scoringCouncilMembers)
    .where(and(eq(scoringCouncilMembers.roundId, roundId), eq(scoringCouncilMembers.userId, userId)));
  return seat;
}

/** The areas a council member reviews in the round (none off the council): what their bulk steps may touch. */
export async function councilAreas(db: DbOrTx, roundId: string, userId: string): Promise<Set<string>> {
  return new Set((await seatOf(db, roundId, userId))?.areas);
}

async function councilSeat(db: DbOrTx, actor: Actor, subject: Subject): Promise<Pick<Facts, 'council' | 'area'>> {
  await roundStatus(db, subject.roundId);
  const seat = await seatOf(db, subject.roundId!, actor.userId);
  if (!seat || subject.code === undefined) return { council: seat ?? null };
  // The criterion's area, from the round's criteria set (an unknown code is 404, as when it is scored).
  const [row] = await db
    .select({ set: criteriaSets.content })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
    .where(eq(scoringRounds.id, subject.roundId!));
  scoredLeafOf(row!.set, subject.code);
  return { council: seat, area: leafInfo(row!.set).get(subject.code)!.area };
}

/**
 * The provinces behind `withinProvince`: the actor's, and those of the unit, plan or round the subject names (none
 * to look up when it names the actor's own unit and nothing else a province owns). A thing that does not exist is
 * left to its use case (404).
 */
export async function provinceFacts(db: DbOrTx, actor: Actor, subject: Subject): Promise<Facts> {
  if (!actor.unitId) return {};
  // The units named: the one whose data it is, and the district a plan of inspections is made for.
  const others = [await unitOf(db, subject), subject.inspectorUnitId].filter(
    (id): id is string => !!id && id !== actor.unitId,
  );
  const owners = await ownerProvincesOf(db, subject);
  if (others.length === 0 && owners.length === 0) return {};
  const units = await provincesOf(db, [actor.unitId, ...others]);
  const named = [...others.filter((id) => units.has(id)).map((id) => units.get(id) ?? null), ...owners];
  return named.length === 0 ? {} : { province: { actor: units.get(actor.unitId) ?? null, subjects: named } };
}

/** The facts one scope of a rule needs about the subject. */
export async function resolveFacts(db: DbOrTx, actor: Actor, scope: Scope, subject: Subject): Promise<Facts> {
  switch (scope) {
    case 'any':
      return {};
    case 'ownUnit':
      return { unitId: await unitOf(db, subject) };
    case 'publishedRound':
      return { roundPublished: (await roundStatus(db, subject.roundId)) === 'published' };
    case 'roundOfOwnUnit': {
      await roundStatus(db, subject.roundId);
      const [row] = actor.unitId
        ? await db
            .select({ unitId: scoringRoundUnits.unitId })
            .from(scoringRoundUnits)
            .where(and(eq(scoringRoundUnits.roundId, subject.roundId!), eq(scoringRoundUnits.unitId, actor.unitId)))
        : [];
      return { roundScoresOwnUnit: row !== undefined };
    }
    case 'councilArea':
    case 'councilChair':
      return councilSeat(db, actor, subject);
    case 'requester': {
      const [job] = subject.jobId
        ? await db.select({ requestedBy: jobs.requestedBy }).from(jobs).where(eq(jobs.id, subject.jobId))
        : [];
      if (!job) throw notFound('công việc');
      return { requestedBy: job.requestedBy ?? undefined };
    }
    // Joint rounds: only a request naming its round (and, to write, its criterion) can meet these (fail closed).
    case 'assignedCriterion':
      return {
        assignedCriterion:
          !!actor.unitId &&
          !!subject.roundId &&
          subject.code !== undefined &&
          (await isResponsible(db, subject.roundId, actor.unitId, subject.code)),
      };
    case 'jointAgency':
      return {
        jointAgency: !!actor.unitId && !!subject.roundId && (await isResponsible(db, subject.roundId, actor.unitId)),
      };
    case 'recognisedInitiative': {
      const [row] = subject.initiativeId
        ? await db
            .select({ status: initiatives.status })
            .from(initiatives)
            .where(eq(initiatives.id, subject.initiativeId))
        : [];
      if (!row) throw notFound('sáng kiến');
      return { initiativeRecognised: row.status === 'recognised' };
    }
    case 'supervisedUnit':
      return { supervisedUnit: !!actor.unitId && (await supervisedBy(db, actor.unitId, subject)) };
  }
}

/** Whether the actor's district supervises the subject: its own inspection plan, or a commune under it. */
async function supervisedBy(db: DbOrTx, districtId: string, subject: Subject): Promise<boolean> {
  if (subject.inspectionPlanId) {
    const [plan] = await db
      .select({ inspectorUnitId: inspectionPlans.inspectorUnitId })
      .from(inspectionPlans)
      .where(eq(inspectionPlans.id, subject.inspectionPlanId));
    if (!plan) throw notFound('kế hoạch kiểm tra');
    return plan.inspectorUnitId === districtId;
  }
  if (subject.inspectorUnitId !== undefined)
    return subject.inspectorUnitId === districtId && (await isDistrict(db, districtId));
  const unitId = await unitOf(db, subject);
  return unitId !== null && (await supervises(db, districtId, unitId));
}
