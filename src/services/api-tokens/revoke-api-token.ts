import { eq } from 'drizzle-orm';
import { auditedToken } from '../../db/queries/api-tokens/api-token-rows.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { apiTokens, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/**
 * Revokes a token for good: the next request made with it is refused (every server looks the token up on every
 * request). Its system's account is archived with it, so nothing can act under that name again; both are kept
 * for the audit log.
 */
export async function revokeApiToken(ctx: ServiceContext, id: string, reason: string): Promise<void> {
  const actor = await authorize(ctx, 'apiTokens.manage', {}, 'thu hồi mã truy cập API');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    // Locked: two administrators revoking at once, the second is told it is already revoked.
    const [before] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for('update');
    if (!before) throw notFound('mã truy cập API');
    if (before.revokedAt) throw new AppError('API_TOKEN_REVOKED');
    const [after] = await tx
      .update(apiTokens)
      .set({ revokedAt: now, revokeReason: reason })
      .where(eq(apiTokens.id, id))
      .returning();
    await tx.update(users).set({ archivedAt: now }).where(eq(users.id, before.accountId));
    await recordAudit(tx, actor, {
      action: 'apiToken.revoke',
      entityId: id,
      before: auditedToken(before),
      after: auditedToken(after!),
      reason,
    });
  });
}
