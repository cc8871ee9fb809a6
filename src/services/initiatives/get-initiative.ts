import type { InitiativeDetail } from '../../contracts/initiatives.js';
import { initiativeDetailRow } from '../../db/queries/initiatives/initiative-rows.js';
import { can, reachesEverywhere } from '../../domain/access/policy.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { initiativeRefusal } from '../../domain/initiatives/initiatives.js';
import { authorize } from '../access/authorize.js';
import type { Actor, ServiceContext } from '../context.js';

/** One initiative with its files, the council's decision and the units applying it, and what the caller may do. */
export async function getInitiative(ctx: ServiceContext, id: string): Promise<InitiativeDetail> {
  const actor = await authorize(ctx, 'initiative.read', { initiativeId: id });
  return readInitiative(ctx, actor, id);
}

/**
 * The initiative as `actor` may see it: province-wide readers see every one; a unit's reporter its own unit's and
 * the recognised ones (which any unit may apply).
 */
export async function readInitiative(ctx: ServiceContext, actor: Actor, id: string): Promise<InitiativeDetail> {
  const row = await initiativeDetailRow(ctx.db, id);
  if (!row) throw notFound('sáng kiến');
  const ownUnit = row.unitId === actor.unitId;
  if (!reachesEverywhere(actor, 'unitData.read') && !ownUnit && row.status !== 'recognised')
    throw forbidden('xem sáng kiến chưa được công nhận của đơn vị khác');
  const facts = { unitId: row.unitId };
  return {
    ...row,
    can: {
      decide: can(actor, 'initiative.decide') && initiativeRefusal(row.status, 'decide') === null,
      withdraw: can(actor, 'initiative.withdraw', facts) && initiativeRefusal(row.status, 'withdraw') === null,
      addFile: can(actor, 'unitWork.record', facts) && initiativeRefusal(row.status, 'addFile') === null,
      apply:
        actor.unitId !== null &&
        !ownUnit &&
        can(actor, 'unitWork.record', { unitId: actor.unitId }) &&
        initiativeRefusal(row.status, 'apply') === null &&
        !row.applicationList.some((a) => a.unitId === actor.unitId),
    },
  };
}
