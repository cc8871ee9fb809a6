import { desc, eq, sql } from 'drizzle-orm';
import { ofProvince, provinceOfUnit } from '../../db/queries/units/province.js';
import { surveyCampaigns, surveyQuestionnaireVersions } from '../../db/schema/index.js';
import { campaignStatus } from '../../domain/surveys/campaign.js';
import { localDateOf } from '../../domain/text/format.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function listSurveyCampaigns(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'surveys.manage');
  const provinceId = await provinceOfUnit(ctx.db, actor.unitId);
  const today = localDateOf(ctx.now());
  const rows = await ctx.db
    .select({
      c: surveyCampaigns,
      content: surveyQuestionnaireVersions.content,
      units: sql<number>`(select count(*)::int from survey_campaign_units u where u.campaign_id = ${surveyCampaigns.id})`,
      answers: sql<number>`(select count(*)::int from survey_responses r where r.campaign_id = ${surveyCampaigns.id} and not r.duplicate)`,
    })
    .from(surveyCampaigns)
    .innerJoin(surveyQuestionnaireVersions, eq(surveyQuestionnaireVersions.id, surveyCampaigns.questionnaireVersionId))
    .where(ofProvince(surveyCampaigns.provinceId, provinceId))
    .orderBy(desc(surveyCampaigns.startsOn), desc(surveyCampaigns.createdAt));
  return {
    campaigns: rows.map(({ c, content, units, answers }) => ({
      id: c.id,
      title: c.title,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      status: campaignStatus(c, today),
      questionnaireTitle: content.title,
      units,
      answers,
    })),
  };
}
