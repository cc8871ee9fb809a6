import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { changePasswordRequest } from '../../contracts/auth.js';
import { sessions, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { hashPassword, verifyPassword } from '../../security/password-hash.js';
import { requireStrongPassword } from '../../security/password-policy.js';

/** Changes the actor's own password and ends their other sessions. */
export async function changePassword(
  ctx: ServiceContext,
  input: z.infer<typeof changePasswordRequest>,
  currentTokenHash: string,
): Promise<void> {
  const actor = await authorize(ctx, 'account.own');
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw notFound('người dùng');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('WRONG_PASSWORD');
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('SAME_PASSWORD');
  }
  requireStrongPassword(input.newPassword, user, 'newPassword', 'Mật khẩu mới');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: ctx.now(), mustChangePassword: false, version: user.version + 1 })
      .where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, currentTokenHash)));
    await recordAudit(tx, actor, { action: 'user.changePassword', entityId: user.id });
  });
}
