import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { toCriteriaSetDetail } from '../../db/queries/scoring/criteria-set-view.js';
import { loadCriteriaSetRow } from '../../db/queries/scoring/criteria-set-row.js';

export async function getCriteriaSet(ctx: ServiceContext, id: string) {
  await authorize(ctx, 'criteria.read');
  const { row, latestVersion } = await loadCriteriaSetRow(ctx.db, id);
  return toCriteriaSetDetail(row, latestVersion);
}
