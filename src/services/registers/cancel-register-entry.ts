import { eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { registerEntries } from '../../db/schema/index.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getRegisterEntry } from './get-register-entry.js';
import { auditedEntry, requireEntry, recordAction } from './steps/entry-access.js';

/** Cancels an entry with a reason: kept and shown as cancelled, counted in no figure; nothing is deleted. */
export async function cancelRegisterEntry(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  input: { version: number; reason: string },
) {
  const entry = await requireEntry(ctx.db, register, id);
  const actor = await authorize(ctx, recordAction(register), { unitId: entry.unitId });
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(registerEntries).where(eq(registerEntries.id, id)).for('update');
    if (current!.cancelledAt) throw new AppError('REGISTER_ENTRY_CANCELLED');
    if (current!.version !== input.version) throw staleVersion(`Mục "${registerOf(register).entryName.vi}"`);
    const now = ctx.now();
    const [row] = await tx
      .update(registerEntries)
      .set({
        cancelledAt: now,
        cancelReason: input.reason,
        version: current!.version + 1,
        updatedBy: actor.userId,
        updatedAt: now,
      })
      .where(eq(registerEntries.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'registerEntry.cancel',
      entityId: id,
      reason: input.reason,
      before: auditedEntry(current!),
      after: auditedEntry(row!),
    });
  });
  return getRegisterEntry(ctx, register, id);
}
