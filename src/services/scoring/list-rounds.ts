import { desc, eq, inArray } from 'drizzle-orm';
import { criteriaSets, scoringRoundUnits, scoringRounds } from '../../db/schema/index.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { requireActor } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toRoundSummaries } from '../../db/queries/scoring/round-view.js';

/** Every round for province-wide readers; for a reporter, the rounds that score their unit. */
export async function listRounds(ctx: ServiceContext) {
  const actor = requireActor(ctx);
  const query = ctx.db
    .select({ round: scoringRounds, setRow: criteriaSets })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId));
  const rows = reachesEverywhere(actor.role, 'scoring.readRound')
    ? await query.orderBy(desc(scoringRounds.createdAt))
    : await query
        .where(
          inArray(
            scoringRounds.id,
            ctx.db
              .select({ id: scoringRoundUnits.roundId })
              .from(scoringRoundUnits)
              .where(eq(scoringRoundUnits.unitId, actor.unitId ?? '00000000-0000-0000-0000-000000000000')),
          ),
        )
        .orderBy(desc(scoringRounds.createdAt));
  return toRoundSummaries(ctx.db, rows);
}
