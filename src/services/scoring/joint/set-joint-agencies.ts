/**
 * The Sở Nội vụ names the agencies responsible for areas or criteria of the province's joint round; a criterion
 * without its own names inherits its area's. Names are changed in place (the audit keeps the earlier ones).
 */
import { and, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { jointAgenciesRequest } from '../../../contracts/scoring-joint.js';
import { scoringResponsibilities, units } from '../../../db/schema/index.js';
import { recordAudit } from '../../../db/queries/audit/record-audit.js';
import { loadResponsibilities } from '../../../db/queries/scoring/joint-round.js';
import { AppError } from '../../../domain/errors.js';
import { indexByCode } from '../../../domain/scoring/tree.js';
import { authorize } from '../../access/authorize.js';
import type { ServiceContext } from '../../context.js';
import { loadJointRound } from '../steps/open-joint.js';
import { getJointRound } from './get-joint-round.js';

export async function setJointAgencies(
  ctx: ServiceContext,
  roundId: string,
  input: z.infer<typeof jointAgenciesRequest>,
) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'giao cơ quan chủ trì tiêu chí');
  await ctx.db.transaction(async (tx) => {
    const { round, set } = await loadJointRound(tx, roundId, 'update');
    if (round.status === 'published') throw new AppError('ROUND_PUBLISHED', { action: 'giao cơ quan chủ trì' });
    const nodes = indexByCode(set);
    for (const a of input.assignments)
      if (!nodes.has(a.code)) throw new AppError('UNKNOWN_CRITERION', { code: a.code, set: set.code });
    const ids = [...new Set(input.assignments.flatMap((a) => a.agencyIds))];
    const found = ids.length
      ? await tx
          .select({ id: units.id })
          .from(units)
          .where(and(inArray(units.id, ids), isNull(units.archivedAt)))
      : [];
    if (found.length !== ids.length) throw new AppError('UNKNOWN_AGENCY');
    const before = await loadResponsibilities(tx, roundId);
    const now = ctx.now();
    for (const a of input.assignments) {
      const agencyIds = [...new Set(a.agencyIds)];
      await tx
        .insert(scoringResponsibilities)
        .values({ roundId, code: a.code, agencyIds, updatedBy: actor.userId, updatedAt: now })
        .onConflictDoUpdate({
          target: [scoringResponsibilities.roundId, scoringResponsibilities.code],
          set: { agencyIds, updatedBy: actor.userId, updatedAt: now },
        });
    }
    const codes = input.assignments.map((a) => a.code);
    await recordAudit(tx, actor, {
      action: 'scoringRound.assignAgencies',
      entityId: roundId,
      before: { assignments: codes.map((code) => ({ code, agencyIds: before.get(code) ?? [] })) },
      after: { assignments: input.assignments.map((a) => ({ code: a.code, agencyIds: [...new Set(a.agencyIds)] })) },
    });
  });
  return getJointRound(ctx, roundId);
}
