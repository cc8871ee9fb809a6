import { eq } from 'drizzle-orm';
import { notificationSettings } from '../../db/schema/index.js';
import { DEFAULT_REMINDER_SETTINGS } from '../../domain/reporting/reminders.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function getMyNotificationSettings(ctx: ServiceContext) {
  const actor = await authorize(ctx, 'account.own');
  const [row] = await ctx.db.select().from(notificationSettings).where(eq(notificationSettings.userId, actor.userId));
  const { userId: _userId, ...settings } = row ?? {
    userId: actor.userId,
    ...DEFAULT_REMINDER_SETTINGS,
    daysBefore: [...DEFAULT_REMINDER_SETTINGS.daysBefore],
  };
  return settings;
}
