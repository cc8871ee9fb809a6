import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { surveyCampaignUnits, surveyCampaigns, surveyCodes } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { CODE_ALPHABET, CODE_LENGTH } from '../../domain/surveys/campaign.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

const newCode = () =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** A batch of single-use codes for a campaign (optionally one unit's), printed as one list. */
export async function generateSurveyCodes(
  ctx: ServiceContext,
  campaignId: string,
  request: { count: number; unitId: string | null },
) {
  const actor = await authorize(ctx, 'surveys.manage', { campaignId });
  return ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId)).for('update');
    if (!c) throw notFound('đợt khảo sát');
    if (c.cancelledAt) throw new AppError('SURVEY_CAMPAIGN_CANCELLED');
    if (request.unitId) {
      const [u] = await tx
        .select({ unitId: surveyCampaignUnits.unitId })
        .from(surveyCampaignUnits)
        .where(and(eq(surveyCampaignUnits.campaignId, campaignId), eq(surveyCampaignUnits.unitId, request.unitId)));
      if (!u)
        throw new AppError('SURVEY_CAMPAIGN_INVALID', { field: 'Đơn vị', problem: 'không thuộc đợt khảo sát này.' });
    }
    const [last] = await tx
      .select({ batch: sql<number>`coalesce(max(${surveyCodes.batch}), 0)::int` })
      .from(surveyCodes)
      .where(eq(surveyCodes.campaignId, campaignId));
    const batch = (last?.batch ?? 0) + 1;
    let made = 0;
    // 31^8 ≈ 8,5·10^11 codes: a clash is rare and simply skipped, then made up for.
    while (made < request.count) {
      const values = Array.from({ length: Math.min(500, request.count - made) }, () => ({
        campaignId,
        unitId: request.unitId,
        code: newCode(),
        batch,
        createdBy: actor.userId,
      }));
      const inserted = await tx
        .insert(surveyCodes)
        .values(values)
        .onConflictDoNothing()
        .returning({ id: surveyCodes.id });
      made += inserted.length;
    }
    await recordAudit(tx, actor, {
      action: 'surveyCampaign.generateCodes',
      entityId: campaignId,
      after: { batch, count: made, unitId: request.unitId },
    });
    return { batch, count: made };
  });
}
