/** Accepts, in one step, every leaf of the appraiser's areas that the unit answered and nobody has reviewed yet. */
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { councilAreas } from '../access/resolve-facts.js';
import { writeEntry } from '../../db/queries/scoring/entry-write.js';
import { requireStage, requireWithinWindow } from './steps/round-stage.js';
import { loadRound, loadRoundEntries, loadRoundUnit } from '../../db/queries/scoring/round-data.js';
import { leafInfo, unreviewedLeaves } from '../../db/queries/scoring/review-scope.js';

export async function acceptRemaining(ctx: ServiceContext, roundId: string, unitId: string) {
  const actor = await authorize(ctx, 'scoring.appraise', { roundId });
  return ctx.db.transaction(async (tx) => {
    const { round, set } = await loadRound(tx, roundId, 'share');
    const areas = await councilAreas(tx, roundId, actor.userId);
    requireStage(round.status, ['appraisal'], 'chấp nhận hàng loạt kết quả tự chấm');
    requireWithinWindow(ctx, round.appraisalTo, 'thẩm định');
    await loadRoundUnit(tx, roundId, unitId);
    const { entries } = await loadRoundEntries(tx, roundId, [unitId]);
    const byCode = new Map(entries.map((e) => [e.code, e]));
    const mine = unreviewedLeaves(leafInfo(set), entries).filter((l) => areas.has(l.area));
    let accepted = 0;
    for (const leaf of mine) {
      const entry = byCode.get(leaf.node.code);
      if (!entry?.selfEntry) continue;
      await writeEntry(
        tx,
        actor,
        { roundId, unitId, code: leaf.node.code },
        entry.version,
        'appraisal',
        { appraisedEntry: entry.selfEntry, appraisalReason: null, appraisedBy: actor.userId },
        ctx.now(),
      );
      accepted++;
    }
    return { accepted, remaining: mine.length - accepted };
  });
}
