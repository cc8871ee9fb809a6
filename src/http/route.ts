import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AnyEndpoint, BodyOf, FileResponse, HandlerResult, ParamsOf, QueryOf } from '../contracts/endpoint.js';
import { refusalText, scopesOf } from '../domain/access/policy.js';
import type { ReadReplica } from '../db/read-replica.js';
import type { ServiceContext } from '../services/context.js';
import { readContext } from './read-your-writes.js';
import type { AppEnv } from './env.js';
import { requireStorableText } from './input-text.js';
import { downloadHeaders } from './download-headers.js';
import { answerError } from './error-status.js';
import { discardReceivedUpload, readJsonBody } from './read-body.js';
import { parseInput } from './validation.js';

export type { FileResponse } from '../contracts/endpoint.js';

/** An endpoint with the server's handler bound to it: what `mountRoutes`, the OpenAPI document and the authorisation test walk. */
export type AnyRoute = AnyEndpoint & {
  endpoint: AnyEndpoint;
  handler: (
    input: { params: unknown; query: unknown; body: unknown },
    ctx: ServiceContext,
    c: Context<AppEnv>,
  ) => Promise<unknown>;
};

const empty = z.object({});

/** A handler bound to its endpoint declaration (src/contracts/endpoints); its result is checked against the response schema. */
export type Handler<E> = (
  input: { params: ParamsOf<E>; query: QueryOf<E>; body: BodyOf<E> },
  ctx: ServiceContext,
  c: Context<AppEnv>,
) => Promise<HandlerResult<E>>;

/** Binds the server's handler to an endpoint declared in src/contracts/endpoints. */
export function handle<E extends AnyEndpoint>(spec: E, handler: Handler<E>): AnyRoute {
  return { ...spec, handler, endpoint: spec } as unknown as AnyRoute;
}

/** Endpoints with no handler, or more than one: a server with either would answer 404 or the wrong handler. */
export function unboundEndpoints(routes: AnyRoute[], declared: Record<string, AnyEndpoint>): string[] {
  const bound = new Map<AnyEndpoint, number>();
  for (const r of routes) bound.set(r.endpoint, (bound.get(r.endpoint) ?? 0) + 1);
  return Object.entries(declared)
    .filter(([, spec]) => bound.get(spec) !== 1)
    .map(([name, spec]) => `${name} (${spec.method.toUpperCase()} ${spec.path}): ${bound.get(spec) ?? 0} handlers`);
}

/** Runs a handler; an upload it received is removed once it is done (stored or refused), whatever the outcome. */
async function answerWithUpload<T>(spec: AnyRoute, c: Context<AppEnv>, run: () => Promise<T>): Promise<T> {
  if (spec.bodyKind !== 'multipart') return run();
  try {
    return await run();
  } finally {
    await discardReceivedUpload(c);
  }
}

/** `readReplica`: where the reads endpoints declare fit for it (`reads: 'replica'`) may go. */
export function mountRoutes(app: Hono<AppEnv>, routes: AnyRoute[], readReplica?: ReadReplica | null): void {
  for (const spec of routes) {
    app.on(spec.method.toUpperCase(), `/api${spec.path}`, async (c) => {
      const ctx = spec.reads === 'replica' && readReplica ? await readContext(c, readReplica) : c.get('serviceContext');
      if (spec.access !== 'public' && !ctx.actor) {
        return answerError(c, 'UNAUTHENTICATED');
      }
      // Another system's token reaches only the routes its scopes open (the OpenAPI document lists them), even
      // those whose use case asks nothing more of a person (their own account, their notices).
      if (ctx.actor?.tokenScopes && (!spec.action || scopesOf(ctx.actor, spec.action).length === 0)) {
        return answerError(c, 'FORBIDDEN', { what: spec.action ? refusalText(spec.action) : 'thao tác này' });
      }
      // Before validation: a NUL or a lone surrogate in the address is refused with 400, never sent to the database.
      requireStorableText(c.req.param());
      requireStorableText(c.req.queries(), 'query');
      if (ctx.actor?.mustChangePassword && spec.access !== 'public' && !spec.beforePasswordChange) {
        return answerError(c, 'PASSWORD_CHANGE_REQUIRED');
      }
      const params = parseInput(spec.params ?? empty, c.req.param(), 'params');
      const query = parseInput(spec.query ?? empty, c.req.query(), 'query');
      const body =
        spec.body && spec.bodyKind !== 'multipart' ? parseInput(spec.body, await readJsonBody(c), 'body') : {};
      const result = await answerWithUpload(spec, c, () => spec.handler({ params, query, body }, ctx, c));
      if (spec.response === 'file') {
        const file = result as FileResponse;
        if ('stream' in file)
          return c.body(file.stream, 200, { ...downloadHeaders(file), 'Content-Length': String(file.size) });
        return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, downloadHeaders(file));
      }
      if (spec.response === 'none' || result === undefined) return c.json({ ok: true }, spec.status ?? 200);
      return c.json(result as object, spec.status ?? 200);
    });
  }
}
