import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadCampaignView } from '../../db/queries/surveys/campaign-view.js';
import { surveyCampaigns } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Cancels a campaign with a reason: its public links stop taking answers; what was answered is kept. */
export async function cancelSurveyCampaign(ctx: ServiceContext, campaignId: string, reason: string) {
  const actor = await authorize(ctx, 'surveys.manage', { campaignId });
  await ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId)).for('update');
    if (!c) throw notFound('đợt khảo sát');
    if (c.cancelledAt) throw new AppError('SURVEY_CAMPAIGN_CANCELLED');
    await tx
      .update(surveyCampaigns)
      .set({
        cancelledAt: ctx.now(),
        cancelledBy: actor.userId,
        cancelReason: reason,
        version: c.version + 1,
        updatedAt: ctx.now(),
      })
      .where(eq(surveyCampaigns.id, campaignId));
    await recordAudit(tx, actor, {
      action: 'surveyCampaign.cancel',
      entityId: campaignId,
      after: { cancelReason: reason },
      reason,
    });
  });
  return (await loadCampaignView(ctx.db, campaignId, localDateOf(ctx.now())))!;
}
