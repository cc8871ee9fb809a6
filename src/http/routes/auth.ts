import { deleteCookie } from 'hono/cookie';
import { endpoints } from '../../contracts/endpoints/index.js';
import { unauthenticated } from '../../domain/errors.js';
import { changePassword } from '../../services/auth/change-password.js';
import { loadCurrentUser } from '../../services/auth/current-user.js';
import { login } from '../../services/auth/login.js';
import { logout } from '../../services/auth/logout.js';
import { SESSION_COOKIE, setSessionCookie, sourceKeyOf } from '../session.js';
import { signedOutUriOf } from '../single-sign-on.js';
import { handle } from '../route.js';

export const authRoutes = [
  handle(endpoints.getSignInOptions, async (_input, _ctx, c) => {
    const { passwordLogin, provider } = c.get('signIn');
    return { passwordLogin, singleSignOn: provider ? { label: provider.settings.label } : null };
  }),
  handle(endpoints.login, async ({ body }, ctx, c) => {
    const result = await login(ctx, body, sourceKeyOf(c), c.get('signIn').passwordLogin);
    setSessionCookie(c, result);
    return { user: result.user, csrfToken: result.csrfToken };
  }),
  handle(endpoints.logout, async (_input, ctx, c) => {
    const { idToken } = await logout(ctx, c.get('sessionTokenHash')!);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    const provider = c.get('signIn').provider;
    const endSession = idToken && provider ? await provider.endSessionUrl(idToken, signedOutUriOf(c)) : null;
    return { endSessionUrl: endSession?.href ?? null };
  }),
  handle(endpoints.getCurrentSession, async (_input, ctx, c) => ({
    user: await loadCurrentUser(ctx.db, ctx.actor!.userId),
    csrfToken: c.get('csrfToken')!,
  })),
  handle(endpoints.changeOwnPassword, async ({ body }, ctx, c) => {
    const tokenHash = c.get('sessionTokenHash');
    if (!tokenHash) throw unauthenticated();
    await changePassword(ctx, body, tokenHash);
  }),
];
