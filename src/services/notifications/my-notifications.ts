import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { notificationSettingsBody } from '../../contracts/reporting.js';
import { notifications, notificationSettings } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { DEFAULT_REMINDER_SETTINGS } from '../../domain/reporting/reminders.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function listMyNotifications(ctx: ServiceContext, unreadOnly: boolean) {
  const actor = await authorize(ctx, 'account.own');
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
  return rows.map((n) => ({ id: n.id, kind: n.kind, title: n.title, body: n.body, link: n.link, createdAt: n.createdAt.toISOString(), read: n.readAt !== null }));
}

export async function markNotificationRead(ctx: ServiceContext, id: string) {
  const actor = await authorize(ctx, 'account.own');
  const [row] = await ctx.db
    .update(notifications)
    .set({ readAt: ctx.now() })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)))
    .returning({ id: notifications.id });
  if (!row) throw notFound('thông báo');
}

export async function getMyNotificationSettings(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'account.own');
  const [row] = await ctx.db.select().from(notificationSettings).where(eq(notificationSettings.userId, actor.userId));
  const { userId: _userId, ...settings } = row ?? { userId: actor.userId, ...DEFAULT_REMINDER_SETTINGS, daysBefore: [...DEFAULT_REMINDER_SETTINGS.daysBefore] };
  return settings;
}

export async function updateMyNotificationSettings(ctx: ServiceContext, input: z.infer<typeof notificationSettingsBody>) {
  const actor = await authorize(ctx, 'account.own');
  await ctx.db.transaction(async (tx) => {
    const values = { userId: actor.userId, ...input };
    await tx.insert(notificationSettings).values(values).onConflictDoUpdate({ target: notificationSettings.userId, set: input });
    await recordAudit(tx, actor, { action: 'notificationSettings.update', entityId: actor.userId, after: input });
  });
  return getMyNotificationSettings(ctx);
}
