import { deleteCookie, setCookie } from 'hono/cookie';
import { endpoints } from '../../contracts/endpoints/index.js';
import { unauthenticated } from '../../domain/errors.js';
import { changePassword } from '../../services/auth/change-password.js';
import { loadCurrentUser } from '../../services/auth/current-user.js';
import { login } from '../../services/auth/login.js';
import { logout } from '../../services/auth/logout.js';
import { SESSION_COOKIE, sourceKeyOf, useSecureCookies } from '../session.js';
import { handle } from '../route.js';

export const authRoutes = [
  handle(endpoints.login, async ({ body }, ctx, c) => {
    const result = await login(ctx, body, sourceKeyOf(c));
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: useSecureCookies(c),
      path: '/',
      expires: result.expiresAt,
    });
    return { user: result.user, csrfToken: result.csrfToken };
  }),
  handle(endpoints.logout, async (_input, ctx, c) => {
    await logout(ctx, c.get('sessionTokenHash')!);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
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
