import type { ServiceContext } from '../../context.js';
import { checkLeafEntry } from '../../../domain/scoring/leaf-entry-check.js';
import { requireStage, requireWithinWindow } from './round-stage.js';
import { loadRound, loadRoundUnit, type EntryRow, type LoadedRound } from '../../../db/queries/scoring/round-data.js';
import { leafInfo } from '../../../db/queries/scoring/review-scope.js';
import type { Tx } from '../../../db/client.js';

/** Whether the first appraisal gave the unit fewer points than it claimed on this leaf. */
export function isDeducted(loaded: LoadedRound, entry: EntryRow | undefined): boolean {
  const info = leafInfo(loaded.set).get(entry?.code ?? '');
  if (!info || !entry?.appraisedBy || !entry.appraisedEntry) return false;
  const claimed = entry.selfEntry ? checkLeafEntry(info.node, entry.selfEntry) : 0;
  const granted = checkLeafEntry(info.node, entry.appraisedEntry);
  return info.kind === 'penalty' ? granted > claimed : granted < claimed;
}

/** The round, open for this unit's explanations. */
export async function openExplanation(
  ctx: ServiceContext,
  tx: Tx,
  roundId: string,
  unitId: string,
): Promise<LoadedRound> {
  const loaded = await loadRound(tx, roundId, 'share');
  requireStage(loaded.round.status, ['explanation'], 'giải trình');
  requireWithinWindow(ctx, loaded.round.explanationTo, 'giải trình');
  await loadRoundUnit(tx, roundId, unitId);
  return loaded;
}
