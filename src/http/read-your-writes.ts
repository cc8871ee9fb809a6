import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ReadReplica } from '../db/read-replica.js';
import type { ServiceContext } from '../services/context.js';
import type { AppEnv } from './env.js';
import { SAFE_METHODS, useSecureCookies } from './session.js';

/** The primary's WAL position after the caller's last write: reads before the replica has it go to the primary. */
export const WRITTEN_COOKIE = 'cchc_written';

/** After every write that succeeded, tells the browser where the primary stood (one cheap query). */
export function rememberWrites(replica: ReadReplica): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (SAFE_METHODS.has(c.req.method) || c.res.status >= 400) return;
    setCookie(c, WRITTEN_COOKIE, await replica.writePosition(), {
      httpOnly: true,
      sameSite: 'Strict',
      secure: useSecureCookies(c),
      path: '/',
      // Past this, a replica still behind is too far behind to be used at all (CCHC_READ_MAX_LAG_MS).
      maxAge: 3600,
    });
  };
}

/** The context a read fit for the replica runs with: the replica's database when it will do for this caller. */
export async function readContext(c: Context<AppEnv>, replica: ReadReplica): Promise<ServiceContext> {
  const ctx = c.get('serviceContext');
  return { ...ctx, db: await replica.choose(getCookie(c, WRITTEN_COOKIE) ?? null) };
}
