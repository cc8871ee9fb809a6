/**
 * Evidence (tài liệu kiểm chứng) for a leaf: a file uploaded now, a file already stored in cchc
 * by the unit, or a link. Added with the self-assessment, or with an explanation.
 */
import type { ServiceContext } from '../context.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { storeUpload, type Upload } from '../../db/queries/files/store-upload.js';
import { unwrap } from '../unwrap.js';
import { insertEvidence } from '../../db/queries/scoring/entry-write.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { authorize } from '../access/authorize.js';
import { evidenceStage } from './steps/evidence-stage.js';

export async function addEvidenceFile(
  ctx: ServiceContext,
  roundId: string,
  unitId: string,
  code: string,
  upload: Upload,
) {
  const actor = await authorize(
    ctx,
    'scoring.selfAssess',
    { unitId, roundId, code },
    'nộp tài liệu kiểm chứng cho đơn vị khác',
  );
  // The same check as every evidence route, by content: the council is never handed a program or a page.
  const type = unwrap(
    await readUploadOffThread({ kind: 'evidence', content: upload.content, fileName: upload.fileName }),
    'INVALID_EVIDENCE',
  );
  await ctx.db.transaction(async (tx) => {
    const stage = await evidenceStage(ctx, tx, roundId, unitId, code);
    const file = await storeUpload(tx, ctx.files, actor, 'evidence', { ...upload, contentType: type.mime });
    await insertEvidence(
      tx,
      actor,
      { roundId, unitId, code },
      stage,
      { label: upload.fileName, url: null, fileId: file.id },
      ctx.now(),
    );
  });
  return getUnitScoring(ctx, roundId, unitId);
}
