import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { evidenceLinkRequest } from '../../contracts/scoring.js';
import { storedFiles, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { insertEvidence } from '../../db/queries/scoring/entry-write.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { authorize } from '../access/authorize.js';
import { evidenceStage } from './steps/evidence-stage.js';

export async function addEvidenceLink(
  ctx: ServiceContext,
  roundId: string,
  unitId: string,
  code: string,
  input: z.infer<typeof evidenceLinkRequest>,
) {
  const actor = await authorize(
    ctx,
    'scoring.selfAssess',
    { unitId, roundId, code },
    'nộp tài liệu kiểm chứng cho đơn vị khác',
  );
  await ctx.db.transaction(async (tx) => {
    const stage = await evidenceStage(ctx, tx, roundId, unitId, code);
    if (input.fileId) {
      // Only files the unit's own people stored: a unit cannot point the council at another unit's documents.
      const [file] = await tx
        .select({ id: storedFiles.id, unitId: users.unitId })
        .from(storedFiles)
        .leftJoin(users, eq(users.id, storedFiles.uploadedBy))
        .where(eq(storedFiles.id, input.fileId));
      if (!file || file.unitId !== unitId) throw notFound('tệp của đơn vị trong cchc');
    }
    await insertEvidence(
      tx,
      actor,
      { roundId, unitId, code },
      stage,
      { label: input.label, url: input.url ?? null, fileId: input.fileId ?? null },
      ctx.now(),
    );
  });
  return getUnitScoring(ctx, roundId, unitId);
}
