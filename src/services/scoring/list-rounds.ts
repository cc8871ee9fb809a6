import { desc, eq, inArray, or } from 'drizzle-orm';
import { criteriaSets, scoringResponsibilities, scoringRoundUnits, scoringRounds } from '../../db/schema/index.js';
import { isResponsible } from '../../db/queries/scoring/joint-round.js';
import { reachesEverywhere } from '../../domain/access/policy.js';
import { requireActor } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { ofProvince, provinceOfUnit } from '../../db/queries/units/province.js';
import { toRoundSummaries } from '../../db/queries/scoring/round-view.js';

/**
 * Every round of the actor's province for province-wide readers; for a reporter, the rounds that score their unit and the province's joint
 * rounds in which their unit is responsible for some criterion.
 */
export async function listRounds(ctx: ServiceContext) {
  const actor = requireActor(ctx);
  const jointIds: string[] = [];
  if (actor.unitId && !reachesEverywhere(actor, 'scoring.readRound'))
    for (const { roundId } of await ctx.db
      .selectDistinct({ roundId: scoringResponsibilities.roundId })
      .from(scoringResponsibilities))
      if (await isResponsible(ctx.db, roundId, actor.unitId)) jointIds.push(roundId);
  const query = ctx.db
    .select({ round: scoringRounds, setRow: criteriaSets })
    .from(scoringRounds)
    .innerJoin(criteriaSets, eq(criteriaSets.id, scoringRounds.criteriaSetId));
  const rows = reachesEverywhere(actor, 'scoring.readRound')
    ? await query
        .where(ofProvince(scoringRounds.provinceId, await provinceOfUnit(ctx.db, actor.unitId)))
        .orderBy(desc(scoringRounds.createdAt))
    : await query
        .where(
          or(
            inArray(
              scoringRounds.id,
              ctx.db
                .select({ id: scoringRoundUnits.roundId })
                .from(scoringRoundUnits)
                .where(eq(scoringRoundUnits.unitId, actor.unitId ?? '00000000-0000-0000-0000-000000000000')),
            ),
            jointIds.length ? inArray(scoringRounds.id, jointIds) : undefined,
          ),
        )
        .orderBy(desc(scoringRounds.createdAt));
  return toRoundSummaries(ctx.db, rows);
}
