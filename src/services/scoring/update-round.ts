import type { z } from 'zod';
import type { updateRoundRequest } from '../../contracts/scoring.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getRound } from './get-round.js';
import { requireStage } from './steps/round-stage.js';
import { loadRound } from '../../db/queries/scoring/round-data.js';
import { updateRoundRow } from '../../db/queries/scoring/round-write.js';

/** Renames the round or moves its windows (an extension for late units), until the council approves. */
export async function updateRound(ctx: ServiceContext, roundId: string, input: z.infer<typeof updateRoundRequest>) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'sửa đợt đánh giá');
  const { version, ...changes } = input;
  await ctx.db.transaction(async (tx) => {
    const { round } = await loadRound(tx, roundId, 'update');
    requireStage(
      round.status,
      ['draft', 'self_assessment', 'appraisal', 'explanation', 'final_appraisal'],
      'sửa đợt đánh giá',
    );
    const merged = { ...round, ...changes };
    if (merged.selfAssessmentFrom > merged.selfAssessmentTo || merged.appraisalFrom > merged.appraisalTo)
      throw new AppError('INVALID_PERIOD', { dates: 'round' });
    await updateRoundRow(tx, actor, round, version, changes, { action: 'scoringRound.update' }, ctx.now());
  });
  return getRound(ctx, roundId);
}
