import type { ActivityDrillDown } from '../../contracts/dashboard.js';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { assignmentEvidence, assignments, planActivities, storedFiles, units } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { isOverdue } from '../../domain/reporting/assignment-status.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** From a dashboard figure down to one activity: every unit's share of it, its status, result and evidence files. */
export async function getActivityDrillDown(ctx: ServiceContext, activityId: string): Promise<ActivityDrillDown> {
  await authorize(ctx, 'provinceReport.read', { planActivityId: activityId }, 'xem chi tiết nhiệm vụ của các đơn vị');
  const [activity] = await ctx.db.select().from(planActivities).where(eq(planActivities.id, activityId));
  if (!activity) throw notFound('hoạt động');
  const rows = await ctx.db
    .select({ a: assignments, unitName: units.name, unitKind: units.kind })
    .from(assignments)
    .innerJoin(units, eq(units.id, assignments.unitId))
    .where(and(eq(assignments.activityId, activityId), isNull(assignments.cancelledAt)))
    .orderBy(asc(assignments.role), asc(units.name));
  const evidence = rows.length
    ? await ctx.db
        .select({
          id: assignmentEvidence.id,
          assignmentId: assignmentEvidence.assignmentId,
          fileName: storedFiles.fileName,
          sizeBytes: storedFiles.sizeBytes,
          uploadedAt: assignmentEvidence.createdAt,
        })
        .from(assignmentEvidence)
        .innerJoin(storedFiles, eq(storedFiles.id, assignmentEvidence.fileId))
        .where(
          and(
            inArray(
              assignmentEvidence.assignmentId,
              rows.map((r) => r.a.id),
            ),
            isNull(assignmentEvidence.archivedAt),
          ),
        )
        .orderBy(asc(assignmentEvidence.createdAt))
    : [];
  const today = localDateOf(ctx.now());
  return {
    activity: {
      id: activity.id,
      planId: activity.planId,
      area: activity.area,
      number: activity.number,
      title: activity.title,
      deliverable: activity.deliverable,
      deadlineText: activity.deadlineText,
      leadText: activity.leadText,
      cooperatingText: activity.cooperatingText,
    },
    assignments: rows.map(({ a, unitName, unitKind }) => ({
      id: a.id,
      unitId: a.unitId,
      unitName,
      unitKind,
      role: a.role,
      status: a.status,
      progress: a.progress,
      dueOn: a.dueOn,
      completedOn: a.completedOn,
      overdue: isOverdue(a, today),
      resultText: a.resultText,
      evidence: evidence
        .filter((e) => e.assignmentId === a.id)
        .map(({ assignmentId: _a, uploadedAt, ...e }) => ({
          ...e,
          uploadedAt: uploadedAt.toISOString(),
          downloadPath: `/api/evidence/${e.id}`,
        })),
    })),
  };
}
