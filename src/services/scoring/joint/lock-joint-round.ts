/**
 * The Sở Nội vụ compiles and locks the province's self-assessment once every criterion it asked for is accepted:
 * the province's sheet is submitted, and no agency writes to it any more.
 */
import { and, eq } from 'drizzle-orm';
import { scoringRoundUnits } from '../../../db/schema/index.js';
import { recordAudit } from '../../../db/queries/audit/record-audit.js';
import { loadRoundEntries, loadRoundUnit } from '../../../db/queries/scoring/round-data.js';
import { leafInfo, requiredSelfLeaves } from '../../../db/queries/scoring/review-scope.js';
import { AppError, staleVersion } from '../../../domain/errors.js';
import { authorize } from '../../access/authorize.js';
import type { ServiceContext } from '../../context.js';
import { requireStage } from '../steps/round-stage.js';
import { loadJointRound } from '../steps/open-joint.js';
import { getJointRound } from './get-joint-round.js';

export async function lockJointRound(ctx: ServiceContext, roundId: string, version: number) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'khóa kết quả tự đánh giá của tỉnh');
  await ctx.db.transaction(async (tx) => {
    const { round, set, unitId } = await loadJointRound(tx, roundId, 'share');
    requireStage(round.status, ['self_assessment'], 'khóa kết quả tự đánh giá');
    const { roundUnit } = await loadRoundUnit(tx, roundId, unitId, 'update');
    if (roundUnit.submittedAt) throw new AppError('ALREADY_SUBMITTED');
    if (roundUnit.version !== version) throw staleVersion('Kết quả tự đánh giá');
    const accepted = new Set(
      (await loadRoundEntries(tx, roundId, [unitId])).entries
        .filter((e) => e.selfEntry && e.reviewStatus === 'accepted')
        .map((e) => e.code),
    );
    const codes = requiredSelfLeaves(leafInfo(set))
      .filter((l) => !accepted.has(l.node.code))
      .map((l) => l.node.code);
    if (codes.length) throw new AppError('JOINT_NOT_ACCEPTED', { codes }, { codes });
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
      reason: 'Sở Nội vụ tổng hợp và khóa kết quả tự đánh giá của tỉnh',
    });
  });
  return getJointRound(ctx, roundId);
}
