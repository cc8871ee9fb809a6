/** A joint round (the province's own self-assessment): a round that scores one province-level unit. */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { scoringRoundUnits, units } from '../../../db/schema/index.js';
import { AppError } from '../../../domain/errors.js';
import { loadRound, type LoadedRound } from '../../../db/queries/scoring/round-data.js';

export interface LoadedJoint extends LoadedRound {
  /** The province itself: the one unit the round scores. */
  unitId: string;
}

export async function loadJointRound(db: DbOrTx, roundId: string, lock?: 'share' | 'update'): Promise<LoadedJoint> {
  const loaded = await loadRound(db, roundId, lock);
  const scored = await db
    .select({ id: units.id, kind: units.kind })
    .from(scoringRoundUnits)
    .innerJoin(units, eq(units.id, scoringRoundUnits.unitId))
    .where(eq(scoringRoundUnits.roundId, roundId));
  if (scored.length !== 1 || scored[0]!.kind !== 'province' || loaded.set.subject !== 'province')
    throw new AppError('NOT_JOINT_ROUND');
  return { ...loaded, unitId: scored[0]!.id };
}
