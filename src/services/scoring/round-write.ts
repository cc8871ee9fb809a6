import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scoringRounds } from '../../db/schema/index.js';
import { staleVersion } from '../../domain/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { AuditAction } from '../../contracts/audit-actions.js';
import type { Actor } from '../context.js';
import type { RoundRow } from './round-data.js';

/** Applies `changes` to the round if it is still at the version the writer read; audited with `action`. */
export async function updateRoundRow(tx: Tx, actor: Actor, round: RoundRow, readVersion: number, changes: Partial<RoundRow>, action: AuditAction, now: Date, extra?: unknown) {
  if (round.version !== readVersion) throw staleVersion('Đợt đánh giá');
  const [after] = await tx
    .update(scoringRounds)
    .set({ ...changes, version: round.version + 1, updatedAt: now })
    .where(and(eq(scoringRounds.id, round.id), eq(scoringRounds.version, readVersion)))
    .returning();
  if (!after) throw staleVersion('Đợt đánh giá');
  await recordAudit(tx, actor, { action, entity: 'scoring_round', entityId: round.id, before: round, after: extra === undefined ? after : { ...after, ...(extra as object) } });
  return after;
}
