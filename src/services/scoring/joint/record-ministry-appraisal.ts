/**
 * The Ministry's appraisal of the province's self-assessment, entered per criterion by the Sở Nội vụ (as the Ministry
 * published it). A criterion given fewer points than claimed becomes an explanation owed by its agencies.
 */
import type { z } from 'zod';
import type { ministryAppraisalRequest } from '../../../contracts/scoring-joint.js';
import type { Tx } from '../../../db/client.js';
import { writeEntry } from '../../../db/queries/scoring/entry-write.js';
import { scoredLeafOf } from '../../../db/queries/scoring/round-data.js';
import { AppError } from '../../../domain/errors.js';
import { checkLeafEntry } from '../../../domain/scoring/leaf-entry-check.js';
import type { CriteriaSet, LeafEntry } from '../../../domain/scoring/types.js';
import { authorize } from '../../access/authorize.js';
import type { Actor, ServiceContext } from '../../context.js';
import { requireStage } from '../steps/round-stage.js';
import { loadJointRound, type LoadedJoint } from '../steps/open-joint.js';
import { getJointRound } from './get-joint-round.js';

export async function recordMinistryAppraisal(
  ctx: ServiceContext,
  roundId: string,
  code: string,
  input: z.infer<typeof ministryAppraisalRequest>,
) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'nhập kết quả thẩm định của Bộ Nội vụ');
  await ctx.db.transaction(async (tx) => {
    const loaded = await openMinistryAppraisal(tx, roundId);
    await writeMinistryAppraisal(ctx, tx, actor, loaded, code, input);
  });
  return getJointRound(ctx, roundId);
}

export async function openMinistryAppraisal(tx: Tx, roundId: string): Promise<LoadedJoint> {
  const loaded = await loadJointRound(tx, roundId, 'share');
  requireStage(loaded.round.status, ['appraisal'], 'nhập kết quả thẩm định của Bộ');
  return loaded;
}

/** Checks one criterion's appraisal against its method and writes it under the version read. */
export async function writeMinistryAppraisal(
  ctx: ServiceContext,
  tx: Tx,
  actor: Actor,
  { set, unitId, round }: LoadedJoint,
  code: string,
  input: { version: number; entry: LeafEntry; reason?: string | undefined },
) {
  const leaf = appraisedLeaf(set, code);
  checkLeafEntry(leaf, input.entry);
  const reason = input.reason?.trim() || null;
  await writeEntry(
    tx,
    actor,
    { roundId: round.id, unitId, code },
    input.version,
    'appraisal',
    { appraisedEntry: input.entry, appraisalReason: reason, appraisedBy: actor.userId },
    ctx.now(),
    reason,
  );
}

export function appraisedLeaf(set: CriteriaSet, code: string) {
  const leaf = scoredLeafOf(set, code);
  if (leaf.source === 'survey') throw new AppError('SURVEY_LEAF', { code, stage: 'appraisal' });
  return leaf;
}
