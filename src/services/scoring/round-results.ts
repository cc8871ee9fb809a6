/**
 * A round's results: every unit scored on its final figures (final ?? appraised ?? self, plus
 * survey points), ranked within its group, classified into the set's bands, with where points
 * were lost, consistency checks of the displayed figures, and an optional comparison with an
 * earlier round. Before approval the figures are marked provisional; a unit sees them only once published.
 */
import { compareYears } from '../../domain/scoring/year-over-year.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadRound } from '../../db/queries/scoring/round-data.js';
import { toRoundSummary } from '../../db/queries/scoring/round-view.js';
import { computeRoundResults } from '../../db/queries/scoring/compute-round-results.js';

export async function getRoundResults(ctx: ServiceContext, roundId: string, previousRoundId?: string) {
  await authorize(ctx, 'scoring.readResults', { roundId });
  const loaded = await loadRound(ctx.db, roundId);
  const current = await computeRoundResults(ctx.db, loaded);
  let previous: Awaited<ReturnType<typeof computeRoundResults>> | null = null;
  if (previousRoundId) {
    await authorize(ctx, 'scoring.readResults', { roundId: previousRoundId });
    const earlier = await loadRound(ctx.db, previousRoundId);
    previous = await computeRoundResults(ctx.db, earlier);
  }
  const before = new Map(previous?.rows.map((r) => [r.unitId, r]) ?? []);
  return {
    round: await toRoundSummary(ctx.db, loaded.round, loaded.setRow),
    areas: loaded.set.nodes.map((n) => ({ code: n.code, title: n.title, maxPoints: n.maxPoints ?? 0 })),
    units: current.rows.map((row) => {
      const old = before.get(row.unitId);
      const oldScore = previous?.scores.get(row.unitId);
      const comparison =
        old && oldScore
          ? compareYears(oldScore, current.scores.get(row.unitId)!, { previous: old.rank, current: row.rank })
          : null;
      return {
        ...row,
        previous:
          old && comparison
            ? { total: old.total, percent: old.percent, rank: old.rank, deltaPercent: comparison.total.deltaPercent }
            : null,
      };
    }),
    pointsLost: current.pointsLost,
    consistency: current.consistency,
    provisional: !['approved', 'published'].includes(loaded.round.status),
  };
}
