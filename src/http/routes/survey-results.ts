import { endpoints } from '../../contracts/endpoints/index.js';
import { enterPaperResponse } from '../../services/surveys/enter-paper-response.js';
import { exportSurveyResults } from '../../services/surveys/export-survey-results.js';
import { exportSurveySummary } from '../../services/surveys/export-survey-summary.js';
import { getSurveyResults } from '../../services/surveys/get-survey-results.js';
import { importPaperResponses } from '../../services/surveys/import-paper-responses.js';
import { paperTemplate } from '../../services/surveys/paper-template.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const surveyResultRoutes = [
  handle(endpoints.getSurveyResults, ({ query }, ctx) => getSurveyResults(ctx, query)),
  handle(endpoints.exportSurveyResults, ({ query }, ctx) => exportSurveyResults(ctx, query)),
  handle(endpoints.exportSurveySummary, ({ query }, ctx) => exportSurveySummary(ctx, query)),
  handle(endpoints.enterPaperResponse, ({ params, body }, ctx) =>
    enterPaperResponse(ctx, { campaignId: params.id, ...body }),
  ),
  handle(endpoints.importPaperResponses, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return importPaperResponses(ctx, params.id, file);
  }),
  handle(endpoints.getPaperTemplate, ({ params }, ctx) => paperTemplate(ctx, params.id)),
];
