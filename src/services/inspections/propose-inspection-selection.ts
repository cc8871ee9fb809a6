import { inspectionProposalQuery, type InspectionProposal } from '../../contracts/inspections.js';
import { selectionCandidates } from '../../db/queries/inspections/inspection-rows.js';
import { proposeSelection } from '../../domain/inspections/selection.js';
import { authorize, requireActor } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { checkedRequest } from '../registers/steps/entry-access.js';
import { checkedScope } from './save-inspection-plan.js';

/**
 * cchc's proposal for a level's inspections in a year: every unit of the level in order (not inspected in the
 * last two years first, then the lowest latest score, then the longest since the last inspection), the first
 * ones up to the target share proposed (a district's: of its communes). The coordinator adjusts it and saves the plan.
 */
export async function proposeInspectionSelection(
  ctx: ServiceContext,
  query: { year: number; level: string; percent: number; inspectorUnitId?: string | null },
): Promise<InspectionProposal> {
  requireActor(ctx);
  const input = checkedRequest(inspectionProposalQuery, query);
  const actor = await authorize(ctx, 'inspections.manage', { inspectorUnitId: input.inspectorUnitId ?? null });
  const candidates = await selectionCandidates(ctx.db, await checkedScope(ctx.db, actor, input));
  const { needed, ranked } = proposeSelection(candidates, input.percent, input.year);
  return {
    year: input.year,
    level: input.level,
    percent: input.percent,
    total: candidates.length,
    needed,
    units: ranked,
  };
}
