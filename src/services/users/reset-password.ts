import { eq } from 'drizzle-orm';
import { sessions, users } from '../../db/schema/index.js';
import { notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { hashPassword } from '../../security/password-hash.js';
import { requireStrongPassword } from '../../security/password-policy.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function resetPassword(ctx: ServiceContext, id: string, newPassword: string): Promise<void> {
  const actor = await authorize(ctx, 'users.manage', {}, 'đặt lại mật khẩu');
  const [owner] = await ctx.db
    .select({ username: users.username, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, id));
  if (!owner) throw notFound('người dùng');
  requireStrongPassword(newPassword, owner, 'newPassword', 'Mật khẩu mới');
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select({ version: users.version }).from(users).where(eq(users.id, id));
    if (!user) throw notFound('người dùng');
    await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: ctx.now(),
        failedLogins: 0,
        lockedUntil: null,
        version: user.version + 1,
      })
      .where(eq(users.id, id));
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, { action: 'user.resetPassword', entityId: id });
  });
}
