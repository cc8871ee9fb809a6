import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { preparedQuery } from '../../db/prepared.js';
import { sessions, users } from '../../db/schema/index.js';
import type { Actor } from '../context.js';
import { hashToken } from '../../security/session-token.js';

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
}

const liveSession = preparedQuery('resolve_session', (db) =>
  db
    .select({
      userId: users.id,
      role: users.role,
      unitId: users.unitId,
      mustChangePassword: users.mustChangePassword,
      csrfToken: sessions.csrfToken,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
        isNull(users.archivedAt),
      ),
    ),
);

/** The live session behind a cookie token, or null (expired, logged out, archived user). Runs on every request. */
export async function resolveSession(db: Database, token: string, now: Date): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  const [row] = await liveSession(db, { tokenHash, now: now.toISOString() });
  if (!row) return null;
  const actor: Actor = {
    userId: row.userId,
    role: row.role,
    unitId: row.unitId,
    ...(row.mustChangePassword ? { mustChangePassword: true } : {}),
  };
  return { actor, csrfToken: row.csrfToken, tokenHash };
}
