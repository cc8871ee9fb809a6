import { endpoints } from '../../contracts/endpoints/index.js';
import { cancelSurveyCampaign } from '../../services/surveys/cancel-campaign.js';
import { createSurveyCampaign } from '../../services/surveys/create-campaign.js';
import { exportSurveyCodes } from '../../services/surveys/export-codes.js';
import { exportQuestionnaire } from '../../services/surveys/export-questionnaire.js';
import { generateSurveyCodes } from '../../services/surveys/generate-codes.js';
import { getSurveyCampaign } from '../../services/surveys/get-campaign.js';
import { importQuestionnaire } from '../../services/surveys/import-questionnaire.js';
import { listSurveyCampaigns } from '../../services/surveys/list-campaigns.js';
import { getQuestionnaireVersion, listQuestionnaires } from '../../services/surveys/list-questionnaires.js';
import { surveyUnitPoster } from '../../services/surveys/unit-poster.js';
import { surveyUnitQrCode } from '../../services/surveys/unit-qr-code.js';
import { updateSurveyCampaign } from '../../services/surveys/update-campaign.js';
import { importQuestionnaireFile } from '../../services/surveys/import-questionnaire-file.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

const originOf = (url: string) => new URL(url).origin;

export const surveyRoutes = [
  handle(endpoints.listQuestionnaires, (_, ctx) => listQuestionnaires(ctx)),
  handle(endpoints.importQuestionnaire, ({ body }, ctx) => importQuestionnaire(ctx, body.content)),
  handle(endpoints.getQuestionnaireVersion, ({ params }, ctx) => getQuestionnaireVersion(ctx, params.versionId)),
  handle(endpoints.exportQuestionnaire, ({ params, query }, ctx) =>
    exportQuestionnaire(ctx, params.versionId, query.format),
  ),
  handle(endpoints.importQuestionnaireFile, async (_i, ctx, c) => {
    const file = await readUploadedFile(c);
    return importQuestionnaireFile(ctx, { bytes: file.bytes, name: file.name });
  }),
  handle(endpoints.listSurveyCampaigns, (_, ctx) => listSurveyCampaigns(ctx)),
  handle(endpoints.createSurveyCampaign, ({ body }, ctx) => createSurveyCampaign(ctx, body)),
  handle(endpoints.getSurveyCampaign, ({ params }, ctx) => getSurveyCampaign(ctx, params.campaignId)),
  handle(endpoints.updateSurveyCampaign, ({ params, body }, ctx) => updateSurveyCampaign(ctx, params.campaignId, body)),
  handle(endpoints.cancelSurveyCampaign, ({ params, body }, ctx) =>
    cancelSurveyCampaign(ctx, params.campaignId, body.reason),
  ),
  handle(endpoints.generateSurveyCodes, ({ params, body }, ctx) => generateSurveyCodes(ctx, params.campaignId, body)),
  handle(endpoints.exportSurveyCodes, ({ params, query }, ctx) =>
    exportSurveyCodes(ctx, params.campaignId, query.batch),
  ),
  handle(endpoints.surveyUnitQrCode, ({ params, query }, ctx, c) =>
    surveyUnitQrCode(ctx, params.campaignId, params.unitId, query.format, originOf(c.req.url)),
  ),
  handle(endpoints.surveyUnitPoster, ({ params }, ctx, c) =>
    surveyUnitPoster(ctx, params.campaignId, params.unitId, originOf(c.req.url)),
  ),
];
