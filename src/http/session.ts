import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { getCookie, setCookie } from 'hono/cookie';
import type { Database } from '../db/client.js';
import type { FileStore } from '../files/file-store.js';
import { resolveApiToken } from '../services/auth/resolve-api-token.js';
import { resolveSession } from '../services/auth/resolve-session.js';
import { positiveWholeNumber } from './admission.js';
import type { AppEnv } from './env.js';
import { answerError } from './error-status.js';

export const SESSION_COOKIE = 'cchc_session';
/** Methods that change nothing: no CSRF token is asked, no write position remembered (read-your-writes.ts). */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Requests an API token may make in a minute, on all servers together (CCHC_API_TOKEN_RATE_LIMIT). */
export const apiTokenRateLimit = (env: NodeJS.ProcessEnv = process.env): number =>
  positiveWholeNumber(env, 'CCHC_API_TOKEN_RATE_LIMIT', 600);

/**
 * Resolves who is calling into the service context every handler receives: another system by its API token
 * (`Authorization: Bearer cchc_…`), or a person by the session cookie. A token that is not live is refused here
 * with 401, not treated as signed out, so the system's operator is told the token is the problem.
 */
export function sessionMiddleware(
  db: Database,
  files: FileStore,
  now: () => Date,
  tokenRateLimit = apiTokenRateLimit(),
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      const system = await resolveApiToken(db, bearer, now());
      if (!system) return answerError(c, 'API_TOKEN_INVALID');
      if (system.requests > tokenRateLimit) {
        c.header('Retry-After', String(system.windowEndsInSeconds));
        return answerError(c, 'API_TOKEN_RATE_LIMITED', { limit: tokenRateLimit });
      }
      // No cookie is sent by another system, so there is no CSRF token to check: the header is not ambient.
      c.set('serviceContext', { db, files, actor: system.actor, now });
      c.set('csrfToken', null);
      c.set('sessionTokenHash', null);
      return next();
    }
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await resolveSession(db, token, now()) : null;
    c.set('serviceContext', { db, files, actor: session?.actor ?? null, now });
    c.set('csrfToken', session?.csrfToken ?? null);
    c.set('sessionTokenHash', session?.tokenHash ?? null);
    await next();
  };
}

/**
 * Cross-site request forgery: the session cookie is SameSite=Strict, and every state-changing request
 * of a signed-in user must also echo the session's CSRF token in X-CSRF-Token (which another site cannot read).
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin && origin !== new URL(c.req.url).origin) {
      return answerError(c, 'CSRF_ORIGIN');
    }
    const expected = c.get('csrfToken');
    if (expected) {
      const sent = c.req.header('x-csrf-token') ?? '';
      const ok = sent.length === expected.length && timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
      if (!ok) return answerError(c, 'CSRF_TOKEN');
    }
    return next();
  };
}

export function useSecureCookies(c: Context): boolean {
  return process.env.CCHC_SECURE_COOKIES === 'true' || new URL(c.req.url).protocol === 'https:';
}

/** The session's cookie: the browser's scripts never read it, and no other site's request carries it. */
export function setSessionCookie(c: Context, session: { token: string; expiresAt: Date }): void {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: useSecureCookies(c),
    path: '/',
    expires: session.expiresAt,
  });
}

/** Rate-limit key: the client address (behind a proxy, set CCHC_TRUST_PROXY=true to use X-Forwarded-For). */
export function sourceKeyOf(c: Context): string {
  if (process.env.CCHC_TRUST_PROXY === 'true') {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
