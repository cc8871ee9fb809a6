import { and, eq, lt } from 'drizzle-orm';
import type { SessionResponse } from '../../contracts/auth.js';
import type { DbOrTx } from '../../db/client.js';
import { sessions, users } from '../../db/schema/index.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { hashToken, newToken, SESSION_TTL_MS } from '../../security/session-token.js';
import { loadCurrentUser } from './current-user.js';

export interface LoginResult extends SessionResponse {
  token: string;
  expiresAt: Date;
}

type SigningIn = Pick<typeof users.$inferSelect, 'id' | 'role' | 'unitId'>;

/**
 * A new session for a person who proved who they are (a password, or the OpenID provider), in the caller's
 * transaction: the account's failure count is cleared, its expired sessions dropped and the sign-in audited.
 * `idToken`: the provider's, kept to end its session too when this one ends.
 */
export async function openSession(
  tx: DbOrTx,
  user: SigningIn,
  now: Date,
  idToken: string | null = null,
): Promise<LoginResult> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await tx
    .insert(sessions)
    .values({ tokenHash: hashToken(token), userId: user.id, csrfToken, createdAt: now, expiresAt, idToken });
  await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, now)));
  await recordAudit(
    tx,
    { userId: user.id, role: user.role, unitId: user.unitId },
    { action: 'user.login', entityId: user.id, reason: idToken ? 'Đăng nhập một lần (OpenID Connect)' : null },
  );
  return { token, csrfToken, expiresAt, user: await loadCurrentUser(tx, user.id) };
}
