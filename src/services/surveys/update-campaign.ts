import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { writeCampaignUnits } from '../../db/queries/surveys/campaign-units.js';
import { loadCampaignView } from '../../db/queries/surveys/campaign-view.js';
import { surveyCampaigns } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { campaignStatus } from '../../domain/surveys/campaign.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { campaignRecord, checkCampaignRequest, type CampaignRequest } from './check-campaign-request.js';

/** Edits a campaign before it starts (period, units, quotas, questionnaire version); refused once it has started. */
export async function updateSurveyCampaign(
  ctx: ServiceContext,
  campaignId: string,
  request: CampaignRequest & { version: number },
) {
  const actor = await authorize(ctx, 'surveys.manage', { campaignId });
  const today = localDateOf(ctx.now());
  await ctx.db.transaction(async (tx) => {
    const [c] = await tx.select().from(surveyCampaigns).where(eq(surveyCampaigns.id, campaignId)).for('update');
    if (!c) throw notFound('đợt khảo sát');
    const status = campaignStatus(c, today);
    if (status === 'cancelled') throw new AppError('SURVEY_CAMPAIGN_CANCELLED');
    if (status !== 'upcoming') throw new AppError('SURVEY_CAMPAIGN_STARTED');
    if (c.version !== request.version) throw staleVersion('Đợt khảo sát');
    const before = (await loadCampaignView(tx, campaignId, today))!;
    await checkCampaignRequest(tx, request, today, c.provinceId);
    await tx
      .update(surveyCampaigns)
      .set({
        title: request.title,
        questionnaireVersionId: request.questionnaireVersionId,
        startsOn: request.startsOn,
        endsOn: request.endsOn,
        codesRequired: request.codesRequired,
        version: c.version + 1,
        updatedAt: ctx.now(),
      })
      .where(eq(surveyCampaigns.id, campaignId));
    await writeCampaignUnits(tx, campaignId, request.units, request.fieldQuotas);
    await recordAudit(tx, actor, {
      action: 'surveyCampaign.update',
      entityId: campaignId,
      before: campaignRecord({
        title: before.title,
        questionnaireVersionId: before.questionnaire.versionId,
        startsOn: before.startsOn,
        endsOn: before.endsOn,
        codesRequired: before.codesRequired,
        units: before.units.map((u) => ({ unitId: u.unitId, quota: u.quota })),
        fieldQuotas: before.fieldQuotas.map((f) => ({
          field: f.field as CampaignRequest['fieldQuotas'][number]['field'],
          quota: f.quota ?? 0,
        })),
      }),
      after: campaignRecord(request),
    });
  });
  return (await loadCampaignView(ctx.db, campaignId, today))!;
}
