import { eq } from 'drizzle-orm';
import { assignmentEvidence, storedFiles } from '../../db/schema/index.js';
import { storedFileAnswer } from '../../db/queries/files/stored-file-download.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** An evidence file, streamed, for whoever may read the assignment it belongs to. */
export async function downloadEvidence(ctx: ServiceContext, evidenceId: string) {
  await authorize(ctx, 'unitData.read', { evidenceId });
  const [row] = await ctx.db
    .select({ file: storedFiles })
    .from(assignmentEvidence)
    .innerJoin(storedFiles, eq(storedFiles.id, assignmentEvidence.fileId))
    .where(eq(assignmentEvidence.id, evidenceId));
  if (!row) throw notFound('tệp minh chứng');
  return storedFileAnswer(ctx.files, row.file);
}
