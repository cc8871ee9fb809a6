import { asc, eq } from 'drizzle-orm';
import { scoringCouncilMembers, scoringRoundUnits, units, users } from '../../db/schema/index.js';
import { can } from '../../domain/access/policy.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadRound } from '../../db/queries/scoring/round-data.js';
import { roundUnitView, toRoundSummary } from '../../db/queries/scoring/round-view.js';

/** A round with its areas, units and council; a reporter sees it only when their unit is scored, and only their unit's row until publication. */
export async function getRound(ctx: ServiceContext, roundId: string) {
  const actor = await authorize(ctx, 'scoring.readRound', { roundId });
  const { round, setRow, set } = await loadRound(ctx.db, roundId);
  const unitRows = await ctx.db
    .select({ roundUnit: scoringRoundUnits, code: units.code, name: units.name })
    .from(scoringRoundUnits)
    .innerJoin(units, eq(units.id, scoringRoundUnits.unitId))
    .where(eq(scoringRoundUnits.roundId, roundId))
    .orderBy(asc(scoringRoundUnits.rankGroup), asc(units.name));
  // Until publication a unit sees its own row only.
  const sees = (unitId: string) =>
    can(actor, 'scoring.readUnit', { unitId, roundPublished: round.status === 'published' });
  const council = await ctx.db
    .select({
      userId: scoringCouncilMembers.userId,
      displayName: users.displayName,
      areas: scoringCouncilMembers.areas,
      chair: scoringCouncilMembers.chair,
    })
    .from(scoringCouncilMembers)
    .innerJoin(users, eq(users.id, scoringCouncilMembers.userId))
    .where(eq(scoringCouncilMembers.roundId, roundId))
    .orderBy(asc(users.displayName));
  return {
    ...(await toRoundSummary(ctx.db, round, setRow)),
    areas: set.nodes.map((n) => ({ code: n.code, title: n.title, maxPoints: n.maxPoints ?? 0 })),
    roundUnits: unitRows.filter((r) => sees(r.roundUnit.unitId)).map(roundUnitView),
    council,
  };
}
