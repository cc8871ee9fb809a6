import { endpoints } from '../../contracts/endpoints/index.js';
import { archiveUser } from '../../services/users/archive-user.js';
import { createUser } from '../../services/users/create-user.js';
import { listUsers } from '../../services/users/list-users.js';
import { resetPassword } from '../../services/users/reset-password.js';
import { updateUser } from '../../services/users/update-user.js';
import { handle } from '../route.js';

export const userRoutes = [
  handle(endpoints.listUsers, ({ query }, ctx) => listUsers(ctx, query)),
  handle(endpoints.createUser, ({ body }, ctx) => createUser(ctx, body)),
  handle(endpoints.updateUser, ({ params, body }, ctx) => updateUser(ctx, params.id, body)),
  handle(endpoints.resetUserPassword, ({ params, body }, ctx) => resetPassword(ctx, params.id, body.newPassword)),
  handle(endpoints.archiveUser, ({ params, body }, ctx) => archiveUser(ctx, params.id, body.reason)),
];
