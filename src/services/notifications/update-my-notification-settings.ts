import type { z } from 'zod';
import type { notificationSettingsBody } from '../../contracts/reporting.js';
import { notificationSettings } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getMyNotificationSettings } from './get-my-notification-settings.js';

export async function updateMyNotificationSettings(
  ctx: ServiceContext,
  input: z.infer<typeof notificationSettingsBody>,
) {
  const actor = await authorize(ctx, 'account.own');
  await ctx.db.transaction(async (tx) => {
    const values = { userId: actor.userId, ...input };
    await tx
      .insert(notificationSettings)
      .values(values)
      .onConflictDoUpdate({ target: notificationSettings.userId, set: input });
    await recordAudit(tx, actor, { action: 'notificationSettings.update', entityId: actor.userId, after: input });
  });
  return getMyNotificationSettings(ctx);
}
