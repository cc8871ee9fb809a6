import { and, eq } from 'drizzle-orm';
import { scoringEvidence, storedFiles } from '../../db/schema/index.js';
import { storedFileAnswer } from '../../db/queries/files/stored-file-download.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** An evidence file, for whoever may read the unit's scoring. */
export async function getEvidenceFile(ctx: ServiceContext, roundId: string, unitId: string, evidenceId: string) {
  await authorize(ctx, 'scoring.readUnit', { roundId, unitId });
  const [row] = await ctx.db
    .select({ file: storedFiles })
    .from(scoringEvidence)
    .innerJoin(storedFiles, eq(storedFiles.id, scoringEvidence.fileId))
    .where(
      and(eq(scoringEvidence.id, evidenceId), eq(scoringEvidence.roundId, roundId), eq(scoringEvidence.unitId, unitId)),
    );
  if (!row) throw notFound('tệp kiểm chứng');
  return storedFileAnswer(ctx.files, row.file);
}
