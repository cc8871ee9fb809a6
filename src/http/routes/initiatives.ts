import { endpoints } from '../../contracts/endpoints/index.js';
import { addInitiativeFile, attachDecisionFile } from '../../services/initiatives/attach-initiative-file.js';
import { cancelApplication } from '../../services/initiatives/cancel-application.js';
import { decideInitiative } from '../../services/initiatives/decide-initiative.js';
import { downloadInitiativeFile } from '../../services/initiatives/download-initiative-file.js';
import { getInitiative } from '../../services/initiatives/get-initiative.js';
import { listInitiatives } from '../../services/initiatives/list-initiatives.js';
import { proposeInitiative } from '../../services/initiatives/propose-initiative.js';
import { recordApplication } from '../../services/initiatives/record-application.js';
import { withdrawInitiative } from '../../services/initiatives/withdraw-initiative.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

export const initiativeRoutes = [
  handle(endpoints.listInitiatives, ({ query }, ctx) => listInitiatives(ctx, query)),
  handle(endpoints.proposeInitiative, ({ params, body }, ctx) => proposeInitiative(ctx, params.unitId, body)),
  handle(endpoints.getInitiative, ({ params }, ctx) => getInitiative(ctx, params.id)),
  handle(endpoints.addInitiativeFile, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return addInitiativeFile(ctx, params.id, file);
  }),
  handle(endpoints.downloadInitiativeFile, ({ params }, ctx) => downloadInitiativeFile(ctx, params.id, params.fileId)),
  handle(endpoints.decideInitiative, ({ params, body }, ctx) => decideInitiative(ctx, params.id, body)),
  handle(endpoints.attachInitiativeDecisionFile, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return attachDecisionFile(ctx, params.id, file);
  }),
  handle(endpoints.withdrawInitiative, ({ params, body }, ctx) => withdrawInitiative(ctx, params.id, body)),
  handle(endpoints.recordInitiativeApplication, ({ params, body }, ctx) => recordApplication(ctx, params.id, body)),
  handle(endpoints.cancelInitiativeApplication, ({ params, body }, ctx) =>
    cancelApplication(ctx, params.id, params.applicationId, body.reason),
  ),
];
