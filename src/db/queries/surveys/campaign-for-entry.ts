/**
 * What paper entry and the results need of a campaign: its period, whether it was cancelled, its
 * questionnaire version's content and the units it covers (with their codes, for an XLSX's rows).
 */
import { eq } from 'drizzle-orm';
import { surveyCampaignUnits, surveyCampaigns, surveyQuestionnaireVersions, units } from '../../schema/index.js';
import type { DbOrTx } from '../../client.js';
import type { QuestionnaireDefinition } from '../../../domain/surveys/questionnaire.js';

export interface CampaignForEntry {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  cancelled: boolean;
  questionnaireVersionId: string;
  questionnaire: QuestionnaireDefinition;
  units: { unitId: string; code: string; name: string }[];
}

export async function loadCampaignForEntry(db: DbOrTx, campaignId: string): Promise<CampaignForEntry | null> {
  const [campaign] = await db
    .select({
      id: surveyCampaigns.id,
      title: surveyCampaigns.title,
      startsOn: surveyCampaigns.startsOn,
      endsOn: surveyCampaigns.endsOn,
      cancelledAt: surveyCampaigns.cancelledAt,
      questionnaireVersionId: surveyCampaigns.questionnaireVersionId,
      questionnaire: surveyQuestionnaireVersions.content,
    })
    .from(surveyCampaigns)
    .innerJoin(surveyQuestionnaireVersions, eq(surveyQuestionnaireVersions.id, surveyCampaigns.questionnaireVersionId))
    .where(eq(surveyCampaigns.id, campaignId));
  if (!campaign) return null;
  const covered = await db
    .select({ unitId: surveyCampaignUnits.unitId, code: units.code, name: units.name })
    .from(surveyCampaignUnits)
    .innerJoin(units, eq(units.id, surveyCampaignUnits.unitId))
    .where(eq(surveyCampaignUnits.campaignId, campaignId))
    .orderBy(units.code);
  const { cancelledAt, ...rest } = campaign;
  return { ...rest, cancelled: cancelledAt !== null, units: covered };
}
