import type { Tx } from '../../../db/client.js';
import type { ServiceContext } from '../../context.js';
import { openExplanation } from './open-explanation.js';
import { loadRound, scoredLeafOf } from '../../../db/queries/scoring/round-data.js';
import { openSelfAssessment } from './open-self-assessment.js';

/** The stage evidence goes with now: the self-assessment, or the explanation round. */
export async function evidenceStage(
  ctx: ServiceContext,
  tx: Tx,
  roundId: string,
  unitId: string,
  code: string,
): Promise<'self' | 'explanation'> {
  const { round } = await loadRound(tx, roundId, 'share');
  const loaded =
    round.status === 'explanation'
      ? await openExplanation(ctx, tx, roundId, unitId)
      : await openSelfAssessment(ctx, tx, roundId, unitId);
  scoredLeafOf(loaded.set, code);
  return round.status === 'explanation' ? 'explanation' : 'self';
}
