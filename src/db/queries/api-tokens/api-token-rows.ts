import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ApiTokenView } from '../../../contracts/api-tokens.js';
import type { TokenScopeName } from '../../../domain/access/policy.js';
import { localDateOf } from '../../../domain/text/format.js';
import type { DbOrTx } from '../../client.js';
import { apiTokens, users } from '../../schema/index.js';

const issuer = alias(users, 'issuer');

/** Tokens with the name of the administrator who issued each. */
export const selectApiTokens = (db: DbOrTx) =>
  db
    .select({ token: apiTokens, createdBy: issuer.displayName })
    .from(apiTokens)
    .innerJoin(issuer, eq(issuer.id, apiTokens.createdBy));

/** The list's order: newest first. */
export const newestFirst = [desc(apiTokens.createdAt), apiTokens.id];

type TokenRow = typeof apiTokens.$inferSelect;

/** The last day a token works, from the instant it stops (the end of that day in Vietnam). */
const lastDayOf = (expiresAt: Date) => localDateOf(new Date(expiresAt.getTime() - 1));

/** The instant a token given `lastDay` as its last day stops working: the next midnight in Vietnam. */
export const endOfLastDay = (lastDay: string): Date =>
  new Date(new Date(`${lastDay}T00:00:00+07:00`).getTime() + 24 * 3600_000);

export function toApiTokenView({ token, createdBy }: { token: TokenRow; createdBy: string }, now: Date): ApiTokenView {
  const status = token.revokedAt ? 'revoked' : token.expiresAt && token.expiresAt <= now ? 'expired' : 'active';
  return {
    id: token.id,
    name: token.name,
    scopes: token.scopes as TokenScopeName[],
    prefix: `${token.prefix}…`,
    createdAt: token.createdAt.toISOString(),
    createdBy,
    expiresOn: token.expiresAt ? lastDayOf(token.expiresAt) : null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    revokeReason: token.revokeReason,
    status,
  };
}

/** What the audit log keeps of a token: never the token or its hash. */
export const auditedToken = (token: TokenRow) => ({
  name: token.name,
  scopes: token.scopes,
  prefix: token.prefix,
  accountId: token.accountId,
  expiresAt: token.expiresAt,
  revokedAt: token.revokedAt,
});

export interface TokenUse {
  accountId: string;
  scopes: TokenScopeName[];
  /** Requests in the current minute, this one included. */
  requests: number;
  windowStartedAt: Date;
}

/**
 * One request made with a token: finds the live token (not revoked, not expired, its account not archived)
 * and counts the request in the token's current minute, in one statement, so parallel requests on several
 * servers each see their own count. Null: no such live token.
 */
export async function useApiToken(db: DbOrTx, tokenHash: string, now: Date): Promise<TokenUse | null> {
  const at = now.toISOString();
  const newWindow = sql`${apiTokens.windowStartedAt} IS NULL OR ${apiTokens.windowStartedAt} <= ${at}::timestamptz - interval '1 minute'`;
  const [row] = await db
    .update(apiTokens)
    .set({
      windowStartedAt: sql`CASE WHEN ${newWindow} THEN ${at}::timestamptz ELSE ${apiTokens.windowStartedAt} END`,
      windowRequests: sql`CASE WHEN ${newWindow} THEN 1 ELSE ${apiTokens.windowRequests} + 1 END`,
      lastUsedAt: now,
    })
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        sql`EXISTS (SELECT 1 FROM ${users} WHERE ${users.id} = ${apiTokens.accountId} AND ${users.archivedAt} IS NULL)`,
      ),
    )
    .returning({
      accountId: apiTokens.accountId,
      scopes: apiTokens.scopes,
      requests: apiTokens.windowRequests,
      windowStartedAt: apiTokens.windowStartedAt,
    });
  if (!row) return null;
  return { ...row, scopes: row.scopes as TokenScopeName[], windowStartedAt: row.windowStartedAt! };
}
