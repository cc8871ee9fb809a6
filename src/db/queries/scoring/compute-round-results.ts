import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { scoringRoundUnits, units } from '../../schema/index.js';
import { checkConsistency, printedFromScore } from '../../../domain/scoring/consistency.js';
import { pointsLostByCriterion, pointsLostByUnit } from '../../../domain/scoring/points-lost.js';
import { rankWithinGroups } from '../../../domain/scoring/ranking.js';
import { loadRoundEntries, type LoadedRound } from './round-data.js';
import { leafInfo } from './review-scope.js';
import { scoreUnits } from './stage-entries.js';

const GROUP_ORDER = ['department', 'other', 'district', 'commune', 'province'];

/** Scores and ranks from the database, without access checks (the benchmark and the exports use it too). */
export async function computeRoundResults(db: DbOrTx, loaded: LoadedRound) {
  const { round, set } = loaded;
  const roundUnits = await db
    .select({
      unitId: scoringRoundUnits.unitId,
      rankGroup: scoringRoundUnits.rankGroup,
      code: units.code,
      name: units.name,
    })
    .from(scoringRoundUnits)
    .innerJoin(units, eq(units.id, scoringRoundUnits.unitId))
    .where(eq(scoringRoundUnits.roundId, round.id));
  const { entries, survey } = await loadRoundEntries(db, round.id);
  const leaves = new Map([...leafInfo(set)].map(([code, l]) => [code, l.node]));
  const scores = scoreUnits(
    set,
    leaves,
    roundUnits.map((u) => u.unitId),
    entries,
    survey,
    'final',
  );
  const ranks = new Map(
    rankWithinGroups(
      roundUnits.map((u) => ({
        unitId: u.unitId,
        group: u.rankGroup,
        total: scores.get(u.unitId)!.total,
        effectiveMax: scores.get(u.unitId)!.effectiveMax,
      })),
    ).map((r) => [r.unitId, r]),
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
        areas: score.nodes
          .filter((n) => n.parentCode === null)
          .map((n) => ({ code: n.code, points: n.points, effectiveMax: n.effectiveMax })),
        lostMost: pointsLostByUnit(score)
          .criteria.slice(0, 5)
          .map((c) => ({ code: c.code, title: c.title, lost: c.lost })),
      };
    })
    .sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.rankGroup) - GROUP_ORDER.indexOf(b.rankGroup) ||
        a.rank - b.rank ||
        a.name.localeCompare(b.name, 'vi'),
    );
  const consistency = [...scores.values()].flatMap((score) =>
    checkConsistency(printedFromScore(score, set.naRescaling), set)
      .filter((d) => d.severity === 'error')
      .map((d) => ({ unitId: score.unitId, check: d.check, severity: d.severity, code: d.code, message: d.message })),
  );
  return { rows, scores, pointsLost: pointsLostByCriterion([...scores.values()]), consistency };
}
