import type { Database } from '../../db/client.js';
import { useApiToken } from '../../db/queries/api-tokens/api-token-rows.js';
import { hashToken } from '../../security/session-token.js';
import type { Actor } from '../context.js';

export interface ResolvedApiToken {
  actor: Actor;
  /** Requests made with the token in its current minute, this one included. */
  requests: number;
  /** Seconds until the token's minute ends (when it may call again once over its limit). */
  windowEndsInSeconds: number;
}

/**
 * The system behind a bearer token, or null (unknown, expired, revoked). Runs on every request another system
 * makes, and counts it: the caller compares `requests` with the rate limit.
 */
export async function resolveApiToken(db: Database, token: string, now: Date): Promise<ResolvedApiToken | null> {
  const use = await useApiToken(db, hashToken(token), now);
  if (!use) return null;
  return {
    actor: { userId: use.accountId, role: 'system', unitId: null, tokenScopes: use.scopes },
    requests: use.requests,
    windowEndsInSeconds: Math.max(1, Math.ceil((use.windowStartedAt.getTime() + 60_000 - now.getTime()) / 1000)),
  };
}
