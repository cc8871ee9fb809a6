import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { registerEntries } from '../../db/schema/index.js';
import { AppError, staleVersion } from '../../domain/errors.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getRegisterEntry } from './get-register-entry.js';
import { auditedEntry, checkedFields, requireEntry, recordAction } from './steps/entry-access.js';

/** Rewrites an entry's typed fields under its version (its files stay); a cancelled entry is not edited. */
export async function updateRegisterEntry(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
  input: { version: number; fields: Record<string, unknown> },
) {
  const entry = await requireEntry(ctx.db, register, id);
  const actor = await authorize(ctx, recordAction(register), { unitId: entry.unitId });
  const declaration = registerOf(register);
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx.select().from(registerEntries).where(eq(registerEntries.id, id)).for('update');
    if (current!.cancelledAt) throw new AppError('REGISTER_ENTRY_CANCELLED');
    if (current!.version !== input.version) throw staleVersion(`Mục "${declaration.entryName.vi}"`);
    const fields = await checkedFields(tx, declaration, input.fields, current!.fields);
    const [row] = await tx
      .update(registerEntries)
      .set({ fields, version: current!.version + 1, updatedBy: actor.userId, updatedAt: ctx.now() })
      .where(and(eq(registerEntries.id, id), eq(registerEntries.version, input.version)))
      .returning();
    await recordAudit(tx, actor, {
      action: 'registerEntry.update',
      entityId: id,
      before: auditedEntry(current!),
      after: auditedEntry(row!),
    });
  });
  return getRegisterEntry(ctx, register, id);
}
