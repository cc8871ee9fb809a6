/** The unit scores one leaf with the figures it declares and a note, during the self-assessment window. */
import type { z } from 'zod';
import type { selfAssessRequest } from '../../contracts/scoring.js';
import type { Tx } from '../../db/client.js';
import { AppError } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { writeEntry } from './entry-write.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { checkLeafEntry } from './leaf-entry-check.js';
import { requireStage, requireUnitWriter, requireWithinWindow } from './round-access.js';
import { loadRound, loadRoundUnit, scoredLeafOf, type LoadedRound } from './round-data.js';

/** The round, checked open for this unit's self-assessment. */
export async function openSelfAssessment(ctx: ServiceContext, tx: Tx, roundId: string, unitId: string): Promise<LoadedRound> {
  const loaded = await loadRound(tx, roundId, 'share');
  requireStage(loaded.round.status, ['self_assessment'], 'tự chấm điểm');
  requireWithinWindow(ctx, loaded.round.selfAssessmentTo, 'tự chấm điểm');
  const { roundUnit } = await loadRoundUnit(tx, roundId, unitId, 'share');
  if (roundUnit.submittedAt) throw new AppError('ALREADY_SUBMITTED', 'Đơn vị đã gửi kết quả tự đánh giá: không sửa được nữa.', 409);
  return loaded;
}

export async function selfAssessLeaf(ctx: ServiceContext, roundId: string, unitId: string, code: string, input: z.infer<typeof selfAssessRequest>) {
  const actor = requireUnitWriter(ctx, unitId, 'tự chấm điểm cho đơn vị khác');
  await ctx.db.transaction(async (tx) => {
    const { set } = await openSelfAssessment(ctx, tx, roundId, unitId);
    const leaf = scoredLeafOf(set, code);
    if (leaf.source === 'survey') throw new AppError('SURVEY_LEAF', `Mục ${code} lấy điểm từ điều tra xã hội học: đơn vị không tự chấm.`, 422);
    checkLeafEntry(leaf, input.entry);
    await writeEntry(tx, actor, { roundId, unitId, code }, input.version, 'self', { selfEntry: input.entry, selfNote: input.note, prefilledFrom: null }, ctx.now());
  });
  return getUnitScoring(ctx, roundId, unitId);
}
