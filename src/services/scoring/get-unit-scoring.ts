/**
 * One unit's scoring sheet in a round: every leaf with its self-assessment, appraisal,
 * explanation, final appraisal and evidence, and the unit's score at each stage. The unit's own
 * staff see the appraisal once the explanation round opens and the final figures once approved.
 */
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadRound, loadRoundEntries, loadRoundUnit } from '../../db/queries/scoring/round-data.js';
import { roundUnitView, toRoundSummary } from '../../db/queries/scoring/round-view.js';
import { buildSheet } from './steps/unit-scoring-sheet.js';
import { loadEvidence } from '../../db/queries/scoring/unit-evidence.js';

export async function getUnitScoring(ctx: ServiceContext, roundId: string, unitId: string) {
  // Whether another unit's sheet may be read depends on the round's publication.
  const actor = await authorize(ctx, 'scoring.readUnit', { roundId, unitId });
  const { round, setRow, set } = await loadRound(ctx.db, roundId);
  const unitRow = await loadRoundUnit(ctx.db, roundId, unitId);
  const { entries, survey } = await loadRoundEntries(ctx.db, roundId, [unitId]);
  const evidence = await loadEvidence(ctx.db, roundId, unitId);
  return {
    round: await toRoundSummary(ctx.db, round, setRow),
    unit: roundUnitView(unitRow),
    ...buildSheet(set, actor, round.status, unitId, entries, survey, evidence),
  };
}
