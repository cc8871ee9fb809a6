/**
 * Evidence (tài liệu kiểm chứng) for a leaf: a file uploaded now, a file already stored in cchc
 * by the unit, or a link. Added with the self-assessment, or with an explanation.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { evidenceLinkRequest } from '../../contracts/scoring.js';
import type { Tx } from '../../db/client.js';
import { storedFiles, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { readUploadOffThread } from '../files/read-upload.js';
import { storeUpload, type Upload } from '../files/store-upload.js';
import { unwrap } from '../unwrap.js';
import { insertEvidence } from './entry-write.js';
import { openExplanation } from './explain-leaf.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { authorize } from '../access/authorize.js';
import { loadRound, scoredLeafOf } from './round-data.js';
import { openSelfAssessment } from './self-assess-leaf.js';

/** The stage evidence goes with now: the self-assessment, or the explanation round. */
async function evidenceStage(ctx: ServiceContext, tx: Tx, roundId: string, unitId: string, code: string): Promise<'self' | 'explanation'> {
  const { round } = await loadRound(tx, roundId, 'share');
  const loaded = round.status === 'explanation' ? await openExplanation(ctx, tx, roundId, unitId) : await openSelfAssessment(ctx, tx, roundId, unitId);
  scoredLeafOf(loaded.set, code);
  return round.status === 'explanation' ? 'explanation' : 'self';
}

export async function addEvidenceFile(ctx: ServiceContext, roundId: string, unitId: string, code: string, upload: Upload) {
  const actor = await authorize(ctx, 'scoring.selfAssess', { unitId }, 'nộp tài liệu kiểm chứng cho đơn vị khác');
  // The same check as every evidence route, by content: the council is never handed a program or a page.
  const type = unwrap(await readUploadOffThread({ kind: 'evidence', bytes: upload.bytes, fileName: upload.fileName }), 'INVALID_EVIDENCE');
  await ctx.db.transaction(async (tx) => {
    const stage = await evidenceStage(ctx, tx, roundId, unitId, code);
    const file = await storeUpload(tx, ctx.files, actor, 'evidence', { ...upload, contentType: type.mime });
    await insertEvidence(tx, actor, { roundId, unitId, code }, stage, { label: upload.fileName, url: null, fileId: file.id }, ctx.now());
  });
  return getUnitScoring(ctx, roundId, unitId);
}

export async function addEvidenceLink(ctx: ServiceContext, roundId: string, unitId: string, code: string, input: z.infer<typeof evidenceLinkRequest>) {
  const actor = await authorize(ctx, 'scoring.selfAssess', { unitId }, 'nộp tài liệu kiểm chứng cho đơn vị khác');
  await ctx.db.transaction(async (tx) => {
    const stage = await evidenceStage(ctx, tx, roundId, unitId, code);
    if (input.fileId) {
      // Only files the unit's own people stored: a unit cannot point the council at another unit's documents.
      const [file] = await tx.select({ id: storedFiles.id, unitId: users.unitId }).from(storedFiles).leftJoin(users, eq(users.id, storedFiles.uploadedBy)).where(eq(storedFiles.id, input.fileId));
      if (!file || file.unitId !== unitId) throw notFound('tệp của đơn vị trong cchc');
    }
    await insertEvidence(tx, actor, { roundId, unitId, code }, stage, { label: input.label, url: input.url ?? null, fileId: input.fileId ?? null }, ctx.now());
  });
  return getUnitScoring(ctx, roundId, unitId);
}
