import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import type { Logger } from 'pino';
import { safeReturnPath, SINGLE_SIGN_ON_PATHS } from '../contracts/auth.js';
import { AppError } from '../domain/errors.js';
import { finishSingleSignOn } from '../services/auth/finish-single-sign-on.js';
import { SSO_PENDING_MS, startSingleSignOn } from '../services/auth/start-single-sign-on.js';
import type { AppEnv } from './env.js';
import { publicOrigin } from './public-origin.js';
import { setSessionCookie, useSecureCookies } from './session.js';

const { start: SSO_START_PATH, callback: SSO_CALLBACK_PATH } = SINGLE_SIGN_ON_PATHS;
/** The state of the sign-in under way, kept by the browser between leaving for the provider and coming back. */
const STATE_COOKIE = 'cchc_sso_state';

export const redirectUriOf = (c: Context) => `${publicOrigin(c.req.url)}${SSO_CALLBACK_PATH}`;
/** Where the provider sends the browser after ending its session: cchc's login page (register it with the provider). */
export const signedOutUriOf = (c: Context) => `${publicOrigin(c.req.url)}/dang-nhap`;

/**
 * Navigates on from a page of this site, not with a 302: the provider's redirect is a cross-site navigation,
 * and the session cookie (SameSite=Strict) would not go with the next request of that chain.
 */
const continueTo = (c: Context<AppEnv>, path: string) =>
  c.html(
    html`<!doctype html><meta charset="utf-8" /><meta http-equiv="refresh" content="0;url=${path}" /><title>cchc</title
      ><a href="${path}">Tiếp tục</a>`,
  );

const refused = (c: Context<AppEnv>, logger: Logger, error: unknown) => {
  const code = error instanceof AppError ? error.code : 'SSO_FAILED';
  logger.warn(
    { err: error instanceof AppError ? (error.cause ?? error) : error, code },
    'Đăng nhập một lần bị từ chối',
  );
  return continueTo(c, `/dang-nhap?sso=${encodeURIComponent(code)}`);
};

/**
 * Single sign-on with OpenID Connect (authorization code + PKCE): two browser navigations, not API calls, so
 * they are plain routes rather than endpoints (contracts/endpoints): `start` sends the person to the provider,
 * `callback` is the redirect URI registered there. Errors land on the login page, which says them.
 */
export function singleSignOnRoutes(app: Hono<AppEnv>, logger: Logger): void {
  app.get(SSO_START_PATH, async (c) => {
    const provider = c.get('signIn').provider;
    if (!provider) return refused(c, logger, new AppError('SSO_NOT_CONFIGURED'));
    try {
      const returnTo = safeReturnPath(c.req.query('redirect'));
      const { url, state } = await startSingleSignOn(c.get('serviceContext'), provider, redirectUriOf(c), returnTo);
      setCookie(c, STATE_COOKIE, state, {
        httpOnly: true,
        // Lax, not Strict: the cookie must come back with the provider's redirect, a navigation from another site.
        sameSite: 'Lax',
        secure: useSecureCookies(c),
        path: SSO_CALLBACK_PATH,
        maxAge: SSO_PENDING_MS / 1000,
      });
      return c.redirect(url.href, 302);
    } catch (error) {
      return refused(c, logger, error);
    }
  });

  app.get(SSO_CALLBACK_PATH, async (c) => {
    const provider = c.get('signIn').provider;
    if (!provider) return refused(c, logger, new AppError('SSO_NOT_CONFIGURED'));
    const browserState = getCookie(c, STATE_COOKIE);
    deleteCookie(c, STATE_COOKIE, { path: SSO_CALLBACK_PATH });
    try {
      // The registered redirect URI with the provider's query: behind a proxy the request's own address differs.
      const callbackUrl = new URL(redirectUriOf(c));
      callbackUrl.search = new URL(c.req.url).search;
      const result = await finishSingleSignOn(c.get('serviceContext'), provider, { callbackUrl, browserState });
      setSessionCookie(c, result);
      return continueTo(c, safeReturnPath(result.returnTo));
    } catch (error) {
      return refused(c, logger, error);
    }
  });
}
