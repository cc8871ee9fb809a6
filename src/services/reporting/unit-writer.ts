import { AppError, forbidden } from '../../domain/errors.js';
import { requireActor } from '../access.js';
import type { Actor, ServiceContext } from '../context.js';

/** Only the unit's own reporters record its work; everyone else reads. */
export function requireUnitWriter(ctx: ServiceContext, unitId: string): Actor {
  const actor = requireActor(ctx);
  if (actor.role !== 'reporter' || actor.unitId !== unitId) throw forbidden('cập nhật công việc của đơn vị khác');
  return actor;
}

export const cancelledAssignment = () => new AppError('ASSIGNMENT_CANCELLED');
