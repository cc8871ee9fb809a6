import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Role } from '../../../contracts/auth.js';
import type { DbOrTx } from '../../client.js';
import { notifications, users } from '../../schema/index.js';

export interface Notice {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** The same key is never notified twice to the same user. */
  key: string;
}

/** In-app notices to the active users chosen, in the caller's transaction. */
export async function notifyUsers(tx: DbOrTx, userIds: string[], notice: Notice): Promise<void> {
  if (!userIds.length) return;
  await tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        userId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        link: notice.link,
        dedupeKey: `${notice.key}:${userId}`,
      })),
    )
    .onConflictDoNothing();
}

export async function activeUsers(tx: DbOrTx, filter: { unitId?: string; roles?: Role[] }): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        isNull(users.archivedAt),
        filter.unitId ? eq(users.unitId, filter.unitId) : undefined,
        filter.roles ? inArray(users.role, filter.roles) : undefined,
      ),
    );
  return rows.map((r) => r.id);
}
