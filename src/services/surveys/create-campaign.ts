import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { loadCampaignView } from '../../db/queries/surveys/campaign-view.js';
import { writeCampaignUnits } from '../../db/queries/surveys/campaign-units.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { surveyCampaigns } from '../../db/schema/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { campaignRecord, checkCampaignRequest, type CampaignRequest } from './check-campaign-request.js';

/** A survey campaign: a questionnaire version, a period, the units covered with their quotas and public links. */
export async function createSurveyCampaign(ctx: ServiceContext, request: CampaignRequest) {
  const actor = await authorize(ctx, 'surveys.manage');
  const today = localDateOf(ctx.now());
  const id = await ctx.db.transaction(async (tx) => {
    const provinceId = await provinceOfUnit(tx, actor.unitId);
    await checkCampaignRequest(tx, request, today, provinceId);
    const [row] = await tx
      .insert(surveyCampaigns)
      .values({
        title: request.title,
        questionnaireVersionId: request.questionnaireVersionId,
        startsOn: request.startsOn,
        endsOn: request.endsOn,
        codesRequired: request.codesRequired,
        provinceId,
        createdBy: actor.userId,
      })
      .returning({ id: surveyCampaigns.id });
    await writeCampaignUnits(tx, row!.id, request.units, request.fieldQuotas);
    await recordAudit(tx, actor, {
      action: 'surveyCampaign.create',
      entityId: row!.id,
      after: campaignRecord(request),
    });
    return row!.id;
  });
  return (await loadCampaignView(ctx.db, id, today))!;
}
