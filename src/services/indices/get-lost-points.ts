import { workOfResult } from '../../db/queries/indices/work-rows.js';
import { checkIndexResult } from '../../domain/indices/consistency.js';
import { factsOf } from '../../db/queries/indices/index-rows.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { lostPointsOf } from './steps/lost-points-of.js';
import { resultViews } from './steps/result-view.js';

/**
 * Where a published result lost points: per area (and criterion or part) the maximum minus the score, the change
 * against last year's loss, the work already assigned for it, and where the entered figures disagree with
 * themselves (scoring's consistency checks).
 */
export async function getLostPoints(ctx: ServiceContext, resultId: string) {
  await authorize(ctx, 'indices.read', { indexResultId: resultId });
  const { row, index, lastLabel, lost } = await lostPointsOf(ctx.db, resultId);
  const work = await workOfResult(ctx.db, resultId);
  const [result] = await resultViews(ctx.db, [row]);
  return {
    result: result!,
    indexName: index.name,
    maxScore: index.maxScore,
    totalLost: lost.totalLost,
    lastYear: lastLabel,
    lines: lost.lines.map((line) => ({
      ...line,
      work: work
        .filter((w) => (w.criterionCode ?? w.areaCode) === line.code && w.cancelled === null)
        .map((w) => ({
          id: w.id,
          assignmentId: w.assignmentId,
          unitId: w.unitId,
          unitName: w.unitName,
          criterionCode: w.criterionCode,
          status: w.status,
        })),
    })),
    consistency: checkIndexResult(factsOf(row), index.maxScore, index.name).map((d) => ({
      check: d.check,
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  };
}
