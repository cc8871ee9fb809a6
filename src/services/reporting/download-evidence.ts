import { eq } from 'drizzle-orm';
import { assignmentEvidence, storedFiles } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { loadAssignment } from './get-assignment.js';

/** An evidence file's bytes, for whoever may read the assignment it belongs to. */
export async function downloadEvidence(ctx: ServiceContext, evidenceId: string) {
  const [row] = await ctx.db
    .select({ assignmentId: assignmentEvidence.assignmentId, file: storedFiles })
    .from(assignmentEvidence)
    .innerJoin(storedFiles, eq(storedFiles.id, assignmentEvidence.fileId))
    .where(eq(assignmentEvidence.id, evidenceId));
  if (!row) throw notFound('tệp minh chứng');
  await loadAssignment(ctx, row.assignmentId);
  return { bytes: await ctx.files.get(row.file.storageKey), fileName: row.file.fileName, contentType: row.file.contentType };
}
