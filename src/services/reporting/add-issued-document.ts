import type { z } from 'zod';
import type { addIssuedDocumentRequest } from '../../contracts/reporting.js';
import { assignmentDocuments } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { getAssignment } from './get-assignment.js';
import { loadAssignment } from './steps/load-assignment.js';
import { authorize } from '../access/authorize.js';
import { cancelledAssignment } from '../../domain/reporting/cancelled-assignment.js';

/** Records a document the unit issued for the assignment (số, ký hiệu; ngày ban hành; trích yếu). */
export async function addIssuedDocument(
  ctx: ServiceContext,
  assignmentId: string,
  input: z.infer<typeof addIssuedDocumentRequest>,
) {
  const actor = await authorize(ctx, 'unitWork.record', { assignmentId: assignmentId });
  const row = await loadAssignment(ctx, assignmentId);
  if (row.a.cancelledAt) throw cancelledAssignment();
  await ctx.db.transaction(async (tx) => {
    const [document] = await tx
      .insert(assignmentDocuments)
      .values({ assignmentId, ...input, createdBy: actor.userId })
      .returning();
    await recordAudit(tx, actor, { action: 'assignment.addDocument', entityId: assignmentId, after: document! });
  });
  return getAssignment(ctx, assignmentId);
}
