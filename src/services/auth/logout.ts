import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function logout(ctx: ServiceContext, tokenHash: string): Promise<void> {
  const actor = await authorize(ctx, 'account.own');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    await recordAudit(tx, actor, { action: 'user.logout', entityId: actor.userId });
  });
}
