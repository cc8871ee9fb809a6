import { lt } from 'drizzle-orm';
import { ssoLogins } from '../../db/schema/index.js';
import { newSignInChecks, type OpenIdProvider } from '../../security/openid-provider.js';
import type { ServiceContext } from '../context.js';

/** How long a person has at the provider before coming back; a slower return starts again. */
export const SSO_PENDING_MS = 10 * 60_000;

/**
 * Sends a person to the OpenID provider: the state, nonce and PKCE verifier are kept in the database (the
 * provider may send the person back to another server) and the state also in the browser (the callback route's
 * cookie), so a sign-in started in someone else's browser cannot be finished in this one.
 */
export async function startSingleSignOn(
  ctx: ServiceContext,
  provider: OpenIdProvider,
  redirectUri: string,
  returnTo: string,
): Promise<{ url: URL; state: string }> {
  const checks = newSignInChecks();
  // The provider first: when it cannot be reached nothing is written and the person is told so.
  const url = await provider.authorizationUrl(redirectUri, checks);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await tx.delete(ssoLogins).where(lt(ssoLogins.createdAt, new Date(now.getTime() - SSO_PENDING_MS)));
    await tx.insert(ssoLogins).values({ ...checks, returnTo, createdAt: now });
  });
  return { url, state: checks.state };
}
