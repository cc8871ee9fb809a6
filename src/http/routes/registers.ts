import { endpoints } from '../../contracts/endpoints/index.js';
import { addFollowUp } from '../../services/registers/add-follow-up.js';
import { addFollowUpEvidence } from '../../services/registers/add-follow-up-evidence.js';
import { addRegisterComment } from '../../services/registers/add-register-comment.js';
import { addRegisterFile } from '../../services/registers/add-register-file.js';
import { acceptFollowUp } from '../../services/registers/accept-follow-up.js';
import { cancelFollowUp } from '../../services/registers/cancel-follow-up.js';
import { returnFollowUp } from '../../services/registers/return-follow-up.js';
import { cancelRegisterEntry } from '../../services/registers/cancel-register-entry.js';
import { closeFollowUp } from '../../services/registers/close-follow-up.js';
import { createRegisterEntry } from '../../services/registers/create-register-entry.js';
import { downloadRegisterFile } from '../../services/registers/download-register-file.js';
import { exportRegisterEntries } from '../../services/registers/export-register-entries.js';
import { getRegisterEntry } from '../../services/registers/get-register-entry.js';
import { getRegisterTiles } from '../../services/registers/get-register-tiles.js';
import { listFollowUps } from '../../services/registers/list-follow-ups.js';
import { listRegisterEntries } from '../../services/registers/list-register-entries.js';
import { updateRegisterEntry } from '../../services/registers/update-register-entry.js';
import { readUploadedFile } from '../read-body.js';
import { handle } from '../route.js';

/** Every register through the same routes: `:register` names it (domain/registers/). */
export const registerRoutes = [
  handle(endpoints.getRegisterTiles, ({ query }, ctx) => getRegisterTiles(ctx, query)),
  handle(endpoints.exportRegisterEntries, ({ params, query }, ctx) =>
    exportRegisterEntries(ctx, params.register, query),
  ),
  handle(endpoints.listRegisterEntries, ({ params, query }, ctx) => listRegisterEntries(ctx, params.register, query)),
  handle(endpoints.createRegisterEntry, ({ params, body }, ctx) => createRegisterEntry(ctx, params.register, body)),
  handle(endpoints.getRegisterEntry, ({ params }, ctx) => getRegisterEntry(ctx, params.register, params.id)),
  handle(endpoints.updateRegisterEntry, ({ params, body }, ctx) =>
    updateRegisterEntry(ctx, params.register, params.id, body),
  ),
  handle(endpoints.cancelRegisterEntry, ({ params, body }, ctx) =>
    cancelRegisterEntry(ctx, params.register, params.id, body),
  ),
  handle(endpoints.uploadRegisterFile, async ({ params, query }, ctx, c) => {
    const file = await readUploadedFile(c);
    return addRegisterFile(ctx, params.register, params.id, query.field, file);
  }),
  handle(endpoints.downloadRegisterFile, ({ params }, ctx) => downloadRegisterFile(ctx, params.register, params.id)),
  handle(endpoints.addRegisterComment, ({ params, body }, ctx) =>
    addRegisterComment(ctx, params.register, params.id, body.body),
  ),
  handle(endpoints.addRegisterFollowUp, ({ params, body }, ctx) => addFollowUp(ctx, params.register, params.id, body)),
  handle(endpoints.listRegisterFollowUps, ({ params, query }, ctx) => listFollowUps(ctx, params.register, query)),
  handle(endpoints.uploadFollowUpEvidence, async ({ params }, ctx, c) => {
    const file = await readUploadedFile(c);
    return addFollowUpEvidence(ctx, params.register, params.id, file);
  }),
  handle(endpoints.closeFollowUp, ({ params, body }, ctx) => closeFollowUp(ctx, params.register, params.id, body)),
  handle(endpoints.acceptFollowUp, ({ params, body }, ctx) => acceptFollowUp(ctx, params.register, params.id, body)),
  handle(endpoints.returnFollowUp, ({ params, body }, ctx) => returnFollowUp(ctx, params.register, params.id, body)),
  handle(endpoints.cancelFollowUp, ({ params, body }, ctx) => cancelFollowUp(ctx, params.register, params.id, body)),
];
