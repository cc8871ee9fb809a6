import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Tx } from '../../client.js';
import { scoringRounds } from '../../schema/index.js';
import { staleVersion } from '../../../domain/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { councilRequest } from '../../../contracts/scoring.js';
import type { AuditAction } from '../../../contracts/audit-actions.js';
import type { Actor } from '../../../services/context.js';
import type { RoundRow } from './round-data.js';

/** How a change to the round's row is audited: an edit or a stage move, or the council's assignment with its members. */
export type RoundAudit =
  | {
      action: Exclude<
        Extract<AuditAction, `scoringRound.${string}`>,
        | 'scoringRound.create'
        | 'scoringRound.enterSurveyPoints'
        | 'scoringRound.assignCouncil'
        | 'scoringRound.assignAgencies'
      >;
    }
  | { action: 'scoringRound.assignCouncil'; council: z.input<typeof councilRequest>['members'] };

/** Applies `changes` to the round if it is still at the version the writer read; audited as `audit` says. */
export async function updateRoundRow(
  tx: Tx,
  actor: Actor,
  round: RoundRow,
  readVersion: number,
  changes: Partial<RoundRow>,
  audit: RoundAudit,
  now: Date,
) {
  if (round.version !== readVersion) throw staleVersion('Đợt đánh giá');
  const [after] = await tx
    .update(scoringRounds)
    .set({ ...changes, version: round.version + 1, updatedAt: now })
    .where(and(eq(scoringRounds.id, round.id), eq(scoringRounds.version, readVersion)))
    .returning();
  if (!after) throw staleVersion('Đợt đánh giá');
  const recorded = { entityId: round.id, before: round };
  await recordAudit(
    tx,
    actor,
    audit.action === 'scoringRound.assignCouncil'
      ? { ...recorded, action: audit.action, after: { ...after, council: audit.council } }
      : { ...recorded, action: audit.action, after },
  );
  return after;
}
