import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateUserRequest } from '../../contracts/users.js';
import { sessions, users } from '../../db/schema/index.js';
import { AppError, notFound, staleVersion } from '../../domain/errors.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { checkUserUnit } from '../../db/queries/users/check-user-unit.js';
import { selectUserSummaries, toUserSummary } from '../../db/queries/users/user-mapping.js';

export async function updateUser(ctx: ServiceContext, id: string, input: z.infer<typeof updateUserRequest>) {
  const actor = await authorize(ctx, 'users.manage', {}, 'sửa tài khoản');
  const { version, unlock, ...changes } = input;
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    // A system's account is kept with its API token (services/api-tokens), not here.
    if (!before || before.role === 'system') throw notFound('người dùng');
    if (before.archivedAt) throw new AppError('ARCHIVED', { record: 'user', attempt: 'edit' });
    if (before.version !== version) throw staleVersion('Tài khoản');
    if (id === actor.userId && changes.role && changes.role !== 'admin') {
      throw new AppError('SELF_DEMOTION');
    }
    const role = changes.role ?? before.role;
    const unitId = changes.unitId !== undefined ? changes.unitId : before.unitId;
    await checkUserUnit(tx, role, unitId);
    const [after] = await tx
      .update(users)
      .set({ ...changes, ...(unlock ? { lockedUntil: null, failedLogins: 0 } : {}), version: before.version + 1 })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning();
    if (!after) throw staleVersion('Tài khoản');
    // A new role or unit changes what the person may see: make them sign in again.
    if (role !== before.role || unitId !== before.unitId) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, { action: 'user.update', entityId: id, before, after });
    const [summary] = await selectUserSummaries(tx).where(eq(users.id, id));
    return toUserSummary(summary!, ctx.now());
  });
}
