import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { eq } from 'drizzle-orm';
import { registerComments, users } from '../../db/schema/index.js';
import type { RegisterKey } from '../../domain/registers/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { entryUnitFor, requireEntry } from './steps/entry-access.js';

/** A comment on an entry, by its unit, a unit owing a follow-up on it, or a coordinator. */
export async function addRegisterComment(ctx: ServiceContext, register: RegisterKey, id: string, body: string) {
  const entry = await requireEntry(ctx.db, register, id);
  const actor = await authorize(ctx, 'register.record', { unitId: await entryUnitFor(ctx, entry) });
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const [row] = await tx
      .insert(registerComments)
      .values({ entryId: id, body, createdBy: actor.userId, createdAt: now })
      .returning();
    await recordAudit(tx, actor, { action: 'registerEntry.comment', entityId: id, after: { commentId: row!.id } });
    const [author] = await tx.select({ displayName: users.displayName }).from(users).where(eq(users.id, actor.userId));
    return { id: row!.id, body: row!.body, author: author?.displayName ?? '', createdAt: now.toISOString() };
  });
}
