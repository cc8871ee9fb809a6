import type { z } from 'zod';
import type { Action } from '../domain/access/policy.js';

/**
 * An API endpoint, declared once for the server and the browser: the server binds a handler to it
 * (`http/route.ts` `handle`), the browser calls it (`web/src/api/call.ts` `call`), and the OpenAPI document
 * is generated from it. A renamed path or a changed schema is then a type error on both sides.
 */
export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** A downloaded file is answered as bytes; 'none' answers `{ ok: true }`. */
export type ResponseKind = z.ZodType | 'file' | 'none';

export interface EndpointSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends ResponseKind = ResponseKind,
> {
  method: Method;
  /** Below `/api`, with `:name` segments filled from `params`. */
  path: string;
  summary: string;
  tag: string;
  /** 'public' endpoints need no session; every other endpoint answers 401 without one. */
  access: 'public' | 'signed-in';
  /**
   * Who may call it: the access policy's action its use case checks (domain/access/policy.ts). Every signed-in
   * endpoint names one; the authorisation test expects of each endpoint what the policy says of its action.
   */
  action?: Action;
  /**
   * 'replica': a read that may be served by the read replica (CCHC_READ_DATABASE_URL) when it keeps up and has
   * the caller's own last write (db/read-replica.ts). Only for handlers that write nothing.
   */
  reads?: 'replica';
  /** Open to a user who must first change a published password (see Actor.mustChangePassword). */
  beforePasswordChange?: true;
  params?: P;
  query?: Q;
  body?: B;
  /** 'multipart' endpoints carry one uploaded file, read by the handler. */
  bodyKind?: 'json' | 'multipart';
  response: R;
  status?: 200 | 201;
}

/** The schema of an endpoint without params, query or body. */
type Empty = z.ZodObject<Record<never, never>>;

/**
 * Declares an endpoint. The declaration keeps its own type, not the general EndpointSpec: each schema's type
 * for handlers and callers, and which fields it has (a `body`, `bodyKind: 'multipart'`), which decide what
 * `call` and `upload` accept.
 */
export function endpoint<const S extends EndpointSpec>(spec: S): S {
  return spec;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any endpoint, whatever its schemas
export type AnyEndpoint = EndpointSpec<any, any, any, ResponseKind>;

type SchemaOf<E, K extends 'params' | 'query' | 'body'> = E extends { [key in K]?: infer S }
  ? S extends z.ZodType
    ? S
    : Empty
  : Empty;

/** What the server receives, after validation. */
export type ParamsOf<E> = z.output<SchemaOf<E, 'params'>>;
export type QueryOf<E> = z.output<SchemaOf<E, 'query'>>;
export type BodyOf<E> = z.output<SchemaOf<E, 'body'>>;

/** What the browser sends, before validation. */
export type ParamsIn<E> = z.input<SchemaOf<E, 'params'>>;
export type QueryIn<E> = z.input<SchemaOf<E, 'query'>>;
export type BodyIn<E> = z.input<SchemaOf<E, 'body'>>;

/** A file answered as bytes made for it (an export), or streamed from the file store (a stored file, never all in memory). */
export type FileResponse = { kind: 'file'; fileName: string; contentType: string } & (
  { bytes: Uint8Array } | { stream: ReadableStream<Uint8Array>; size: number }
);

/** What a handler must return: what the response schema accepts (it is sent as JSON), a file, or nothing. */
export type HandlerResult<E> = E extends { response: infer R }
  ? R extends z.ZodType
    ? z.input<R>
    : R extends 'file'
      ? FileResponse
      : void
  : never;

/** What the browser gets back: the response schema's output. */
export type ResponseOf<E> = E extends { response: infer R } ? (R extends z.ZodType ? z.output<R> : void) : never;

/** The endpoint's path with its `:name` segments filled in (each encoded). */
export function endpointPath(spec: AnyEndpoint, params: Record<string, unknown> = {}): string {
  return spec.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`Missing path parameter "${name}" for ${spec.path}`);
    return encodeURIComponent(String(value));
  });
}
