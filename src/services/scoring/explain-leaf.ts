/** The unit answers a deduction during the explanation round; new evidence is attached beside the answer. */
import { AppError } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { writeEntry } from '../../db/queries/scoring/entry-write.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { authorize } from '../access/authorize.js';
import { findEntry } from '../../db/queries/scoring/round-data.js';
import { isDeducted, openExplanation } from './steps/open-explanation.js';

export async function explainLeaf(
  ctx: ServiceContext,
  roundId: string,
  unitId: string,
  code: string,
  input: { version: number; answer: string },
) {
  const actor = await authorize(ctx, 'scoring.selfAssess', { unitId, roundId, code }, 'giải trình thay đơn vị khác');
  await ctx.db.transaction(async (tx) => {
    const loaded = await openExplanation(ctx, tx, roundId, unitId);
    const entry = await findEntry(tx, roundId, unitId, code);
    if (!isDeducted(loaded, entry)) throw new AppError('NOT_DEDUCTED', { code });
    await writeEntry(
      tx,
      actor,
      { roundId, unitId, code },
      input.version,
      'explanation',
      { explanation: input.answer },
      ctx.now(),
    );
  });
  return getUnitScoring(ctx, roundId, unitId);
}
