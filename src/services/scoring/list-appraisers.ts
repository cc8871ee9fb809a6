/** The appraisers a coordinator may put on a round's council (the user directory itself is for administrators). */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { users } from '../../db/schema/index.js';
import { requireRole } from '../access.js';
import type { ServiceContext } from '../context.js';
import { ROUND_MANAGERS } from './round-access.js';

export async function listAppraisers(ctx: ServiceContext) {
  requireRole(ctx, ROUND_MANAGERS, 'phân công Hội đồng thẩm định');
  return ctx.db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'appraiser'), isNull(users.archivedAt)))
    .orderBy(asc(users.displayName));
}
