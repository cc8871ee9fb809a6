import type { z } from 'zod';
import type { selfAssessBatchRequest } from '../../contracts/scoring.js';
import type { ServiceContext } from '../context.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { authorize } from '../access/authorize.js';
import { openSelfAssessment, writeSelfEntry } from './steps/open-self-assessment.js';

/**
 * "Lưu tất cả": every changed leaf in one request and one transaction. Each leaf's version is checked as for a single
 * save; one stale or invalid leaf refuses the whole batch (naming the leaf), so the sheet never holds half a save.
 */
export async function selfAssessLeaves(
  ctx: ServiceContext,
  roundId: string,
  unitId: string,
  input: z.infer<typeof selfAssessBatchRequest>,
) {
  // In the province's joint round each criterion is checked: an agency writes only those assigned to it.
  let actor = await authorize(ctx, 'scoring.selfAssess', { unitId, roundId, code: input.entries[0]?.code });
  for (const entry of input.entries.slice(1))
    actor = await authorize(ctx, 'scoring.selfAssess', { unitId, roundId, code: entry.code });
  await ctx.db.transaction(async (tx) => {
    const loaded = await openSelfAssessment(ctx, tx, roundId, unitId);
    for (const entry of input.entries) await writeSelfEntry(ctx, tx, actor, loaded, roundId, unitId, entry);
  });
  return getUnitScoring(ctx, roundId, unitId);
}
