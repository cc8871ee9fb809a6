import { eq } from 'drizzle-orm';
import { sessions, users } from '../../db/schema/index.js';
import { AppError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

/** Accounts are archived, not deleted: the audit log and reports keep their author. */
export async function archiveUser(ctx: ServiceContext, id: string, reason: string): Promise<void> {
  const actor = await authorize(ctx, 'users.manage', {}, 'lưu trữ tài khoản');
  if (id === actor.userId) throw new AppError('SELF_ARCHIVE');
  await ctx.db.transaction(async (tx) => {
    // Locked: the check below (not yet archived) must still hold when the row is written.
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    // A system's account is kept with its API token (services/api-tokens), not here.
    if (!before || before.role === 'system') throw notFound('người dùng');
    if (before.archivedAt) throw new AppError('ARCHIVED', { record: 'user', attempt: 'archive' });
    const [after] = await tx
      .update(users)
      .set({ archivedAt: ctx.now(), version: before.version + 1 })
      .where(eq(users.id, id))
      .returning();
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, { action: 'user.archive', entityId: id, before, after: after!, reason });
  });
}
