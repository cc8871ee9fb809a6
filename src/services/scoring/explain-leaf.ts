/** The unit answers a deduction during the explanation round; new evidence is attached beside the answer. */
import { AppError } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { writeEntry } from './entry-write.js';
import { getUnitScoring } from './get-unit-scoring.js';
import { checkLeafEntry } from './leaf-entry-check.js';
import { authorize } from '../access/authorize.js';
import { requireStage, requireWithinWindow } from './round-stage.js';
import { findEntry, loadRound, loadRoundUnit, type EntryRow, type LoadedRound } from './round-data.js';
import { leafInfo } from './review-scope.js';
import type { Tx } from '../../db/client.js';

/** Whether the first appraisal gave the unit fewer points than it claimed on this leaf. */
export function isDeducted(loaded: LoadedRound, entry: EntryRow | undefined): boolean {
  const info = leafInfo(loaded.set).get(entry?.code ?? '');
  if (!info || !entry?.appraisedBy || !entry.appraisedEntry) return false;
  const claimed = entry.selfEntry ? checkLeafEntry(info.node, entry.selfEntry) : 0;
  const granted = checkLeafEntry(info.node, entry.appraisedEntry);
  return info.kind === 'penalty' ? granted > claimed : granted < claimed;
}

/** The round, open for this unit's explanations. */
export async function openExplanation(ctx: ServiceContext, tx: Tx, roundId: string, unitId: string): Promise<LoadedRound> {
  const loaded = await loadRound(tx, roundId, 'share');
  requireStage(loaded.round.status, ['explanation'], 'giải trình');
  requireWithinWindow(ctx, loaded.round.explanationTo, 'giải trình');
  await loadRoundUnit(tx, roundId, unitId);
  return loaded;
}

export async function explainLeaf(ctx: ServiceContext, roundId: string, unitId: string, code: string, input: { version: number; answer: string }) {
  const actor = await authorize(ctx, 'scoring.selfAssess', { unitId }, 'giải trình thay đơn vị khác');
  await ctx.db.transaction(async (tx) => {
    const loaded = await openExplanation(ctx, tx, roundId, unitId);
    const entry = await findEntry(tx, roundId, unitId, code);
    if (!isDeducted(loaded, entry)) throw new AppError('NOT_DEDUCTED', { code });
    await writeEntry(tx, actor, { roundId, unitId, code }, input.version, 'explanation', { explanation: input.answer }, ctx.now());
  });
  return getUnitScoring(ctx, roundId, unitId);
}
