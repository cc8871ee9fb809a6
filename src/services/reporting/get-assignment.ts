import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { assignmentDocuments, assignmentEvidence, assignments, storedFiles, units, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { requireActor, requireUnitReadAccess } from '../access.js';
import type { ServiceContext } from '../context.js';
import { selectAssignmentDetails, toAssignmentSummary, type AssignmentRow } from './assignment-queries.js';

/** One assignment, or 404; a reporter of another unit gets 403 (also when guessing ids). */
export async function loadAssignment(ctx: ServiceContext, id: string): Promise<AssignmentRow> {
  requireActor(ctx);
  const [row] = await selectAssignmentDetails(ctx.db).where(eq(assignments.id, id));
  if (!row) throw notFound('nhiệm vụ');
  requireUnitReadAccess(ctx, row.a.unitId);
  return row;
}

export async function getAssignment(ctx: ServiceContext, id: string) {
  const row = await loadAssignment(ctx, id);
  const [evidence, documents, cooperating] = await Promise.all([
    ctx.db
      .select({ e: assignmentEvidence, file: storedFiles, uploadedByName: users.displayName })
      .from(assignmentEvidence)
      .innerJoin(storedFiles, eq(storedFiles.id, assignmentEvidence.fileId))
      .leftJoin(users, eq(users.id, assignmentEvidence.createdBy))
      .where(and(eq(assignmentEvidence.assignmentId, id), isNull(assignmentEvidence.archivedAt)))
      .orderBy(asc(assignmentEvidence.createdAt)),
    ctx.db.select().from(assignmentDocuments).where(and(eq(assignmentDocuments.assignmentId, id), isNull(assignmentDocuments.archivedAt))).orderBy(asc(assignmentDocuments.issuedOn)),
    ctx.db
      .select({ unitId: assignments.unitId, unitName: units.name })
      .from(assignments)
      .innerJoin(units, eq(units.id, assignments.unitId))
      .where(and(eq(assignments.activityId, row.a.activityId), eq(assignments.role, 'cooperating'), isNull(assignments.cancelledAt), ne(assignments.id, id))),
  ]);
  return {
    ...toAssignmentSummary(row, localDateOf(ctx.now())),
    objective: row.activity.objective,
    task: row.activity.task,
    leadText: row.activity.leadText,
    cooperatingText: row.activity.cooperatingText,
    writtenAs: row.a.writtenAs,
    note: row.a.note,
    reason: row.a.reason,
    resultText: row.a.resultText,
    cancelReason: row.a.cancelReason,
    evidence: evidence.map(({ e, file, uploadedByName }) => ({
      id: e.id,
      fileId: file.id,
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
      contentType: file.contentType,
      uploadedAt: e.createdAt.toISOString(),
      uploadedByName,
    })),
    documents: documents.map((d) => ({ id: d.id, numberSymbol: d.numberSymbol, issuedOn: d.issuedOn, summary: d.summary, fileId: d.fileId })),
    cooperatingUnits: cooperating,
  };
}
