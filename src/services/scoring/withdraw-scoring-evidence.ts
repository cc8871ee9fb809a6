/**
 * Withdraws a wrongly added evidence item of a criterion, with a reason. The row is archived (who, when, why)
 * with its audit row in one transaction: it is no longer listed with the criterion nor counted, but stays in
 * the sheet's history; a stored file is kept. Only those who may add evidence to the unit's criterion now may
 * withdraw it, and only while the stage it was added in is still open for the unit.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { scoringEvidence } from '../../db/schema/index.js';
import type { ErrorCode } from '../../domain/error-codes.js';
import { AppError, notFound, refusedWhile } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { openExplanation } from './steps/open-explanation.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { openSelfAssessment } from './steps/open-self-assessment.js';

/** The refusals saying the stage the evidence was added in is no longer open for the unit. */
const STAGE_CLOSED = new Set<ErrorCode>(['ALREADY_SUBMITTED', 'WRONG_STAGE', 'WINDOW_CLOSED', 'ROUND_PUBLISHED']);

export async function withdrawScoringEvidence(ctx: ServiceContext, evidenceId: string, reason: string) {
  // The same rule as adding evidence: the unit's own writers (the stage's open window is checked below).
  const actor = await authorize(
    ctx,
    'scoring.selfAssess',
    { scoringEvidenceId: evidenceId },
    'rút tài liệu kiểm chứng của đơn vị khác',
  );
  const [evidence] = await ctx.db.select().from(scoringEvidence).where(eq(scoringEvidence.id, evidenceId));
  if (!evidence) throw notFound('tài liệu kiểm chứng');
  await ctx.db.transaction(async (tx) => {
    // Self-assessment evidence until the unit submits; explanation evidence during the explanation round.
    // The round and the unit are share-locked, so a submission or a stage change waits for this withdrawal.
    const open = evidence.stage === 'self' ? openSelfAssessment : openExplanation;
    try {
      await open(ctx, tx, evidence.roundId, evidence.unitId);
    } catch (error) {
      if (!(error instanceof AppError) || !STAGE_CLOSED.has(error.code)) throw error;
      const stage = evidence.stage === 'self' ? 'tự đánh giá' : 'giải trình';
      throw refusedWhile(error, `Không rút được tài liệu kiểm chứng "${evidence.label}" (nộp khi ${stage})`);
    }
    const [withdrawn] = await tx
      .update(scoringEvidence)
      .set({ archivedAt: ctx.now(), archivedBy: actor.userId, archiveReason: reason })
      .where(and(eq(scoringEvidence.id, evidenceId), isNull(scoringEvidence.archivedAt)))
      .returning();
    if (!withdrawn) throw new AppError('EVIDENCE_WITHDRAWN', { label: evidence.label });
    await recordAudit(tx, actor, {
      action: 'scoringEvidence.withdraw',
      entityId: evidenceId,
      before: evidence,
      after: withdrawn,
      reason,
    });
  });
  return getUnitScoring(ctx, evidence.roundId, evidence.unitId);
}
