/**
 * Scores 0, in one step, every required criterion of the appraiser's areas that the unit never answered
 * (a unit that did not submit), so the round can move on to explanations. Each is an ordinary appraisal
 * adjustment with its reason, kept in the leaf's history; a criterion whose method cannot express 0 is
 * left for the council to adjust by hand and named in the answer.
 */
import { requiredLeaves, zeroEntry } from '../../domain/scoring/unanswered.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { councilAreas } from '../access/resolve-facts.js';
import { writeEntry } from '../../db/queries/scoring/entry-write.js';
import { requireStage, requireWithinWindow } from './steps/round-stage.js';
import { loadRound, loadRoundEntries, loadRoundUnit } from '../../db/queries/scoring/round-data.js';
import { leafInfo, unreviewedLeaves } from '../../db/queries/scoring/review-scope.js';

export const UNANSWERED_REASON = 'Đơn vị không tự chấm tiêu chí này và không có tài liệu kiểm chứng.';

export async function scoreUnansweredZero(ctx: ServiceContext, roundId: string, unitId: string) {
  const actor = await authorize(ctx, 'scoring.appraise', { roundId });
  return ctx.db.transaction(async (tx) => {
    const { round, set } = await loadRound(tx, roundId, 'share');
    const areas = await councilAreas(tx, roundId, actor.userId);
    requireStage(round.status, ['appraisal'], 'chấm 0 điểm các tiêu chí đơn vị bỏ trống');
    requireWithinWindow(ctx, round.appraisalTo, 'thẩm định');
    await loadRoundUnit(tx, roundId, unitId);
    const { entries } = await loadRoundEntries(tx, roundId, [unitId]);
    const byCode = new Map(entries.map((e) => [e.code, e]));
    const required = new Set(requiredLeaves(set).map((n) => n.code));
    const open = unreviewedLeaves(leafInfo(set), entries).filter(
      (l) => areas.has(l.area) && required.has(l.node.code) && !byCode.get(l.node.code)?.selfEntry,
    );
    const manual: string[] = [];
    let scored = 0;
    for (const leaf of open) {
      const entry = zeroEntry(leaf.node);
      if (!entry) {
        manual.push(leaf.node.code);
        continue;
      }
      const current = byCode.get(leaf.node.code);
      await writeEntry(
        tx,
        actor,
        { roundId, unitId, code: leaf.node.code },
        current?.version ?? 0,
        'appraisal',
        { appraisedEntry: entry, appraisalReason: UNANSWERED_REASON, appraisedBy: actor.userId },
        ctx.now(),
      );
      scored++;
    }
    return { scored, manual };
  });
}
