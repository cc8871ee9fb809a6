import { and, asc, eq, isNull } from 'drizzle-orm';
import { users } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { selectUserSummaries, toUserSummary } from '../../db/queries/users/user-mapping.js';

/** Who works on a unit's CCHC file: its own reporters see each other, other units' staff do not. */
export async function listUnitUsers(ctx: ServiceContext, unitId: string) {
  await authorize(ctx, 'unitData.read', { unitId });
  const rows = await selectUserSummaries(ctx.db)
    .where(and(eq(users.unitId, unitId), isNull(users.archivedAt)))
    .orderBy(asc(users.displayName));
  const now = ctx.now();
  return rows.map((r) => toUserSummary(r, now));
}
