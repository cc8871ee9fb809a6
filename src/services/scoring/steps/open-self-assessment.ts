import type { z } from 'zod';
import type { selfAssessRequest } from '../../../contracts/scoring.js';
import type { Tx } from '../../../db/client.js';
import { AppError } from '../../../domain/errors.js';
import type { Actor, ServiceContext } from '../../context.js';
import { writeEntry } from '../../../db/queries/scoring/entry-write.js';
import { checkLeafEntry } from '../../../domain/scoring/leaf-entry-check.js';
import { requireStage, requireWithinWindow } from './round-stage.js';
import {
  findEntry,
  loadRound,
  loadRoundUnit,
  scoredLeafOf,
  type LoadedRound,
} from '../../../db/queries/scoring/round-data.js';

/** The round, checked open for this unit's self-assessment. */
export async function openSelfAssessment(
  ctx: ServiceContext,
  tx: Tx,
  roundId: string,
  unitId: string,
): Promise<LoadedRound> {
  const loaded = await loadRound(tx, roundId, 'share');
  requireStage(loaded.round.status, ['self_assessment'], 'tự chấm điểm');
  requireWithinWindow(ctx, loaded.round.selfAssessmentTo, 'tự chấm điểm');
  const { roundUnit } = await loadRoundUnit(tx, roundId, unitId, 'share');
  if (roundUnit.submittedAt) throw new AppError('ALREADY_SUBMITTED');
  return loaded;
}

type SelfEntry = z.infer<typeof selfAssessRequest> & { code: string };

/** Checks and writes one leaf's self-score inside an open self-assessment; the version read is checked. */
export async function writeSelfEntry(
  ctx: ServiceContext,
  tx: Tx,
  actor: Actor,
  loaded: LoadedRound,
  roundId: string,
  unitId: string,
  input: SelfEntry,
) {
  const leaf = scoredLeafOf(loaded.set, input.code);
  if (leaf.source === 'survey') throw new AppError('SURVEY_LEAF', { code: input.code, stage: 'self' });
  checkLeafEntry(leaf, input.entry);
  // The Sở Nội vụ accepted it (joint round): no longer the agency's to change. A returned one, corrected, awaits review again.
  if ((await findEntry(tx, roundId, unitId, input.code))?.reviewStatus === 'accepted')
    throw new AppError('ENTRY_ACCEPTED', { code: input.code });
  await writeEntry(
    tx,
    actor,
    { roundId, unitId, code: input.code },
    input.version,
    'self',
    { selfEntry: input.entry, selfNote: input.note, prefilledFrom: null, reviewStatus: null },
    ctx.now(),
  );
}
