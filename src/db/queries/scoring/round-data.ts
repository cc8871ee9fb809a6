/** Loading a round with its criteria set, its units and its entries. */
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import {
  criteriaSets,
  scoringEntries,
  scoringRoundUnits,
  scoringRounds,
  scoringSurveyPoints,
  units,
} from '../../schema/index.js';
import { notFound } from '../../../domain/errors.js';
import { indexByCode, isScoredLeaf } from '../../../domain/scoring/tree.js';
import type { CriteriaNode, CriteriaSet } from '../../../domain/scoring/types.js';

export type RoundRow = typeof scoringRounds.$inferSelect;
export type SetRow = typeof criteriaSets.$inferSelect;
export type EntryRow = typeof scoringEntries.$inferSelect;
export type RoundUnitRow = typeof scoringRoundUnits.$inferSelect;
export type SurveyRow = typeof scoringSurveyPoints.$inferSelect;

export interface LoadedRound {
  round: RoundRow;
  setRow: SetRow;
  set: CriteriaSet;
}

/**
 * `lock` (inside a transaction): 'share' for a write allowed only in some stages, so the stage cannot move
 * until it commits and a write that waited sees the new stage; 'update' for changes to the round itself
 * (its stage, council, dates), which then wait for those writes and see them.
 */
export async function loadRound(db: DbOrTx, roundId: string, lock?: 'share' | 'update'): Promise<LoadedRound> {
  const query = db
    .select({ round: scoringRounds, setRow: criteriaSets })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId))
    .where(eq(scoringRounds.id, roundId));
  const [row] = lock ? await query.for(lock, { of: scoringRounds }) : await query;
  if (!row) throw notFound('đợt đánh giá');
  return { round: row.round, setRow: row.setRow, set: row.setRow.content };
}

/** `lock` as for loadRound: 'share' while a unit's entries are written, 'update' to submit them. */
export async function loadRoundUnit(db: DbOrTx, roundId: string, unitId: string, lock?: 'share' | 'update') {
  const query = db
    .select({ roundUnit: scoringRoundUnits, code: units.code, name: units.name })
    .from(scoringRoundUnits)
    .innerJoin(units, eq(units.id, scoringRoundUnits.unitId))
    .where(and(eq(scoringRoundUnits.roundId, roundId), eq(scoringRoundUnits.unitId, unitId)));
  const [row] = lock ? await query.for(lock, { of: scoringRoundUnits }) : await query;
  if (!row) throw notFound('đơn vị trong đợt đánh giá này');
  return row;
}

export function scoredLeafOf(set: CriteriaSet, code: string): CriteriaNode {
  const node = indexByCode(set).get(code);
  if (!node || !isScoredLeaf(node)) throw notFound(`tiêu chí được chấm có mã ${code} trong bộ tiêu chí ${set.code}`);
  return node;
}

/** Entries and survey points of the given units (all the round's units when omitted). */
export async function loadRoundEntries(db: DbOrTx, roundId: string, unitIds?: string[]) {
  const entryFilter = unitIds
    ? and(eq(scoringEntries.roundId, roundId), inArray(scoringEntries.unitId, unitIds))
    : eq(scoringEntries.roundId, roundId);
  const surveyFilter = unitIds
    ? and(eq(scoringSurveyPoints.roundId, roundId), inArray(scoringSurveyPoints.unitId, unitIds))
    : eq(scoringSurveyPoints.roundId, roundId);
  const [entries, survey] = await Promise.all([
    db.select().from(scoringEntries).where(entryFilter),
    db.select().from(scoringSurveyPoints).where(surveyFilter),
  ]);
  return { entries, survey };
}

export async function findEntry(
  db: DbOrTx,
  roundId: string,
  unitId: string,
  code: string,
): Promise<EntryRow | undefined> {
  const [row] = await db
    .select()
    .from(scoringEntries)
    .where(and(eq(scoringEntries.roundId, roundId), eq(scoringEntries.unitId, unitId), eq(scoringEntries.code, code)));
  return row;
}
