/** The appraisers a coordinator may put on a round's council (the user directory itself is for administrators). */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { users } from '../../db/schema/index.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function listAppraisers(ctx: ServiceContext) {
  await authorize(ctx, 'scoring.manage', {}, 'phân công Hội đồng thẩm định');
  return ctx.db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'appraiser'), isNull(users.archivedAt)))
    .orderBy(asc(users.displayName));
}
