import { and, eq, gt } from 'drizzle-orm';
import { ssoLogins } from '../../db/schema/index.js';
import { AppError } from '../../domain/errors.js';
import type { OpenIdProvider } from '../../security/openid-provider.js';
import type { ServiceContext } from '../context.js';
import { openSession, type LoginResult } from './open-session.js';
import { singleSignOnAccount } from './single-sign-on-account.js';
import { SSO_PENDING_MS } from './start-single-sign-on.js';

export interface SingleSignOnReturn {
  /** The provider's redirect to cchc: the registered redirect URI with the code and state. */
  callbackUrl: URL;
  /** The state the browser kept when it was sent to the provider. */
  browserState: string | undefined;
}

/**
 * The person is back from the provider: the pending sign-in is taken once (a replayed callback finds nothing),
 * the code exchanged and checked, the account found or made, and a session opened that remembers the ID token.
 */
export async function finishSingleSignOn(
  ctx: ServiceContext,
  provider: OpenIdProvider,
  { callbackUrl, browserState }: SingleSignOnReturn,
): Promise<LoginResult & { returnTo: string }> {
  const state = callbackUrl.searchParams.get('state');
  if (!state || state !== browserState) throw new AppError('SSO_FAILED');
  const now = ctx.now();
  const [pending] = await ctx.db
    .delete(ssoLogins)
    .where(and(eq(ssoLogins.state, state), gt(ssoLogins.createdAt, new Date(now.getTime() - SSO_PENDING_MS))))
    .returning();
  if (!pending) throw new AppError('SSO_FAILED');
  const person = await provider.finish(callbackUrl, pending);
  const session = await ctx.db.transaction(async (tx) => {
    const account = await singleSignOnAccount(tx, provider.settings.claim, person.claims, now);
    return openSession(tx, account, now, person.idToken);
  });
  return { ...session, returnTo: pending.returnTo };
}
