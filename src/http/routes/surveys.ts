import type { z } from 'zod';
import { endpoints } from '../../contracts/endpoints/index.js';
import type { surveyCampaignView } from '../../contracts/surveys.js';
import type { SurveyCampaignView } from '../../db/queries/surveys/campaign-view.js';
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
import { publicOrigin } from '../public-origin.js';
import { handle } from '../route.js';

/** A campaign's units with the public form's full address (the one its QR code and poster carry). */
const withPublicUrls = (view: SurveyCampaignView, requestUrl: string): z.input<typeof surveyCampaignView> => {
  const origin = publicOrigin(requestUrl);
  return { ...view, units: view.units.map((unit) => ({ ...unit, publicUrl: origin + unit.publicPath })) };
};

export const surveyRoutes = [
  handle(endpoints.listQuestionnaires, (_, ctx) => listQuestionnaires(ctx)),
  handle(endpoints.importQuestionnaire, ({ body }, ctx) => importQuestionnaire(ctx, body.content)),
  handle(endpoints.getQuestionnaireVersion, ({ params }, ctx) => getQuestionnaireVersion(ctx, params.versionId)),
  handle(endpoints.exportQuestionnaire, ({ params, query }, ctx) =>
    exportQuestionnaire(ctx, params.versionId, query.format),
  ),
  handle(endpoints.importQuestionnaireFile, async (_i, ctx, c) => {
    const file = await readUploadedFile(c);
    return importQuestionnaireFile(ctx, file);
  }),
  handle(endpoints.listSurveyCampaigns, (_, ctx) => listSurveyCampaigns(ctx)),
  handle(endpoints.createSurveyCampaign, async ({ body }, ctx, c) =>
    withPublicUrls(await createSurveyCampaign(ctx, body), c.req.url),
  ),
  handle(endpoints.getSurveyCampaign, async ({ params }, ctx, c) =>
    withPublicUrls(await getSurveyCampaign(ctx, params.campaignId), c.req.url),
  ),
  handle(endpoints.updateSurveyCampaign, async ({ params, body }, ctx, c) =>
    withPublicUrls(await updateSurveyCampaign(ctx, params.campaignId, body), c.req.url),
  ),
  handle(endpoints.cancelSurveyCampaign, async ({ params, body }, ctx, c) =>
    withPublicUrls(await cancelSurveyCampaign(ctx, params.campaignId, body.reason), c.req.url),
  ),
  handle(endpoints.generateSurveyCodes, ({ params, body }, ctx) => generateSurveyCodes(ctx, params.campaignId, body)),
  handle(endpoints.exportSurveyCodes, ({ params, query }, ctx) =>
    exportSurveyCodes(ctx, params.campaignId, query.batch),
  ),
  handle(endpoints.surveyUnitQrCode, ({ params, query }, ctx, c) =>
    surveyUnitQrCode(ctx, params.campaignId, params.unitId, query.format, publicOrigin(c.req.url)),
  ),
  handle(endpoints.surveyUnitPoster, ({ params }, ctx, c) =>
    surveyUnitPoster(ctx, params.campaignId, params.unitId, publicOrigin(c.req.url)),
  ),
];
