import { deleteCookie, setCookie } from 'hono/cookie';
import { changePasswordRequest, loginRequest, sessionResponse } from '../../contracts/auth.js';
import { unauthenticated } from '../../domain/errors.js';
import { changePassword } from '../../services/auth/change-password.js';
import { loadCurrentUser } from '../../services/auth/current-user.js';
import { login } from '../../services/auth/login.js';
import { logout } from '../../services/auth/logout.js';
import { SESSION_COOKIE, sourceKeyOf, useSecureCookies } from '../session.js';
import { route } from '../route.js';

export const authRoutes = [
  route({
    method: 'post',
    path: '/auth/login',
    summary: 'Đăng nhập',
    tag: 'auth',
    access: 'public',
    body: loginRequest,
    response: sessionResponse,
    handler: async ({ body }, ctx, c) => {
      const result = await login(ctx, body, sourceKeyOf(c));
      setCookie(c, SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: useSecureCookies(c),
        path: '/',
        expires: result.expiresAt,
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  }),
  route({
    method: 'post',
    path: '/auth/logout',
    beforePasswordChange: true,
    summary: 'Đăng xuất',
    tag: 'auth',
    access: 'signed-in',
    response: 'none',
    handler: async (_input, ctx, c) => {
      await logout(ctx, c.get('sessionTokenHash')!);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
    },
  }),
  route({
    method: 'get',
    path: '/auth/me',
    beforePasswordChange: true,
    summary: 'Người dùng đang đăng nhập',
    tag: 'auth',
    access: 'signed-in',
    response: sessionResponse,
    handler: async (_input, ctx, c) => ({ user: await loadCurrentUser(ctx.db, ctx.actor!.userId), csrfToken: c.get('csrfToken')! }),
  }),
  route({
    method: 'post',
    path: '/auth/password',
    beforePasswordChange: true,
    summary: 'Đổi mật khẩu của mình',
    tag: 'auth',
    access: 'signed-in',
    body: changePasswordRequest,
    response: 'none',
    handler: async ({ body }, ctx, c) => {
      const tokenHash = c.get('sessionTokenHash');
      if (!tokenHash) throw unauthenticated();
      await changePassword(ctx, body, tokenHash);
    },
  }),
];
