import { reachesEverywhere } from '../../../domain/access/policy.js';
import { AppError } from '../../../domain/errors.js';
import type { RegisterDeclaration } from '../../../domain/registers/kit.js';
import { authorize } from '../../access/authorize.js';
import type { ServiceContext } from '../../context.js';
import { supervisedUnitIds } from '../../../db/queries/units/supervision.js';
import { unitsOfProvince } from '../../../db/queries/units/province.js';
import { registerOf, type RegisterKey } from '../../../domain/registers/index.js';
import { authorizeEntryRead } from './entry-access.js';

/**
 * The units a list may show this actor: the unit asked for, or every unit of the actor's province (null: every
 * unit, for someone outside every province) for province-wide readers; a unit's
 * reporter only their own (asking for another unit is refused), and on a register a district keeps for its
 * communes (`supervisorsRecord`), a district's reporter its communes too.
 */
export async function visibleUnits(
  ctx: ServiceContext,
  register: RegisterKey,
  unitId: string | undefined,
): Promise<string[] | null> {
  const actor = unitId
    ? await authorizeEntryRead(ctx, register, unitId)
    : await authorize(ctx, 'register.read', { unitId: ctx.actor?.unitId ?? undefined });
  if (reachesEverywhere(actor, 'register.read')) return unitId ? [unitId] : unitsOfProvince(ctx.db, actor.unitId);
  if (unitId) return [unitId];
  const supervised = registerOf(register).supervisorsRecord ? await supervisedUnitIds(ctx.db, actor.unitId!) : [];
  return [actor.unitId!, ...supervised];
}

/** `channel:press,level:province` read against the declared filters; anything else is refused, naming the filter. */
export function parsedFilters(declaration: RegisterDeclaration, text: string | undefined): [string, string][] {
  if (!text) return [];
  return text
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [field = '', value = ''] = pair.split(':');
      if (!declaration.filters.includes(field) || !value)
        throw new AppError('VALIDATION_FAILED', {
          sentence: `Bộ lọc: sổ "${declaration.name.vi}" không lọc được theo "${field}".`,
        });
      return [field, value];
    });
}
