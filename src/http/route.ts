import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { ServiceContext } from '../services/context.js';
import type { AppEnv } from './env.js';
import { requireStorableText } from './input-text.js';
import { downloadHeaders } from './download-headers.js';
import { answerError } from './error-status.js';
import { readJsonBody } from './read-body.js';
import { parseInput } from './validation.js';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface FileResponse {
  kind: 'file';
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
}

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  /** 'public' routes need no session; every other route answers 401 without one. */
  access: 'public' | 'signed-in';
  /** Open to a user who must first change a published password (see Actor.mustChangePassword). */
  beforePasswordChange?: true;
  params?: P;
  query?: Q;
  body?: B;
  /** 'multipart' routes read an uploaded file in the handler. */
  bodyKind?: 'json' | 'multipart';
  response?: z.ZodType | 'file' | 'none';
  status?: 200 | 201;
  handler: (
    input: { params: z.infer<P>; query: z.infer<Q>; body: z.infer<B> },
    ctx: ServiceContext,
    c: Context<AppEnv>,
  ) => Promise<unknown>;
}

export type AnyRoute = RouteSpec<z.ZodType, z.ZodType, z.ZodType>;

const empty = z.object({});

/** Declares a route once: Hono registration, input validation and the OpenAPI entry all come from it. */
export function route<P extends z.ZodType = typeof empty, Q extends z.ZodType = typeof empty, B extends z.ZodType = typeof empty>(
  spec: RouteSpec<P, Q, B>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}

export function mountRoutes(app: Hono<AppEnv>, routes: AnyRoute[]): void {
  for (const spec of routes) {
    app.on(spec.method.toUpperCase(), `/api${spec.path}`, async (c) => {
      const ctx = c.get('serviceContext');
      if (spec.access !== 'public' && !ctx.actor) {
        return answerError(c, 'UNAUTHENTICATED');
      }
      // Before validation: a NUL or a lone surrogate in the address is refused with 400, never sent to the database.
      requireStorableText(c.req.param());
      requireStorableText(c.req.queries(), 'query');
      if (ctx.actor?.mustChangePassword && spec.access !== 'public' && !spec.beforePasswordChange) {
        return answerError(c, 'PASSWORD_CHANGE_REQUIRED');
      }
      const params = parseInput(spec.params ?? empty, c.req.param(), 'params');
      const query = parseInput(spec.query ?? empty, c.req.query(), 'query');
      const body = spec.body && spec.bodyKind !== 'multipart' ? parseInput(spec.body, await readJsonBody(c), 'body') : {};
      const result = await spec.handler({ params, query, body }, ctx, c);
      if (spec.response === 'file') {
        const file = result as FileResponse;
        return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, downloadHeaders(file));
      }
      if (spec.response === 'none' || result === undefined) return c.json({ ok: true }, spec.status ?? 200);
      return c.json(result as object, spec.status ?? 200);
    });
  }
}


