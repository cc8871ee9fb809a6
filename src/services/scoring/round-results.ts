/**
 * A round's results: every unit scored on its final figures (final ?? appraised ?? self, plus
 * survey points), ranked within its group, classified into the set's bands, with where points
 * were lost, consistency checks of the displayed figures, and an optional comparison with an
 * earlier round. Before approval the figures are marked provisional; a unit sees them only once published.
 */
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scoringRoundUnits, units } from '../../db/schema/index.js';
import { checkConsistency, printedFromScore } from '../../domain/scoring/consistency.js';
import { pointsLostByCriterion, pointsLostByUnit } from '../../domain/scoring/points-lost.js';
import { rankWithinGroups } from '../../domain/scoring/ranking.js';
import { compareYears } from '../../domain/scoring/year-over-year.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { loadRound, loadRoundEntries, type LoadedRound } from './round-data.js';
import { leafInfo } from './review-scope.js';
import { toRoundSummary } from './round-view.js';
import { scoreUnits } from './stage-entries.js';

const GROUP_ORDER = ['department', 'other', 'district', 'commune', 'province'];

/** Scores and ranks from the database, without access checks (the benchmark and the exports use it too). */
export async function computeRoundResults(db: DbOrTx, loaded: LoadedRound) {
  const { round, set } = loaded;
  const roundUnits = await db
    .select({ unitId: scoringRoundUnits.unitId, rankGroup: scoringRoundUnits.rankGroup, code: units.code, name: units.name })
    .from(scoringRoundUnits)
    .innerJoin(units, eq(units.id, scoringRoundUnits.unitId))
    .where(eq(scoringRoundUnits.roundId, round.id));
  const { entries, survey } = await loadRoundEntries(db, round.id);
  const leaves = new Map([...leafInfo(set)].map(([code, l]) => [code, l.node]));
  const scores = scoreUnits(set, leaves, roundUnits.map((u) => u.unitId), entries, survey, 'final');
  const ranks = new Map(
    rankWithinGroups(roundUnits.map((u) => ({ unitId: u.unitId, group: u.rankGroup, total: scores.get(u.unitId)!.total, effectiveMax: scores.get(u.unitId)!.effectiveMax }))).map((r) => [r.unitId, r]),
  );
  const rows = roundUnits
    .map((u) => {
      const score = scores.get(u.unitId)!;
      const rank = ranks.get(u.unitId)!;
      return {
        unitId: u.unitId,
        code: u.code,
        name: u.name,
        rankGroup: u.rankGroup,
        rank: rank.rank,
        of: rank.of,
        total: score.total,
        effectiveMax: score.effectiveMax,
        percent: score.percent,
        selfPoints: score.selfPoints,
        surveyPoints: score.surveyPoints,
        bonusPoints: score.bonusPoints,
        penaltyPoints: score.penaltyPoints,
        band: score.band,
        areas: score.nodes.filter((n) => n.parentCode === null).map((n) => ({ code: n.code, points: n.points, effectiveMax: n.effectiveMax })),
        lostMost: pointsLostByUnit(score).criteria.slice(0, 5).map((c) => ({ code: c.code, title: c.title, lost: c.lost })),
      };
    })
    .sort((a, b) => GROUP_ORDER.indexOf(a.rankGroup) - GROUP_ORDER.indexOf(b.rankGroup) || a.rank - b.rank || a.name.localeCompare(b.name, 'vi'));
  const consistency = [...scores.values()].flatMap((score) =>
    checkConsistency(printedFromScore(score, set.naRescaling), set)
      .filter((d) => d.severity === 'error')
      .map((d) => ({ unitId: score.unitId, check: d.check, severity: d.severity, code: d.code, message: d.message })),
  );
  return { rows, scores, pointsLost: pointsLostByCriterion([...scores.values()]), consistency };
}

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
      const comparison = old && oldScore ? compareYears(oldScore, current.scores.get(row.unitId)!, { previous: old.rank, current: row.rank }) : null;
      return { ...row, previous: old && comparison ? { total: old.total, percent: old.percent, rank: old.rank, deltaPercent: comparison.total.deltaPercent } : null };
    }),
    pointsLost: current.pointsLost,
    consistency: current.consistency,
    provisional: !['approved', 'published'].includes(loaded.round.status),
  };
}
