import { and, asc, eq, inArray } from 'drizzle-orm';
import { scoringHistory, users } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { visibleStages } from './steps/unit-scoring-sheet.js';
import { loadRound, loadRoundUnit, scoredLeafOf } from '../../db/queries/scoring/round-data.js';
import type { HistoryKind } from '../../db/queries/scoring/entry-write.js';

/** Every version of a leaf, oldest first, with who wrote it; appraisal versions follow the same visibility as the sheet. */
export async function leafHistory(ctx: ServiceContext, roundId: string, unitId: string, code: string) {
  const actor = await authorize(ctx, 'scoring.readUnit', { roundId, unitId });
  const { round, set } = await loadRound(ctx.db, roundId);
  await loadRoundUnit(ctx.db, roundId, unitId);
  scoredLeafOf(set, code);
  const visible = visibleStages(actor, round.status);
  const kinds: HistoryKind[] = [
    'self',
    'prefill',
    'explanation',
    'evidence',
    'survey',
    ...(visible.appraisal ? (['appraisal'] as const) : []),
    ...(visible.final ? (['final'] as const) : []),
  ];
  const rows = await ctx.db
    .select({
      kind: scoringHistory.kind,
      version: scoringHistory.version,
      data: scoringHistory.data,
      actorName: users.displayName,
      at: scoringHistory.at,
    })
    .from(scoringHistory)
    .leftJoin(users, eq(users.id, scoringHistory.actorId))
    .where(
      and(
        eq(scoringHistory.roundId, roundId),
        eq(scoringHistory.unitId, unitId),
        eq(scoringHistory.code, code),
        inArray(scoringHistory.kind, kinds),
      ),
    )
    .orderBy(asc(scoringHistory.id));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
