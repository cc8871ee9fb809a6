/**
 * A survey campaign written straight into the tables (the one-stop-desk questionnaire shipped in
 * seed/surveys/mot-cua.json), for tests of what happens to answers once a campaign exists.
 */
import { readFileSync } from 'node:fs';
import type { Database } from '../../src/db/client.js';
import {
  surveyCampaignUnits,
  surveyCampaigns,
  surveyQuestionnaireVersions,
  surveyQuestionnaires,
} from '../../src/db/schema/index.js';
import type { QuestionnaireDefinition } from '../../src/domain/surveys/questionnaire.js';

export const motCua = (): QuestionnaireDefinition =>
  JSON.parse(
    readFileSync(new URL('../../seed/surveys/mot-cua.json', import.meta.url), 'utf8'),
  ) as QuestionnaireDefinition;

export async function writeCampaign(
  db: Database,
  {
    unitIds,
    startsOn,
    endsOn,
    code = 'mot-cua-test',
  }: { unitIds: string[]; startsOn: string; endsOn: string; code?: string },
): Promise<{ campaignId: string; questionnaire: QuestionnaireDefinition }> {
  const questionnaire = { ...motCua(), code };
  const [q] = await db
    .insert(surveyQuestionnaires)
    .values({ code, title: questionnaire.title, currentVersion: 1 })
    .returning({ id: surveyQuestionnaires.id });
  const [v] = await db
    .insert(surveyQuestionnaireVersions)
    .values({ questionnaireId: q!.id, version: 1, content: questionnaire })
    .returning({ id: surveyQuestionnaireVersions.id });
  const [c] = await db
    .insert(surveyCampaigns)
    .values({ title: `Khảo sát một cửa ${startsOn}`, questionnaireVersionId: v!.id, startsOn, endsOn })
    .returning({ id: surveyCampaigns.id });
  await db
    .insert(surveyCampaignUnits)
    .values(
      unitIds.map((unitId, i) => ({ campaignId: c!.id, unitId, publicToken: `${code}-${i}-${c!.id.slice(0, 8)}` })),
    );
  return { campaignId: c!.id, questionnaire };
}
