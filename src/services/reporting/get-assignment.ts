import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  assignmentDocuments,
  assignmentEvidence,
  assignments,
  plans,
  storedFiles,
  units,
  users,
} from '../../db/schema/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toAssignmentSummary } from '../../db/queries/reporting/assignment-queries.js';
import { loadAssignment } from './steps/load-assignment.js';
import { loadMilestones } from '../../db/queries/reporting/assignment-milestones.js';

const withdrawer = alias(users, 'withdrawer');

export async function getAssignment(ctx: ServiceContext, id: string) {
  await authorize(ctx, 'unitData.read', { assignmentId: id });
  const row = await loadAssignment(ctx, id);
  const [allEvidence, documents, cooperating, milestones, carriedFrom] = await Promise.all([
    // Withdrawn files too: they are listed apart, as history.
    ctx.db
      .select({
        e: assignmentEvidence,
        file: storedFiles,
        uploadedByName: users.displayName,
        withdrawnByName: withdrawer.displayName,
      })
      .from(assignmentEvidence)
      .innerJoin(storedFiles, eq(storedFiles.id, assignmentEvidence.fileId))
      .leftJoin(users, eq(users.id, assignmentEvidence.createdBy))
      .leftJoin(withdrawer, eq(withdrawer.id, assignmentEvidence.archivedBy))
      .where(eq(assignmentEvidence.assignmentId, id))
      .orderBy(asc(assignmentEvidence.createdAt)),
    ctx.db
      .select()
      .from(assignmentDocuments)
      .where(and(eq(assignmentDocuments.assignmentId, id), isNull(assignmentDocuments.archivedAt)))
      .orderBy(asc(assignmentDocuments.issuedOn)),
    ctx.db
      .select({ unitId: assignments.unitId, unitName: units.name })
      .from(assignments)
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(
        and(
          eq(assignments.activityId, row.a.activityId),
          eq(assignments.role, 'cooperating'),
          isNull(assignments.cancelledAt),
          ne(assignments.id, id),
        ),
      ),
    loadMilestones(ctx.db, [id]),
    // The assignment this one continues (a reassignment, or last year's plan): its history and evidence stay there.
    row.a.carriedFromId
      ? ctx.db
          .select({ id: assignments.id, planId: plans.id, planName: plans.name, planYear: plans.year })
          .from(assignments)
          .innerJoin(plans, eq(plans.id, assignments.planId))
          .where(eq(assignments.id, row.a.carriedFromId))
      : Promise.resolve([]),
  ]);
  const fileOf = ({ e, file, uploadedByName }: (typeof allEvidence)[number]) => ({
    id: e.id,
    fileId: file.id,
    fileName: file.fileName,
    sizeBytes: file.sizeBytes,
    contentType: file.contentType,
    uploadedAt: e.createdAt.toISOString(),
    uploadedByName,
  });
  return {
    ...toAssignmentSummary(row, localDateOf(ctx.now()), milestones.get(id)),
    objective: row.activity.objective,
    task: row.activity.task,
    leadText: row.activity.leadText,
    cooperatingText: row.activity.cooperatingText,
    writtenAs: row.a.writtenAs,
    note: row.a.note,
    reason: row.a.reason,
    resultText: row.a.resultText,
    cancelReason: row.a.cancelReason,
    evidence: allEvidence.filter((r) => !r.e.archivedAt).map(fileOf),
    withdrawnEvidence: allEvidence
      .filter((r) => r.e.archivedAt)
      .map((r) => ({
        ...fileOf(r),
        withdrawnAt: r.e.archivedAt!.toISOString(),
        withdrawnByName: r.withdrawnByName,
        reason: r.e.archiveReason ?? '',
      })),
    documents: documents.map((d) => ({
      id: d.id,
      numberSymbol: d.numberSymbol,
      issuedOn: d.issuedOn,
      summary: d.summary,
      fileId: d.fileId,
    })),
    cooperatingUnits: cooperating,
    carriedFrom: carriedFrom[0] ?? null,
  };
}
