import { loadCampaignView } from '../../db/queries/surveys/campaign-view.js';
import { notFound } from '../../domain/errors.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** A campaign with its units, public links and progress against the quotas. */
export async function getSurveyCampaign(ctx: ServiceContext, campaignId: string) {
  await authorize(ctx, 'surveys.manage', { campaignId });
  const view = await loadCampaignView(ctx.db, campaignId, localDateOf(ctx.now()));
  if (!view) throw notFound('đợt khảo sát');
  return view;
}
