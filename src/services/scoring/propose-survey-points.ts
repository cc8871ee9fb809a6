/**
 * Survey points proposed from the satisfaction surveys: for each unit of a round and each criterion scored by
 * survey that the public's answers measure (domain/surveys/survey-leaf-figure.ts), the unit's share satisfied
 * over the round's year (the figure catalogue, as the plan targets read it) times the criterion's maximum.
 * Only a proposal, nothing is written: the coordinator confirms it through the survey points (saveSurveyPoints)
 * before it counts. A unit without answers gets no proposal (never 0).
 */
import { eq } from 'drizzle-orm';
import { loadRound } from '../../db/queries/scoring/round-data.js';
import { scoringRoundUnits, units } from '../../db/schema/index.js';
import { yearOf } from '../../domain/figures/period.js';
import { scoredLeaves } from '../../domain/scoring/tree.js';
import { surveyFigureOfLeaf } from '../../domain/surveys/survey-leaf-figure.js';
import { surveyPointsOf } from '../../domain/surveys/results.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { collectFigures } from '../figures/collect-figures.js';

export async function proposeSurveyPoints(ctx: ServiceContext, roundId: string) {
  await authorize(ctx, 'scoring.manage', { roundId }, 'đề xuất điểm điều tra xã hội học');
  const { set } = await loadRound(ctx.db, roundId);
  const leaves = scoredLeaves(set)
    .filter((leaf) => leaf.source === 'survey')
    .map((leaf) => ({ leaf, key: surveyFigureOfLeaf({ title: leaf.title, linkedFigure: leaf.linkedFigure }) }))
    .filter((x) => x.key !== null);
  const roundUnits = await ctx.db
    .select({ id: units.id, name: units.name })
    .from(scoringRoundUnits)
    .innerJoin(units, eq(units.id, scoringRoundUnits.unitId))
    .where(eq(scoringRoundUnits.roundId, roundId))
    .orderBy(units.name);
  const values = leaves.length
    ? await collectFigures(ctx.db, {
        keys: [...new Set(leaves.map((x) => x.key!))],
        unitIds: roundUnits.map((u) => u.id),
        period: yearOf(set.year),
        today: localDateOf(ctx.now()),
      })
    : [];
  const valueOf = new Map(values.map((v) => [`${v.unitId}|${v.key}`, v]));
  const proposals = [];
  for (const unit of roundUnits)
    for (const { leaf, key } of leaves) {
      const figure = valueOf.get(`${unit.id}|${key}`);
      const points = surveyPointsOf(leaf.maxPoints ?? 0, figure?.value == null ? null : figure.value / 100);
      if (points === null || !figure) continue;
      proposals.push({
        unitId: unit.id,
        unitName: unit.name,
        code: leaf.code,
        title: leaf.title,
        maxPoints: leaf.maxPoints ?? 0,
        figureKey: key!,
        share: figure.value!,
        points,
        source: figure.source.label,
      });
    }
  return {
    year: set.year,
    criteria: leaves.map(({ leaf, key }) => ({ code: leaf.code, title: leaf.title, figureKey: key! })),
    proposals,
  };
}
