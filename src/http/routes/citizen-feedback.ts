import { endpoints } from '../../contracts/endpoints/index.js';
import { answerFeedback } from '../../services/citizen-feedback/answer-feedback.js';
import { assignFeedback } from '../../services/citizen-feedback/assign-feedback.js';
import { cancelFeedback } from '../../services/citizen-feedback/cancel-feedback.js';
import { getFeedback } from '../../services/citizen-feedback/get-feedback.js';
import { importFeedback } from '../../services/citizen-feedback/import-feedback.js';
import { listFeedback } from '../../services/citizen-feedback/list-feedback.js';
import { publishFeedbackAnswer } from '../../services/citizen-feedback/publish-feedback-answer.js';
import { receiveFeedback } from '../../services/citizen-feedback/receive-feedback.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const citizenFeedbackRoutes = [
  handle(endpoints.listFeedback, ({ query }, ctx) => listFeedback(ctx, query)),
  handle(endpoints.receiveFeedback, ({ body }, ctx) => receiveFeedback(ctx, body)),
  handle(endpoints.importFeedback, async (_request, ctx, c) => {
    const file = await readUploadedFile(c);
    return importFeedback(ctx, file);
  }),
  handle(endpoints.getFeedback, ({ params }, ctx) => getFeedback(ctx, params.id)),
  handle(endpoints.assignFeedback, ({ params, body }, ctx) => assignFeedback(ctx, params.id, body)),
  handle(endpoints.answerFeedback, ({ params, body }, ctx) => answerFeedback(ctx, params.id, body)),
  handle(endpoints.publishFeedbackAnswer, ({ params, body }, ctx) => publishFeedbackAnswer(ctx, params.id, body)),
  handle(endpoints.cancelFeedback, ({ params, body }, ctx) => cancelFeedback(ctx, params.id, body)),
];
