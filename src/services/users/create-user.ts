import type { z } from 'zod';
import type { createUserRequest } from '../../contracts/users.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { insertUser } from '../../db/queries/users/insert-user.js';

export async function createUser(ctx: ServiceContext, input: z.infer<typeof createUserRequest>) {
  const actor = await authorize(ctx, 'users.manage', {}, 'tạo tài khoản');
  return ctx.db.transaction((tx) => insertUser(tx, actor, input, ctx.now()));
}
