/** The coordinator names the appraisal council and the areas each member reviews. */
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { councilRequest } from '../../contracts/scoring.js';
import { scoringCouncilMembers, users } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getRound } from './get-round.js';
import { requireStage } from './steps/round-stage.js';
import { loadRound } from '../../db/queries/scoring/round-data.js';
import { updateRoundRow } from '../../db/queries/scoring/round-write.js';

export async function assignCouncil(ctx: ServiceContext, roundId: string, input: z.infer<typeof councilRequest>) {
  const actor = await authorize(ctx, 'scoring.manage', { roundId }, 'phân công hội đồng thẩm định');
  await ctx.db.transaction(async (tx) => {
    const { round, set } = await loadRound(tx, roundId, 'update');
    requireStage(
      round.status,
      ['draft', 'self_assessment', 'appraisal', 'explanation', 'final_appraisal'],
      'phân công hội đồng thẩm định',
    );
    const areaCodes = new Set(set.nodes.map((n) => n.code));
    const userIds = input.members.map((m) => m.userId);
    if (new Set(userIds).size !== userIds.length) throw new AppError('DUPLICATE_MEMBER');
    const found = userIds.length ? await tx.select().from(users).where(inArray(users.id, userIds)) : [];
    const problems: string[] = [];
    for (const member of input.members) {
      const user = found.find((u) => u.id === member.userId);
      if (!user || user.archivedAt) problems.push(`không có tài khoản ${member.userId}`);
      else if (user.role !== 'appraiser') problems.push(`${user.displayName} không có vai trò thẩm định`);
      const unknown = member.areas.filter((a) => !areaCodes.has(a));
      if (unknown.length) problems.push(`lĩnh vực không có trong bộ tiêu chí: ${unknown.join(', ')}`);
    }
    if (problems.length) throw new AppError('INVALID_COUNCIL', { problems }, { problems });
    await tx.delete(scoringCouncilMembers).where(eq(scoringCouncilMembers.roundId, roundId));
    if (input.members.length)
      await tx
        .insert(scoringCouncilMembers)
        .values(
          input.members.map((m) => ({ roundId, userId: m.userId, areas: [...new Set(m.areas)], chair: m.chair })),
        );
    await updateRoundRow(
      tx,
      actor,
      round,
      input.version,
      {},
      { action: 'scoringRound.assignCouncil', council: input.members },
      ctx.now(),
    );
  });
  return getRound(ctx, roundId);
}
