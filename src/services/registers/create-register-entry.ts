import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { registerEntries } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { getRegisterEntry } from './get-register-entry.js';
import { auditedEntry, checkedFields, requireUnit, recordAction } from './steps/entry-access.js';

/** Records an entry for a unit: its fields checked against the register's declaration, audited, in one transaction. */
export async function createRegisterEntry(
  ctx: ServiceContext,
  register: RegisterKey,
  input: { unitId: string; fields: Record<string, unknown> },
) {
  const actor = await authorize(ctx, recordAction(register), { unitId: input.unitId });
  const declaration = registerOf(register);
  const id = await ctx.db.transaction(async (tx) => {
    await requireUnit(tx, input.unitId, declaration.ownerLabel);
    const fields = await checkedFields(tx, declaration, input.fields);
    if (declaration.onePerUnit) {
      // One status entry per unit: the unit's rows are locked so two first entries cannot both go in.
      const existing = await tx
        .select({ id: registerEntries.id })
        .from(registerEntries)
        .where(
          and(
            eq(registerEntries.register, register),
            eq(registerEntries.unitId, input.unitId),
            isNull(registerEntries.cancelledAt),
          ),
        )
        .for('update');
      if (existing.length) throw new AppError('REGISTER_ONE_PER_UNIT', { register: declaration.name.vi });
    }
    const now = ctx.now();
    const [row] = await tx
      .insert(registerEntries)
      .values({
        register,
        unitId: input.unitId,
        fields,
        createdBy: actor.userId,
        createdAt: now,
        updatedBy: actor.userId,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, actor, { action: 'registerEntry.create', entityId: row!.id, after: auditedEntry(row!) });
    return row!.id;
  });
  return getRegisterEntry(ctx, register, id);
}
