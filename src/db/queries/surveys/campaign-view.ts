import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { surveyCampaignView } from '../../../contracts/surveys.js';
import { campaignStatus, surveyPublicPath } from '../../../domain/surveys/campaign.js';
import type { DbOrTx } from '../../client.js';
import {
  surveyCampaigns,
  surveyCampaignUnits,
  surveyCodes,
  surveyFieldQuotas,
  surveyQuestionnaires,
  surveyQuestionnaireVersions,
  surveyResponses,
  units,
} from '../../schema/index.js';

type CampaignWithUrls = z.input<typeof surveyCampaignView>;
/** The stored view: each unit's public path; the HTTP route adds the full address (it knows the server's). */
export type SurveyCampaignView = Omit<CampaignWithUrls, 'units'> & {
  units: Omit<CampaignWithUrls['units'][number], 'publicUrl'>[];
};

/** A campaign with its units and field quotas and the answers counted against each (duplicates not counted). */
export async function loadCampaignView(
  db: DbOrTx,
  campaignId: string,
  today: string,
): Promise<SurveyCampaignView | null> {
  const [c] = await db
    .select({
      campaign: surveyCampaigns,
      qId: surveyQuestionnaires.id,
      qCode: surveyQuestionnaires.code,
      qTitle: surveyQuestionnaires.title,
      qVersion: surveyQuestionnaireVersions.version,
    })
    .from(surveyCampaigns)
    .innerJoin(surveyQuestionnaireVersions, eq(surveyQuestionnaireVersions.id, surveyCampaigns.questionnaireVersionId))
    .innerJoin(surveyQuestionnaires, eq(surveyQuestionnaires.id, surveyQuestionnaireVersions.questionnaireId))
    .where(eq(surveyCampaigns.id, campaignId));
  if (!c) return null;
  const unitRows = await db
    .select({
      unitId: surveyCampaignUnits.unitId,
      unitName: units.name,
      unitKind: units.kind,
      token: surveyCampaignUnits.publicToken,
      quota: surveyCampaignUnits.quota,
      answers: sql<number>`(select count(*)::int from ${surveyResponses} r where r.campaign_id = ${surveyCampaignUnits.campaignId} and r.unit_id = ${surveyCampaignUnits.unitId} and not r.duplicate)`,
      duplicates: sql<number>`(select count(*)::int from ${surveyResponses} r where r.campaign_id = ${surveyCampaignUnits.campaignId} and r.unit_id = ${surveyCampaignUnits.unitId} and r.duplicate)`,
    })
    .from(surveyCampaignUnits)
    .innerJoin(units, eq(units.id, surveyCampaignUnits.unitId))
    .where(eq(surveyCampaignUnits.campaignId, campaignId))
    .orderBy(asc(units.name));
  const fieldRows = await db
    .select({
      field: surveyFieldQuotas.field,
      quota: surveyFieldQuotas.quota,
      answers: sql<number>`(select count(*)::int from ${surveyResponses} r where r.campaign_id = ${surveyFieldQuotas.campaignId} and r.field = ${surveyFieldQuotas.field} and not r.duplicate)`,
    })
    .from(surveyFieldQuotas)
    .where(eq(surveyFieldQuotas.campaignId, campaignId))
    .orderBy(asc(surveyFieldQuotas.field));
  const [codes] = await db
    .select({
      batches: sql<number>`coalesce(max(${surveyCodes.batch}), 0)::int`,
      generated: sql<number>`count(*)::int`,
      used: sql<number>`count(${surveyCodes.usedAt})::int`,
    })
    .from(surveyCodes)
    .where(eq(surveyCodes.campaignId, campaignId));
  const quotas = unitRows.map((u) => u.quota);
  return {
    id: c.campaign.id,
    title: c.campaign.title,
    questionnaire: {
      id: c.qId,
      code: c.qCode,
      title: c.qTitle,
      version: c.qVersion,
      versionId: c.campaign.questionnaireVersionId,
    },
    startsOn: c.campaign.startsOn,
    endsOn: c.campaign.endsOn,
    status: campaignStatus(c.campaign, today),
    codesRequired: c.campaign.codesRequired,
    cancelReason: c.campaign.cancelReason,
    version: c.campaign.version,
    units: unitRows.map((u) => ({
      unitId: u.unitId,
      unitName: u.unitName,
      unitKind: u.unitKind,
      publicPath: surveyPublicPath(u.token),
      quota: u.quota,
      answers: u.answers,
      duplicates: u.duplicates,
    })),
    fieldQuotas: fieldRows,
    total: {
      answers: unitRows.reduce((s, u) => s + u.answers, 0),
      quota: quotas.some((q) => q !== null) ? quotas.reduce<number>((s, q) => s + (q ?? 0), 0) : null,
    },
    codes: codes ?? { batches: 0, generated: 0, used: 0 },
  };
}

/** A campaign's unit by the token of its public link, with what the form needs. */
export async function campaignUnitByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({
      campaignId: surveyCampaigns.id,
      title: surveyCampaigns.title,
      startsOn: surveyCampaigns.startsOn,
      endsOn: surveyCampaigns.endsOn,
      cancelledAt: surveyCampaigns.cancelledAt,
      codesRequired: surveyCampaigns.codesRequired,
      versionId: surveyQuestionnaireVersions.id,
      content: surveyQuestionnaireVersions.content,
      unitId: units.id,
      unitName: units.name,
    })
    .from(surveyCampaignUnits)
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, surveyCampaignUnits.campaignId))
    .innerJoin(surveyQuestionnaireVersions, eq(surveyQuestionnaireVersions.id, surveyCampaigns.questionnaireVersionId))
    .innerJoin(units, eq(units.id, surveyCampaignUnits.unitId))
    .where(eq(surveyCampaignUnits.publicToken, token));
  return row ?? null;
}

/** The token of a campaign's unit (its public link), or null when the campaign does not cover the unit. */
export async function campaignUnitToken(db: DbOrTx, campaignId: string, unitId: string) {
  const [row] = await db
    .select({ token: surveyCampaignUnits.publicToken, unitName: units.name, title: surveyCampaigns.title })
    .from(surveyCampaignUnits)
    .innerJoin(units, eq(units.id, surveyCampaignUnits.unitId))
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, surveyCampaignUnits.campaignId))
    .where(and(eq(surveyCampaignUnits.campaignId, campaignId), eq(surveyCampaignUnits.unitId, unitId)));
  return row ?? null;
}
