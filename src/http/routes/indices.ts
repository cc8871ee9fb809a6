import { endpoints } from '../../contracts/endpoints/index.js';
import { addIndexTarget } from '../../services/indices/add-index-target.js';
import { attachIndexSource } from '../../services/indices/attach-index-source.js';
import { createLostPointsWork } from '../../services/indices/create-lost-points-work.js';
import { createNationalIndex } from '../../services/indices/create-national-index.js';
import { downloadIndexSource } from '../../services/indices/download-index-source.js';
import { getIndexTracker } from '../../services/indices/get-index-tracker.js';
import { getLostPoints } from '../../services/indices/get-lost-points.js';
import { importIndexResults } from '../../services/indices/import-index-results.js';
import { recordIndexResult } from '../../services/indices/record-index-result.js';
import { takeIndexWorkIntoPlan } from '../../services/indices/take-index-work-into-plan.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const indexRoutes = [
  handle(endpoints.getIndexTracker, (_input, ctx) => getIndexTracker(ctx)),
  handle(endpoints.createNationalIndex, ({ body }, ctx) => createNationalIndex(ctx, body)),
  handle(endpoints.importIndexResults, async (_input, ctx, c) => {
    const file = await readUploadedFile(c);
    return importIndexResults(ctx, file);
  }),
  handle(endpoints.addIndexTarget, ({ body }, ctx) => addIndexTarget(ctx, body)),
  handle(endpoints.recordIndexResult, ({ params, body }, ctx) => recordIndexResult(ctx, params.code, body)),
  handle(endpoints.attachIndexSource, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return attachIndexSource(ctx, params.id, file);
  }),
  handle(endpoints.downloadIndexSource, ({ params }, ctx) => downloadIndexSource(ctx, params.id)),
  handle(endpoints.getLostPoints, ({ params }, ctx) => getLostPoints(ctx, params.id)),
  handle(endpoints.createLostPointsWork, ({ params, body }, ctx) => createLostPointsWork(ctx, params.id, body)),
  handle(endpoints.takeIndexWorkIntoPlan, ({ params }, ctx) => takeIndexWorkIntoPlan(ctx, params.id)),
];
