import { eq } from 'drizzle-orm';
import type { RegisterEntryDetail } from '../../contracts/registers.js';
import { commentsOf, entryViewOf, filesOf, followUpViews } from '../../db/queries/registers/register-views.js';
import { registerFollowUps } from '../../db/schema/index.js';
import { can } from '../../domain/access/policy.js';
import type { RegisterKey } from '../../domain/registers/index.js';
import { localDateOf } from '../../domain/text/format.js';
import { allows } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { assignAction, authorizeEntryRead, entryUnitFor, recordAction, requireEntry } from './steps/entry-access.js';

/**
 * One entry with its files, comments and follow-ups, for whoever may read it (its unit, a unit owing a follow-up,
 * the province, the district over a commune it inspected).
 */
export async function getRegisterEntry(
  ctx: ServiceContext,
  register: RegisterKey,
  id: string,
): Promise<RegisterEntryDetail> {
  const entry = await requireEntry(ctx.db, register, id);
  const unitId = await entryUnitFor(ctx, entry);
  const actor = await authorizeEntryRead(ctx, register, unitId);
  const today = localDateOf(ctx.now());
  return {
    ...(await entryViewOf(ctx.db, entry)),
    files: await filesOf(ctx.db, id),
    comments: await commentsOf(ctx.db, id),
    followUps: (await followUpViews(ctx.db, eq(registerFollowUps.entryId, id), today)).items,
    // Editing is the owner unit's (or a coordinator's); a unit owing a follow-up on it only comments and reports.
    canRecord: (await allows(ctx, recordAction(register), { unitId: entry.unitId })) && entry.cancelledAt === null,
    canComment: can(actor, 'register.record', { unitId }),
    canAssign: (await allows(ctx, assignAction(register), { unitId })) && entry.cancelledAt === null,
  };
}
