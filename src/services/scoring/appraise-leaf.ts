/**
 * A council member reviews one leaf in an assigned area: accepts it or adjusts it with a reason.
 * In the appraisal stage this is the first appraisal (accept keeps the unit's value); in the final
 * appraisal it decides on the unit's explanation (accept keeps the first appraisal).
 */
import type { z } from 'zod';
import type { appraiseRequest } from '../../contracts/scoring.js';
import { AppError } from '../../domain/errors.js';
import type { LeafEntry } from '../../domain/scoring/types.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { writeEntry } from '../../db/queries/scoring/entry-write.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { checkLeafEntry } from '../../domain/scoring/leaf-entry-check.js';
import { requireStage, requireWithinWindow } from './steps/round-stage.js';
import { findEntry, loadRound, loadRoundUnit, scoredLeafOf } from '../../db/queries/scoring/round-data.js';

export async function appraiseLeaf(
  ctx: ServiceContext,
  roundId: string,
  unitId: string,
  code: string,
  input: z.infer<typeof appraiseRequest>,
) {
  // A council member, in the criterion's area.
  const actor = await authorize(ctx, 'scoring.appraise', { roundId, code });
  await ctx.db.transaction(async (tx) => {
    const { round, set } = await loadRound(tx, roundId, 'share');
    const leaf = scoredLeafOf(set, code);
    requireStage(round.status, ['appraisal', 'final_appraisal'], 'thẩm định');
    if (round.status === 'appraisal') requireWithinWindow(ctx, round.appraisalTo, 'thẩm định');
    await loadRoundUnit(tx, roundId, unitId);
    if (leaf.source === 'survey') throw new AppError('SURVEY_LEAF', { code, stage: 'appraisal' });
    const current = await findEntry(tx, roundId, unitId, code);
    const final = round.status === 'final_appraisal';
    let entry: LeafEntry | null | undefined;
    if (input.decision === 'accept') {
      entry = final ? (current?.appraisedEntry ?? current?.selfEntry) : current?.selfEntry;
      if (!entry) throw new AppError('NOTHING_TO_ACCEPT', { code });
    } else {
      entry = input.entry!;
      checkLeafEntry(leaf, entry);
    }
    const reason = input.decision === 'adjust' ? input.reason! : null;
    const changes = final
      ? { finalEntry: entry, finalReason: reason, finalBy: actor.userId }
      : { appraisedEntry: entry, appraisalReason: reason, appraisedBy: actor.userId };
    await writeEntry(
      tx,
      actor,
      { roundId, unitId, code },
      input.version,
      final ? 'final' : 'appraisal',
      changes,
      ctx.now(),
      reason,
    );
  });
  return getUnitScoring(ctx, roundId, unitId);
}
