import { forbidden, unauthenticated } from '../domain/errors.js';
import type { Role } from '../contracts/auth.js';
import type { Actor, ServiceContext } from './context.js';

/** The actor, or 401. */
export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** The actor if their role is one of `roles`, or 403. */
export function requireRole(ctx: ServiceContext, roles: readonly Role[], what?: string): Actor {
  const actor = requireActor(ctx);
  if (!roles.includes(actor.role)) throw forbidden(what);
  return actor;
}

/** Roles that may read every unit's data; a reporter sees only their own unit. */
const PROVINCE_WIDE_READERS: readonly Role[] = ['admin', 'coordinator', 'leader', 'appraiser'];

export function canReadUnitData(actor: Actor, unitId: string): boolean {
  return PROVINCE_WIDE_READERS.includes(actor.role) || actor.unitId === unitId;
}

export function requireUnitReadAccess(ctx: ServiceContext, unitId: string): Actor {
  const actor = requireActor(ctx);
  if (!canReadUnitData(actor, unitId)) throw forbidden('xem dữ liệu của đơn vị khác');
  return actor;
}

export const UNIT_EDITORS: readonly Role[] = ['admin', 'coordinator'];
