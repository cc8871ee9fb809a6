/**
 * Survey points per unit and survey leaf, entered by hand or imported from a file. Every row is
 * checked (unit in the round, a survey leaf, points within its maximum) and the whole set is
 * refused with each row's problem when any row is wrong; nothing is half-imported.
 */
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { storeSurveyPoints } from './steps/store-survey-points.js';

export async function saveSurveyPoints(
  ctx: ServiceContext,
  roundId: string,
  rows: { unitId: string; code: string; points: number }[],
) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'nhập điểm điều tra xã hội học');
  return storeSurveyPoints(
    ctx,
    actor,
    roundId,
    rows.map((r, i) => ({
      where: `Dòng ${i + 1}`,
      unitId: r.unitId,
      unitLabel: r.unitId,
      code: r.code,
      points: r.points,
    })),
  );
}
