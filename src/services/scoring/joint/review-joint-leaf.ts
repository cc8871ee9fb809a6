/**
 * The Sở Nội vụ reviews what an agency filled for one criterion: accepts it into the province's self-assessment,
 * or returns it with a reason (the agency corrects it, and the correction awaits review again).
 */
import type { z } from 'zod';
import type { jointReviewRequest } from '../../../contracts/scoring-joint.js';
import { writeEntry } from '../../../db/queries/scoring/entry-write.js';
import { findEntry, loadRoundUnit, scoredLeafOf } from '../../../db/queries/scoring/round-data.js';
import { AppError } from '../../../domain/errors.js';
import { authorize } from '../../access/authorize.js';
import type { ServiceContext } from '../../context.js';
import { requireStage } from '../steps/round-stage.js';
import { loadJointRound } from '../steps/open-joint.js';
import { getJointRound } from './get-joint-round.js';

export async function reviewJointLeaf(
  ctx: ServiceContext,
  roundId: string,
  code: string,
  input: z.infer<typeof jointReviewRequest>,
) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'xem xét tiêu chí của đợt tự đánh giá chung');
  await ctx.db.transaction(async (tx) => {
    const { round, set, unitId } = await loadJointRound(tx, roundId, 'share');
    requireStage(round.status, ['self_assessment'], 'xem xét kết quả tự đánh giá');
    scoredLeafOf(set, code);
    const { roundUnit } = await loadRoundUnit(tx, roundId, unitId, 'share');
    if (roundUnit.submittedAt) throw new AppError('ALREADY_SUBMITTED');
    const entry = await findEntry(tx, roundId, unitId, code);
    if (!entry?.selfEntry) throw new AppError('JOINT_NOT_FILLED', { code });
    const reason = input.decision === 'return' ? input.reason! : null;
    await writeEntry(
      tx,
      actor,
      { roundId, unitId, code },
      input.version,
      'review',
      {
        reviewStatus: input.decision === 'return' ? 'returned' : 'accepted',
        reviewReason: reason,
        reviewedBy: actor.userId,
      },
      ctx.now(),
      reason,
    );
  });
  return getJointRound(ctx, roundId);
}
