/**
 * Moves a round to its next stage: open the self-assessment, start the appraisal, open the
 * explanation round, start the final appraisal, record the council's approval, publish. Each step
 * checks that the previous one is complete, and is audited; nothing moves backwards or skips.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { ROUND_STAGE_LABELS, type advanceRoundRequest, type RoundStage } from '../../contracts/scoring.js';
import { scoringCouncilMembers, scoringRoundUnits } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getRound } from './get-round.js';
import { loadRound, loadRoundEntries, type LoadedRound } from '../../db/queries/scoring/round-data.js';
import { updateRoundRow } from '../../db/queries/scoring/round-write.js';
import { leafInfo, unreviewedLeaves } from '../../db/queries/scoring/review-scope.js';
import { loadResponsibilities } from '../../db/queries/scoring/joint-round.js';
import { groupBy } from '../../db/queries/scoring/stage-entries.js';
import type { Tx } from '../../db/client.js';
import type { AuditAction } from '../../contracts/audit-actions.js';

type LaterStage = Exclude<RoundStage, 'draft'>;

const NEXT: Record<RoundStage, LaterStage | null> = {
  draft: 'self_assessment',
  self_assessment: 'appraisal',
  appraisal: 'explanation',
  explanation: 'final_appraisal',
  final_appraisal: 'approved',
  approved: 'published',
  published: null,
};

/** The audit action recording a move to each stage (nothing moves back to the draft). */
const STAGE_ACTIONS = {
  self_assessment: 'scoringRound.openSelfAssessment',
  appraisal: 'scoringRound.startAppraisal',
  explanation: 'scoringRound.startExplanation',
  final_appraisal: 'scoringRound.startFinalAppraisal',
  approved: 'scoringRound.approve',
  published: 'scoringRound.publish',
} as const satisfies Record<LaterStage, AuditAction>;

export async function advanceRound(ctx: ServiceContext, roundId: string, input: z.infer<typeof advanceRoundRequest>) {
  // The council's chair may record the approval; every other step is the coordinator's.
  const actor =
    input.to === 'approved'
      ? await authorize(ctx, 'scoring.approve', { roundId })
      : await authorize(ctx, 'scoring.manage', { roundId }, 'chuyển giai đoạn đợt đánh giá');
  await ctx.db.transaction(async (tx) => {
    const loaded = await loadRound(tx, roundId, 'update');
    const { round } = loaded;
    if (round.status === 'published') throw new AppError('ROUND_PUBLISHED');
    const next = NEXT[round.status];
    if (next !== input.to)
      throw new AppError('WRONG_STAGE', {
        from: ROUND_STAGE_LABELS[round.status],
        to: ROUND_STAGE_LABELS[NEXT[round.status]!],
      });
    await checkReady(tx, loaded, input.to);
    await updateRoundRow(
      tx,
      actor,
      round,
      input.version,
      { status: input.to, ...(input.to === 'published' ? { publishedAt: ctx.now() } : {}) },
      { action: STAGE_ACTIONS[next] },
      ctx.now(),
    );
  });
  return getRound(ctx, roundId);
}

async function checkReady(tx: Tx, { round, set }: LoadedRound, to: RoundStage): Promise<void> {
  // The province's joint round is appraised by the Ministry (entered by the Sở Nội vụ), not by a council.
  if (to === 'appraisal' && !(await loadResponsibilities(tx, round.id)).size) {
    const council = await tx.select().from(scoringCouncilMembers).where(eq(scoringCouncilMembers.roundId, round.id));
    const covered = new Set(council.flatMap((m) => m.areas));
    const uncovered = set.nodes.filter((n) => !covered.has(n.code)).map((n) => n.code);
    if (uncovered.length) throw new AppError('COUNCIL_INCOMPLETE', { areas: uncovered }, { uncovered });
  }
  if (to === 'explanation') {
    const info = leafInfo(set);
    const roundUnits = await tx.select().from(scoringRoundUnits).where(eq(scoringRoundUnits.roundId, round.id));
    const byUnit = groupBy((await loadRoundEntries(tx, round.id)).entries, (e) => e.unitId);
    const pending = roundUnits
      .map((u) => ({
        unitId: u.unitId,
        leaves: unreviewedLeaves(info, byUnit.get(u.unitId) ?? []).map((l) => l.node.code),
      }))
      .filter((u) => u.leaves.length);
    if (pending.length) {
      const count = pending.reduce((n, u) => n + u.leaves.length, 0);
      throw new AppError('APPRAISAL_INCOMPLETE', { criteria: count, units: pending.length }, { pending });
    }
  }
  if (to === 'approved') {
    const { entries } = await loadRoundEntries(tx, round.id);
    const pending = entries.filter((e) => e.explanation && !e.finalBy).map((e) => ({ unitId: e.unitId, code: e.code }));
    if (pending.length) throw new AppError('FINAL_APPRAISAL_INCOMPLETE', { count: pending.length }, { pending });
  }
}
