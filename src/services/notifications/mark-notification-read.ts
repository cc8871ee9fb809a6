import { and, eq } from 'drizzle-orm';
import { notifications } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function markNotificationRead(ctx: ServiceContext, id: string) {
  const actor = await authorize(ctx, 'account.own');
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
    .returning({ id: notifications.id });
  if (!row) throw notFound('thông báo');
}
