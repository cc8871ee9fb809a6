/** The unit sends its self-assessment: every required leaf answered; afterwards it is read-only for the unit. */
import { and, eq } from 'drizzle-orm';
import { scoringRoundUnits } from '../../db/schema/index.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import type { ServiceContext } from '../context.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { authorize } from '../access/authorize.js';
import { loadRoundEntries, loadRoundUnit } from '../../db/queries/scoring/round-data.js';
import { leafInfo, requiredSelfLeaves } from '../../db/queries/scoring/review-scope.js';
import { openSelfAssessment } from './steps/open-self-assessment.js';

export async function submitSelfAssessment(ctx: ServiceContext, roundId: string, unitId: string, version: number) {
  const actor = await authorize(ctx, 'scoring.selfAssess', { unitId }, 'gửi kết quả tự đánh giá của đơn vị khác');
  await ctx.db.transaction(async (tx) => {
    const { set } = await openSelfAssessment(ctx, tx, roundId, unitId);
    // Locked: self-assessment writes in flight finish first, and later ones see the submission.
    const { roundUnit } = await loadRoundUnit(tx, roundId, unitId, 'update');
    if (roundUnit.version !== version) throw staleVersion('Kết quả tự đánh giá');
    const answered = new Set(
      (await loadRoundEntries(tx, roundId, [unitId])).entries.filter((e) => e.selfEntry).map((e) => e.code),
    );
    const missing = requiredSelfLeaves(leafInfo(set))
      .filter((l) => !answered.has(l.node.code))
      .map((l) => l.node.code);
    if (missing.length) throw new AppError('SELF_ASSESSMENT_INCOMPLETE', { missing }, { missing });
    const [after] = await tx
      .update(scoringRoundUnits)
      .set({ submittedAt: ctx.now(), submittedBy: actor.userId, version: version + 1 })
      .where(
        and(
          eq(scoringRoundUnits.roundId, roundId),
          eq(scoringRoundUnits.unitId, unitId),
          eq(scoringRoundUnits.version, version),
        ),
      )
      .returning();
    if (!after) throw staleVersion('Kết quả tự đánh giá');
    await recordAudit(tx, actor, {
      action: 'scoringRoundUnit.submitSelfAssessment',
      entityId: `${roundId}:${unitId}`,
      before: roundUnit,
      after,
    });
  });
  return getUnitScoring(ctx, roundId, unitId);
}
